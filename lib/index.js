import { a as e, i as t, n, r, t as i } from './chunks/log-DC7XKlqX.js';
import {
  a,
  c as o,
  f as s,
  l as c,
  n as l,
  r as u,
  s as d,
  t as f,
  u as p,
} from './chunks/hooks-BdfQOnsb.js';
import { i as m, n as h, t as g } from './chunks/template-merge-BGBDDVt_.js';
import {
  a as _,
  n as v,
  o as y,
  r as b,
  s as x,
  t as S,
} from './chunks/emergency-notice-DxPqMMIH.js';
import { n as ee, t as C } from './chunks/compare-ids-6bjr3YsK.js';
import { t as w } from './chunks/theme-attributes-CU3nSbGa.js';
import { n as T, t as E } from './chunks/safe-markup-5oRZ3Sjs.js';
import { n as D, t as O } from './chunks/button.css-CLglEDgz.js';
import {
  a as k,
  i as te,
  n as A,
  o as j,
  r as ne,
  t as re,
} from './chunks/section.css-Dj-n7cg5.js';
// src/styles/color.ts
var M = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i,
  N = '([+-]?(?:\\d+\\.?\\d*|\\.\\d+))',
  P = RegExp(
    `^(rgba?|hsla?)\\(\\s*${N}(%|deg)?\\s*[,\\s]\\s*${N}(%)?\\s*[,\\s]\\s*${N}(%)?\\s*(?:[,/]\\s*${N}(%)?\\s*)?\\)$`,
    'i',
  ),
  F = (e, t, n) => Math.min(n, Math.max(t, e));
function ie(e) {
  let t =
    e.length <= 4
      ? e
          .split('')
          .map((e) => e + e)
          .join('')
      : e;
  return {
    r: parseInt(t.slice(0, 2), 16),
    g: parseInt(t.slice(2, 4), 16),
    b: parseInt(t.slice(4, 6), 16),
  };
}
function ae(e, t, n) {
  let r = (((e % 360) + 360) % 360) / 360,
    i = F(t, 0, 100) / 100,
    a = F(n, 0, 100) / 100,
    o = a < 0.5 ? a * (1 + i) : a + i - a * i,
    s = 2 * a - o,
    c = (e) => {
      let t = e < 0 ? e + 1 : e > 1 ? e - 1 : e,
        n =
          t < 1 / 6
            ? s + (o - s) * 6 * t
            : t < 1 / 2
              ? o
              : t < 2 / 3
                ? s + (o - s) * (2 / 3 - t) * 6
                : s;
      return Math.round(n * 255);
    };
  return {
    r: c(r + 1 / 3),
    g: c(r),
    b: c(r - 1 / 3),
  };
}
function I(e) {
  let t = e.trim(),
    n = M.exec(t);
  if (n?.[1]) return ie(n[1]);
  let r = P.exec(t);
  if (!r) return null;
  let [, i = '', a = '0', o, s = '0', c, l = '0', u] = r,
    d = Number(a),
    f = Number(s),
    p = Number(l);
  if (i.toLowerCase().startsWith('rgb')) {
    if (o === 'deg') return null;
    let e = (e, t) => Math.round(F(t === '%' ? (e / 100) * 255 : e, 0, 255));
    return {
      r: e(d, o),
      g: e(f, c),
      b: e(p, u),
    };
  }
  return o === '%' || c !== '%' || u !== '%' ? null : ae(d, f, p);
}
var oe = (e) =>
    Math.round(F(e, 0, 255))
      .toString(16)
      .padStart(2, '0'),
  se = ({ r: e, g: t, b: n }) => `#${oe(e)}${oe(t)}${oe(n)}`;
