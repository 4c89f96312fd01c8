import { a as e, c as t } from './hooks-BdfQOnsb.js';
import { n, t as r } from './compare-ids-6bjr3YsK.js';
import { a as i, n as a, o, r as s, t as c } from './section.css-Dj-n7cg5.js';
// src/widget/compare/compare.css.ts
var l = '_184wvkc0',
  u = '_184wvkc1',
  d = '_184wvkc2',
  f = '_184wvkc3',
  p = '_184wvkc4',
  m = '_184wvkc5',
  h = '_184wvkc6',
  g = '_184wvkc7',
  _ = '_184wvkc8',
  v = '_184wvkc9',
  y = '_184wvkca',
  b = '_184wvkcb',
  x = '_184wvkcc',
  S = '_184wvkcd',
  C = '_184wvkce',
  w = '_184wvkcf',
  T = '_184wvkcg',
  E = '_184wvkch',
  D = '_184wvkci _184wvkch',
  O = '_184wvkcj';
// src/widget/compare/compare-selection.ts
function k(e, t) {
  return t.length > 3
    ? {
        shown: [...e],
        message: 'tooMany',
      }
    : t.length < 2
      ? {
          shown: [...e],
          message: t.length ? 'showingAll' : null,
        }
      : {
          shown: e.filter((e) => t.includes(e.id)),
          message: null,
        };
}
// src/widget/compare/compare.tsx
var A = (e) =>
  n.treatments[e] ?? {
    invasiveness: 'injection',
    faq: [],
  };
