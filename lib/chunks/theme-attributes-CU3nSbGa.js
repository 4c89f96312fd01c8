import './hooks-BdfQOnsb.js';
// node_modules/@vanilla-extract/private/dist/vanilla-extract-private.esm.js
function e(e) {
  var t = e.match(/^var\((.*)\)$/);
  return t ? t[1] : e;
}
function t(e, t) {
  var n = e;
  for (var r of t) {
    if (!(r in n)) throw Error(`Path ${t.join(' -> ')} does not exist in object`);
    n = n[r];
  }
  return n;
}
function n(e, t) {
  var r = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : [],
    i = {};
  for (var a in e) {
    var o = e[a],
      s = [...r, a];
    typeof o == 'string' || typeof o == 'number' || o == null
      ? (i[a] = t(o, s))
      : typeof o == 'object' && !Array.isArray(o)
        ? (i[a] = n(o, t, s))
        : console.warn(
            `Skipping invalid key "${s.join('.')}". Should be a string, number, null or object. Received: "${Array.isArray(o) ? 'Array' : typeof o}"`,
          );
  }
  return i;
}
// node_modules/@vanilla-extract/dynamic/dist/vanilla-extract-dynamic.esm.js
function r(r, i) {
  var a = {};
  if (typeof i == 'object') {
    var o = r;
    n(i, (n, r) => {
      if (n != null) {
        var i = t(o, r);
        a[e(i)] = String(n);
      }
    });
  } else {
    var s = r;
    for (var c in s) {
      var l = s[c];
      l != null && (a[e(c)] = l);
    }
  }
  return (
    Object.defineProperty(a, 'toString', {
      value: function () {
        return Object.keys(this)
          .map((e) => `${e}:${this[e]}`)
          .join(';');
      },
      writable: !1,
    }),
    a
  );
}
// src/styles/theme.css.ts
var i = {
    fill: 'var(--_7mmg60h)',
    onFill: 'var(--_7mmg60i)',
    inkLight: 'var(--_7mmg60j)',
    inkDark: 'var(--_7mmg60k)',
  },
  a = '_7mmg60l',
  o = {
    light: '_7mmg60m',
    dark: '_7mmg60n',
    auto: '_7mmg60o',
  };
// src/styles/theme-attributes.ts
function s(e, t) {
  return {
    class: `${a} ${o[e]}`,
    style: t ? r(i, { ...t }) : void 0,
  };
}
export { r as n, s as t };