function ce({ r: e, g: t, b: n }) {
  let r = (e) => {
    let t = e / 255;
    return t <= 0.04045 ? t / 12.92 : ((t + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * r(e) + 0.7152 * r(t) + 0.0722 * r(n);
}
function L(e, t) {
  let [n, r] = [ce(e), ce(t)].sort((e, t) => t - e);
  return (n + 0.05) / (r + 0.05);
}
var le = {
    r: 255,
    g: 255,
    b: 255,
  },
  ue = {
    r: 0,
    g: 0,
    b: 0,
  },
  de = (e, t, n) => ({
    r: e.r + (t.r - e.r) * n,
    g: e.g + (t.g - e.g) * n,
    b: e.b + (t.b - e.b) * n,
  });
function fe(e) {
  return L(e, le) >= L(e, ue) ? le : ue;
}
function pe(e, t, n) {
  if (L(e, t) >= n) return me(e);
  let r = ce(t) > 0.5 ? ue : le,
    i = 0,
    a = 1;
  for (let o = 0; o < 24; o += 1) {
    let o = (i + a) / 2;
    L(de(e, r, o), t) >= n ? (a = o) : (i = o);
  }
  return he(me(de(e, r, a)), t, n, r);
}
var me = ({ r: e, g: t, b: n }) => ({
  r: Math.round(e),
  g: Math.round(t),
  b: Math.round(n),
});
function he(e, t, n, r) {
  let i = e,
    a = (e, t) => e + Math.sign(t - e);
  for (let e = 0; e < 256 && L(i, t) < n; e += 1)
    i = {
      r: a(i.r, r.r),
      g: a(i.g, r.g),
      b: a(i.b, r.b),
    };
  return i;
}
// src/embed/options.ts
var R = ['faq', 'compare', 'quiz'],
  ge = ['light', 'dark', 'auto'],
  _e = ['inline', 'launcher'],
  ve = ['bottom-right', 'bottom-left'],
  ye = {
    inline: '20px',
    block: '20px',
  },
  be = {
    sections: [...R],
    lang: null,
    clinicName: null,
    clinicPhone: null,
    bookingUrl: null,
    country: null,
    emergencyNumber: null,
    contentUrl: null,
    contentId: null,
    accent: null,
    colorScheme: 'light',
    headingLevel: 2,
    deepLinkPrefix: 'faq-',
    updateUrl: !1,
    structuredData: !1,
    nonce: null,
    mode: 'inline',
    launcherPosition: 'bottom-right',
    zIndex: 9e3,
    launcherOffset: ye,
    lazy: !1,
  },
  xe = 120,
  Se = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i,
  Ce = /^\+?[0-9\s().-]{3,30}$/;
function we(e) {
  try {
    let t = new Intl.DisplayNames(['en'], {
      type: 'region',
      fallback: 'none',
    }).of(e);
    return typeof t == 'string' && t !== e;
  } catch {
    return !0;
  }
}
var Te = (e) => {
    let t = e.trim();
    if (!t) return { value: null };
    let n = t.replace(/\D/g, '');
    return Ce.test(t) && n.length >= 3 ? { value: t } : { invalid: 'not a phone number' };
  },
  Ee = (e) => {
    let t = e.trim();
    if (!t) return { value: null };
    try {
      let e = new URL(t);
      return e.protocol === 'https:' ? { value: e.href } : { invalid: 'not an https: URL' };
    } catch {
      return { invalid: 'not an absolute URL' };
    }
  },
  De = (e) => {
    let t = e.trim().toLowerCase();
    return t === '' || t === 'true' || t === 'on' || t === 'yes'
      ? { value: !0 }
      : t === 'false' || t === 'off' || t === 'no'
        ? { value: !1 }
        : { invalid: 'not true or false' };
  },
  Oe = (e) => e.map((e) => `"${e}"`).join(', '),
  ke = (e, t) => (n) => {
    let r = n.trim().toLowerCase();
    return e.includes(r) ? { value: r } : { invalid: t };
  },
  Ae = /^(\d{1,3}(?:\.\d{1,2})?)(px|rem|em)?$/,
  je = 400;
function Me(e) {
  let t = Ae.exec(e);
  if (!t) return null;
  let n = t[2] ?? 'px';
  return Number(t[1]) * (n === 'px' ? 1 : 16) <= je ? `${Number(t[1])}${n}` : null;
}
var Ne = {
    sections: {
      key: 'sections',
      accepted: `any of "${R.join(' ')}", separated by spaces`,
      parse(e) {
        let t = e
            .toLowerCase()
            .split(/[\s,]+/)
            .filter(Boolean),
          n = (e) => R.includes(e),
          r = t.filter((e, r) => n(e) && t.indexOf(e) === r),
          i = t.filter((e) => !n(e));
        if (!i.length) return { value: r.length ? r : [...R] };
        let a = `unknown section ${i.map(B).join(', ')}`;
        return r.length
          ? {
              value: r,
              invalid: a,
            }
          : { invalid: a };
      },
    },
    lang: {
      key: 'lang',
      accepted: 'a BCP 47 language tag such as "en", "es-MX" or "zh-Hans"',
      parse(e) {
        let t = e.trim();
        return t
          ? Se.test(t)
            ? { value: t }
            : { invalid: 'not a language tag' }
          : { value: null };
      },
    },
    clinicName: {
      key: 'clinicName',
      accepted: `plain text up to ${xe} characters`,
      parse: (e) => {
        let t = e.trim().replace(/\s+/g, ' ');
        return t
          ? t.length > xe
            ? { invalid: `longer than ${xe} characters` }
            : { value: t }
          : { value: null };
      },
    },
    clinicPhone: {
      key: 'clinicPhone',
      accepted: 'digits with optional +, spaces, dots, dashes and brackets, e.g. "+1 555 0100"',
      parse: Te,
    },
    bookingUrl: {
      key: 'bookingUrl',
      accepted: 'an absolute https: URL, e.g. "https://clinic.example/book"',
      parse: Ee,
    },
    country: {
      key: 'country',
      accepted: 'an ISO 3166-1 two-letter country code such as "US", "GB", "DE" or "AU"',
      parse(e) {
        let t = e.trim().toUpperCase();
        return t
          ? /^[A-Z]{2}$/.test(t) && we(t)
            ? { value: t }
            : { invalid: 'not a country code' }
          : { value: null };
      },
    },
    emergencyNumber: {
      key: 'emergencyNumber',
      accepted: 'a phone number such as "911", "112" or "000"',
      parse: Te,
    },
    contentUrl: {
      key: 'contentUrl',
      accepted: 'an https: URL or a path on this site (starting with "/" or "./") of a JSON file',
      parse(e) {
        let t = e.trim();
        return /^\.?\//.test(t) && !t.startsWith('//') ? { value: t } : Ee(e);
      },
    },
    contentId: {
      key: 'contentId',
      accepted: 'the id of a <script type="application/json"> element on the page',
      parse(e) {
        let t = e.trim();
        return t
          ? /^[A-Za-z][\w:.-]{0,100}$/.test(t)
            ? { value: t }
            : { invalid: 'not an element id' }
          : { value: null };
      },
    },
    accent: {
      key: 'accent',
      accepted: 'a CSS colour such as "#0b6e69", "rgb(11 110 105)", "hsl(177 82% 24%)" or "teal"',
      parse(e, t) {
        if (!e.trim()) return { value: null };
        let n = t(e);
        return n ? { value: n } : { invalid: 'not a colour' };
      },
    },
    colorScheme: {
      key: 'colorScheme',
      accepted: `one of ${Oe(ge)}`,
      parse: ke(ge, 'unknown colour scheme'),
    },
    headingLevel: {
      key: 'headingLevel',
      accepted: 'a whole number from 1 to 6',
      parse(e) {
        let t = Number(e.trim());
        return Number.isInteger(t) && t >= 1 && t <= 6
          ? { value: t }
          : { invalid: 'not a heading level' };
      },
    },
    deepLinkPrefix: {
      key: 'deepLinkPrefix',
      accepted: 'letters, digits, "-" and "_", e.g. "faq-" or "q_"',
      parse(e) {
        let t = e.trim();
        return /^[A-Za-z][\w-]{0,30}$/.test(t) ? { value: t } : { invalid: 'not a link prefix' };
      },
    },
    updateUrl: {
      key: 'updateUrl',
      accepted: '"true" or "false" (or the attribute alone)',
      parse: De,
    },
    structuredData: {
      key: 'structuredData',
      accepted: '"true" or "false" (or the attribute alone)',
      parse: De,
    },
    mode: {
      key: 'mode',
      accepted: `one of ${Oe(_e)}`,
      parse: ke(_e, 'unknown mode'),
    },
    launcherPosition: {
      key: 'launcherPosition',
      accepted: `one of ${Oe(ve)} (mirrored in right-to-left languages)`,
      parse: ke(ve, 'unknown position'),
    },
    zIndex: {
      key: 'zIndex',
      accepted: 'a whole number from 0 to 2147483647',
      parse(e) {
        let t = Number(e.trim());
        return e.trim() && Number.isInteger(t) && t >= 0 && t <= 2147483647
          ? { value: t }
          : { invalid: 'not a z-index' };
      },
    },
    launcherOffset: {
      key: 'launcherOffset',
      accepted: `one or two lengths up to ${je}px (pixels, px, rem or em): "24px", or "16px 88px" for the side and the bottom`,
      parse(e) {
        let t = e.trim().toLowerCase().split(/\s+/),
          n = t.map(Me);
        if (t.length > 2 || n.some((e) => e === null)) return { invalid: 'not one or two lengths' };
        let r = n[0];
        return {
          value: {
            inline: r,
            block: n[1] ?? r,
          },
        };
      },
    },
    lazy: {
      key: 'lazy',
      accepted: '"true" or "false" (or the attribute alone)',
      parse: De,
    },
    nonce: {
      key: 'nonce',
      accepted: 'a CSP nonce (base64 characters)',
      parse(e) {
        let t = e.trim();
        return t
          ? /^[A-Za-z0-9+/_=-]{1,200}$/.test(t)
            ? { value: t }
            : { invalid: 'not a nonce' }
          : { value: null };
      },
    },
  },
  Pe = Object.keys(Ne),
  z = (e) => `data-${e.replace(/[A-Z]/g, (e) => `-${e.toLowerCase()}`)}`;
Pe.map(z);
var Fe = (e, t) => (t === 'attribute' ? z(e) : `option "${e}"`),
  B = (e) => JSON.stringify(e.length > 60 ? `${e.slice(0, 57)}...` : e);
function Ie(e) {
  return typeof e == 'string'
    ? e
    : typeof e == 'boolean' || (typeof e == 'number' && Number.isFinite(e))
      ? String(e)
      : Array.isArray(e) && e.every((e) => typeof e == 'string')
        ? e.join(' ')
        : null;
}
function Le(e, t, n = I) {
  let r = {},
    a = [];
  for (let o of Object.keys(e)) {
    let s = e[o];
    if (s == null) continue;
    if (!Object.prototype.hasOwnProperty.call(Ne, o)) {
      a.push(
        `Unknown ${Fe(o, t)} is ignored. Known ${t === 'attribute' ? 'attributes' : 'options'}: ${Pe.map((e) => (t === 'attribute' ? z(e) : e)).join(', ')}.`,
      );
      continue;
    }
    let c = Ne[o],
      l = Ie(s),
      u = l === null ? { invalid: `${i(s)} is not accepted` } : c.parse(l, n);
    if (u.invalid !== void 0) {
      let e = l === null ? `(${i(s)})` : B(l),
        n = u.value === void 0 ? 'is ignored' : 'is partly ignored';
      a.push(
        `${Fe(o, t)}=${e} ${n} (${u.invalid}). Accepted: ${c.accepted}.${u.value === void 0 ? ' Using the default.' : ''}`,
      );
    }
    u.value !== void 0 && (r[o] = u.value);
  }
  return {
    options: r,
    warnings: a,
  };
}
function Re(e) {
  let t = {};
  for (let n of Array.from(e.attributes)) {
    let e = n.name.toLowerCase();
    if (!e.startsWith('data-') || e === 'data-clinic-widget') continue;
    let r = e.slice(5).replace(/-([a-z0-9])/g, (e, t) => t.toUpperCase());
    t[r] = n.value;
  }
  return t;
}
// src/embed/resolve-color.ts
var V;
function ze(e) {
  let t = I(e);
  if (t) return t;
  let n = e.trim();
  if (
    !n ||
    typeof CSS > 'u' ||
    !CSS.supports('color', n) ||
    /^(currentcolor|inherit|initial|unset|revert|revert-layer|transparent)$/i.test(n)
  )
    return null;
  if (V === void 0)
    try {
      V = document.createElement('canvas').getContext('2d');
    } catch {
      V = null;
    }
  return V ? ((V.fillStyle = '#000000'), (V.fillStyle = n), I(String(V.fillStyle))) : null;
}
var Be = {
  ...Object.fromEntries(
    'AT.BE.BG.CY.CZ.DE.DK.EE.ES.FI.FR.GR.HR.HU.IE.IT.LT.LU.LV.MT.NL.PL.PT.RO.SE.SI.SK'
      .split/* @__PURE__ */ ('.')
      .map((e) => [e, '112']),
  ),
  GB: '999',
  IS: '112',
  NO: '113',
  CH: '144',
  TR: '112',
  UA: '103',
  RU: '103',
  US: '911',
  CA: '911',
  MX: '911',
  AR: '107',
  BR: '192',
  CL: '131',
  CO: '123',
  AU: '000',
  NZ: '111',
  CN: '120',
  HK: '999',
  TW: '119',
  JP: '119',
  KR: '119',
  SG: '995',
  PH: '911',
  VN: '115',
  IN: '112',
  AE: '998',
  SA: '997',
  IL: '101',
  EG: '123',
  ZA: '10177',
};
function Ve({ explicit: e, country: t, languageRegion: n }) {
  return e || (t ? (Be[t.toUpperCase()] ?? null) : n ? (Be[n.toUpperCase()] ?? null) : null);
}
function He(e) {
  if (!e) return null;
  try {
    return new Intl.Locale(e).region ?? null;
  } catch {
    return null;
  }
}
// src/i18n/locales.ts
var Ue = [
    {
      tag: 'en',
      name: 'English',
      clinicalReview: !1,
    },
    {
      tag: 'es',
      name: 'Español',
      clinicalReview: !1,
    },
    {
      tag: 'zh-Hans',
      name: '简体中文',
      clinicalReview: !1,
    },
    {
      tag: 'vi',
      name: 'Tiếng Việt',
      clinicalReview: !1,
    },
    {
      tag: 'ko',
      name: '한국어',
      clinicalReview: !1,
    },
    {
      tag: 'tl',
      name: 'Tagalog',
      clinicalReview: !1,
    },
    {
      tag: 'ru',
      name: 'Русский',
      clinicalReview: !1,
    },
    {
      tag: 'ar',
      name: 'العربية',
      clinicalReview: !1,
    },
    {
      tag: 'fr',
      name: 'Français',
      clinicalReview: !1,
    },
    {
      tag: 'de',
      name: 'Deutsch',
      clinicalReview: !1,
    },
    {
      tag: 'pt-BR',
      name: 'Português (Brasil)',
      clinicalReview: !1,
    },
  ],
  We = Ue.map((e) => e.tag),
  Ge = ['en-XA'],
  Ke = /* @__PURE__ */ new Set(['ar', 'he', 'fa', 'ur']),
  qe = (e) => (Ke.has(e.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr');
// src/i18n/page-language.ts
function Je(e) {
  return h(
    {
      option: e,
      documentLang: document.documentElement.getAttribute('lang'),
      browser: typeof navigator < 'u' ? (navigator.languages ?? []) : [],
    },
    We,
    'en',
  );
}
// src/embed/handoff.ts
function Ye() {
  if (typeof window > 'u') return null;
  let e = window.ClinicWidget;
  return typeof e == 'function' ? e : null;
}
// src/embed/script-base.ts
var Xe = Ye()?.booting ?? null,
  Ze = Xe?.nonce ?? null;
function Qe(e) {
  return Xe?.placeholders?.get(e) ?? null;
}
function $e(e) {
  return new URL(e, import.meta.url).href;
}
// src/i18n/compact-content.ts
var et = /* @__PURE__ */ new Set(['id', 'category', 'topic', 'lastReviewed']);
function tt(e, t, n) {
  if (typeof e == 'string') return n(e, t);
  if (Array.isArray(e)) return e.map((e) => tt(e, t, n));
  if (e && typeof e == 'object') {
    let t = {};
    for (let [r, i] of Object.entries(e)) t[r] = tt(i, r, n);
    return t;
  }
  return e;
}
function nt(e, t) {
  let n = 0;
  return tt(e, '', (e, r) => {
    if (et.has(r)) return e;
    let i = t[n];
    return ((n += 1), typeof i == 'string' ? i : void 0);
  });
}
var rt = (e, t) =>
    import(
      /* @vite-ignore */
      $e(`locales/${encodeURIComponent(e)}.js${t ? `?retry=${t}` : ''}`)
    ),
  it = (e) => {
    rt = e;
  },
  at = /* @__PURE__ */ new Map(),
  ot = /* @__PURE__ */ new Map();
function st(t, n) {
  let r = n?.default;
  if (typeof r != 'object' || !r) throw Error('the file has no locale data');
  let i = Array.isArray(r.content) ? nt(m.content, r.content) : r.content,
    { value: a, problems: o } = g(m, {
      ...r,
      content: i,
    });
  return (
    o.length &&
      e(
        `The "${t}" language file has ${o.length} problem(s); English is shown for those parts: ${o.join('; ')}.`,
      ),
    a
  );
}
function ct(e, n = rt) {
  if (e === 'en') return Promise.resolve(m);
  let r = at.get(e);
  if (!r) {
    let i = ot.get(e) ?? 0;
    ((r = n(e, i)
      .then((t) => st(e, t))
      .catch((n) => {
        (at.delete(e), ot.set(e, i + 1));
        let r = n instanceof Error ? n.message : String(n);
        return (
          t(`Could not load the "${e}" language file (${r}); showing English instead.`),
          null
        );
      })),
      at.set(e, r));
  }
  return r;
}
// node_modules/i18next/dist/esm/i18next.js
var H = (e) => typeof e == 'string',
  U = () => {
    let e,
      t,
      n = new Promise((n, r) => {
        ((e = n), (t = r));
      });
    return ((n.resolve = e), (n.reject = t), n);
  },
  W = (e) => (e == null ? '' : String(e)),
  lt = (e) =>
    H(e) &&
    /^[A-Za-z0-9_@.-]{1,128}$/.test(e) &&
    !e.includes('..') &&
    !['__proto__', 'constructor', 'prototype'].includes(e),
  ut = (e) => e?.callbackApi ?? e?.constructor?.callbackApi,
  dt = (e, t, n) => {
    e.forEach((e) => {
      t[e] && (n[e] = t[e]);
    });
  },
  ft = /###/g,
  pt = (e) => (e && e.includes('###') ? e.replace(ft, '.') : e),
  mt = (e) => !e || H(e),
  G = (e, t, n) => {
    let r = H(t) ? t.split('.') : t,
      i = 0;
    for (; i < r.length - 1;) {
      if (mt(e)) return {};
      let t = pt(r[i]);
      (!e[t] && n && (e[t] = new n()),
        (e = Object.prototype.hasOwnProperty.call(e, t) ? e[t] : {}),
        ++i);
    }
    return mt(e)
      ? {}
      : {
          obj: e,
          k: pt(r[i]),
        };
  },
  ht = (e, t, n) => {
    let { obj: r, k: i } = G(e, t, Object);
    if (r !== void 0 || t.length === 1) {
      r[i] = n;
      return;
    }
    let a = t[t.length - 1],
      o = t.slice(0, t.length - 1),
      s = G(e, o, Object);
    for (; s.obj === void 0 && o.length;)
      ((a = `${o[o.length - 1]}.${a}`),
        (o = o.slice(0, o.length - 1)),
        (s = G(e, o, Object)),
        s?.obj && s.obj[`${s.k}.${a}`] !== void 0 && (s.obj = void 0));
    s.obj[`${s.k}.${a}`] = n;
  },
  gt = (e, t, n, r) => {
    let { obj: i, k: a } = G(e, t, Object);
    ((i[a] = i[a] || []), i[a].push(n));
  },
  K = (e, t) => {
    let { obj: n, k: r } = G(e, t);
    if (n && Object.prototype.hasOwnProperty.call(n, r)) return n[r];
  },
  _t = (e, t, n) => {
    let r = K(e, n);
    return r === void 0 ? K(t, n) : r;
  },
  vt = (e, t, n) => {
    for (let r in t)
      r !== '__proto__' &&
        r !== 'constructor' &&
        (Object.prototype.hasOwnProperty.call(e, r)
          ? H(e[r]) || e[r] instanceof String || H(t[r]) || t[r] instanceof String
            ? n && (e[r] = t[r])
            : vt(e[r], t[r], n)
          : (e[r] = t[r]));
    return e;
  },
  q = (e) => e.replace(/[\-\[\]\/\{\}\(\)\*\+\?\.\\\^\$\|]/g, '\\$&'),
  yt = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '/': '&#x2F;',
  },
  bt = (e) => (H(e) ? e.replace(/[&<>"'\/]/g, (e) => yt[e]) : e),
  xt = class {
    constructor(e) {
      ((this.capacity = e), (this.regExpMap = /* @__PURE__ */ new Map()), (this.regExpQueue = []));
    }
    getRegExp(e) {
      let t = this.regExpMap.get(e);
      if (t !== void 0) return t;
      let n = new RegExp(e);
      return (
        this.regExpQueue.length === this.capacity &&
          this.regExpMap.delete(this.regExpQueue.shift()),
        this.regExpMap.set(e, n),
        this.regExpQueue.push(e),
        n
      );
    }
  },
  St = [' ', ',', '?', '!', ';'],
  Ct = new xt(20),
  wt = (e, t, n) => {
    ((t = t || ''), (n = n || ''));
    let r = St.filter((e) => !t.includes(e) && !n.includes(e));
    if (r.length === 0) return !0;
    let i = Ct.getRegExp(`(${r.map((e) => (e === '?' ? '\\?' : e)).join('|')})`),
      a = !i.test(e);
    if (!a) {
      let t = e.indexOf(n);
      t > 0 && !i.test(e.substring(0, t)) && (a = !0);
    }
    return a;
  },
  Tt = (e, t, n = '.') => {
    if (!e) return;
    if (e[t]) return Object.prototype.hasOwnProperty.call(e, t) ? e[t] : void 0;
    let r = t.split(n),
      i = e;
    for (let e = 0; e < r.length;) {
      if (!i || typeof i != 'object') return;
      let t,
        a = '';
      for (let o = e; o < r.length; ++o)
        if (
          (o !== e && (a += n),
          (a += r[o]),
          (t = i[a]),
          (typeof t != 'function' && a !== '__proto__') ||
            Object.prototype.hasOwnProperty.call(i, a) ||
            (t = void 0),
          t !== void 0)
        ) {
          if (['string', 'number', 'boolean'].includes(typeof t) && o < r.length - 1) continue;
          e += o - e + 1;
          break;
        }
      i = t;
    }
    return i;
  },
  J = (e) => e?.replace(/_/g, '-'),
  Et = {
    type: 'logger',
    log(e) {
      this.output('log', e);
    },
    warn(e) {
      this.output('warn', e);
    },
    error(e) {
      this.output('error', e);
    },
    output(e, t) {
      console?.[e]?.apply?.(console, t);
    },
  },
  Y = new (class e {
    constructor(e, t = {}) {
      this.init(e, t);
    }
    init(e, t = {}) {
      ((this.prefix = t.prefix || 'i18next:'),
        (this.logger = e || Et),
        (this.options = t),
        (this.debug = t.debug),
        (this.seen = /* @__PURE__ */ new Set()));
    }
    log(...e) {
      return this.forward(e, 'log', '', !0);
    }
    warn(...e) {
      return this.forward(e, 'warn', '', !0);
    }
    error(...e) {
      return this.forward(e, 'error', '');
    }
    deprecate(...e) {
      return this.forward(e, 'warn', 'WARNING DEPRECATED: ', !0);
    }
    once(e, t, ...n) {
      return !this.debug || this.seen.has(e) || this.seen.size >= 1e3
        ? null
        : (this.seen.add(e), this[t](...n));
    }
    forward(e, t, n, r) {
      return r && !this.debug
        ? null
        : ((e = e.map((e) => (H(e) ? e.replace(/[\r\n\x00-\x1F\x7F]/g, ' ') : e))),
          H(e[0]) && (e[0] = `${n}${this.prefix} ${e[0]}`),
          this.logger[t](e));
    }
    create(t) {
      return new e(this.logger, {
        prefix: `${this.prefix}:${t}:`,
        ...this.options,
      });
    }
    clone(t) {
      return ((t = t || this.options), (t.prefix = t.prefix || this.prefix), new e(this.logger, t));
    }
  })(),
  X = class {
    constructor() {
      this.observers = {};
    }
    on(e, t) {
      return (
        e.split(' ').forEach((e) => {
          this.observers[e] || (this.observers[e] = /* @__PURE__ */ new Map());
          let n = this.observers[e].get(t) || 0;
          this.observers[e].set(t, n + 1);
        }),
        this
      );
    }
    off(e, t) {
      (typeof e == 'string' ? e.split(' ') : [e]).forEach((e) => {
        this.observers[e] && (t ? this.observers[e].delete(t) : delete this.observers[e]);
      });
    }
    once(e, t) {
      let n = (...r) => {
        (t(...r), this.off(e, n));
      };
      return (this.on(e, n), this);
    }
    emit(e, ...t) {
      (this.observers[e] &&
        Array.from(this.observers[e].entries()).forEach(([e, n]) => {
          for (let r = 0; r < n; r++) e(...t);
        }),
        this.observers['*'] &&
          Array.from(this.observers['*'].entries()).forEach(([n, r]) => {
            for (let i = 0; i < r; i++) n(e, ...t);
          }));
    }
  },
  Dt = /* @__PURE__ */ new WeakSet(),
  Ot = class extends X {
    constructor(
      e,
      t = {
        ns: ['translation'],
        defaultNS: 'translation',
      },
    ) {
      (super(),
        (this.data = e || {}),
        (this.options = t),
        (this.logger = Y.create('resourceStore')),
        this.options.keySeparator === void 0 && (this.options.keySeparator = '.'),
        this.options.ignoreJSONStructure === void 0 && (this.options.ignoreJSONStructure = !0));
    }
    addNamespaces(e) {
      this.options.ns.includes(e) || this.options.ns.push(e);
    }
    removeNamespaces(e) {
      let t = this.options.ns.indexOf(e);
      t > -1 && this.options.ns.splice(t, 1);
    }
    deprecateDottedLng(e) {
      this.logger.once(
        e,
        'deprecate',
        `${e}: a dotted language ('en.translation.key') that carries the namespace and key is removed in v27; pass language, namespace and key as separate arguments`,
      );
    }
    getResource(e, t, n, r = {}) {
      let i = r.keySeparator === void 0 ? this.options.keySeparator : r.keySeparator,
        a =
          r.ignoreJSONStructure === void 0
            ? this.options.ignoreJSONStructure
            : r.ignoreJSONStructure,
        o;
      e.includes('.')
        ? (this.deprecateDottedLng('getResource'), (o = e.split('.')))
        : ((o = [e, t]),
          n && (Array.isArray(n) ? o.push(...n) : H(n) && i ? o.push(...n.split(i)) : o.push(n)));
      let s = K(this.data, o);
      return (
        s == null &&
          !t &&
          !n &&
          e.includes('.') &&
          ((e = o[0]), (t = o[1]), (n = o.slice(2).join('.'))),
        s != null || !a || !H(n) ? s : Tt(this.data?.[e]?.[t], n, i)
      );
    }
    addResource(e, t, n, r, i = { silent: !1 }) {
      let a = i.keySeparator === void 0 ? this.options.keySeparator : i.keySeparator,
        o = [e, t];
      (n && (o = o.concat(a ? n.split(a) : n)),
        e.includes('.') &&
          (this.deprecateDottedLng('addResource'), (o = e.split('.')), (r = t), (t = o[1])),
        this.addNamespaces(t),
        ht(this.data, o, r),
        i.silent || this.emit('added', e, t, n, r));
    }
    addResources(e, t, n, r = { silent: !1 }) {
      for (let r in n)
        (H(n[r]) || Array.isArray(n[r])) && this.addResource(e, t, r, n[r], { silent: !0 });
      r.silent || this.emit('added', e, t, n);
    }
    addResourceBundle(
      e,
      t,
      n,
      r,
      i,
      a = {
        silent: !1,
        skipCopy: !1,
      },
    ) {
      let o = [e, t];
      (e.includes('.') &&
        (this.deprecateDottedLng('addResourceBundle'),
        (o = e.split('.')),
        (r = n),
        (n = t),
        (t = o[1])),
        this.addNamespaces(t));
      let s = K(this.data, o) || {};
      (a.skipCopy || (n = JSON.parse(JSON.stringify(n))),
        r
          ? vt(s, n, i)
          : (s = {
              ...s,
              ...n,
            }),
        ht(this.data, o, s),
        a.silent || this.emit('added', e, t, n));
    }
    removeResourceBundle(e, t) {
      (this.hasResourceBundle(e, t) && delete this.data[e][t],
        this.removeNamespaces(t),
        this.emit('removed', e, t));
    }
    hasResourceBundle(e, t) {
      return this.getResource(e, t) !== void 0;
    }
    getResourceBundle(e, t) {
      return (t || (t = this.options.defaultNS), this.getResource(e, t));
    }
    getDataByLanguage(e) {
      return this.data[e];
    }
    hasLanguageSomeTranslations(e) {
      let t = this.getDataByLanguage(e);
      return !!((t && Object.keys(t)) || []).find((e) => {
        let n = t[e];
        return Dt.has(n)
          ? !0
          : !n || Object.keys(n).length === 0
            ? !1
            : (typeof n == 'object' && Dt.add(n), !0);
      });
    }
    toJSON() {
      return this.data;
    }
  },
  kt = {
    processors: {},
    addPostProcessor(e) {
      this.processors[e.name] = e;
    },
    handle(e, t, n, r, i) {
      return (
        e.forEach((e) => {
          t = this.processors[e]?.process(t, n, r, i) ?? t;
        }),
        t
      );
    },
  },
  At = Symbol('i18next/PATH_KEY');
function jt() {
  let e = [],
    t = Object.create(null),
    n;
  return (
    (t.get = (r, i) => (
      n?.revoke?.(),
      i === At ? e : (e.push(i), (n = Proxy.revocable(r, t)), n.proxy)
    )),
    Proxy.revocable(Object.create(null), t).proxy
  );
}
function Z(e, t) {
  let { [At]: n } = e(jt()),
    r = t?.keySeparator ?? '.',
    i = t?.nsSeparator ?? ':',
    a = t?.enableSelector === 'strict';
  if (n.length > 1 && i) {
    let e = t?.ns,
      o = a ? (Array.isArray(e) ? e : e ? [e] : null) : Array.isArray(e) ? e : null;
    if (o && (a ? o : o.length > 1 ? o.slice(1) : []).includes(n[0]))
      return `${n[0]}${i}${n.slice(1).join(r)}`;
  }
  return n.join(r);
}
var Mt = (e) => !H(e) && typeof e != 'boolean' && typeof e != 'number',
  Nt = class e extends X {
    constructor(e, t = {}) {
      (super(),
        dt(
          [
            'resourceStore',
            'languageUtils',
            'pluralResolver',
            'interpolator',
            'backendConnector',
            'i18nFormat',
            'utils',
            'ownPostProcessors',
          ],
          e,
          this,
        ),
        (this.options = t),
        this.options.keySeparator === void 0 && (this.options.keySeparator = '.'),
        (this.logger = Y.create('translator')),
        (this.checkedLoadedFor = {}));
    }
    changeLanguage(e) {
      e && (this.language = e);
    }
    exists(e, t = { interpolation: {} }) {
      let n = { ...t };
      if (e == null) return !1;
      let r = this.resolve(e, n);
      if (r?.res === void 0) return !1;
      let i = Mt(r.res);
      return !(n.returnObjects === !1 && i);
    }
    extractFromKey(e, t) {
      let n = t.nsSeparator === void 0 ? this.options.nsSeparator : t.nsSeparator;
      n === void 0 && (n = ':');
      let r = t.keySeparator === void 0 ? this.options.keySeparator : t.keySeparator,
        i = t.ns || this.options.defaultNS || [],
        a = n && e.includes(n),
        o =
          !this.options.userDefinedKeySeparator &&
          !t.keySeparator &&
          !this.options.userDefinedNsSeparator &&
          !t.nsSeparator &&
          !wt(e, n, r);
      if (a && !o) {
        let t = e.match(this.interpolator.nestingRegexp);
        if (t && t.length > 0)
          return {
            key: e,
            namespaces: H(i) ? [i] : i,
          };
        let a = e.split(n);
        ((n !== r || (n === r && this.options.ns.includes(a[0]))) && (i = a.shift()),
          (e = a.join(r)));
      }
      return {
        key: e,
        namespaces: H(i) ? [i] : i,
      };
    }
    translate(t, n, r) {
      let i = typeof n == 'object' ? { ...n } : n;
      if (
        (typeof i != 'object' &&
          this.options.overloadTranslationOptionHandler &&
          (i = this.options.overloadTranslationOptionHandler(arguments)),
        typeof i == 'object' && (i = { ...i }),
        i || (i = {}),
        t == null)
      )
        return '';
      (typeof t == 'function' &&
        (t = Z(t, {
          ...this.options,
          ...i,
        })),
        Array.isArray(t) || (t = [String(t)]),
        (t = t.map((e) =>
          typeof e == 'function'
            ? Z(e, {
                ...this.options,
                ...i,
              })
            : String(e),
        )));
      let a = i.returnDetails === void 0 ? this.options.returnDetails : i.returnDetails,
        o = i.keySeparator === void 0 ? this.options.keySeparator : i.keySeparator,
        { key: s, namespaces: c } = this.extractFromKey(t[t.length - 1], i),
        l = c[c.length - 1],
        u = i.nsSeparator === void 0 ? this.options.nsSeparator : i.nsSeparator;
      u === void 0 && (u = ':');
      let d = i.lng || this.language,
        f = i.appendNamespaceToCIMode || this.options.appendNamespaceToCIMode;
      if (d?.toLowerCase() === 'cimode')
        return f
          ? a
            ? {
                res: `${l}${u}${s}`,
                usedKey: s,
                exactUsedKey: s,
                usedLng: d,
                usedNS: l,
                usedParams: this.getUsedParamsDetails(i),
              }
            : `${l}${u}${s}`
          : a
            ? {
                res: s,
                usedKey: s,
                exactUsedKey: s,
                usedLng: d,
                usedNS: l,
                usedParams: this.getUsedParamsDetails(i),
              }
            : s;
      let p = this.resolve(t, i),
        m = p?.res,
        h = p?.usedKey || s,
        g = p?.exactUsedKey || s,
        _ = ['[object Number]', '[object Function]', '[object RegExp]'],
        v = i.joinArrays === void 0 ? this.options.joinArrays : i.joinArrays,
        y = !this.i18nFormat || this.i18nFormat.handleAsObject,
        b = i.count !== void 0 && !H(i.count),
        x = e.hasDefaultValue(i),
        S = b ? this.pluralResolver.getSuffix(d, i.count, i) : '',
        ee = i.ordinal && b ? this.pluralResolver.getSuffix(d, i.count, { ordinal: !1 }) : '',
        C = b && !i.ordinal && i.count === 0,
        w =
          (C && i[`defaultValue${this.options.pluralSeparator}zero`]) ||
          i[`defaultValue${S}`] ||
          i[`defaultValue${ee}`] ||
          i.defaultValue,
        T = m;
      y && !m && x && (T = w);
      let E = Mt(T),
        D = Object.prototype.toString.apply(T);
      if (y && T && E && !_.includes(D) && !(H(v) && Array.isArray(T))) {
        if (!i.returnObjects && !this.options.returnObjects) {
          this.options.returnedObjectHandler ||
            (this.logger.warn('accessing an object - but returnObjects options is not enabled!'),
            this.logger.once(
              'returnedObject',
              'deprecate',
              "accessing an object without returnObjects returns a sentence about it today; from v27 t() returns the key, as for a missing key (returnedObjectHandler can keep today's text)",
            ));
          let e = this.options.returnedObjectHandler
            ? this.options.returnedObjectHandler(h, T, {
                ...i,
                ns: c,
              })
            : `key '${s} (${this.language})' returned an object instead of string.`;
          return a ? ((p.res = e), (p.usedParams = this.getUsedParamsDetails(i)), p) : e;
        }
        if (o) {
          let e = Array.isArray(T),
            t = e ? [] : {},
            n = e ? g : h;
          for (let e in T)
            if (Object.prototype.hasOwnProperty.call(T, e)) {
              let r = `${n}${o}${e}`;
              ((t[e] =
                x && !m
                  ? this.translate(r, {
                      ...i,
                      defaultValue: Mt(w) ? w[e] : void 0,
                      joinArrays: !1,
                      ns: c,
                    })
                  : this.translate(r, {
                      ...i,
                      joinArrays: !1,
                      ns: c,
                    })),
                t[e] === r && (t[e] = T[e]));
            }
          m = t;
        }
      } else if (y && H(v) && Array.isArray(m))
        ((m = m.join(v)), m && (m = this.extendTranslation(m, t, i, p, r)));
      else {
        let e = !1,
          n = !1;
        (!this.isValidLookup(m) && x && ((e = !0), (m = w)),
          this.isValidLookup(m) || ((n = !0), (m = s)));
        let a =
            (i.missingKeyNoValueFallbackToKey || this.options.missingKeyNoValueFallbackToKey) && n
              ? void 0
              : m,
          c = x && w !== m && this.options.updateMissing;
        if (n || e || c) {
          if (
            (this.logger.log(
              c ? 'updateKey' : 'missingKey',
              d,
              l,
              b && !c ? `${s}${this.pluralResolver.getSuffix(d, i.count, i)}` : s,
              c ? w : m,
            ),
            o)
          ) {
            let e = this.resolve(s, {
              ...i,
              keySeparator: !1,
            });
            e &&
              e.res &&
              this.logger.warn(
                'Seems the loaded translations were in flat JSON format instead of nested. Either set keySeparator: false on init or make sure your translations are published in nested format.',
              );
          }
          let e = [],
            t = this.languageUtils.getFallbackCodes(
              this.options.fallbackLng,
              i.lng || this.language,
            );
          if (this.options.saveMissingTo === 'fallback' && t && t[0])
            for (let n = 0; n < t.length; n++) e.push(t[n]);
          else
            this.options.saveMissingTo === 'all'
              ? (e = this.languageUtils.toResolveHierarchy(i.lng || this.language))
              : e.push(i.lng || this.language);
          let n = (e, t, n) => {
            let r = x && n !== m ? n : a;
            (this.options.missingKeyHandler
              ? this.options.missingKeyHandler(e, l, t, r, c, i)
              : this.backendConnector?.saveMissing &&
                this.backendConnector.saveMissing(
                  e,
                  l,
                  t,
                  r,
                  c,
                  i,
                  void 0,
                  this.utils?.hasLoadedNamespace,
                ),
              this.emit('missingKey', e, l, t, m));
          };
          this.options.saveMissing &&
            (this.options.saveMissingPlurals && b
              ? e.forEach((e) => {
                  let t = this.pluralResolver.getSuffixes(e, i);
                  (C &&
                    i[`defaultValue${this.options.pluralSeparator}zero`] &&
                    !t.includes(`${this.options.pluralSeparator}zero`) &&
                    t.push(`${this.options.pluralSeparator}zero`),
                    t.forEach((t) => {
                      n([e], s + t, i[`defaultValue${t}`] || w);
                    }));
                })
              : n(e, s, w));
        }
        ((m = this.extendTranslation(m, t, i, p, r)),
          n && m === s && this.options.appendNamespaceToMissingKey && (m = `${l}${u}${s}`),
          (n || e) &&
            this.options.parseMissingKeyHandler &&
            (m = this.options.parseMissingKeyHandler(
              this.options.appendNamespaceToMissingKey ? `${l}${u}${s}` : s,
              e ? m : void 0,
              i,
            )));
      }
      return a ? ((p.res = m), (p.usedParams = this.getUsedParamsDetails(i)), p) : m;
    }
    extendTranslation(e, t, n, r, i) {
      if (this.i18nFormat?.parse)
        e = this.i18nFormat.parse(
          e,
          {
            ...this.options.interpolation.defaultVariables,
            ...n,
          },
          n.lng || this.language || r.usedLng,
          r.usedNS,
          r.usedKey,
          { resolved: r },
        );
      else if (!n.skipInterpolation) {
        n.interpolation &&
          this.interpolator.init({
            ...n,
            interpolation: {
              ...this.options.interpolation,
              ...n.interpolation,
            },
          });
        let a =
            H(e) &&
            (n?.interpolation?.skipOnVariables === void 0
              ? this.options.interpolation.skipOnVariables
              : n.interpolation.skipOnVariables),
          o;
        if (a) {
          let t = e.match(this.interpolator.nestingRegexp);
          o = t && t.length;
        }
        let s = n.replace && !H(n.replace) ? n.replace : n;
        if (
          (this.options.interpolation.defaultVariables &&
            (s = {
              ...this.options.interpolation.defaultVariables,
              ...s,
            }),
          (e = this.interpolator.interpolate(e, s, n.lng || this.language || r.usedLng, n)),
          a)
        ) {
          let t = e.match(this.interpolator.nestingRegexp),
            r = t && t.length;
          o < r && (n.nest = !1);
        }
        (!n.lng && r && r.res && (n.lng = this.language || r.usedLng),
          n.nest !== !1 &&
            (e = this.interpolator.nest(
              e,
              (...e) =>
                i?.[0] === e[0] && !n.context
                  ? (this.logger.warn(
                      `It seems you are nesting recursively key: ${e[0]} in key: ${t[0]}`,
                    ),
                    null)
                  : this.translate(...e, t),
              n,
            )),
          n.interpolation && this.interpolator.reset());
      }
      let a = n.postProcess || this.options.postProcess,
        o = H(a) ? [a] : a;
      return (
        e != null &&
          o?.length &&
          n.applyPostProcessor !== !1 &&
          (o.forEach((e) => {
            this.logger.debug &&
              kt.processors[e] &&
              this.ownPostProcessors &&
              !this.ownPostProcessors.has(e) &&
              this.logger.once(
                e,
                'deprecate',
                `postProcess: '${e}' was registered with use() on another i18next instance; from v27 post-processors are per instance, so call use() with it on this instance too`,
              );
          }),
          (e = kt.handle(
            o,
            e,
            t,
            this.options && this.options.postProcessPassResolved
              ? {
                  i18nResolved: {
                    ...r,
                    usedParams: this.getUsedParamsDetails(n),
                  },
                  ...n,
                }
              : n,
            this,
          ))),
        e
      );
    }
    resolve(e, t = {}) {
      let n, r, i, a, o;
      return (
        H(e) && (e = [e]),
        Array.isArray(e) &&
          (e = e.map((e) =>
            typeof e == 'function'
              ? Z(e, {
                  ...this.options,
                  ...t,
                })
              : e,
          )),
        e.forEach((e) => {
          if (this.isValidLookup(n)) return;
          let s = this.extractFromKey(e, t),
            c = s.key;
          r = c;
          let l = s.namespaces;
          this.options.fallbackNS && (l = l.concat(this.options.fallbackNS));
          let u = t.count !== void 0 && !H(t.count),
            d = u && !t.ordinal && t.count === 0,
            f =
              t.context !== void 0 &&
              (H(t.context) || typeof t.context == 'number') &&
              t.context !== '',
            p = t.lngs
              ? t.lngs
              : this.languageUtils.toResolveHierarchy(t.lng || this.language, t.fallbackLng);
          l.forEach((e) => {
            this.isValidLookup(n) ||
              ((o = e),
              !this.checkedLoadedFor[`${p[0]}-${e}`] &&
                this.utils?.hasLoadedNamespace &&
                !this.utils?.hasLoadedNamespace(o) &&
                ((this.checkedLoadedFor[`${p[0]}-${e}`] = !0),
                this.logger.warn(
                  `key "${r}" for languages "${p.join(', ')}" won't get resolved as namespace "${o}" was not yet loaded`,
                  'This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!',
                )),
              p.forEach((r) => {
                if (this.isValidLookup(n)) return;
                a = r;
                let o = [c];
                if (this.i18nFormat?.addLookupKeys) this.i18nFormat.addLookupKeys(o, c, r, e, t);
                else {
                  let e;
                  u && (e = this.pluralResolver.getSuffix(r, t.count, t));
                  let n = `${this.options.pluralSeparator}zero`,
                    i = `${this.options.pluralSeparator}ordinal${this.options.pluralSeparator}`;
                  if (
                    (u &&
                      (t.ordinal &&
                        e.startsWith(i) &&
                        o.push(c + e.replace(i, this.options.pluralSeparator)),
                      o.push(c + e),
                      d && o.push(c + n)),
                    f)
                  ) {
                    let r = `${c}${this.options.contextSeparator || '_'}${t.context}`;
                    (o.push(r),
                      u &&
                        (t.ordinal &&
                          e.startsWith(i) &&
                          o.push(r + e.replace(i, this.options.pluralSeparator)),
                        o.push(r + e),
                        d && o.push(r + n)));
                  }
                }
                let s;
                for (; (s = o.pop());)
                  this.isValidLookup(n) || ((i = s), (n = this.getResource(r, e, s, t)));
              }));
          });
        }),
        {
          res: n,
          usedKey: r,
          exactUsedKey: i,
          usedLng: a,
          usedNS: o,
        }
      );
    }
    isValidLookup(e) {
      return (
        e !== void 0 &&
        !(!this.options.returnNull && e === null) &&
        !(!this.options.returnEmptyString && e === '')
      );
    }
    getResource(e, t, n, r = {}) {
      return this.i18nFormat?.getResource
        ? this.i18nFormat.getResource(e, t, n, r)
        : this.resourceStore.getResource(e, t, n, r);
    }
    getUsedParamsDetails(e = {}) {
      let t = [
          'defaultValue',
          'ordinal',
          'context',
          'replace',
          'lng',
          'lngs',
          'fallbackLng',
          'ns',
          'keySeparator',
          'nsSeparator',
          'returnObjects',
          'returnDetails',
          'joinArrays',
          'postProcess',
          'interpolation',
        ],
        n = e.replace && !H(e.replace),
        r = n ? e.replace : e;
      if (
        (n &&
          e.count !== void 0 &&
          (r = {
            ...r,
            count: e.count,
          }),
        this.options.interpolation.defaultVariables &&
          (r = {
            ...this.options.interpolation.defaultVariables,
            ...r,
          }),
        !n)
      ) {
        r = { ...r };
        for (let e of t) delete r[e];
      }
      return r;
    }
    static hasDefaultValue(e) {
      for (let t in e)
        if (
          Object.prototype.hasOwnProperty.call(e, t) &&
          t.startsWith('defaultValue') &&
          e[t] !== void 0
        )
          return !0;
      return !1;
    }
  },
  Pt = class {
    constructor(e) {
      ((this.options = e),
        (this.supportedLngs = this.options.supportedLngs || !1),
        (this.logger = Y.create('languageUtils')),
        (this.resolveHierarchyCache = {}));
    }
    clearCache() {
      this.resolveHierarchyCache = {};
    }
    getScriptPartFromCode(e) {
      if (((e = J(e)), !e || !e.includes('-'))) return null;
      let t = e.split('-');
      return t.length === 2 || (t.pop(), t[t.length - 1].toLowerCase() === 'x')
        ? null
        : this.formatLanguageCode(t.join('-'));
    }
    getLanguagePartFromCode(e) {
      if (((e = J(e)), !e || !e.includes('-'))) return e;
      let t = e.split('-');
      return this.formatLanguageCode(t[0]);
    }
    formatLanguageCode(e) {
      if (H(e) && e.includes('-')) {
        let t;
        try {
          t = Intl.getCanonicalLocales(e)[0];
        } catch {}
        return (
          t && this.options.lowerCaseLng && (t = t.toLowerCase()),
          t || (this.options.lowerCaseLng ? e.toLowerCase() : e)
        );
      }
      let t = this.options.cleanCode || this.options.lowerCaseLng ? e.toLowerCase() : e;
      return (this.logger.debug && H(e) && this.deprecateBareCode(e, t), t);
    }
    deprecateBareCode(e, t) {
      let n;
      try {
        n = Intl.getCanonicalLocales(e)[0];
      } catch {
        return;
      }
      let r = n.toLowerCase() === e.toLowerCase() ? n : e.toLowerCase();
      (this.options.lowerCaseLng && (r = r.toLowerCase()),
        r !== t &&
          this.logger.once(
            e,
            'deprecate',
            `language code '${e}' is used as '${t}'; i18next v27 gives it the canonical casing '${r}', use '${r}' in lng, fallbackLng, supportedLngs and the resources`,
          ));
    }
    isSupportedCode(e) {
      return (
        (this.options.load === 'languageOnly' || this.options.nonExplicitSupportedLngs) &&
          (e = this.getLanguagePartFromCode(e)),
        !this.supportedLngs || !this.supportedLngs.length || this.supportedLngs.includes(e)
      );
    }
    getBestMatchFromCodes(e) {
      if (!e) return null;
      let t;
      return (
        e.forEach((e) => {
          if (t) return;
          let n = this.formatLanguageCode(e);
          (!this.options.supportedLngs || this.isSupportedCode(n)) && (t = n);
        }),
        !t &&
          this.options.supportedLngs &&
          e.forEach((e) => {
            if (t) return;
            let n = this.getScriptPartFromCode(e);
            if (this.isSupportedCode(n)) return (t = n);
            let r = this.getLanguagePartFromCode(e);
            if (this.isSupportedCode(r)) return (t = r);
            t = this.options.supportedLngs.find((e) =>
              e === r
                ? !0
                : !e.includes('-') && !r.includes('-')
                  ? !1
                  : !(!e.includes('-') || r.includes('-') || e.slice(0, e.indexOf('-')) !== r),
            );
          }),
        t || (t = this.getFallbackCodes(this.options.fallbackLng)[0]),
        t
      );
    }
    getFallbackCodes(e, t) {
      if (!e) return [];
      if ((typeof e == 'function' && (e = e(t)), H(e) && (e = [e]), Array.isArray(e))) return e;
      if (!t) return e.default || [];
      let n = e[t];
      return (
        n || (n = e[this.getScriptPartFromCode(t)]),
        n || (n = e[this.formatLanguageCode(t)]),
        n || (n = e[this.getLanguagePartFromCode(t)]),
        n || (n = e.default),
        n || []
      );
    }
    toResolveHierarchy(e, t) {
      let n = this.options.fallbackLng,
        r = Array.isArray(n) ? n.join('|') : n;
      r !== this._cachedFallbackLng &&
        ((this.resolveHierarchyCache = {}), (this._cachedFallbackLng = r));
      let i = t === void 0 || t === !1 || H(t),
        a = t === void 0 && typeof this.options.fallbackLng == 'function',
        o = H(e) && i && !a,
        s = null;
      if (o) {
        let n;
        ((n = t === void 0 ? 'undefined' : t === !1 ? 'boolean:false' : `string:${t}`),
          (s = `${e.length}:${e}|${n}`));
      }
      if (s !== null) {
        let e = this.resolveHierarchyCache[s];
        if (e !== void 0) return e.slice();
      }
      let c = this.getFallbackCodes((t === !1 ? [] : t) || this.options.fallbackLng || [], e),
        l = [],
        u = (e) => {
          e &&
            (this.isSupportedCode(e)
              ? l.push(e)
              : this.logger.warn(`rejecting language code not found in supportedLngs: ${e}`));
        };
      return (
        H(e) && (e.includes('-') || e.includes('_'))
          ? (this.options.load !== 'languageOnly' && u(this.formatLanguageCode(e)),
            this.options.load !== 'languageOnly' &&
              this.options.load !== 'currentOnly' &&
              u(this.getScriptPartFromCode(e)),
            this.options.load !== 'currentOnly' && u(this.getLanguagePartFromCode(e)))
          : H(e) && u(this.formatLanguageCode(e)),
        c.forEach((e) => {
          let t = this.formatLanguageCode(e);
          l.includes(t) || u(t);
        }),
        s === null ? l : ((this.resolveHierarchyCache[s] = l), l.slice())
      );
    }
  },
  Ft = {
    zero: 0,
    one: 1,
    two: 2,
    few: 3,
    many: 4,
    other: 5,
  },
  It = {
    select: (e) => (e === 1 ? 'one' : 'other'),
    resolvedOptions: () => ({ pluralCategories: ['one', 'other'] }),
  },
  Lt = class {
    constructor(e, t = {}) {
      ((this.languageUtils = e),
        (this.options = t),
        (this.logger = Y.create('pluralResolver')),
        (this.pluralRulesCache = {}));
    }
    clearCache() {
      this.pluralRulesCache = {};
    }
    getRule(e, t = {}) {
      let n = J(e === 'dev' ? 'en' : e),
        r = t.ordinal ? 'ordinal' : 'cardinal',
        i = JSON.stringify({
          cleanedCode: n,
          type: r,
        });
      if (i in this.pluralRulesCache) return this.pluralRulesCache[i];
      let a;
      try {
        a = new Intl.PluralRules(n, { type: r });
      } catch {
        if (typeof Intl > 'u')
          return (this.logger.error('No Intl support, please use an Intl polyfill!'), It);
        if (!e.match(/-|_/)) return It;
        let n = this.languageUtils.getLanguagePartFromCode(e);
        a = this.getRule(n, t);
      }
      return ((this.pluralRulesCache[i] = a), a);
    }
    needsPlural(e, t = {}) {
      let n = this.getRule(e, t);
      return (n || (n = this.getRule('dev', t)), n?.resolvedOptions().pluralCategories.length > 1);
    }
    getPluralFormsOfKey(e, t, n = {}) {
      return this.getSuffixes(e, n).map((e) => `${t}${e}`);
    }
    getSuffixes(e, t = {}) {
      let n = this.getRule(e, t);
      return (
        n || (n = this.getRule('dev', t)),
        n
          ? n
              .resolvedOptions()
              .pluralCategories.sort((e, t) => Ft[e] - Ft[t])
              .map(
                (e) =>
                  `${this.options.prepend}${t.ordinal ? `ordinal${this.options.prepend}` : ''}${e}`,
              )
          : []
      );
    }
    getSuffix(e, t, n = {}) {
      let r = this.getRule(e, n);
      return r
        ? `${this.options.prepend}${n.ordinal ? `ordinal${this.options.prepend}` : ''}${r.select(t)}`
        : (this.logger.warn(`no plural rule found for: ${e}`), this.getSuffix('dev', t, n));
    }
  },
  Rt = (e, t, n, r = '.', i = !0) => {
    let a = _t(e, t, n);
    return (a == null && i && H(n) && ((a = Tt(e, n, r)), a === void 0 && (a = Tt(t, n, r))), a);
  },
  zt = class {
    constructor(e = {}) {
      ((this.logger = Y.create('interpolator')),
        (this.options = e),
        (this.format = e?.interpolation?.format || ((e) => e)),
        this.init(e));
    }
    init(e = {}) {
      e.interpolation || (e.interpolation = { escapeValue: !0 });
      let {
        escape: t,
        escapeValue: n,
        useRawValueToEscape: r,
        prefix: i,
        prefixEscaped: a,
        suffix: o,
        suffixEscaped: s,
        formatSeparator: c,
        unescapeSuffix: l,
        unescapePrefix: u,
        nestingPrefix: d,
        nestingPrefixEscaped: f,
        nestingSuffix: p,
        nestingSuffixEscaped: m,
        nestingOptionsSeparator: h,
        maxReplaces: g,
        alwaysFormat: _,
      } = e.interpolation;
      if (a || s || f || m) {
        let e = Object.entries({
          prefixEscaped: a,
          suffixEscaped: s,
          nestingPrefixEscaped: f,
          nestingSuffixEscaped: m,
        })
          .filter(([, e]) => e)
          .map(([e]) => e);
        this.logger.once(
          e.join(),
          'deprecate',
          `interpolation.${e.join(', interpolation.')}: the regex-escaped delimiter options are removed in v27; pass the literal delimiters as prefix, suffix, nestingPrefix and nestingSuffix`,
        );
      }
      ((this.escape = t === void 0 ? bt : t),
        (this.escapeValue = n === void 0 || n),
        (this.useRawValueToEscape = r !== void 0 && r),
        (this.prefix = i ? q(i) : a || '{{'),
        (this.suffix = o ? q(o) : s || '}}'),
        (this.formatSeparator = c || ','),
        (this.unescapePrefix = l ? '' : u ? q(u) : '-'),
        (this.unescapeSuffix = this.unescapePrefix ? '' : l ? q(l) : ''),
        (this.nestingPrefix = d ? q(d) : f || q('$t(')),
        (this.nestingSuffix = p ? q(p) : m || q(')')),
        (this.nestingOptionsSeparator = h || ','),
        (this.maxReplaces = g || 1e3),
        (this.alwaysFormat = _ !== void 0 && _),
        this.resetRegExp());
    }
    reset() {
      this.options && this.init(this.options);
    }
    resetRegExp() {
      let e = (e, t) => (e?.source === t ? ((e.lastIndex = 0), e) : new RegExp(t, 'g'));
      ((this.regexp = e(this.regexp, `${this.prefix}(.+?)${this.suffix}`)),
        (this.regexpUnescape = e(
          this.regexpUnescape,
          `${this.prefix}${this.unescapePrefix}(.+?)${this.unescapeSuffix}${this.suffix}`,
        )),
        (this.nestingRegexp = e(
          this.nestingRegexp,
          `${this.nestingPrefix}((?:[^()"']|"[^"]*"|'[^']*'|\\((?:[^()"']|"[^"]*"|'[^']*')*\\))*?)${this.nestingSuffix}`,
        )));
    }
    interpolate(e, t, n, r) {
      let i,
        a,
        o,
        s = e,
        c =
          (this.options &&
            this.options.interpolation &&
            this.options.interpolation.defaultVariables) ||
          {},
        l = (e) => {
          if (!e.includes(this.formatSeparator)) {
            let i = Rt(t, c, e, this.options.keySeparator, this.options.ignoreJSONStructure);
            return this.alwaysFormat
              ? this.format(i, void 0, n, {
                  ...r,
                  ...t,
                  interpolationkey: e,
                })
              : i;
          }
          let i = e.split(this.formatSeparator),
            a = i.shift().trim(),
            o = i.join(this.formatSeparator).trim();
          return this.format(
            Rt(t, c, a, this.options.keySeparator, this.options.ignoreJSONStructure),
            o,
            n,
            {
              ...r,
              ...t,
              interpolationkey: a,
            },
          );
        };
      (this.resetRegExp(),
        !this.escapeValue &&
          typeof e == 'string' &&
          /\$t\([^)]*\{[^}]*\{\{/.test(e) &&
          this.logger.warn(
            'nesting options string contains interpolated variables with escapeValue: false — if any of those values are attacker-controlled they can inject additional nesting options (e.g. redirect lng/ns). Sanitise untrusted input before passing it to t(), or keep escapeValue: true.',
          ));
      let u = r?.missingInterpolationHandler || this.options.missingInterpolationHandler,
        d =
          r?.interpolation?.skipOnVariables === void 0
            ? this.options.interpolation.skipOnVariables
            : r.interpolation.skipOnVariables,
        f = [
          {
            regex: this.regexpUnescape,
            safeValue: (e) => e,
          },
          {
            regex: this.regexp,
            safeValue: (e) =>
              this.escapeValue
                ? (this.escape === bt &&
                    this.options?.interpolation?.escapeValue !== !1 &&
                    H(e) &&
                    e.includes('/') &&
                    this.logger.once(
                      '/',
                      'deprecate',
                      "escapeValue renders '/' in a value as '&#x2F;' today; from v27 the default escape leaves '/' as it is",
                    ),
                  this.escape(e))
                : e,
          },
        ],
        p = [],
        m = 0;
      return (
        f.forEach((t) => {
          for (o = 0; (i = t.regex.exec(e));) {
            let n = i.index - m,
              c = p.find(([e, t]) => n >= e && n < t);
            if (c) {
              t.regex.lastIndex = c[1] + m;
              continue;
            }
            let f = i[1].trim();
            if (((a = l(f)), a === void 0)) {
              if (typeof u == 'function') {
                let t = u(e, i, r);
                a = H(t) ? t : '';
              } else if (r && Object.prototype.hasOwnProperty.call(r, f)) a = '';
              else if (d) {
                (this.logger.debug &&
                  this.logger.once(
                    `${s}\u0000${i[0]}`,
                    'warn',
                    `missed to pass in variable ${f} for interpolating ${s}`,
                  ),
                  (a = i[0]));
                continue;
              } else
                (this.logger.warn(`missed to pass in variable ${f} for interpolating ${e}`),
                  (a = ''));
            } else !H(a) && !this.useRawValueToEscape && (a = W(a));
            let h = W(t.safeValue(a));
            if (
              ((e = e.slice(0, i.index) + h + e.slice(i.index + i[0].length)),
              d
                ? (t.regex === this.regexpUnescape
                    ? p.push([i.index, i.index + h.length])
                    : (m += h.length - i[0].length),
                  (t.regex.lastIndex += h.length),
                  (t.regex.lastIndex -= i[0].length))
                : (t.regex.lastIndex = 0),
              o++,
              o >= this.maxReplaces)
            )
              break;
          }
        }),
        e
      );
    }
    nest(e, t, n = {}) {
      let r,
        i,
        a,
        o = (e, t) => {
          let n = this.nestingOptionsSeparator;
          if (!e.includes(n)) return e;
          let r = e.split(RegExp(`${q(n)}[ ]*{`)),
            i = `{${r[1]}`;
          ((e = r[0]), (i = this.interpolate(i, a)));
          let o = i.match(/'/g),
            s = i.match(/"/g);
          (((o?.length ?? 0) % 2 == 0 && !s) || (s?.length ?? 0) % 2 != 0) &&
            (i = i.replace(/'/g, '"'));
          try {
            ((a = JSON.parse(i)),
              t &&
                (a = {
                  ...t,
                  ...a,
                }));
          } catch (t) {
            return (
              this.logger.warn(`failed parsing options string in nesting for key ${e}`, t),
              `${e}${n}${i}`
            );
          }
          return (
            a.defaultValue && a.defaultValue.includes(this.prefix) && delete a.defaultValue,
            e
          );
        },
        s = new RegExp(this.nestingRegexp),
        c = '',
        l = 0;
      for (; (r = s.exec(e));) {
        let u = [];
        ((a = { ...n }),
          (a = a.replace && !H(a.replace) ? a.replace : a),
          (a.applyPostProcessor = !1),
          delete a.defaultValue);
        let d = /{.*}/s.test(r[1]) ? r[1].lastIndexOf('}') + 1 : r[1].indexOf(this.formatSeparator);
        if (
          (d !== -1 &&
            ((u = r[1]
              .slice(d)
              .split(this.formatSeparator)
              .map((e) => e.trim())
              .filter(Boolean)),
            (r[1] = r[1].slice(0, d))),
          (i = t(o.call(this, r[1].trim(), a), a)),
          i && r[0] === e && !H(i))
        )
          return i;
        (H(i) || (i = W(i)),
          i || (this.logger.warn(`missed to resolve ${r[1]} for nesting ${e}`), (i = '')),
          u.length &&
            (i = u.reduce(
              (e, t) =>
                this.format(e, t, n.lng, {
                  ...n,
                  interpolationkey: r[1].trim(),
                }),
              i.trim(),
            )),
          (c += e.slice(l, r.index) + W(i)),
          (l = s.lastIndex),
          (this.regexp.lastIndex = 0));
      }
      return l ? c + e.slice(l) : e;
    }
  },
  Bt = (e) => {
    let t = e.toLowerCase().trim(),
      n = {};
    if (e.includes('(')) {
      let r = e.split('(');
      t = r[0].toLowerCase().trim();
      let i = r[1].slice(0, -1);
      t === 'currency' && !i.includes(':')
        ? n.currency || (n.currency = i.trim())
        : t === 'relativetime' && !i.includes(':')
          ? n.range || (n.range = i.trim())
          : i.split(';').forEach((e) => {
              if (e) {
                let [t, ...r] = e.split(':'),
                  i = r
                    .join(':')
                    .trim()
                    .replace(/^'+|'+$/g, ''),
                  a = t.trim();
                (n[a] || (n[a] = i),
                  i === 'false' && (n[a] = !1),
                  i === 'true' && (n[a] = !0),
                  isNaN(i) || (n[a] = parseInt(i, 10)));
              }
            });
    }
    return {
      formatName: t,
      formatOptions: n,
    };
  },
  Vt = (e) => {
    let t = {};
    return (n, r, i) => {
      let a = i;
      i &&
        i.interpolationkey &&
        i.formatParams &&
        i.formatParams[i.interpolationkey] &&
        i[i.interpolationkey] &&
        (a = {
          ...a,
          [i.interpolationkey]: void 0,
        });
      let o;
      try {
        o = r + JSON.stringify(a);
      } catch {
        return e(J(r), i)(n);
      }
      let s = t[o];
      return (s || ((s = e(J(r), i)), (t[o] = s)), s(n));
    };
  },
  Ht = (e) => (t, n, r) => e(J(n), r)(t),
  Ut = class {
    constructor(e = {}) {
      ((this.logger = Y.create('formatter')), (this.options = e), this.init(e));
    }
    init(e, t = { interpolation: {} }) {
      this.formatSeparator = t.interpolation.formatSeparator || ',';
      let n = t.cacheInBuiltFormats ? Vt : Ht;
      this.formats = {
        number: n((e, t) => {
          let n = new Intl.NumberFormat(e, { ...t });
          return (e) => n.format(e);
        }),
        currency: n((e, t) => {
          let n = new Intl.NumberFormat(e, {
            ...t,
            style: 'currency',
          });
          return (e) => n.format(e);
        }),
        datetime: n((e, t) => {
          let n = new Intl.DateTimeFormat(e, { ...t });
          return (e) => n.format(e);
        }),
        relativetime: n((e, t) => {
          let n = new Intl.RelativeTimeFormat(e, { ...t });
          return (e) => n.format(e, t.range || 'day');
        }),
        list: n((e, t) => {
          let n = new Intl.ListFormat(e, { ...t });
          return (e) => n.format(e);
        }),
      };
    }
    add(e, t) {
      this.formats[e.toLowerCase().trim()] = t;
    }
    addCached(e, t) {
      this.formats[e.toLowerCase().trim()] = Vt(t);
    }
    format(e, t, n, r = {}) {
      if (!t || e == null) return e;
      let i = t.split(this.formatSeparator),
        a = [];
      for (let e = 0; e < i.length; e++) {
        let t = i[e];
        for (; t.indexOf('(') > -1 && !t.includes(')') && e + 1 < i.length;)
          t = `${t}${this.formatSeparator}${i[++e]}`;
        a.push(t);
      }
      return a.reduce((e, t) => {
        let { formatName: i, formatOptions: a } = Bt(t);
        if (this.formats[i]) {
          let t = e;
          try {
            let o = r?.formatParams?.[r.interpolationkey] || {},
              s = o.locale || o.lng || r.locale || r.lng || n;
            t = this.formats[i](e, s, {
              ...a,
              ...r,
              ...o,
            });
          } catch (e) {
            this.logger.warn(e);
          }
          return t;
        }
        return (this.logger.warn(`there was no format function for ${i}`), e);
      }, e);
    }
  },
  Wt = (e, t) => {
    e.pending[t] !== void 0 && (delete e.pending[t], e.pendingCount--);
  },
  Gt = class extends X {
    constructor(e, t, n, r = {}) {
      (super(),
        (this.backend = e),
        (this.store = t),
        (this.services = n),
        (this.languageUtils = n.languageUtils),
        (this.options = r),
        (this.logger = Y.create('backendConnector')),
        (this.waitingReads = []),
        (this.maxParallelReads = r.maxParallelReads || 10),
        (this.readingCalls = 0),
        (this.maxRetries = r.maxRetries >= 0 ? r.maxRetries : 5),
        (this.retryTimeout = r.retryTimeout >= 1 ? r.retryTimeout : 350),
        (this.state = {}),
        (this.queue = []),
        this.backend?.init?.(n, r.backend, r),
        (this.callbackApi = ut(this.backend)),
        this.backend &&
          this.callbackApi === void 0 &&
          (this.backend.read || this.backend.create) &&
          this.logger.deprecate(
            'backend: set callbackApi to declare the calling convention (true: read(language, namespace, callback) and create(languages, namespace, key, fallbackValue, callback, options); false: both return a promise or a value); guessing it from the number of parameters is deprecated',
          ));
    }
    queueLoad(e, t, n, r) {
      let i = {},
        a = {},
        o = {},
        s = {};
      return (
        e.forEach((e) => {
          let r = !0;
          (t.forEach((t) => {
            let o = `${e}|${t}`;
            !n.reload && this.store.hasResourceBundle(e, t)
              ? (this.state[o] = 2)
              : (!n.reload && this.state[o] < 0) ||
                (this.state[o] === 1
                  ? a[o] === void 0 && (a[o] = !0)
                  : ((this.state[o] = 1),
                    (r = !1),
                    a[o] === void 0 && (a[o] = !0),
                    i[o] === void 0 && (i[o] = !0),
                    s[t] === void 0 && (s[t] = !0)));
          }),
            r || (o[e] = !0));
        }),
        (Object.keys(i).length || Object.keys(a).length) &&
          this.queue.push({
            pending: a,
            pendingCount: Object.keys(a).length,
            loaded: {},
            errors: [],
            callback: r,
          }),
        {
          toLoad: Object.keys(i),
          pending: Object.keys(a),
          toLoadLanguages: Object.keys(o),
          toLoadNamespaces: Object.keys(s),
        }
      );
    }
    loaded(e, t, n) {
      let r = e.split('|'),
        i = r[0],
        a = r[1];
      (t && this.emit('failedLoading', i, a, t),
        !t && n && this.store.addResourceBundle(i, a, n, void 0, void 0, { skipCopy: !0 }),
        (this.state[e] = t ? -1 : 2),
        t && n && (this.state[e] = 0));
      let o = {};
      (this.queue.forEach((n) => {
        (gt(n.loaded, [i], a),
          Wt(n, e),
          t && n.errors.push(t),
          n.pendingCount === 0 &&
            !n.done &&
            (Object.keys(n.loaded).forEach((e) => {
              o[e] || (o[e] = {});
              let t = n.loaded[e];
              t.length &&
                t.forEach((t) => {
                  o[e][t] === void 0 && (o[e][t] = !0);
                });
            }),
            (n.done = !0),
            n.errors.length ? n.callback(n.errors) : n.callback()));
      }),
        this.emit('loaded', o),
        (this.queue = this.queue.filter((e) => !e.done)));
    }
    read(e, t, n, r = 0, i = this.retryTimeout, a) {
      if (!e.length) return a(null, {});
      if (this.readingCalls >= this.maxParallelReads) {
        this.waitingReads.push({
          lng: e,
          ns: t,
          fcName: n,
          tried: r,
          wait: i,
          callback: a,
        });
        return;
      }
      this.readingCalls++;
      let o = (o, s) => {
          if ((this.readingCalls--, this.waitingReads.length > 0)) {
            let e = this.waitingReads.shift();
            this.read(e.lng, e.ns, e.fcName, e.tried, e.wait, e.callback);
          }
          o && s && r < this.maxRetries
            ? setTimeout(() => {
                this.read(e, t, n, r + 1, i * 2, a);
              }, i)
            : a(o, s);
        },
        s = this.backend[n].bind(this.backend);
      if (this.callbackApi === !1 || (this.callbackApi === void 0 && s.length === 2))
        try {
          let n = s(e, t);
          n && typeof n.then == 'function' ? n.then((e) => o(null, e)).catch(o) : o(null, n);
        } catch (e) {
          o(e);
        }
      else return s(e, t, o);
    }
    prepareLoading(e, t, n = {}, r) {
      if (!this.backend)
        return (
          this.logger.warn('No backend was added via i18next.use. Will not load resources.'),
          r && r()
        );
      (H(e) && (e = this.languageUtils.toResolveHierarchy(e)), H(t) && (t = [t]));
      let i = this.queueLoad(e, t, n, r);
      if (!i.toLoad.length) return (i.pending.length || r(), null);
      i.toLoad.forEach((e) => {
        this.loadOne(e);
      });
    }
    load(e, t, n) {
      this.prepareLoading(e, t, {}, n);
    }
    reload(e, t, n) {
      this.prepareLoading(e, t, { reload: !0 }, n);
    }
    noticeDevFallback(e) {
      e === 'dev' &&
        this.devIsDefaultFallback &&
        this.logger.once(
          'dev',
          'warn',
          "language 'dev' is requested because fallbackLng is not set (its default is ['dev']); i18next v27 defaults to fallbackLng: false and loads and saves missing keys in the requested language instead. Set fallbackLng to your source language, or to 'dev' to keep this behavior",
        );
    }
    loadOne(e, t = '') {
      let n = e.split('|'),
        r = n[0],
        i = n[1];
      (this.noticeDevFallback(r),
        this.read(r, i, 'read', void 0, void 0, (n, a) => {
          (n && this.logger.warn(`${t}loading namespace ${i} for language ${r} failed`, n),
            !n && a && this.logger.log(`${t}loaded namespace ${i} for language ${r}`, a),
            this.loaded(e, n, a));
        }));
    }
    saveMissing(
      e,
      t,
      n,
      r,
      i,
      a = {},
      o = () => {},
      s = this.newestCloneHasLoadedNamespace || this.services?.utils?.hasLoadedNamespace,
    ) {
      if (s && !s(t))
        this.logger.warn(
          `did not save key "${n}" as the namespace "${t}" was not yet loaded`,
          'This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!',
        );
      else if (n != null && n !== '') {
        if (this.backend?.create) {
          e?.forEach?.((e) => this.noticeDevFallback(e));
          let s = {
              ...a,
              isUpdate: i,
            },
            c = this.backend.create.bind(this.backend);
          if (this.callbackApi === !1 || (this.callbackApi === void 0 && c.length < 6))
            try {
              let i;
              ((i = this.callbackApi === !1 || c.length === 5 ? c(e, t, n, r, s) : c(e, t, n, r)),
                i && typeof i.then == 'function' ? i.then((e) => o(null, e)).catch(o) : o(null, i));
            } catch (e) {
              o(e);
            }
          else c(e, t, n, r, o, s);
        }
        e && e[0] && this.store.addResource(e[0], t, n, r);
      }
    }
  },
  Kt = () => ({
    debug: !1,
    initAsync: !0,
    ns: ['translation'],
    defaultNS: ['translation'],
    fallbackLng: ['dev'],
    fallbackNS: !1,
    supportedLngs: !1,
    nonExplicitSupportedLngs: !1,
    load: 'all',
    preload: !1,
    keySeparator: '.',
    nsSeparator: ':',
    pluralSeparator: '_',
    contextSeparator: '_',
    enableSelector: !1,
    partialBundledLanguages: !1,
    saveMissing: !1,
    updateMissing: !1,
    saveMissingTo: 'fallback',
    saveMissingPlurals: !0,
    missingKeyHandler: !1,
    missingInterpolationHandler: !1,
    postProcess: !1,
    postProcessPassResolved: !1,
    returnNull: !1,
    returnEmptyString: !0,
    returnObjects: !1,
    joinArrays: !1,
    returnedObjectHandler: !1,
    parseMissingKeyHandler: !1,
    appendNamespaceToMissingKey: !1,
    appendNamespaceToCIMode: !1,
    overloadTranslationOptionHandler: (e) => {
      let t = {};
      if (
        (typeof e[1] == 'object' && (t = e[1]),
        H(e[1]) && (t.defaultValue = e[1]),
        H(e[2]) && (t.tDescription = e[2]),
        typeof e[2] == 'object' || typeof e[3] == 'object')
      ) {
        let n = e[3] || e[2];
        Object.keys(n).forEach((e) => {
          t[e] = n[e];
        });
      }
      return t;
    },
    interpolation: {
      escapeValue: !0,
      prefix: '{{',
      suffix: '}}',
      formatSeparator: ',',
      unescapePrefix: '-',
      nestingPrefix: '$t(',
      nestingSuffix: ')',
      nestingOptionsSeparator: ',',
      maxReplaces: 1e3,
      skipOnVariables: !0,
    },
    cacheInBuiltFormats: !0,
  }),
  qt = (e) => (
    H(e.ns) && (e.ns = [e.ns]),
    H(e.fallbackLng) && (e.fallbackLng = [e.fallbackLng]),
    H(e.fallbackNS) && (e.fallbackNS = [e.fallbackNS]),
    e.supportedLngs &&
      !e.supportedLngs.includes('cimode') &&
      (e.supportedLngs = e.supportedLngs.concat(['cimode'])),
    e
  ),
  Jt = () => {},
  Q,
  Yt = (e) => {
    Object.getOwnPropertyNames(Object.getPrototypeOf(e)).forEach((t) => {
      typeof e[t] == 'function' && (e[t] = e[t].bind(e));
    });
  },
  $ = class e extends X {
    constructor(e = {}, t) {
      if (
        (super(),
        (this.options = qt(e)),
        (this.services = { ownPostProcessors: /* @__PURE__ */ new Set() }),
        (this.logger = Y),
        (this.modules = { external: [] }),
        Yt(this),
        t && !this.isInitialized && !e.isClone)
      ) {
        if (!this.options.initAsync) return (this.init(e, t), this);
        setTimeout(() => {
          this.init(e, t);
        }, 0);
      }
    }
    init(e = {}, t) {
      ((this.isInitializing = !0),
        typeof e == 'function' && ((t = e), (e = {})),
        e.defaultNS == null &&
          e.ns &&
          (H(e.ns)
            ? (e.defaultNS = e.ns)
            : e.ns.includes('translation') || (e.defaultNS = e.ns[0])));
      let n = e.fallbackLng === void 0 && this.options.fallbackLng === void 0,
        r = Kt();
      ((this.options = {
        ...r,
        ...this.options,
        ...qt(e),
      }),
        (this.options.interpolation = {
          ...r.interpolation,
          ...this.options.interpolation,
        }),
        e.keySeparator !== void 0 && (this.options.userDefinedKeySeparator = e.keySeparator),
        e.nsSeparator !== void 0 && (this.options.userDefinedNsSeparator = e.nsSeparator),
        typeof this.options.overloadTranslationOptionHandler != 'function' &&
          (this.options.overloadTranslationOptionHandler = r.overloadTranslationOptionHandler));
      let i = (e) => (e ? (typeof e == 'function' ? new e() : e) : null);
      if (!this.options.isClone) {
        (Q &&
          Q !== this &&
          Q.modules.logger !== this.modules.logger &&
          Y.deprecate(
            'init: this init() replaces the logger another i18next instance set with use(), as the logger is shared in v26; from v27 each instance keeps its own logger',
          ),
          (Q = this.modules.logger ? this : void 0),
          this.modules.logger
            ? Y.init(i(this.modules.logger), this.options)
            : Y.init(null, this.options),
          this.pendingWarnings?.forEach((e) => this.logger.warn(e)),
          (this.pendingWarnings = void 0));
        let e;
        e = this.modules.formatter ? this.modules.formatter : Ut;
        let t = new Pt(this.options);
        this.store = new Ot(this.options.resources, this.options);
        let r = this.services;
        ((r.logger = Y),
          (r.resourceStore = this.store),
          (r.languageUtils = t),
          (r.pluralResolver = new Lt(t, { prepend: this.options.pluralSeparator })),
          e &&
            ((r.formatter = i(e)),
            r.formatter.init && r.formatter.init(r, this.options),
            (this.options.interpolation.format = r.formatter.format.bind(r.formatter))),
          (r.interpolator = new zt(this.options)),
          (r.utils = {
            hasLoadedNamespace: this.hasLoadedNamespace.bind(this),
            reloadResources: this.reloadResources.bind(this),
          }),
          (r.backendConnector = new Gt(i(this.modules.backend), r.resourceStore, r, this.options)),
          (r.backendConnector.devIsDefaultFallback = n),
          r.backendConnector.on('*', (e, ...t) => {
            this.emit(e, ...t);
          }),
          this.modules.languageDetector &&
            ((r.languageDetector = i(this.modules.languageDetector)),
            r.languageDetector.init &&
              r.languageDetector.init(r, this.options.detection, this.options),
            r.languageDetector.async &&
              ut(r.languageDetector) === void 0 &&
              this.logger.deprecate(
                'languageDetector: set callbackApi to declare how the async detect() answers (true: detect(callback); false: detect() returns a promise); guessing it from the number of parameters is deprecated',
              )),
          this.modules.i18nFormat &&
            ((r.i18nFormat = i(this.modules.i18nFormat)),
            r.i18nFormat.init && r.i18nFormat.init(this)),
          (this.translator = new Nt(this.services, this.options)),
          this.translator.on('*', (e, ...t) => {
            this.emit(e, ...t);
          }),
          this.modules.external.forEach((e) => {
            e.init && e.init(this);
          }));
      }
      if (
        ((this.format = this.options.interpolation.format),
        t || (t = Jt),
        this.options.fallbackLng && !this.services.languageDetector && !this.options.lng)
      ) {
        let e = this.services.languageUtils.getFallbackCodes(this.options.fallbackLng);
        e.length > 0 && e[0] !== 'dev' && (this.options.lng = e[0]);
      }
      (!this.services.languageDetector &&
        !this.options.lng &&
        this.logger.warn('init: no languageDetector is used and no lng is defined'),
        ['getResource', 'hasResourceBundle', 'getResourceBundle', 'getDataByLanguage'].forEach(
          (e) => {
            this[e] = (...t) => this.store[e](...t);
          },
        ),
        ['addResource', 'addResources', 'addResourceBundle', 'removeResourceBundle'].forEach(
          (e) => {
            this[e] = (...t) => (this.store[e](...t), this);
          },
        ));
      let a = U(),
        o = () => {
          let e = (e, n) => {
            ((this.isInitializing = !1),
              this.isInitialized &&
                !this.initializedStoreOnce &&
                this.logger.warn(
                  'init: i18next is already initialized. You should call init just once!',
                ),
              (this.isInitialized = !0),
              this.options.isClone || this.logger.log('initialized', this.options),
              this.emit('initialized', this.options),
              a.resolve(n),
              t(e, n));
          };
          if ((this.languages || this.isLanguageChangingTo) && !this.isInitialized)
            return e(null, this.t.bind(this));
          this.changeLanguage(this.options.lng, e);
        };
      return (this.options.resources || !this.options.initAsync ? o() : setTimeout(o, 0), a);
    }
    loadResources(e, t = Jt) {
      let n = t,
        r = H(e) ? e : this.language;
      if (
        (typeof e == 'function' && (n = e),
        !this.options.resources || this.options.partialBundledLanguages)
      ) {
        if (
          r?.toLowerCase() === 'cimode' &&
          (!this.options.preload || this.options.preload.length === 0)
        )
          return n();
        let e = [],
          t = (t) => {
            t &&
              t !== 'cimode' &&
              this.services.languageUtils.toResolveHierarchy(t).forEach((t) => {
                t !== 'cimode' && (e.includes(t) || e.push(t));
              });
          };
        (r
          ? t(r)
          : this.services.languageUtils
              .getFallbackCodes(this.options.fallbackLng)
              .forEach((e) => t(e)),
          this.options.preload?.forEach?.((e) => t(e)),
          this.services.backendConnector.load(e, this.options.ns, (e) => {
            (!e &&
              !this.resolvedLanguage &&
              this.language &&
              this.setResolvedLanguage(this.language),
              n(e));
          }));
      } else n(null);
    }
    reloadResources(e, t, n) {
      let r = U();
      if (
        (typeof e == 'function' && ((n = e), (e = void 0)),
        typeof t == 'function' && ((n = t), (t = void 0)),
        !e)
      ) {
        let t = Object.keys(this.services.backendConnector.state).map((e) => e.split('|')[0]);
        e = [.../* @__PURE__ */ new Set([...(this.languages || []), ...t])].filter(
          (e) => e !== 'cimode',
        );
      }
      return (
        t || (t = this.options.ns),
        n || (n = Jt),
        this.services.backendConnector.reload(e, t, (e) => {
          (r.resolve(), n(e));
        }),
        r
      );
    }
    use(e) {
      if (!e)
        throw Error(
          'You are passing an undefined module! Please check the object you are passing to i18next.use()',
        );
      if (!e.type)
        throw Error(
          'You are passing a wrong module! Please check the object you are passing to i18next.use()',
        );
      let t = (t) => {
        if (this.modules[t] && this.modules[t] !== e) {
          let e = `use: this ${t} replaces the ${t} passed to an earlier use() call; only one ${t} is used per instance`;
          this.isInitializing || this.isInitialized
            ? this.logger.warn(e)
            : (this.pendingWarnings = this.pendingWarnings || []).push(e);
        }
        this.modules[t] = e;
      };
      return (
        e.type === 'backend' && t('backend'),
        (e.type === 'logger' || (e.log && e.warn && e.error)) && (this.modules.logger = e),
        e.type === 'languageDetector' && t('languageDetector'),
        e.type === 'i18nFormat' && t('i18nFormat'),
        e.type === 'postProcessor' &&
          (kt.addPostProcessor(e), this.services.ownPostProcessors?.add(e.name)),
        e.type === 'formatter' && t('formatter'),
        e.type === '3rdParty' && this.modules.external.push(e),
        this
      );
    }
    hydrate(e, t) {
      return this.options.isClone
        ? this
        : this.services.resourceStore
          ? (e &&
              !this.initializedStoreOnce &&
              ((this.services.resourceStore.data = e),
              Object.values(e).forEach((e) => {
                Object.keys(e).forEach((e) => {
                  this.options.ns.includes(e) || this.options.ns.push(e);
                });
              }),
              (this.initializedStoreOnce = !0),
              (this.isInitialized = !0)),
            t &&
              !this.initializedLanguageOnce &&
              (this.changeLanguage(t), (this.initializedLanguageOnce = !0)),
            this)
          : (this.logger.warn('hydrate: call init() first, the instance has no resource store yet'),
            this);
    }
    setResolvedLanguage(e) {
      if (e && this.languages && !['cimode', 'dev'].includes(e)) {
        for (let e = 0; e < this.languages.length; e++) {
          let t = this.languages[e];
          if (!['cimode', 'dev'].includes(t) && this.store.hasLanguageSomeTranslations(t)) {
            this.resolvedLanguage = t;
            break;
          }
        }
        !this.resolvedLanguage &&
          !this.languages.includes(e) &&
          this.store.hasLanguageSomeTranslations(e) &&
          ((this.resolvedLanguage = e), this.languages.unshift(e));
      }
    }
    changeLanguage(e, t) {
      this.isLanguageChangingTo = e;
      let n = U();
      this.emit('languageChanging', e);
      let r = (e) => {
          ((this.language = e),
            (this.languages = this.services.languageUtils.toResolveHierarchy(e)),
            (this.resolvedLanguage = void 0),
            this.setResolvedLanguage(e));
        },
        i = (i, a) => {
          (a
            ? this.isLanguageChangingTo === e &&
              (r(a),
              this.translator.changeLanguage(a),
              (this.isLanguageChangingTo = void 0),
              this.emit('languageChanged', a),
              this.logger.log('languageChanged', a))
            : (this.isLanguageChangingTo = void 0),
            n.resolve((...e) => this.t(...e)),
            t && t(i, (...e) => this.t(...e)));
        },
        a = (t) => {
          !e && !t && this.services.languageDetector && (t = []);
          let n = H(t) ? t : t && t[0],
            a = this.store.hasLanguageSomeTranslations(n)
              ? n
              : this.services.languageUtils.getBestMatchFromCodes(H(t) ? [t] : t);
          (a &&
            this.logger.debug &&
            !lt(a) &&
            ![]
              .concat(
                this.options.supportedLngs || [],
                this.services.languageUtils.getFallbackCodes(this.options.fallbackLng, a),
                this.options.preload || [],
              )
              .includes(a) &&
            !Object.prototype.hasOwnProperty.call(this.store.data, a) &&
            this.logger.once(
              `lng:${a}`,
              'deprecate',
              `changeLanguage: the language code '${a.slice(0, 64)}' comes from lng, changeLanguage() or the language detector and is not configured; from v27 such a code is refused unless it has only letters, digits, '-', '_', '@' and '.' (no '..'), at most 128 characters. Set supportedLngs, or check the code before passing it on`,
            ),
            a &&
              (this.language || r(a),
              this.translator.language || this.translator.changeLanguage(a),
              this.services.languageDetector?.cacheUserLanguage?.(a)),
            this.loadResources(a, (e) => {
              i(e, a);
            }));
        };
      if (!e && this.services.languageDetector && !this.services.languageDetector.async)
        a(this.services.languageDetector.detect());
      else if (!e && this.services.languageDetector && this.services.languageDetector.async) {
        let e = ut(this.services.languageDetector);
        e === !1 || (e === void 0 && this.services.languageDetector.detect.length === 0)
          ? this.services.languageDetector.detect().then(a)
          : this.services.languageDetector.detect(a);
      } else a(e);
      return n;
    }
    getFixedT(e, t, n, r) {
      let i = r?.scopeNs,
        a = (e, t, ...r) => {
          let o;
          ((o =
            typeof t == 'object'
              ? { ...t }
              : this.options.overloadTranslationOptionHandler([e, t].concat(r))),
            (o.lng = o.lng || a.lng),
            (o.lngs = o.lngs || a.lngs));
          let s = o.ns !== void 0 && o.ns !== null;
          ((o.ns = o.ns || a.ns),
            o.keyPrefix !== '' && (o.keyPrefix = o.keyPrefix || n || a.keyPrefix));
          let c = {
            ...this.options,
            ...o,
          };
          (Array.isArray(i) && !s && (c.ns = i),
            typeof o.keyPrefix == 'function' && (o.keyPrefix = Z(o.keyPrefix, c)));
          let l = this.options.keySeparator || '.',
            u;
          return (
            o.keyPrefix && Array.isArray(e)
              ? (u = e.map(
                  (e) => (typeof e == 'function' && (e = Z(e, c)), `${o.keyPrefix}${l}${e}`),
                ))
              : (typeof e == 'function' && (e = Z(e, c)),
                (u = o.keyPrefix ? `${o.keyPrefix}${l}${e}` : e)),
            this.t(u, o)
          );
        };
      return (H(e) ? (a.lng = e) : (a.lngs = e), (a.ns = t), (a.keyPrefix = n), a);
    }
    t(...e) {
      return this.translator
        ? this.translator.translate(...e)
        : (this.logger.warn('t: called before init(); returning an empty string'), '');
    }
    exists(...e) {
      return this.translator?.exists(...e);
    }
    setDefaultNamespace(e) {
      this.options.defaultNS = e;
    }
    hasLoadedNamespace(e, t = {}) {
      if (!this.isInitialized)
        return (
          this.logger.warn('hasLoadedNamespace: i18next was not initialized', this.languages),
          !1
        );
      if (!this.languages || !this.languages.length)
        return (
          this.logger.warn(
            'hasLoadedNamespace: i18n.languages were undefined or empty',
            this.languages,
          ),
          !1
        );
      let n = t.lng || this.resolvedLanguage || this.languages[0],
        r = this.options ? this.options.fallbackLng : !1,
        i = this.languages[this.languages.length - 1];
      if (n.toLowerCase() === 'cimode') return !0;
      let a = (e, t) => {
        let n = this.services.backendConnector.state[`${e}|${t}`];
        return n === -1 || n === 0 || n === 2;
      };
      if (t.precheck) {
        let e = t.precheck(this, a);
        if (e !== void 0) return e;
      }
      if (
        this.hasResourceBundle(n, e) ||
        !this.services.backendConnector.backend ||
        (this.options.resources && !this.options.partialBundledLanguages)
      )
        return !0;
      let { languageUtils: o } = this.services,
        s = t.lng ? o.isSupportedCode(n) && o.toResolveHierarchy(n, !1)[0] : n;
      return !((s && !a(s, e)) || (r && !a(i, e)));
    }
    loadNamespaces(e, t) {
      let n = U();
      return this.options.ns
        ? (H(e) && (e = [e]),
          e.forEach((e) => {
            this.options.ns.includes(e) || this.options.ns.push(e);
          }),
          this.loadResources((e) => {
            (n.resolve(), t && t(e));
          }),
          n)
        : (t && t(), Promise.resolve());
    }
    loadLanguages(e, t) {
      let n = U();
      H(e) && (e = [e]);
      let r = this.options.preload || [],
        i = e.filter((e) => !r.includes(e) && this.services.languageUtils.isSupportedCode(e));
      return i.length
        ? ((this.options.preload = r.concat(i)),
          this.loadResources((e) => {
            (n.resolve(), t && t(e));
          }),
          n)
        : (t && t(), Promise.resolve());
    }
    dir(e) {
      if (
        (e ||
          (e =
            this.resolvedLanguage ||
            (this.languages?.length > 0 ? this.languages[0] : this.language)),
        !e)
      )
        return 'ltr';
      try {
        let t = new Intl.Locale(e);
        if (t && t.getTextInfo) {
          let e = t.getTextInfo();
          if (e && e.direction) return e.direction;
        }
      } catch {}
      let t =
          /* @__PURE__ */ 'ar.shu.sqr.ssh.xaa.yhd.yud.aao.abh.abv.acm.acq.acw.acx.acy.adf.ads.aeb.aec.afb.ajp.apc.apd.arb.arq.ars.ary.arz.auz.avl.ayh.ayl.ayn.ayp.bbz.pga.he.iw.ps.pbt.pbu.pst.prp.prd.ug.ur.ydd.yds.yih.ji.yi.hbo.men.xmn.fa.jpr.peo.pes.prs.dv.sam.ckb'.split(
            '.',
          ),
        n = this.services?.languageUtils || new Pt(Kt());
      return e.toLowerCase().indexOf('-latn') > 1
        ? 'ltr'
        : t.includes(n.getLanguagePartFromCode(e)) || e.toLowerCase().indexOf('-arab') > 1
          ? 'rtl'
          : 'ltr';
    }
    static createInstance(t = {}, n) {
      let r = new e(t, n);
      return ((r.createInstance = e.createInstance), r);
    }
    cloneInstance(t = {}, n = Jt) {
      let r = t.forkResourceStore;
      r && ((t = { ...t }), delete t.forkResourceStore);
      let i = {
          ...this.options,
          preload: !1,
          ...t,
          isClone: !0,
        },
        a = new e(i);
      if (
        ((t.debug !== void 0 || t.prefix !== void 0) && (a.logger = a.logger.clone(t)),
        ['store', 'services', 'language'].forEach((e) => {
          a[e] = this[e];
        }),
        (a.services = { ...this.services }),
        (a.services.utils = {
          ...a.services.utils,
          hasLoadedNamespace: a.hasLoadedNamespace.bind(a),
          reloadResources: a.reloadResources.bind(a),
        }),
        r)
      ) {
        let e = (t) => {
          let n = Array.isArray(t) ? [...t] : { ...t };
          return (
            Object.keys(n).forEach((t) => {
              n[t] && typeof n[t] == 'object' && (n[t] = e(n[t]));
            }),
            n
          );
        };
        ((a.store = new Ot(e(this.store.data), i)), (a.services.resourceStore = a.store));
      }
      if (t.interpolation) {
        let e = {
            ...Kt().interpolation,
            ...this.options.interpolation,
            ...t.interpolation,
          },
          n = {
            ...i,
            interpolation: e,
          };
        a.services.interpolator = new zt(n);
      }
      return (
        (a.translator = new Nt(a.services, i)),
        a.translator.on('*', (e, ...t) => {
          a.emit(e, ...t);
        }),
        a.init(i, n),
        (a.translator.options = i),
        (a.translator.backendConnector.newestCloneHasLoadedNamespace =
          a.hasLoadedNamespace.bind(a)),
        a
      );
    }
    toJSON() {
      return {
        options: this.options,
        store: this.store,
        language: this.language,
        languages: this.languages,
        resolvedLanguage: this.resolvedLanguage,
      };
    }
  }.createInstance();
($.createInstance,
  $.dir,
  $.init,
  $.loadResources,
  $.reloadResources,
  $.use,
  $.changeLanguage,
  $.getFixedT,
  $.t,
  $.exists,
  $.setDefaultNamespace,
  $.hasLoadedNamespace,
  $.loadNamespaces,
  $.loadLanguages);
// src/i18n/translator.ts
function Xt(e, t) {
  let n = $.createInstance();
  n.init({
    lng: e,
    fallbackLng: 'en',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: {
      en: { ui: m.ui },
      [e]: { ui: t },
    },
    initAsync: !1,
    interpolation: { escapeValue: !1 },
    returnNull: !1,
  });
  let r = (e, t) => n.getResource(e, 'ui', t);
  return {
    t: (e, t) => n.t(e, t ?? {}),
    template: (t) => {
      let n = r(e, t) ?? r('en', t);
      return typeof n == 'string' ? n : t;
    },
  };
}
// src/styles/palette.ts
var Zt = {
    light: {
      background: '#ffffff',
      surface: '#f3f6f7',
      text: '#1b2329',
      textMuted: '#47535c',
      border: '#6f7c86',
      notice: '#fff6e0',
      noticeBorder: '#8a6200',
    },
    dark: {
      background: '#151a1f',
      surface: '#1f272e',
      text: '#eef2f4',
      textMuted: '#b9c3ca',
      border: '#8895a0',
      notice: '#2b2514',
      noticeBorder: '#d9a93b',
    },
  },
  Qt = '#0b6e69',
  $t = I(Zt.light.surface),
  en = I(Zt.dark.surface),
  tn = 4.5;
function nn(e) {
  return {
    fill: se(e),
    onFill: se(fe(e)),
    inkLight: se(pe(e, $t, tn)),
    inkDark: se(pe(e, en, tn)),
  };
}
nn(I(Qt));
// src/widget/widget.css.ts
var rn = '_1402dcu0',
  an = '_1402dcu1',
  on = '_1402dcu2',
  sn = '_1402dcu3',
  cn = '_1402dcu4',
  ln = '_1402dcu5',
  un = '_1402dcu6',
  dn = '_1402dcu7',
  fn = class extends s {
    constructor(...e) {
      (super(...e), (this.state = { failed: !1 }));
    }
    static getDerivedStateFromError() {
      return { failed: !0 };
    }
    componentDidCatch(e) {
      n('The widget could not render; showing a short message instead.', e);
    }
    render() {
      return this.state.failed
        ? /* @__PURE__ */ o('p', {
            role: 'alert',
            class: dn,
            children: this.props.message,
          })
        : this.props.children;
    }
  };
// src/widget/ui/lazy.tsx
function pn(e, t) {
  let r = null,
    i = null,
    s = () =>
      i ??
      (i = t().then(
        (e) => {
          r = e;
        },
        (t) => {
          ((i = null), n(`The ${e} could not be loaded; it is left out.`, t));
        },
      ));
  function c(e) {
    let [, t] = a(!1);
    f(() => {
      if (r) return;
      let e = !0;
      return (
        s().then(() => e && t(!0)),
        () => {
          e = !1;
        }
      );
    }, []);
    let n = r;
    return n ? /* @__PURE__ */ o(n, { ...e }) : null;
  }
  return Object.assign(c, { preload: s });
}
// src/embed/deep-link.ts
function mn(e, t, n) {
  let r;
  try {
    r = decodeURIComponent(e.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (!t || !r.startsWith(t)) return null;
  let i = r.slice(t.length);
  return n.includes(i) ? { id: i } : { unknown: i.slice(0, 80) };
}
function hn(e, t, n) {
  let r = new URL(e);
  return ((r.hash = `${t}${n}`), r.href);
}
// src/i18n/search.ts
var gn = {
    đ: 'd',
    Đ: 'd',
    ø: 'o',
    Ø: 'o',
    ł: 'l',
    Ł: 'l',
    ı: 'i',
    ß: 'ss',
    ẞ: 'ss',
    æ: 'ae',
    Æ: 'ae',
    œ: 'oe',
    Œ: 'oe',
    أ: 'ا',
    إ: 'ا',
    آ: 'ا',
    ٱ: 'ا',
    ى: 'ي',
    ة: 'ه',
    ؤ: 'و',
    ئ: 'ي',
  },
  _n = (e) =>
    (e >= 768 && e <= 879) ||
    (e >= 1611 && e <= 1631) ||
    e === 1648 ||
    e === 1600 ||
    (e >= 6832 && e <= 6911) ||
    (e >= 8400 && e <= 8447);
function vn(e) {
  let t = '',
    n = [],
    r = 0;
  for (let i of e) {
    let e = r;
    r += i.length;
    let a = gn[i],
      o = a ?? i.normalize('NFD');
    if (!a) {
      o = Array.from(o)
        .filter((e) => !_n(e.codePointAt(0)))
        .join('');
      let e = o.codePointAt(0) ?? 0;
      (e >= 65281 && e <= 65374 && (o = String.fromCodePoint(e - 65248)), (o = o.toLowerCase()));
    }
    for (let r of o) {
      t += r;
      for (let t = 0; t < r.length; t += 1) n.push(e);
    }
  }
  return {
    text: t,
    source: n,
  };
}
function yn(e, t = 200) {
  return vn(e.replace(/\s+/g, ' ').trim().slice(0, t)).text;
}
function bn(e, t) {
  if (!t) return [];
  let { text: n, source: r } = vn(e),
    i = [],
    a = 0;
  for (;;) {
    let o = n.indexOf(t, a);
    if (o < 0) break;
    let s = r[o],
      c = r[o + t.length - 1],
      l = c + (e.codePointAt(c) > 65535 ? 2 : 1),
      u = i[i.length - 1];
    (u && s <= u.end
      ? (u.end = Math.max(u.end, l))
      : i.push({
          start: s,
          end: l,
        }),
      (a = o + Math.max(1, t.length)));
  }
  return i;
}
function xn(e, t) {
  let n = [],
    r = 0;
  for (let { start: i, end: a } of t)
    (i > r &&
      n.push({
        text: e.slice(r, i),
        match: !1,
      }),
      n.push({
        text: e.slice(i, a),
        match: !0,
      }),
      (r = a));
  return (
    r < e.length &&
      n.push({
        text: e.slice(r),
        match: !1,
      }),
    n
  );
}
// src/widget/ui/highlighted.tsx
function Sn({ text: e, query: t }) {
  return t
    ? /* @__PURE__ */ o(c, {
        children: xn(e, bn(e, t)).map((e, t) =>
          e.match ? /* @__PURE__ */ o('mark', { children: e.text }, t) : e.text,
        ),
      })
    : /* @__PURE__ */ o(c, { children: e });
}
// src/widget/ui/safe-markup.tsx
function Cn({ node: e, fill: t, highlight: n }) {
  let r = /* @__PURE__ */ o(Sn, {
    text: t(e.text),
    query: n,
  });
  switch (e.type) {
    case 'em':
      return /* @__PURE__ */ o('em', { children: r });
    case 'strong':
      return /* @__PURE__ */ o('strong', { children: r });
    case 'link':
      return /* @__PURE__ */ o('a', {
        href: e.href,
        children: r,
      });
    default:
      return /* @__PURE__ */ o(c, { children: r });
  }
}
var wn = ({ nodes: e, ...t }) =>
  /* @__PURE__ */ o(c, {
    children: e.map((e, n) =>
      /* @__PURE__ */ o(
        Cn,
        {
          node: e,
          ...t,
        },
        n,
      ),
    ),
  });
function Tn({ source: e, highlight: t = '' }) {
  let { fill: n } = k();
  return /* @__PURE__ */ o(c, {
    children: T(e).map((e, r) =>
      e.type === 'ul'
        ? /* @__PURE__ */ o(
            'ul',
            {
              children: e.items.map((e, r) =>
                /* @__PURE__ */ o(
                  'li',
                  {
                    children: /* @__PURE__ */ o(wn, {
                      nodes: e,
                      fill: n,
                      highlight: t,
                    }),
                  },
                  r,
                ),
              ),
            },
            r,
          )
        : /* @__PURE__ */ o(
            'p',
            {
              children: /* @__PURE__ */ o(wn, {
                nodes: e.children,
                fill: n,
                highlight: t,
              }),
            },
            r,
          ),
    ),
  });
}
// src/widget/faq/faq.css.ts
var En = '_1wpv30k0',
  Dn = '_1wpv30k1',
  On = '_1wpv30k2',
  kn = '_1wpv30k3',
  An = '_1wpv30k4',
  jn = '_1wpv30k5',
  Mn = '_1wpv30k7',
  Nn = '_1wpv30k8',
  Pn = '_1wpv30k9',
  Fn = '_1wpv30ka',
  In = '_1wpv30kb',
  Ln = '_1wpv30kc',
  Rn = '_1wpv30kd',
  zn = '_1wpv30ke',
  Bn = '_1wpv30kf',
  Vn = (e, t) => `${e}-q-${t}`;
function Hn(e) {
  let { items: t, categories: n, headingLevel: r, open: i } = e,
    { t: s, fill: c, idPrefix: l, clinic: u } = k(),
    [p, m] = a(''),
    [h, g] = a(''),
    [y, b] = a(null),
    S = d(() => yn(p), [p]),
    ee = d(() => new Map(t.map((e) => [e.id, c(E(e.answer))])), [t, c]),
    C = (e) => ({
      question: bn(c(e.question), S).length > 0,
      answer: bn(ee.get(e.id) ?? '', S).length > 0,
    }),
    w = S ? t.filter((e) => Object.values(C(e)).some(Boolean)) : t;
  f(() => {
    if (!S) {
      g('');
      return;
    }
    let e = setTimeout(
      () => g(w.length ? s('faq.results', { count: w.length }) : s('faq.noResults')),
      400,
    );
    return () => clearTimeout(e);
  }, [S, w.length, s]);
  let T = `${l}-faq`,
    te = `${l}-faq-search`,
    M = t.every((e) => i.has(e.id)),
    N = x(u.phone),
    P = (t) =>
      void _(e.linkTo(t)).then((e) =>
        b({
          id: t,
          message: s(e ? 'faq.linkCopied' : 'faq.linkCopyFailed'),
        }),
      );
  return /* @__PURE__ */ o('section', {
    class: re,
    'aria-labelledby': T,
    children: [
      /* @__PURE__ */ o(j, {
        level: r,
        id: T,
        class: A,
        children: s('faq.heading'),
      }),
      /* @__PURE__ */ o('div', {
        class: En,
        children: [
          /* @__PURE__ */ o('div', {
            class: Dn,
            children: [
              /* @__PURE__ */ o('label', {
                for: te,
                class: On,
                children: s('faq.searchLabel'),
              }),
              /* @__PURE__ */ o('input', {
                id: te,
                type: 'search',
                class: kn,
                value: p,
                maxLength: 200,
                autocomplete: 'off',
                onInput: (e) => m(e.currentTarget.value),
              }),
            ],
          }),
          /* @__PURE__ */ o('div', {
            class: O,
            children: /* @__PURE__ */ o('button', {
              type: 'button',
              class: D.secondary,
              onClick: () => e.onSetOpen(M ? [] : t.map((e) => e.id)),
              children: s(M ? 'faq.collapseAll' : 'faq.expandAll'),
            }),
          }),
        ],
      }),
      /* @__PURE__ */ o('p', {
        role: 'status',
        class: S ? An : jn,
        children: h,
      }),
      S &&
        !w.length &&
        /* @__PURE__ */ o('div', {
          class: '_1wpv30k6',
          children: [
            /* @__PURE__ */ o('p', { children: s('faq.noResults') }),
            (N || u.bookingUrl) &&
              /* @__PURE__ */ o('p', {
                children: [
                  s('faq.noResultsHelp'),
                  ' ',
                  N && u.phone
                    ? /* @__PURE__ */ o('a', {
                        href: N,
                        children: u.phone,
                      })
                    : null,
                  N && u.bookingUrl ? ' · ' : null,
                  u.bookingUrl
                    ? /* @__PURE__ */ o('a', {
                        href: u.bookingUrl,
                        children: s('footer.booking'),
                      })
                    : null,
                ],
              }),
          ],
        }),
      n.map((t) => {
        let n = w.filter((e) => e.category === t.id);
        return n.length
          ? /* @__PURE__ */ o(
              'div',
              {
                class: Mn,
                children: [
                  /* @__PURE__ */ o(j, {
                    level: r + 1,
                    class: Nn,
                    children: t.title,
                  }),
                  /* @__PURE__ */ o('div', {
                    class: Pn,
                    children: n.map((t) => {
                      let n = S
                          ? C(t)
                          : {
                              question: !1,
                              answer: !1,
                            },
                        a = i.has(t.id) || n.answer,
                        u = Vn(l, t.id),
                        d = `${l}-a-${t.id}`;
                      return /* @__PURE__ */ o(
                        'div',
                        {
                          class: Fn,
                          children: [
                            /* @__PURE__ */ o(j, {
                              level: r + 2,
                              class: In,
                              children: /* @__PURE__ */ o('button', {
                                type: 'button',
                                id: u,
                                class: Ln,
                                'aria-expanded': a ? 'true' : 'false',
                                'aria-controls': d,
                                onClick: () => e.onToggle(t.id),
                                children: [
                                  /* @__PURE__ */ o('span', {
                                    children: /* @__PURE__ */ o(Sn, {
                                      text: c(t.question),
                                      query: S,
                                    }),
                                  }),
                                  /* @__PURE__ */ o(v, { class: Rn }),
                                ],
                              }),
                            }),
                            /* @__PURE__ */ o('div', {
                              id: d,
                              class: zn,
                              hidden: !a,
                              children: [
                                /* @__PURE__ */ o(Tn, {
                                  source: t.answer,
                                  highlight: S,
                                }),
                                /* @__PURE__ */ o('div', {
                                  class: Bn,
                                  children: [
                                    e.comparisonLinks?.ids.includes(t.id) &&
                                      /* @__PURE__ */ o('button', {
                                        type: 'button',
                                        class: 'x079dc3',
                                        onClick: e.comparisonLinks.show,
                                        children: s('faq.seeComparison'),
                                      }),
                                    /* @__PURE__ */ o('button', {
                                      type: 'button',
                                      class: ne,
                                      onClick: () => P(t.id),
                                      children: s('faq.copyLink'),
                                    }),
                                    y?.id === t.id &&
                                      /* @__PURE__ */ o('span', {
                                        role: 'status',
                                        children: y.message,
                                      }),
                                  ],
                                }),
                              ],
                            }),
                          ],
                        },
                        t.id,
                      );
                    }),
                  }),
                ],
              },
              t.id,
            )
          : null;
      }),
    ],
  });
}
// src/widget/ui/language-menu.css.ts
var Un = '_1nj9f8z0',
  Wn = '_1nj9f8z1',
  Gn = '_1nj9f8z2';
// src/widget/ui/language-menu.tsx
function Kn({ onChange: e }) {
  let { t, locale: n, idPrefix: r } = k(),
    i = `${r}-language`,
    a = Ue.some((e) => e.tag === n);
  return /* @__PURE__ */ o('div', {
    class: Un,
    children: [
      /* @__PURE__ */ o('label', {
        for: i,
        class: Wn,
        children: t('language.label'),
      }),
      /* @__PURE__ */ o('select', {
        id: i,
        class: Gn,
        value: a ? n : 'en',
        onChange: (t) => e(t.currentTarget.value),
        children: Ue.map((e) =>
          /* @__PURE__ */ o(
            'option',
            {
              value: e.tag,
              lang: e.tag,
              children: e.name,
            },
            e.tag,
          ),
        ),
      }),
    ],
  });
}
// src/widget/widget.tsx
var qn = pn('"when to get help" check', () =>
    import('./chunks/quiz-DdzqCZqO.js').then((e) => e.Quiz),
  ),
  Jn = pn('side-effect comparison', () =>
    import('./chunks/compare-BA4_3nl8.js').then((e) => e.Compare),
  ),
  Yn = {
    quiz: qn,
    compare: Jn,
  },
  Xn = (e) => Promise.all(e.map((e) => Yn[e]?.preload()));
function Zn(e, t) {
  try {
    return new Intl.DateTimeFormat(t, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(/* @__PURE__ */ new Date(`${e}T00:00:00Z`));
  } catch {
    return e;
  }
}
var Qn = (e, t, n) => {
  let r = new Set(e);
  return ((n ?? !r.has(t)) ? r.add(t) : r.delete(t), r);
};
function $n(t) {
  let { pack: r, headingLevel: i, clinic: s, locale: c, idPrefix: d } = t,
    { t: p, template: m } = t.translator,
    h = u(null),
    [g, _] = a(/* @__PURE__ */ new Set()),
    [v, T] = a(null);
  l(() => {
    if (!v) return;
    let e = h.current?.querySelector(`[id="${Vn(d, v)}"]`);
    (e?.focus(), e?.scrollIntoView?.({ block: 'start' }), T(null));
  }, [v]);
  let E = t.sections.includes('faq'),
    D = r.content.faq.items.map((e) => e.id),
    { prefix: O, updateUrl: k } = t.deepLinks;
  f(() => {
    if (!E) return;
    let t = () => {
      let t = mn(window.location.hash, O, D);
      t &&
        ('unknown' in t
          ? e(`The link #${O}${t.unknown} names no question in the FAQ; nothing was opened.`)
          : (_((e) => Qn(e, t.id, !0)), T(t.id)));
    };
    return (
      t(),
      window.addEventListener('hashchange', t),
      () => window.removeEventListener('hashchange', t)
    );
  }, [E, O, D.join()]);
  let A = {
      clinic: s.name ?? p('clinic.yourClinic'),
      emergency: s.emergencyNumber ?? p('emergency.localNumber'),
    },
    ne = (e) => y(e, A);
  f(() => {
    if (!t.structuredData || !E) return;
    let e = null,
      i = !0;
    return (
      import('./chunks/structured-data-CH4nRb4b.js').then(
        ({ faqPageJsonLd: t, installJsonLd: n }) => {
          i && (e = n(document, t(r.content.faq.items, ne, c)));
        },
        (e) => n('The structured data could not be added.', e),
      ),
      () => {
        ((i = !1), e?.());
      }
    );
  }, [t.structuredData, E, r, c, A.clinic, A.emergency]);
  let re = (e) => {
      let t = !g.has(e);
      if ((_((t) => Qn(t, e)), t && k))
        try {
          history.replaceState(history.state, '', `#${O}${e}`);
        } catch {}
    },
    M = {
      locale: c,
      dir: t.dir,
      t: p,
      template: m,
      clinic: s,
      fill: ne,
      idPrefix: d,
      revealFaq: E
        ? (e) => {
            (_((t) => Qn(t, e, !0)), T(e));
          }
        : null,
    },
    N = x(s.phone),
    P = w(t.colorScheme, t.accent),
    { meta: F } = r.content;
  return /* @__PURE__ */ o(te.Provider, {
    value: M,
    children: /* @__PURE__ */ o('div', {
      ref: h,
      class: `${rn} ${P.class}`,
      lang: c,
      dir: t.dir,
      style: P.style,
      children: [
        /* @__PURE__ */ o('div', {
          class: an,
          children: [
            /* @__PURE__ */ o(j, {
              level: i,
              class: on,
              children: F.title,
            }),
            /* @__PURE__ */ o(Kn, { onChange: t.onLanguageChange }),
          ],
        }),
        /* @__PURE__ */ o('p', {
          class: sn,
          children: F.intro,
        }),
        t.sections.map((e) =>
          e === 'faq'
            ? /* @__PURE__ */ o(
                Hn,
                {
                  items: r.content.faq.items,
                  categories: r.content.faq.categories,
                  headingLevel: i + 1,
                  open: g,
                  onToggle: re,
                  onSetOpen: (e) => _(new Set(e)),
                  linkTo: (e) => {
                    try {
                      return hn(window.location.href, O, e);
                    } catch {
                      return null;
                    }
                  },
                  comparisonLinks: t.sections.includes('compare')
                    ? {
                        ids: ee.faqToComparison,
                        show: () => {
                          let e = h.current?.querySelector(`[id="${C(d)}"]`);
                          (e?.focus(), e?.scrollIntoView?.({ block: 'start' }));
                        },
                      }
                    : null,
                },
                e,
              )
            : e === 'compare'
              ? /* @__PURE__ */ o(
                  Jn,
                  {
                    content: r.content,
                    headingLevel: i + 1,
                  },
                  e,
                )
              : e === 'quiz'
                ? /* @__PURE__ */ o(
                    qn,
                    {
                      content: r.content,
                      headingLevel: i + 1,
                      onResult: (e) => t.onQuizResult?.(e),
                    },
                    e,
                  )
                : null,
        ),
        /* @__PURE__ */ o('div', {
          class: cn,
          children: [
            /* @__PURE__ */ o(S, {}),
            N && s.phone
              ? /* @__PURE__ */ o('p', {
                  children: [
                    s.name
                      ? p('footer.contactClinicNamed', { clinicName: s.name })
                      : p('footer.contactClinic'),
                    ' ',
                    /* @__PURE__ */ o('a', {
                      href: N,
                      children: s.phone,
                    }),
                  ],
                })
              : null,
            s.bookingUrl
              ? /* @__PURE__ */ o('p', {
                  children: /* @__PURE__ */ o('a', {
                    href: s.bookingUrl,
                    children: [p('footer.booking'), /* @__PURE__ */ o(b, {})],
                  }),
                })
              : null,
            /* @__PURE__ */ o('p', {
              class: ln,
              children: M.fill(r.content.disclaimer),
            }),
            /* @__PURE__ */ o('p', {
              class: un,
              children: [p('footer.updated', { date: Zn(F.lastReviewed, c) }), ' ', F.reviewNote],
            }),
          ],
        }),
      ],
    }),
  });
}
// src/embed/widget-css.ts
var er =
    '._7mmg60l{--_7mmg60h:#0b6e69;--_7mmg60i:#fff;--_7mmg60j:#0b6e69;--_7mmg60k:#519894;--_7mmg60a:var(--clinic-widget-font-family,system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif);--_7mmg60b:var(--clinic-widget-font-size,medium);--_7mmg60c:var(--clinic-widget-radius,.5em);--_7mmg60d:.25em;--_7mmg60e:.5em;--_7mmg60f:1em;--_7mmg60g:1.5em}._7mmg60m{--_7mmg600:#fff;--_7mmg601:#f3f6f7;--_7mmg602:#1b2329;--_7mmg603:#47535c;--_7mmg604:#6f7c86;--_7mmg605:#fff6e0;--_7mmg606:#8a6200;--_7mmg607:var(--_7mmg60h);--_7mmg608:var(--_7mmg60i);--_7mmg609:var(--_7mmg60j);--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light}._7mmg60n{--_7mmg600:#151a1f;--_7mmg601:#1f272e;--_7mmg602:#eef2f4;--_7mmg603:#b9c3ca;--_7mmg604:#8895a0;--_7mmg605:#2b2514;--_7mmg606:#d9a93b;--_7mmg607:var(--_7mmg60h);--_7mmg608:var(--_7mmg60i);--_7mmg609:var(--_7mmg60k);--lightningcss-light: ;--lightningcss-dark:initial;color-scheme:dark}._7mmg60o{--_7mmg600:#fff;--_7mmg601:#f3f6f7;--_7mmg602:#1b2329;--_7mmg603:#47535c;--_7mmg604:#6f7c86;--_7mmg605:#fff6e0;--_7mmg606:#8a6200;--_7mmg607:var(--_7mmg60h);--_7mmg608:var(--_7mmg60i);--_7mmg609:var(--_7mmg60j);--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark}@media (prefers-color-scheme:dark){._7mmg60o{--lightningcss-light: ;--lightningcss-dark:initial;--_7mmg600:#151a1f;--_7mmg601:#1f272e;--_7mmg602:#eef2f4;--_7mmg603:#b9c3ca;--_7mmg604:#8895a0;--_7mmg605:#2b2514;--_7mmg606:#d9a93b;--_7mmg607:var(--_7mmg60h);--_7mmg608:var(--_7mmg60i);--_7mmg609:var(--_7mmg60k)}}.x079dc0{margin-block-start:var(--_7mmg60g)}.x079dc1:focus{outline:none}.x079dc1:focus-visible{outline:3px solid var(--_7mmg609);outline-offset:2px}.x079dc2{margin:0 0 var(--_7mmg60e);font-size:1.1875em;font-weight:700;line-height:1.3}.x079dc3{all:unset;min-block-size:1.75em;color:var(--_7mmg609);cursor:pointer;text-decoration:underline;display:inline-block}._7vdm5w0{vertical-align:-.125em;block-size:1em;inline-size:1em;margin-inline-start:.25em;display:inline-block}[dir=rtl] ._7vdm5w0{transform:scaleX(-1)}._1cdwkbw0{padding:var(--_7mmg60e) var(--_7mmg60f);margin:0 0 var(--_7mmg60e);background-color:var(--_7mmg605);border-inline-start:4px solid var(--_7mmg606);font-weight:700}.ia5q00{all:unset;box-sizing:border-box;justify-content:center;align-items:center;gap:var(--_7mmg60e);min-block-size:2.75em;min-inline-size:2.75em;padding-inline:var(--_7mmg60f);border-radius:var(--_7mmg60c);font:inherit;text-align:center;cursor:pointer;font-weight:600;line-height:1.25;text-decoration:none;display:inline-flex}.ia5q01{background-color:var(--_7mmg607);color:var(--_7mmg608);border:2px solid var(--_7mmg607)}.ia5q02{background-color:var(--_7mmg600);color:var(--_7mmg602);border:2px solid var(--_7mmg604)}.ia5q02:hover{background-color:var(--_7mmg601)}.ia5q03{gap:var(--_7mmg60e);flex-wrap:wrap;margin-block-start:var(--_7mmg60f);display:flex}:host{visibility:visible!important;opacity:1!important;display:block!important}*,:before,:after{box-sizing:border-box}[hidden]{display:none!important}._1402dcu0{all:initial;box-sizing:border-box;max-inline-size:100%;font-family:var(--_7mmg60a);font-size:var(--_7mmg60b);color:var(--_7mmg602);background-color:var(--_7mmg600);text-align:start;overflow-wrap:anywhere;border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);padding:var(--_7mmg60g);cursor:auto;font-weight:400;line-height:1.5;display:block;container-type:inline-size}._1402dcu0 :focus-visible{outline:3px solid var(--_7mmg609);outline-offset:2px}._1402dcu0 a:not([class]){color:var(--_7mmg609);text-underline-offset:.15em;text-decoration:underline}._1402dcu0 p,._1402dcu0 ul{margin:0 0 var(--_7mmg60e)}._1402dcu0 ul:not([class]){padding-inline-start:var(--_7mmg60g)}._1402dcu1{justify-content:space-between;align-items:flex-start;gap:var(--_7mmg60f);flex-wrap:wrap;margin-block-end:var(--_7mmg60e);display:flex}._1402dcu2{flex:16em;margin:0;font-size:1.375em;font-weight:700;line-height:1.25}._1402dcu3{color:var(--_7mmg603)}._1402dcu4{margin-block-start:var(--_7mmg60g);font-size:.9375em}._1402dcu5{color:var(--_7mmg603)}._1402dcu6{color:var(--_7mmg603);font-size:.875em}._1402dcu7{margin:0}@media print{._1402dcu0{color:#000;background-color:#fff;border:0;padding:0}._1402dcu0 button:not([aria-expanded]),._1402dcu0 select,._1402dcu0 input,._1402dcu0 label,._1402dcu0 fieldset,._1402dcu0 svg,._1402dcu0 [role=status]{display:none}._1402dcu0 button[aria-expanded]{min-block-size:auto;padding:0}}._1wpv30k0{align-items:flex-end;gap:var(--_7mmg60e);flex-wrap:wrap;margin-block-end:var(--_7mmg60e);display:flex}._1wpv30k1{gap:var(--_7mmg60d);flex:14em;display:grid}._1wpv30k2{font-weight:600}._1wpv30k3{font:inherit;color:var(--_7mmg602);background-color:var(--_7mmg600);border:2px solid var(--_7mmg604);border-radius:var(--_7mmg60c);min-block-size:2.75em;padding-inline:var(--_7mmg60e);inline-size:100%}._1wpv30k4{margin:0 0 var(--_7mmg60e);color:var(--_7mmg603)}._1wpv30k5{clip-path:inset(50%);white-space:nowrap;border:0;block-size:1px;inline-size:1px;margin:-1px;padding:0;position:absolute;overflow:hidden}._1wpv30k6{padding:var(--_7mmg60f);border:1px dashed var(--_7mmg604);border-radius:var(--_7mmg60c);margin-block-end:var(--_7mmg60e)}._1wpv30k7{margin-block-start:var(--_7mmg60f)}._1wpv30k8{margin:0 0 var(--_7mmg60d);color:var(--_7mmg603);font-size:1em;font-weight:700}._1wpv30k9{border-block-start:1px solid var(--_7mmg604)}._1wpv30ka{border-block-end:1px solid var(--_7mmg604)}._1wpv30kb{margin:0;font-size:1em;font-weight:600}._1wpv30kc{all:unset;box-sizing:border-box;justify-content:space-between;align-items:center;gap:var(--_7mmg60f);min-block-size:2.75em;inline-size:100%;padding:var(--_7mmg60e) var(--_7mmg60d);font:inherit;color:var(--_7mmg602);text-align:start;cursor:pointer;display:flex}._1wpv30kc:hover{background-color:var(--_7mmg601)}._1wpv30kd{block-size:1em;inline-size:1em;color:var(--_7mmg609);flex:none}._1wpv30kc[aria-expanded=true] ._1wpv30kd{transform:rotate(180deg)}._1wpv30ke{padding:0 var(--_7mmg60d) var(--_7mmg60f)}._1wpv30ke mark,._1wpv30kc mark{background-color:var(--_7mmg605);color:var(--_7mmg602);text-decoration:underline;-webkit-text-decoration-color:var(--_7mmg606);text-decoration-color:var(--_7mmg606);text-decoration-thickness:2px}._1wpv30kf{align-items:center;gap:var(--_7mmg60d) var(--_7mmg60f);flex-wrap:wrap;font-size:.9375em;display:flex}@media (prefers-reduced-motion:no-preference){._1wpv30kd{transition:transform .15s ease-out}}._1nj9f8z0{align-items:center;gap:var(--_7mmg60e);flex-wrap:wrap;display:flex}._1nj9f8z1{color:var(--_7mmg603);font-size:.9375em}._1nj9f8z2{font:inherit;color:var(--_7mmg602);background-color:var(--_7mmg600);border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);min-block-size:2.75em;padding-inline:var(--_7mmg60e);max-inline-size:100%;font-size:.9375em}._1brs2pe0{padding:var(--_7mmg60f);border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);background-color:var(--_7mmg601)}._1brs2pe1{margin:0 0 var(--_7mmg60d);color:var(--_7mmg603);font-size:.9375em}._1brs2pe2{border:0;min-inline-size:0;margin:0;padding:0}._1brs2pe3{inline-size:100%;margin-block-end:var(--_7mmg60e);padding:0}._1brs2pe4{margin:0;font-size:1.0625em;font-weight:700;line-height:1.35}._1brs2pe5{margin-block:var(--_7mmg60e) var(--_7mmg60d);padding:0;font-weight:600}._1brs2pe6{gap:var(--_7mmg60d);display:grid}._1brs2pe7{align-items:center;gap:var(--_7mmg60e);min-block-size:2.75em;padding-inline:var(--_7mmg60e);border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);background-color:var(--_7mmg600);cursor:pointer;display:flex}._1brs2pe7 input{font-size:inherit;block-size:1.625em;inline-size:1.625em;accent-color:var(--_7mmg609);cursor:pointer;flex:none;margin:0}._1brs2pe8{margin:0 0 var(--_7mmg60e);padding-inline-start:var(--_7mmg60g);font-weight:600}._1brs2pe9{margin:var(--_7mmg60e) 0 0;color:var(--_7mmg602);border-inline-start:4px solid var(--_7mmg606);padding-inline-start:var(--_7mmg60e);font-weight:700}._1brs2pea{margin:var(--_7mmg60e) 0 0;color:var(--_7mmg603);font-size:.875em}._1brs2peb{padding:var(--_7mmg60f);border-radius:var(--_7mmg60c);background-color:var(--_7mmg600);border-inline-start:6px solid}._1brs2pec{border-color:var(--_7mmg606);background-color:var(--_7mmg605)}._1brs2ped{border-color:var(--_7mmg606)}._1brs2pee,._1brs2pef{border-color:var(--_7mmg609)}._1brs2peg{color:var(--_7mmg603);margin:0;font-size:.875em}._1brs2peh{align-items:flex-start;gap:var(--_7mmg60e);margin-block:var(--_7mmg60d);font-size:1.25em;display:flex}._1brs2pei{flex:none;block-size:1.5em;inline-size:1.5em}._1brs2pej{margin:var(--_7mmg60f) 0 var(--_7mmg60d);font-size:1em;font-weight:700}._1brs2pek{padding:var(--_7mmg60e);background-color:var(--_7mmg600);border:1px dashed var(--_7mmg604);border-radius:var(--_7mmg60c);margin:0;padding-inline-start:var(--_7mmg60g)}._184wvkc0{margin:0 0 var(--_7mmg60e);border:0;min-inline-size:0;padding:0}._184wvkc1{margin-block-end:var(--_7mmg60d);padding:0;font-weight:600}._184wvkc2{gap:var(--_7mmg60d);flex-wrap:wrap;display:flex}._184wvkc3{align-items:center;gap:var(--_7mmg60d);min-block-size:2.75em;padding-inline:var(--_7mmg60e);border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);cursor:pointer;display:inline-flex}._184wvkc3 input{font-size:inherit;block-size:1.5em;inline-size:1.5em;accent-color:var(--_7mmg609);margin:0}._184wvkc4{margin:0 0 var(--_7mmg60e);color:var(--_7mmg603);min-block-size:1.5em}._184wvkc5{display:block}._184wvkc6{margin:0;padding:0;list-style:none;display:none}._184wvkc7{border-collapse:collapse;table-layout:fixed;inline-size:100%;font-size:.9375em}._184wvkc8{text-align:start;caption-side:top;margin-block-end:var(--_7mmg60d);font-weight:700}._184wvkc7 th,._184wvkc7 td{text-align:start;vertical-align:top;padding:var(--_7mmg60e);border-block-end:1px solid var(--_7mmg604)}._184wvkc7 thead th{border-block-end:2px solid var(--_7mmg602)}._184wvkc9{background-color:var(--_7mmg601);box-shadow:inset 4px 0 0 var(--_7mmg609)}[dir=rtl] ._184wvkc9{box-shadow:inset -4px 0 0 var(--_7mmg609)}._184wvkca{padding:0 var(--_7mmg60d);border:1px solid var(--_7mmg609);border-radius:var(--_7mmg60c);color:var(--_7mmg602);margin-block-start:var(--_7mmg60d);font-size:.8125em;font-weight:600;display:inline-block}._184wvkcb{padding:var(--_7mmg60f);border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c)}._184wvkcc{border-inline-start:6px solid var(--_7mmg609);background-color:var(--_7mmg601)}._184wvkcd{margin:0;font-size:1.0625em;font-weight:700}._184wvkce{margin:var(--_7mmg60e) 0 0}._184wvkce dt{margin-block-start:var(--_7mmg60e);font-weight:700}._184wvkce dd{margin:0}._184wvkcf{align-items:center;gap:var(--_7mmg60d);display:inline-flex}._184wvkcg{gap:2px;display:inline-flex}._184wvkch{border:2px solid var(--_7mmg602);border-radius:2px;block-size:.75em;inline-size:.75em;display:inline-block}._184wvkci{background-color:var(--_7mmg602)}._184wvkcj{margin:var(--_7mmg60e) 0 0;font-size:.9375em}@media print{._184wvkc5{display:block!important}._184wvkc6{display:none!important}}@container (width<=509.98px){._184wvkc5{display:none}._184wvkc6{gap:var(--_7mmg60e);display:grid}}.a5zqbi3{all:initial;font-family:var(--_7mmg60a);font-size:var(--_7mmg60b);color:var(--_7mmg602);line-height:1.5}.a5zqbi4{all:unset;box-sizing:border-box;z-index:var(--a5zqbi0);align-items:center;gap:var(--_7mmg60e);min-block-size:3em;max-inline-size:calc(100vw - 2 * var(--a5zqbi1));padding-block:var(--_7mmg60e);padding-inline:var(--_7mmg60f) 1.25em;border:2px solid var(--_7mmg608);background-color:var(--_7mmg607);color:var(--_7mmg608);font:inherit;cursor:pointer;border-radius:1.5em;font-weight:600;line-height:1.25;display:inline-flex;position:fixed;bottom:var(--a5zqbi2);box-shadow:0 .25em 1em #0000004d}.a5zqbi4:focus-visible{outline:3px solid var(--_7mmg609);outline-offset:3px}.a5zqbi5:not(:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){right:var(--a5zqbi1)}.a5zqbi5:not(:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){right:var(--a5zqbi1)}.a5zqbi5:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){left:var(--a5zqbi1)}.a5zqbi5:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){left:var(--a5zqbi1)}.a5zqbi6:not(:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){left:var(--a5zqbi1)}.a5zqbi6:not(:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){left:var(--a5zqbi1)}.a5zqbi6:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){right:var(--a5zqbi1)}.a5zqbi6:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){right:var(--a5zqbi1)}.a5zqbi7{flex:none;block-size:1.5em;inline-size:1.5em}@media print{.a5zqbi4{display:none}}._1jmxs010{box-sizing:border-box;overscroll-behavior:contain;border:1px solid var(--_7mmg604);border-radius:var(--_7mmg60c);background-color:var(--_7mmg600);max-block-size:calc(100dvh - 2em);inline-size:min(40em,100vw - 2em);max-inline-size:none;color:var(--_7mmg602);margin:0;padding:0;position:fixed;top:auto;bottom:auto;left:auto;right:auto;bottom:var(--a5zqbi2);overflow:auto;box-shadow:0 .5em 2em #00000059}._1jmxs010::backdrop{background-color:#00000073}._1jmxs011:not(:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){right:var(--a5zqbi1)}._1jmxs011:not(:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){right:var(--a5zqbi1)}._1jmxs011:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){left:var(--a5zqbi1)}._1jmxs011:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){left:var(--a5zqbi1)}._1jmxs012:not(:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){left:var(--a5zqbi1)}._1jmxs012:not(:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi))){left:var(--a5zqbi1)}._1jmxs012:-webkit-any(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){right:var(--a5zqbi1)}._1jmxs012:is(:lang(ae),:lang(ar),:lang(arc),:lang(bcc),:lang(bqi),:lang(ckb),:lang(dv),:lang(fa),:lang(glk),:lang(he),:lang(ku),:lang(mzn),:lang(nqo),:lang(pnb),:lang(ps),:lang(sd),:lang(ug),:lang(ur),:lang(yi)){right:var(--a5zqbi1)}._1jmxs013{z-index:1;padding:var(--_7mmg60e);background-color:var(--_7mmg600);border-block-end:1px solid var(--_7mmg604);justify-content:flex-end;display:flex;position:sticky;top:0}._1jmxs014>*{border:0;border-radius:0}@media (max-width:40em){._1jmxs010{border:0;border-radius:0;block-size:100%;max-block-size:none;inline-size:100%;top:0;bottom:0;left:0;right:0}}\n/*$vite$:1*/',
  tr = null,
  nr = () =>
    typeof ShadowRoot < 'u' &&
    'adoptedStyleSheets' in ShadowRoot.prototype &&
    typeof CSSStyleSheet < 'u' &&
    'replaceSync' in CSSStyleSheet.prototype;
function rr(e, t) {
  if (nr()) {
    tr || ((tr = new CSSStyleSheet()), tr.replaceSync(er));
    let t = tr;
    return (
      (e.adoptedStyleSheets = [...e.adoptedStyleSheets.filter((e) => e !== t), t]),
      () => {
        e.adoptedStyleSheets = e.adoptedStyleSheets.filter((e) => e !== t);
      }
    );
  }
  let n = document.createElement('style');
  return (t && (n.nonce = t), (n.textContent = er), e.prepend(n), () => n.remove());
}
// src/embed/events.ts
function ir(e, t, n) {
  e.dispatchEvent(
    new CustomEvent(`clinic-widget:${t}`, {
      detail: n,
      bubbles: !0,
    }),
  );
}
// src/embed/host-accent.ts
function ar(t) {
  let n = getComputedStyle(t).getPropertyValue('--clinic-widget-accent').trim();
  if (!n) return null;
  let r = ze(n);
  return (r || e(`--clinic-widget-accent: ${B(n)} is not a colour; ignored.`), r);
}
// src/embed/widget-instance.tsx
var or = pn('launcher', () => import('./chunks/launcher-DVRPdAmc.js').then((e) => e.Launcher)),
  sr = /* @__PURE__ */ new WeakSet(),
  cr = 0;
function lr(e) {
  let n = e.shadowRoot;
  if (n)
    return sr.has(n)
      ? n
      : Qe(e)?.root === n
        ? (n.replaceChildren(), (n.adoptedStyleSheets = []), sr.add(n), n)
        : (t(
            `<${e.localName}> already has a shadow root that is not ours; the widget is not mounted there. Use an empty <div data-clinic-widget>.`,
          ),
          null);
  try {
    let t = e.attachShadow({ mode: 'open' });
    return (sr.add(t), t);
  } catch {
    return (
      t(
        `<${e.localName}> cannot hold the widget (it cannot have a shadow root). Use a <div data-clinic-widget>.`,
      ),
      null
    );
  }
}
var ur = (e) =>
  e.contentId ? { elementId: e.contentId } : e.contentUrl ? { url: e.contentUrl } : null;
function dr(e) {
  return import('./chunks/custom-content-AdAi-MQM.js').then(
    async ({ readCustomContent: t, customContentFor: n }) => {
      let r = await t(e);
      return r === null ? null : (e, t) => n(r, e, t);
    },
    (e) => (
      n('The code that reads clinic content could not be loaded; showing the shipped content.', e),
      null
    ),
  );
}
function fr(t, n) {
  let i = Qe(t),
    a = i?.pressed ?? !1;
  i && (i.pressed = !1);
  let s = lr(t);
  if (!s) return null;
  let c = rr(s, n.nonce ?? Ze),
    l = document.createElement('div');
  s.append(l);
  let u = `clinic-widget-${(cr += 1)}`,
    d = n,
    f = null,
    h = null,
    g = 0,
    _ = !1,
    v = n.accent ? null : ar(t),
    y = () => {
      if (!h) return;
      let { locale: e, pack: n, translator: r, decidingTag: i } = h,
        s = d.accent ?? v,
        c = Ve({
          explicit: d.emergencyNumber,
          country: d.country,
          languageRegion: He(i),
        }),
        m = qe(e),
        g = s ? nn(s) : null,
        y = /* @__PURE__ */ o(fn, {
          message: r.t('error.render'),
          children: /* @__PURE__ */ o($n, {
            locale: e,
            dir: m,
            pack: n,
            translator: r,
            sections: d.sections,
            colorScheme: d.colorScheme,
            accent: g,
            clinic: {
              name: d.clinicName,
              phone: d.clinicPhone,
              bookingUrl: d.bookingUrl,
              emergencyNumber: c,
            },
            headingLevel: d.headingLevel,
            deepLinks: {
              prefix: d.deepLinkPrefix,
              updateUrl: d.updateUrl,
            },
            structuredData: d.structuredData,
            idPrefix: u,
            onQuizResult: (e) => ir(t, 'quiz-result', { level: e }),
            onLanguageChange: (e) => {
              ((f = e), x(d));
            },
          }),
        });
      (p(
        d.mode === 'launcher'
          ? /* @__PURE__ */ o(or, {
              placement: {
                position: d.launcherPosition,
                zIndex: d.zIndex,
                offset: d.launcherOffset,
              },
              lang: e,
              dir: m,
              colorScheme: d.colorScheme,
              accent: g,
              label: r.t('launcher.open'),
              closeLabel: r.t('launcher.close'),
              title: n.content.meta.title,
              openOnMount: a,
              onOpenChange: (e) => ir(t, e ? 'open' : 'close', {}),
              children: y,
            })
          : y,
        l,
      ),
        _ ||
          ((_ = !0),
          ir(t, 'ready', {
            locale: e,
            sections: d.sections,
          })));
    };
  function b(t) {
    if (f)
      return {
        locale: f,
        decidingTag: t.lang,
      };
    if (t.lang && Ge.includes(t.lang))
      return {
        locale: t.lang,
        decidingTag: null,
      };
    let n = Je(t.lang);
    n.unmatched &&
      n.from === 'option' &&
      e(
        `${z('lang')}=${B(n.unmatched)} is not a language the widget has (${We.join(', ')}); showing ${n.locale}.`,
      );
    let r =
      n.from === 'option'
        ? t.lang
        : n.from === 'document'
          ? document.documentElement.getAttribute('lang')
          : null;
    return {
      locale: n.locale,
      decidingTag: r,
    };
  }
  function x(e) {
    d = e;
    let { locale: t, decidingTag: n } = b(e),
      i = ur(e),
      a = (g += 1);
    Promise.all([
      ct(t),
      i ? dr(i) : null,
      Xn(e.sections),
      e.mode === 'launcher' ? or.preload() : null,
    ]).then(([e, o]) => {
      if (a !== g) return;
      let s = e ? t : 'en',
        c = e ?? m,
        l = (i && o?.(s, i)) || c.content,
        u = {
          ui: c.ui,
          content: l,
        };
      ((h = {
        locale: s,
        pack: u,
        translator: Xt(s, u.ui),
        decidingTag: n,
      }),
        r('Rendering', y, void 0));
    });
  }
  return (
    x(n),
    {
      update: (e) => r('Updating the widget', () => x(e), void 0),
      destroy() {
        ((g += 1), r('Unmounting', () => p(null, l), void 0), l.remove(), c());
      },
    }
  );
}
// src/embed/registry.ts
var pr = /* @__PURE__ */ new Map(),
  mr = /* @__PURE__ */ new WeakMap();
function hr(t) {
  let n = Le(Re(t.container), 'attribute', ze),
    r = Le(t.apiOptions, 'option', ze);
  for (let t of [...n.warnings, ...r.warnings]) e(t);
  return {
    ...be,
    ...n.options,
    ...r.options,
  };
}
function gr(e) {
  !e.instance &&
    e.container.isConnected &&
    ((e.instance = fr(e.container, hr(e))), e.instance && pr.set(e.container, e));
}
function _r(e) {
  (e.instance?.destroy(), (e.instance = null), pr.delete(e.container));
}
function vr(e, n) {
  let i = {
    container: e,
    apiOptions: n,
    instance: null,
    handle: {
      update(e = {}) {
        r(
          'update()',
          () => {
            typeof e != 'object' || !e
              ? t('update() takes an options object; ignored.')
              : ((i.apiOptions = {
                  ...i.apiOptions,
                  ...e,
                }),
                i.instance?.update(hr(i)));
          },
          void 0,
        );
      },
      unmount() {
        r(
          'unmount()',
          () => {
            (mr.delete(e), _r(i));
          },
          void 0,
        );
      },
    },
  };
  return i;
}
function yr(e, n, r) {
  let i = pr.get(e) ?? mr.get(e);
  if (i)
    return (
      r === 'api' &&
        t(
          `mount(): this <${e.localName}> already has a widget; the call does nothing. Use the handle's update() to change options.`,
        ),
      gr(i),
      i.handle
    );
  let a = vr(e, n);
  return (r === 'api' && mr.set(e, a), gr(a), a.instance || r === 'api' ? a.handle : null);
}
var br = (e) => (pr.get(e) ?? mr.get(e))?.handle ?? null,
  xr = {
    update() {},
    unmount() {},
  };
function Sr(e, n) {
  if (typeof e == 'string') {
    let r;
    try {
      r = document.querySelector(e);
    } catch {
      return (t(`${n}(): ${JSON.stringify(e)} is not a valid CSS selector.`), null);
    }
    return (r || t(`${n}(): no element matches the selector ${JSON.stringify(e)}.`), r);
  }
  return typeof Element < 'u' && e instanceof Element
    ? e
    : (t(`${n}(): the container must be an element or a CSS selector, not ${i(e)}.`), null);
}
var Cr = (e, n) =>
  e === void 0
    ? {}
    : typeof e == 'object' && e && !Array.isArray(e)
      ? e
      : (t(`${n}(): options must be an object, not ${i(e)}; using defaults.`), {});
function wr(e) {
  let n = {
    mount(e, t) {
      return r(
        'mount()',
        () => {
          let n = Sr(e, 'mount');
          return n ? (yr(n, Cr(t, 'mount'), 'api') ?? xr) : xr;
        },
        xr,
      );
    },
    update(e, n) {
      r(
        'update()',
        () => {
          let r = Sr(e, 'update'),
            i = r && br(r);
          (r && !i && t('update(): that element has no widget; call mount() first.'),
            i?.update(Cr(n, 'update')));
        },
        void 0,
      );
    },
    unmount(e) {
      r(
        'unmount()',
        () => {
          let t = Sr(e, 'unmount');
          t && br(t)?.unmount();
        },
        void 0,
      );
    },
  };
  return Object.assign(
    (e, ...r) => {
      let i = n[e];
      if (typeof i == 'function' && Object.prototype.hasOwnProperty.call(n, e)) return i(...r);
      t(
        `ClinicWidget(${JSON.stringify(String(e))}): unknown method. Use "mount", "update" or "unmount".`,
      );
    },
    n,
    { version: e },
  );
}
// src/i18n/bundled-locales.ts
var Tr = /* #__PURE__ */ Object.assign({
    './locales/ar/ui.json': () => import('./chunks/ui-ryRLxTsZ.js'),
    './locales/de/ui.json': () => import('./chunks/ui-CGt6iaAl.js'),
    './locales/es/ui.json': () => import('./chunks/ui-C20BU_DO.js'),
    './locales/fr/ui.json': () => import('./chunks/ui-CuG5k1vU.js'),
    './locales/ko/ui.json': () => import('./chunks/ui-UWDbrrl0.js'),
    './locales/pt-BR/ui.json': () => import('./chunks/ui-F88h7Ya7.js'),
    './locales/ru/ui.json': () => import('./chunks/ui-CcJRXzoP.js'),
    './locales/tl/ui.json': () => import('./chunks/ui-BA7MUId0.js'),
    './locales/vi/ui.json': () => import('./chunks/ui-B3aZEbyN.js'),
    './locales/zh-Hans/ui.json': () => import('./chunks/ui-DiT5tWnT.js'),
  }),
  Er = /* #__PURE__ */ Object.assign({
    './locales/ar/content.json': () => import('./chunks/content-D8OI6C2z.js'),
    './locales/de/content.json': () => import('./chunks/content-jzWJn9-1.js'),
    './locales/es/content.json': () => import('./chunks/content-CXR42IH9.js'),
    './locales/fr/content.json': () => import('./chunks/content-6zHMbskx.js'),
    './locales/ko/content.json': () => import('./chunks/content-N4LCoCdn.js'),
    './locales/pt-BR/content.json': () => import('./chunks/content-CW-ON1pk.js'),
    './locales/ru/content.json': () => import('./chunks/content-JH2i_oAp.js'),
    './locales/tl/content.json': () => import('./chunks/content-FkrYX-9D.js'),
    './locales/vi/content.json': () => import('./chunks/content-qt0B8ORu.js'),
    './locales/zh-Hans/content.json': () => import('./chunks/content-BqrqEFKf.js'),
  });
// src/npm.ts
it(async (e) => {
  let t = Tr[`./locales/${e}/ui.json`],
    n = Er[`./locales/${e}/content.json`];
  if (!t || !n) throw Error('this package has no such language');
  let [r, i] = await Promise.all([t(), n()]);
  return {
    default: {
      ui: r.default,
      content: i.default,
    },
  };
});
var Dr = wr('0.1.0'),
  Or = '0.1.0';
function kr(e, t = {}) {
  return Dr.mount(e, t);
}
export { kr as mount, Or as version };
