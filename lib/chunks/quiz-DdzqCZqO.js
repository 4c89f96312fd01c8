import {
  a as e,
  c as t,
  i as n,
  l as r,
  n as i,
  r as a,
  s as o,
  t as s,
} from './hooks-BdfQOnsb.js';
import { a as c, i as l, s as u, t as d } from './emergency-notice-DxPqMMIH.js';
import { n as f, t as p } from './button.css-CLglEDgz.js';
import { a as m, n as h, o as g, s as _, t as v } from './section.css-Dj-n7cg5.js';
var y = {
    levels: ['expected', 'watch', 'today', 'emergency'],
    redFlags: ['breathing', 'face-swelling', 'spreading-rash', 'dizziness'],
    times: ['under-24h', '1-2-days', '2-3-days', 'over-3-days'],
    symptoms: [
      'redness',
      'swelling',
      'tenderness',
      'bleeding-bruising',
      'pus',
      'smell',
      'fever',
      'severe-pain',
      'itching',
      'lumps',
    ],
    symptomGroups: {
      usual: ['redness', 'swelling', 'tenderness', 'bleeding-bruising'],
      infection: ['pus', 'smell', 'fever'],
      other: ['severe-pain', 'itching', 'lumps'],
    },
    trends: ['better', 'same', 'worse'],
    rules: [
      {
        id: 'red-flag',
        level: 'emergency',
        when: { redFlag: !0 },
      },
      {
        id: 'no-symptoms',
        level: 'expected',
        when: { noSymptoms: !0 },
      },
      {
        id: 'usual-within-48h',
        level: 'expected',
        when: {
          anySymptom: ['redness', 'swelling', 'tenderness', 'bleeding-bruising'],
          time: ['under-24h', '1-2-days'],
        },
      },
      {
        id: 'usual-at-48-72h',
        level: 'watch',
        when: {
          anySymptom: ['redness', 'swelling', 'tenderness', 'bleeding-bruising'],
          time: ['2-3-days'],
        },
      },
      {
        id: 'usual-beyond-72h',
        level: 'today',
        when: {
          anySymptom: ['redness', 'swelling', 'tenderness', 'bleeding-bruising'],
          time: ['over-3-days'],
        },
      },
      {
        id: 'signs-of-infection',
        level: 'today',
        when: { anySymptom: ['pus', 'smell', 'fever'] },
      },
      {
        id: 'severe-pain-itching-lumps',
        level: 'today',
        when: { anySymptom: ['severe-pain', 'itching', 'lumps'] },
      },
      {
        id: 'getting-worse',
        level: 'watch',
        when: { trend: ['worse'] },
      },
      {
        id: 'getting-worse-after-48h',
        level: 'today',
        when: {
          trend: ['worse'],
          time: ['2-3-days', 'over-3-days'],
        },
      },
    ],
    explainedBy: {
      emergency: ['when-to-get-help', 'allergic-reaction'],
      today: ['when-to-get-help', 'normal-or-concern'],
      watch: ['how-long', 'normal-or-concern'],
      expected: ['normal-side-effects', 'how-long'],
    },
  },
  b = ['expected', 'watch', 'today', 'emergency'],
  x = y,
  S = (e) => b.indexOf(e);
