import { c as e, d as t, o as n } from './hooks-BdfQOnsb.js';
// src/widget/ui/heading.tsx
var r = (e) => Math.min(6, Math.max(1, Math.round(e)));
function i({ level: t, children: n, ...i }) {
  let a = `h${r(t)}`;
  return /* @__PURE__ */ e(a, {
    ...i,
    children: n,
  });
}
// src/widget/widget-context.ts
var a = t(null);
function o() {
  let e = n(a);
  if (!e) throw Error('useWidget() outside <WidgetContext.Provider>');
  return e;
}
// src/widget/ui/section.css.ts
var s = 'x079dc0',
  c = 'x079dc2 x079dc1',
  l = 'x079dc3';
export { o as a, a as i, c as n, i as o, l as r, r as s, s as t };
