// src/embed/log.ts
var e = '[clinic-widget]',
  t = /* @__PURE__ */ new Set();
function n(t) {
  console.warn(`${e} ${t}`);
}
function r(e) {
  t.has(e) || (t.add(e), n(e));
}
function i(t, n) {
  n === void 0 ? console.error(`${e} ${t}`) : console.error(`${e} ${t}`, n);
}
function a(e, t, n) {
  try {
    return t();
  } catch (t) {
    return (i(`${e} failed; the host page is unaffected.`, t), n);
  }
}
function o(e) {
  return e === void 0
    ? 'missing'
    : e === null
      ? 'null'
      : Array.isArray(e)
        ? 'an array'
        : typeof e == 'object'
          ? 'an object'
          : `a ${typeof e}`;
}
export { r as a, n as i, i as n, a as r, o as t };
