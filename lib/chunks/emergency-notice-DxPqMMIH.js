import { c as e, l as t } from './hooks-BdfQOnsb.js';
import { a as n } from './section.css-Dj-n7cg5.js';
// src/embed/phone.ts
function r(e) {
  if (!e) return null;
  let t = e.trim(),
    n = t.replace(/\D/g, '');
  return n.length < 3 ? null : `tel:${t.startsWith('+') ? '+' : ''}${n}`;
}
// src/i18n/placeholders.ts
var i = /\{\{\s*(\w+)\s*\}\}/g;
function a(e, t) {
  return e.replace(i, (e, n) => (Object.prototype.hasOwnProperty.call(t, n) ? t[n] : e));
}
function o(e) {
  let t = [],
    n = 0;
  for (let r of e.matchAll(i))
    (r.index > n && t.push({ text: e.slice(n, r.index) }),
      t.push({ slot: r[1] }),
      (n = r.index + r[0].length));
  return (n < e.length && t.push({ text: e.slice(n) }), t);
}
// src/widget/ui/clipboard.ts
function s(e) {
  try {
    return !e || !navigator.clipboard
      ? Promise.resolve(!1)
      : navigator.clipboard.writeText(e).then(
          () => !0,
          () => !1,
        );
  } catch {
    return Promise.resolve(!1);
  }
}
// src/widget/ui/icons.css.ts
var c = '_7vdm5w0';
// src/widget/ui/icons.tsx
function l({ class: t }) {
  return /* @__PURE__ */ e('svg', {
    class: t,
    viewBox: '0 0 16 16',
    'aria-hidden': 'true',
    focusable: 'false',
    children: /* @__PURE__ */ e('path', {
      d: 'M3 6l5 5 5-5',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
    }),
  });
}
function u() {
  return /* @__PURE__ */ e('svg', {
    class: c,
    viewBox: '0 0 16 16',
    'aria-hidden': 'true',
    focusable: 'false',
    children: /* @__PURE__ */ e('path', {
      d: 'M3 8h9M8 4l4 4-4 4',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
    }),
  });
}
var d = {
  emergency: 'M12 3 2 21h20L12 3zm0 6v6m0 2.5v1.5',
  today:
    'M6.6 3.5 9 3l1.8 4.6-2.2 1.5a11 11 0 0 0 6.3 6.3l1.5-2.2L21 15l-.5 2.4A3 3 0 0 1 17.6 20 15 15 0 0 1 4 6.4a3 3 0 0 1 2.6-2.9z',
  watch: 'M2 12s3.6-6 10-6 10 6 10 6-3.6 6-10 6S2 12 2 12zm10-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  expected: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-4.5 10 3 3 6-6',
};
function f({ level: t, class: n }) {
  return /* @__PURE__ */ e('svg', {
    class: n,
    viewBox: '0 0 24 24',
    'aria-hidden': 'true',
    focusable: 'false',
    children: /* @__PURE__ */ e('path', {
      d: d[t],
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
  });
}
// src/widget/ui/slotted-text.tsx
function p({ template: n, slots: r }) {
  return /* @__PURE__ */ e(t, {
    children: o(n).map((e) =>
      'slot' in e
        ? Object.prototype.hasOwnProperty.call(r, e.slot)
          ? r[e.slot]
          : `{{${e.slot}}}`
        : e.text,
    ),
  });
}
// src/widget/ui/emergency-notice.css.ts
var m = '_1cdwkbw0';
// src/widget/ui/emergency-notice.tsx
function h() {
  let { template: t, clinic: i, fill: a } = n(),
    o = r(i.emergencyNumber);
  return /* @__PURE__ */ e('p', {
    class: m,
    children: /* @__PURE__ */ e(p, {
      template: t('footer.emergency'),
      slots: {
        emergency: o
          ? /* @__PURE__ */ e('a', {
              href: o,
              children: i.emergencyNumber,
            })
          : a('{{emergency}}'),
      },
    }),
  });
}
export { s as a, f as i, l as n, a as o, u as r, r as s, h as t };