function j({ level: e, content: n }) {
  let r = n.invasiveness,
    i = r.findIndex((t) => t.id === e),
    a = r[i];
  return /* @__PURE__ */ t('span', {
    class: w,
    children: [
      /* @__PURE__ */ t('span', {
        class: T,
        'aria-hidden': 'true',
        children: r.map((e, n) => /* @__PURE__ */ t('span', { class: n <= i ? D : E }, n)),
      }),
      /* @__PURE__ */ t('span', {
        children: [/* @__PURE__ */ t('strong', { children: a?.label }), ' (', a?.description, ')'],
      }),
    ],
  });
}
function M({ content: w, headingLevel: T }) {
  let { t: E, idPrefix: D, revealFaq: M, fill: N } = i(),
    { compare: P } = w,
    [F, I] = e([]),
    { shown: L, message: R } = k(P.treatments, F),
    z = r(D),
    B = (e) => w.faq.items.find((t) => t.id === e),
    V = (e) => e.id === n.highlightTreatment,
    H = (e) =>
      V(e)
        ? /* @__PURE__ */ t('span', {
            class: y,
            children: E('compare.thisTreatment'),
          })
        : null,
    U = (e) => {
      let n = A(e.id)
        .faq.map(B)
        .filter((e) => e !== void 0);
      return !M || !n.length
        ? null
        : /* @__PURE__ */ t('div', {
            class: O,
            children: [
              E('compare.relatedQuestions'),
              /* @__PURE__ */ t('ul', {
                children: n.map((e) =>
                  /* @__PURE__ */ t(
                    'li',
                    {
                      children: /* @__PURE__ */ t('button', {
                        type: 'button',
                        class: s,
                        onClick: () => M(e.id),
                        children: N(e.question),
                      }),
                    },
                    e.id,
                  ),
                ),
              }),
            ],
          });
    },
    W = [
      ['common', P.columns.common],
      ['serious', P.columns.serious],
      ['tolerability', P.columns.tolerability],
    ];
  return /* @__PURE__ */ t('section', {
    class: c,
    'aria-labelledby': z,
    children: [
      /* @__PURE__ */ t(o, {
        level: T,
        id: z,
        class: a,
        tabIndex: -1,
        children: P.title,
      }),
      /* @__PURE__ */ t('p', { children: P.intro }),
      /* @__PURE__ */ t('fieldset', {
        class: l,
        children: [
          /* @__PURE__ */ t('legend', {
            class: u,
            children: E('compare.chooseLegend'),
          }),
          /* @__PURE__ */ t('div', {
            class: d,
            children: P.treatments.map((e) =>
              /* @__PURE__ */ t(
                'label',
                {
                  class: f,
                  children: [
                    /* @__PURE__ */ t('input', {
                      type: 'checkbox',
                      checked: F.includes(e.id),
                      onChange: () =>
                        I((t) => (t.includes(e.id) ? t.filter((t) => t !== e.id) : [...t, e.id])),
                    }),
                    /* @__PURE__ */ t('span', { children: e.name }),
                  ],
                },
                e.id,
              ),
            ),
          }),
        ],
      }),
      /* @__PURE__ */ t('p', {
        role: 'status',
        class: p,
        children:
          R === 'tooMany'
            ? E('compare.tooMany')
            : R === 'showingAll'
              ? E('compare.showingAll')
              : '',
      }),
      /* @__PURE__ */ t('div', {
        class: m,
        children: /* @__PURE__ */ t('table', {
          class: g,
          children: [
            /* @__PURE__ */ t('caption', {
              class: _,
              children: P.caption,
            }),
            /* @__PURE__ */ t('thead', {
              children: /* @__PURE__ */ t('tr', {
                children: [
                  /* @__PURE__ */ t('th', {
                    scope: 'col',
                    children: P.columns.treatment,
                  }),
                  W.map(([e, n]) =>
                    /* @__PURE__ */ t(
                      'th',
                      {
                        scope: 'col',
                        children: n,
                      },
                      e,
                    ),
                  ),
                  /* @__PURE__ */ t('th', {
                    scope: 'col',
                    children: P.columns.invasiveness,
                  }),
                ],
              }),
            }),
            /* @__PURE__ */ t('tbody', {
              children: L.map((e) =>
                /* @__PURE__ */ t(
                  'tr',
                  {
                    class: V(e) ? v : void 0,
                    children: [
                      /* @__PURE__ */ t('th', {
                        scope: 'row',
                        children: [e.name, H(e), U(e)],
                      }),
                      W.map(([n]) => /* @__PURE__ */ t('td', { children: e[n] }, n)),
                      /* @__PURE__ */ t('td', {
                        children: /* @__PURE__ */ t(j, {
                          level: A(e.id).invasiveness,
                          content: P,
                        }),
                      }),
                    ],
                  },
                  e.id,
                ),
              ),
            }),
          ],
        }),
      }),
      /* @__PURE__ */ t('ul', {
        class: h,
        'aria-label': P.caption,
        children: L.map((e) => {
          let n = `${D}-card-${e.id}`;
          return /* @__PURE__ */ t(
            'li',
            {
              class: V(e) ? `${b} ${x}` : b,
              children: /* @__PURE__ */ t('article', {
                'aria-labelledby': n,
                children: [
                  /* @__PURE__ */ t(o, {
                    level: T + 1,
                    id: n,
                    class: S,
                    children: e.name,
                  }),
                  H(e),
                  /* @__PURE__ */ t('dl', {
                    class: C,
                    children: [
                      W.map(([n, r]) => [
                        /* @__PURE__ */ t('dt', { children: r }, `${n}-t`),
                        /* @__PURE__ */ t('dd', { children: e[n] }, `${n}-d`),
                      ]),
                      /* @__PURE__ */ t('dt', { children: P.columns.invasiveness }),
                      /* @__PURE__ */ t('dd', {
                        children: /* @__PURE__ */ t(j, {
                          level: A(e.id).invasiveness,
                          content: P,
                        }),
                      }),
                    ],
                  }),
                  U(e),
                ],
              }),
            },
            e.id,
          );
        }),
      }),
      /* @__PURE__ */ t(o, {
        level: T + 1,
        class: a,
        children: P.takeawaysTitle,
      }),
      /* @__PURE__ */ t('ul', {
        children: P.takeaways.map((e, n) => /* @__PURE__ */ t('li', { children: e }, n)),
      }),
      /* @__PURE__ */ t('p', { children: P.summary }),
    ],
  });
}
export { M as Compare };