function C(e, t) {
  return !(
    (e.redFlag !== void 0 && e.redFlag !== t.redFlags.length > 0) ||
    (e.noSymptoms !== void 0 && e.noSymptoms !== (t.symptoms.length === 0)) ||
    (e.anySymptom && !e.anySymptom.some((e) => t.symptoms.includes(e))) ||
    (e.time && !(t.time !== null && e.time.includes(t.time))) ||
    (e.trend && !(t.trend !== null && e.trend.includes(t.trend)))
  );
}
function w(e, t = x) {
  let n = null,
    r = [];
  for (let i of t.rules)
    C(i.when, e) &&
      (n === null || S(i.level) > S(n)
        ? ((n = i.level), (r = [i.id]))
        : i.level === n && r.push(i.id));
  return n === null
    ? {
        level: 'today',
        because: [],
      }
    : {
        level: n,
        because: r,
      };
}
// src/widget/quiz/quiz.css.ts
var T = '_1brs2pe0',
  E = '_1brs2pe2',
  D = '_1brs2pe3',
  O = '_1brs2pe5',
  k = '_1brs2pe6',
  ee = '_1brs2pe7',
  te = '_1brs2pe8',
  A = '_1brs2pea',
  j = {
    emergency: '_1brs2pec _1brs2peb',
    today: '_1brs2ped _1brs2peb',
    watch: '_1brs2pee _1brs2peb',
    expected: '_1brs2pef _1brs2peb',
  },
  M = '_1brs2peg',
  N = '_1brs2peh _1brs2pe4 x079dc1',
  P = '_1brs2pei',
  F = '_1brs2pej',
  I = '_1brs2pek',
  L = ['redFlags', 'time', 'symptoms', 'trend'],
  R = {
    step: 'start',
    history: [],
    redFlag: null,
    time: null,
    symptoms: [],
    noSymptoms: !1,
    trend: null,
    contraindications: [],
    noneApply: !1,
    missingAnswer: !1,
  },
  z = (e, t) => (e.includes(t) ? e.filter((e) => e !== t) : [...e, t]),
  B = (e, t) => ({
    ...e,
    step: t,
    history: [...e.history, e.step],
    missingAnswer: !1,
  });
