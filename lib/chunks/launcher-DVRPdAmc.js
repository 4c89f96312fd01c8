import { a as e, c as t, n, r } from './hooks-BdfQOnsb.js';
import { n as i, t as a } from './theme-attributes-CU3nSbGa.js';
import { n as o } from './button.css-CLglEDgz.js';
// src/widget/launcher/focus-trap.ts
var s =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
function c(e) {
  return Array.from(e.querySelectorAll(s)).filter((e) => e.getClientRects().length > 0);
}
function l(e) {
  return e.getRootNode().activeElement ?? null;
}
function u(e, t) {
  if (e.key !== 'Tab' || e.defaultPrevented) return;
  let n = t[0],
    r = t[t.length - 1];
  if (!n || !r) return;
  let i = l(n),
    a = t.some((e) => e === i);
  e.shiftKey && (i === n || !a)
    ? (e.preventDefault(), r.focus())
    : e.shiftKey || (i !== r && a) || (e.preventDefault(), n.focus());
}
// src/widget/launcher/launcher-icon.ts
var d = '0 0 24 24',
  f =
    'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm6 5a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5v.3m0 2.5v.5',
  p = {
    zIndex: 'var(--a5zqbi0)',
    offsetInline: 'var(--a5zqbi1)',
    offsetBlock: 'var(--a5zqbi2)',
  },
  m = 'a5zqbi3',
  h = {
    'bottom-right': 'a5zqbi5 a5zqbi4',
    'bottom-left': 'a5zqbi6 a5zqbi4',
  },
  g = 'a5zqbi7',
  _ = '_1jmxs010',
  v = {
    'bottom-right': '_1jmxs011',
    'bottom-left': '_1jmxs012',
  },
  y = '_1jmxs013',
  b = '_1jmxs014',
  x = ({ zIndex: e, offset: t }) =>
    i(p, {
      zIndex: String(e),
      offsetInline: t.inline,
      offsetBlock: t.block,
    });
// src/widget/launcher/launcher.tsx
function S(i) {
  let [s, l] = e(i.openOnMount),
    [p, S] = e(i.openOnMount),
    C = r(null),
    w = r(null),
    T = r(null),
    { position: E } = i.placement,
    D = a(i.colorScheme, i.accent);
  n(() => {
    let e = C.current;
    e &&
      (s && !e.open
        ? (e.showModal(), i.onOpenChange?.(!0), T.current?.focus())
        : !s && e.open && e.close());
  }, [s]);
  let O = () => {
    (l(!1), i.onOpenChange?.(!1), w.current?.focus());
  };
  return /* @__PURE__ */ t('div', {
    class: `${m} ${D.class}`,
    lang: i.lang,
    dir: i.dir,
    style: {
      ...D.style,
      ...x(i.placement),
    },
    children: [
      /* @__PURE__ */ t('button', {
        ref: w,
        type: 'button',
        class: h[E],
        'aria-haspopup': 'dialog',
        'aria-expanded': s ? 'true' : 'false',
        onClick: () => {
          (S(!0), l(!0));
        },
        children: [
          /* @__PURE__ */ t('svg', {
            class: g,
            viewBox: d,
            'aria-hidden': 'true',
            focusable: 'false',
            children: /* @__PURE__ */ t('path', {
              d: f,
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2',
            }),
          }),
          i.label,
        ],
      }),
      /* @__PURE__ */ t('dialog', {
        ref: C,
        class: `${_} ${v[E]}`,
        'aria-modal': 'true',
        'aria-label': i.title,
        onClose: O,
        onKeyDown: (e) => u(e, c(e.currentTarget)),
        children: [
          /* @__PURE__ */ t('div', {
            class: y,
            children: /* @__PURE__ */ t('button', {
              ref: T,
              type: 'button',
              class: o.secondary,
              onClick: () => C.current?.close(),
              children: i.closeLabel,
            }),
          }),
          p
            ? /* @__PURE__ */ t('div', {
                class: b,
                children: i.children,
              })
            : null,
        ],
      }),
    ],
  });
}
export { S as Launcher };