function V(e) {
  switch (e.step) {
    case 'redFlags':
      return e.redFlag === null ? null : e.redFlag === 'yes' ? 'result' : 'time';
    case 'time':
      return e.time === null ? null : 'symptoms';
    case 'symptoms':
      return e.symptoms.length ? 'trend' : e.noSymptoms ? 'result' : null;
    case 'trend':
      return e.trend === null ? null : 'result';
    case 'preCheck':
      return e.contraindications.length || e.noneApply ? 'preResult' : null;
    default:
      return null;
  }
}
function H(e, t) {
  switch (t.type) {
    case 'start':
      return B(e, 'redFlags');
    case 'startPreCheck':
      return B(e, 'preCheck');
    case 'next': {
      let t = V(e);
      return t
        ? B(e, t)
        : {
            ...e,
            missingAnswer: !0,
          };
    }
    case 'back': {
      let t = e.history[e.history.length - 1];
      return t
        ? {
            ...e,
            step: t,
            history: e.history.slice(0, -1),
            missingAnswer: !1,
          }
        : e;
    }
    case 'restart':
      return R;
    case 'setRedFlag':
      return {
        ...e,
        redFlag: t.value,
        missingAnswer: !1,
      };
    case 'setTime':
      return {
        ...e,
        time: t.value,
        missingAnswer: !1,
      };
    case 'toggleSymptom':
      return {
        ...e,
        symptoms: z(e.symptoms, t.id),
        noSymptoms: !1,
        missingAnswer: !1,
      };
    case 'setNoSymptoms':
      return {
        ...e,
        noSymptoms: t.value,
        symptoms: t.value ? [] : e.symptoms,
        trend: t.value ? null : e.trend,
        missingAnswer: !1,
      };
    case 'setTrend':
      return {
        ...e,
        trend: t.value,
        missingAnswer: !1,
      };
    case 'toggleContraindication':
      return {
        ...e,
        contraindications: z(e.contraindications, t.id),
        noneApply: !1,
        missingAnswer: !1,
      };
    case 'setNoneApply':
      return {
        ...e,
        noneApply: t.value,
        contraindications: t.value ? [] : e.contraindications,
        missingAnswer: !1,
      };
  }
}
function U(e) {
  return {
    redFlags: e.redFlag === 'yes' ? ['reported'] : [],
    time: e.time,
    symptoms: e.symptoms,
    trend: e.symptoms.length ? e.trend : null,
  };
}
function W(e) {
  let t = L.indexOf(e);
  return t < 0
    ? null
    : {
        current: t + 1,
        total: L.length,
      };
}
// src/widget/quiz/quiz-summary.ts
var G = (e, t) => e.find((e) => e.id === t)?.label ?? '';
function K(e, t, n, r, i, a) {
  let o = [],
    s = i(n.results.find((e) => e.id === t)?.title ?? t);
  if (e.redFlag === 'yes') o.push(r('quiz.summaryRedFlag'));
  else if ((o.push(r('quiz.summaryTime', { time: G(n.times, e.time) })), e.symptoms.length)) {
    let t = e.symptoms.map((e) => G(n.symptoms, e));
    (o.push(r('quiz.summarySymptoms', { symptoms: q(t, a) })),
      e.trend && o.push(r('quiz.summaryTrend', { trend: G(n.trends, e.trend) })));
  } else o.push(r('quiz.summaryNoSymptoms'));
  return (o.push(r('quiz.summaryResult', { result: s })), o);
}
function q(e, t) {
  try {
    return new Intl.ListFormat(t, { type: 'conjunction' }).format(e);
  } catch {
    return e.join(', ');
  }
}
// src/widget/quiz/quiz.tsx
function J({ content: e, headingLevel: r, onResult: c }) {
  let { t: l, idPrefix: u } = m(),
    [f, p] = n(H, R),
    _ = a(null),
    y = a(!1),
    b = o(() => w(U(f)).level, [f]);
  (i(() => {
    (y.current && _.current?.focus(), (y.current = !0));
  }, [f.step, f.history.length]),
    s(() => {
      f.step === 'result' && c(b);
    }, [f.step]));
  let x = `${u}-quiz`,
    S = {
      state: f,
      dispatch: p,
      content: e,
      headingLevel: r + 1,
      headingRef: _,
    };
  return /* @__PURE__ */ t('section', {
    class: v,
    'aria-labelledby': x,
    children: [
      /* @__PURE__ */ t(g, {
        level: r,
        id: x,
        class: h,
        children: e.seekHelp.title,
      }),
      /* @__PURE__ */ t(d, {}),
      /* @__PURE__ */ t('div', {
        class: T,
        children: [
          f.step === 'start' && /* @__PURE__ */ t(X, { ...S }),
          (f.step === 'redFlags' ||
            f.step === 'time' ||
            f.step === 'symptoms' ||
            f.step === 'trend' ||
            f.step === 'preCheck') &&
            /* @__PURE__ */ t(ne, { ...S }),
          f.step === 'result' &&
            /* @__PURE__ */ t(re, {
              ...S,
              level: b,
            }),
          f.step === 'preResult' && /* @__PURE__ */ t(ae, { ...S }),
          /* @__PURE__ */ t('p', {
            class: A,
            children: l('quiz.privacy'),
          }),
        ],
      }),
    ],
  });
}
function Y({ level: e, headingRef: n, class: r, children: i }) {
  let a = `h${_(e)}`;
  return /* @__PURE__ */ t(a, {
    ref: n,
    tabIndex: -1,
    class: r ?? '_1brs2pe4 x079dc1',
    children: i,
  });
}
function X({ content: e, dispatch: n, headingLevel: i, headingRef: a }) {
  let { t: o, fill: s } = m();
  return /* @__PURE__ */ t(r, {
    children: [
      /* @__PURE__ */ t(Y, {
        level: i,
        headingRef: a,
        children: e.seekHelp.title,
      }),
      /* @__PURE__ */ t('p', { children: e.seekHelp.intro }),
      /* @__PURE__ */ t('p', { children: s(e.seekHelp.notDiagnosis) }),
      /* @__PURE__ */ t('div', {
        class: p,
        children: [
          /* @__PURE__ */ t('button', {
            type: 'button',
            class: f.primary,
            onClick: () => n({ type: 'start' }),
            children: o('quiz.start'),
          }),
          /* @__PURE__ */ t('button', {
            type: 'button',
            class: f.secondary,
            onClick: () => n({ type: 'startPreCheck' }),
            children: e.contraindications.title,
          }),
        ],
      }),
    ],
  });
}
function Z({ dispatch: e, children: n }) {
  let { t: r } = m();
  return /* @__PURE__ */ t('div', {
    class: p,
    children: [
      n,
      /* @__PURE__ */ t('button', {
        type: 'button',
        class: f.secondary,
        onClick: () => e({ type: 'back' }),
        children: r('quiz.back'),
      }),
      /* @__PURE__ */ t('button', {
        type: 'button',
        class: f.secondary,
        onClick: () => e({ type: 'restart' }),
        children: r('quiz.restart'),
      }),
    ],
  });
}
function Q({ type: e, name: n, label: r, checked: i, onChange: a }) {
  return /* @__PURE__ */ t('label', {
    class: ee,
    children: [
      /* @__PURE__ */ t('input', {
        type: e,
        name: n,
        checked: i,
        onChange: a,
      }),
      /* @__PURE__ */ t('span', { children: r }),
    ],
  });
}
function $(e, t) {
  try {
    return new Intl.NumberFormat(t).format(e);
  } catch {
    return String(e);
  }
}
function ne({ state: e, dispatch: n, content: i, headingLevel: a, headingRef: o }) {
  let { t: s, idPrefix: c, locale: l } = m(),
    { seekHelp: u, contraindications: d } = i,
    p = W(e.step),
    h = `${c}-quiz-error`,
    g = `${c}-${e.step}`,
    _ = {
      redFlags: u.redFlagsQuestion,
      time: u.timeQuestion,
      symptoms: u.symptomsQuestion,
      trend: u.trendQuestion,
      preCheck: d.title,
    }[e.step],
    v = null;
  if (e.step === 'redFlags')
    v = /* @__PURE__ */ t(r, {
      children: [
        /* @__PURE__ */ t('ul', {
          class: te,
          children: u.redFlags.map((e) => /* @__PURE__ */ t('li', { children: e.label }, e.id)),
        }),
        /* @__PURE__ */ t('div', {
          class: k,
          children: [
            /* @__PURE__ */ t(Q, {
              type: 'radio',
              name: g,
              label: s('quiz.yesRedFlag'),
              checked: e.redFlag === 'yes',
              onChange: () =>
                n({
                  type: 'setRedFlag',
                  value: 'yes',
                }),
            }),
            /* @__PURE__ */ t(Q, {
              type: 'radio',
              name: g,
              label: s('quiz.noRedFlag'),
              checked: e.redFlag === 'no',
              onChange: () =>
                n({
                  type: 'setRedFlag',
                  value: 'no',
                }),
            }),
          ],
        }),
      ],
    });
  else if (e.step === 'time' || e.step === 'trend') {
    let r = e.step === 'time' ? u.times : u.trends,
      i = e.step === 'time' ? e.time : e.trend,
      a = e.step === 'time' ? 'setTime' : 'setTrend';
    v = /* @__PURE__ */ t('div', {
      class: k,
      children: r.map((e) =>
        /* @__PURE__ */ t(
          Q,
          {
            type: 'radio',
            name: g,
            label: e.label,
            checked: i === e.id,
            onChange: () =>
              n({
                type: a,
                value: e.id,
              }),
          },
          e.id,
        ),
      ),
    });
  } else
    e.step === 'symptoms'
      ? (v = /* @__PURE__ */ t(r, {
          children: [
            u.symptomGroups.map((r) =>
              /* @__PURE__ */ t(
                'fieldset',
                {
                  class: E,
                  children: [
                    /* @__PURE__ */ t('legend', {
                      class: O,
                      children: r.title,
                    }),
                    /* @__PURE__ */ t('div', {
                      class: k,
                      children: (x.symptomGroups[r.id] ?? []).map((r) =>
                        /* @__PURE__ */ t(
                          Q,
                          {
                            type: 'checkbox',
                            name: `${g}-${r}`,
                            label: u.symptoms.find((e) => e.id === r)?.label ?? r,
                            checked: e.symptoms.includes(r),
                            onChange: () =>
                              n({
                                type: 'toggleSymptom',
                                id: r,
                              }),
                          },
                          r,
                        ),
                      ),
                    }),
                  ],
                },
                r.id,
              ),
            ),
            /* @__PURE__ */ t('div', {
              class: k,
              style: { marginBlockStart: '0.75em' },
              children: /* @__PURE__ */ t(Q, {
                type: 'checkbox',
                name: `${g}-none`,
                label: u.noSymptoms,
                checked: e.noSymptoms,
                onChange: () =>
                  n({
                    type: 'setNoSymptoms',
                    value: !e.noSymptoms,
                  }),
              }),
            }),
          ],
        }))
      : e.step === 'preCheck' &&
        (v = /* @__PURE__ */ t(r, {
          children: [
            /* @__PURE__ */ t('p', { children: d.intro }),
            /* @__PURE__ */ t('div', {
              class: k,
              children: [
                d.items.map((r) =>
                  /* @__PURE__ */ t(
                    Q,
                    {
                      type: 'checkbox',
                      name: `${g}-${r.id}`,
                      label: r.label,
                      checked: e.contraindications.includes(r.id),
                      onChange: () =>
                        n({
                          type: 'toggleContraindication',
                          id: r.id,
                        }),
                    },
                    r.id,
                  ),
                ),
                /* @__PURE__ */ t(Q, {
                  type: 'checkbox',
                  name: `${g}-none`,
                  label: s('quiz.noneApply'),
                  checked: e.noneApply,
                  onChange: () =>
                    n({
                      type: 'setNoneApply',
                      value: !e.noneApply,
                    }),
                }),
              ],
            }),
          ],
        }));
  return /* @__PURE__ */ t('form', {
    noValidate: !0,
    onSubmit: (e) => {
      (e.preventDefault(), n({ type: 'next' }));
    },
    children: [
      p &&
        /* @__PURE__ */ t('p', {
          class: '_1brs2pe1',
          children: s('quiz.step', {
            current: $(p.current, l),
            total: $(p.total, l),
          }),
        }),
      /* @__PURE__ */ t('fieldset', {
        class: E,
        'aria-describedby': e.missingAnswer ? h : void 0,
        children: [
          /* @__PURE__ */ t('legend', {
            class: D,
            children: /* @__PURE__ */ t(Y, {
              level: a,
              headingRef: o,
              children: _,
            }),
          }),
          v,
        ],
      }),
      e.missingAnswer &&
        /* @__PURE__ */ t('p', {
          id: h,
          role: 'alert',
          class: '_1brs2pe9',
          children: e.step === 'symptoms' ? s('quiz.chooseSymptoms') : s('quiz.chooseAnswer'),
        }),
      /* @__PURE__ */ t(Z, {
        dispatch: n,
        children: /* @__PURE__ */ t('button', {
          type: 'submit',
          class: f.primary,
          children: s('quiz.next'),
        }),
      }),
    ],
  });
}
function re({ state: e, dispatch: n, content: i, headingLevel: a, headingRef: o, level: s }) {
  let { t: c, fill: d, clinic: h, locale: _, revealFaq: v } = m(),
    { seekHelp: y } = i,
    b = y.results.find((e) => e.id === s),
    S = u(h.emergencyNumber),
    C = u(h.phone),
    w = K(e, s, y, c, d, _),
    T = x.explainedBy[s]
      .map((e) => i.faq.items.find((t) => t.id === e))
      .filter((e) => e !== void 0);
  return /* @__PURE__ */ t('div', {
    children: [
      /* @__PURE__ */ t('div', {
        class: j[s],
        children: [
          /* @__PURE__ */ t('p', {
            class: M,
            children: c('quiz.resultLabel'),
          }),
          /* @__PURE__ */ t(Y, {
            level: a,
            headingRef: o,
            class: N,
            children: [
              /* @__PURE__ */ t(l, {
                level: s,
                class: P,
              }),
              /* @__PURE__ */ t('span', { children: d(b.title) }),
            ],
          }),
          /* @__PURE__ */ t('p', { children: d(b.body) }),
          /* @__PURE__ */ t('div', {
            class: p,
            children: [
              s === 'emergency' &&
                S &&
                /* @__PURE__ */ t('a', {
                  class: f.primary,
                  href: S,
                  children: c('quiz.callNumber', { number: h.emergencyNumber ?? '' }),
                }),
              s !== 'emergency' &&
                C &&
                h.phone &&
                /* @__PURE__ */ t('a', {
                  class: f.primary,
                  href: C,
                  children: c('quiz.callNumber', {
                    number: h.name ? `${h.name} (${h.phone})` : h.phone,
                  }),
                }),
              s !== 'emergency' &&
                h.bookingUrl &&
                /* @__PURE__ */ t('a', {
                  class: f.secondary,
                  href: h.bookingUrl,
                  children: c('footer.booking'),
                }),
            ],
          }),
        ],
      }),
      (s === 'expected' || s === 'watch') &&
        /* @__PURE__ */ t(r, {
          children: [
            /* @__PURE__ */ t(g, {
              level: a + 1,
              class: '_1brs2pej',
              children: y.selfCareTitle,
            }),
            /* @__PURE__ */ t('ul', {
              children: y.selfCare.map((e, n) => /* @__PURE__ */ t('li', { children: e }, n)),
            }),
          ],
        }),
      v &&
        T.length > 0 &&
        /* @__PURE__ */ t(r, {
          children: [
            /* @__PURE__ */ t('p', {
              class: '_1brs2pej',
              children: c('quiz.readMore'),
            }),
            /* @__PURE__ */ t('ul', {
              children: T.map((e) =>
                /* @__PURE__ */ t(
                  'li',
                  {
                    children: /* @__PURE__ */ t('button', {
                      type: 'button',
                      class: 'x079dc3',
                      onClick: () => v(e.id),
                      children: d(e.question),
                    }),
                  },
                  e.id,
                ),
              ),
            }),
          ],
        }),
      /* @__PURE__ */ t(ie, {
        lines: w,
        headingLevel: a + 1,
      }),
      /* @__PURE__ */ t(Z, { dispatch: n }),
    ],
  });
}
function ie({ lines: n, headingLevel: i }) {
  let { t: a } = m(),
    [o, s] = e('');
  return /* @__PURE__ */ t(r, {
    children: [
      /* @__PURE__ */ t(g, {
        level: i,
        class: F,
        children: a('quiz.summaryTitle'),
      }),
      /* @__PURE__ */ t('ul', {
        class: I,
        children: n.map((e, n) => /* @__PURE__ */ t('li', { children: e }, n)),
      }),
      /* @__PURE__ */ t('div', {
        class: p,
        children: [
          /* @__PURE__ */ t('button', {
            type: 'button',
            class: f.secondary,
            onClick: () =>
              void c(n.join('\n')).then((e) => s(a(e ? 'quiz.copied' : 'quiz.copyFailed'))),
            children: a('quiz.copy'),
          }),
          /* @__PURE__ */ t('button', {
            type: 'button',
            class: f.secondary,
            onClick: () => window.print(),
            children: a('quiz.print'),
          }),
        ],
      }),
      /* @__PURE__ */ t('p', {
        role: 'status',
        class: A,
        children: o,
      }),
    ],
  });
}
function ae({ state: e, dispatch: n, content: r, headingLevel: i, headingRef: a }) {
  let { t: o } = m(),
    { contraindications: s, questionsToAsk: c } = r,
    u = e.contraindications.length > 0;
  return /* @__PURE__ */ t('div', {
    children: [
      /* @__PURE__ */ t('div', {
        class: u ? j.today : j.expected,
        children: [
          /* @__PURE__ */ t(Y, {
            level: i,
            headingRef: a,
            class: N,
            children: [
              /* @__PURE__ */ t(l, {
                level: u ? 'today' : 'expected',
                class: P,
              }),
              /* @__PURE__ */ t('span', { children: u ? s.advice : o('quiz.preResultNone') }),
            ],
          }),
          u &&
            /* @__PURE__ */ t('ul', {
              children: s.items
                .filter((t) => e.contraindications.includes(t.id))
                .map((e) => /* @__PURE__ */ t('li', { children: e.label }, e.id)),
            }),
        ],
      }),
      /* @__PURE__ */ t(g, {
        level: i + 1,
        class: F,
        children: c.title,
      }),
      /* @__PURE__ */ t('ul', {
        children: c.items.map((e) => /* @__PURE__ */ t('li', { children: e.text }, e.id)),
      }),
      /* @__PURE__ */ t('p', { children: c.note }),
      /* @__PURE__ */ t(Z, { dispatch: n }),
    ],
  });
}
export { J as Quiz };
