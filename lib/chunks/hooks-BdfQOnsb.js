// node_modules/preact/dist/preact.mjs
var e,
  t,
  n,
  r,
  i,
  a,
  o,
  s,
  c,
  l,
  u,
  d = Symbol.for('pv'),
  f = {},
  p = [],
  m = /^m(i|n|o|s|text|space)$/,
  h = Array.isArray,
  g = p.slice,
  _ = Object.assign;
function v(e) {
  e && e.parentNode && e.remove();
}
function y(n, r, i, a, o) {
  var s = {
    type: n,
    props: r,
    key: i,
    ref: a,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: d,
    __v: o || ++t,
    __i: -1,
    __u: 0,
  };
  return (!o && e.vnode && e.vnode(s), s);
}
function b(e) {
  return e.children;
}
function x(e, t) {
  ((this.props = e), (this.context = t), (this.__g = 0));
}
function S(e, t) {
  if (t == null) return e.__ && S(e.__, e.__i + 1);
  for (var n; t < e.__k.length; t++) if ((n = e.__k[t]) && n.__e) return n.__e;
  return typeof e.type != 'function' || e.props.__P ? null : S(e);
}
function C(t) {
  var n,
    r = t.__v,
    i = r.__e,
    a = [],
    o = [],
    s = t.__P;
  s &&
    (((n = _({ constructor: d }, r)).__v = r.__v + 1),
    e.vnode && e.vnode(n),
    P(s, n, r, t.__n, s.namespaceURI, 32 & r.__u ? [i] : null, a, i || S(r), 32 & r.__u, o),
    (n.__v = r.__v),
    (n.__.__k[n.__i] = n),
    I(a, n, o),
    (r.__ = r.__e = null),
    n.__e != i && w(n));
}
function w(e) {
  if ((e = e.__) && e.__c && !e.props.__P)
    return (
      (e.__e = null),
      e.__k.some(function (t) {
        return t && (e.__e = t.__e);
      }),
      w(e)
    );
}
function T(t) {
  ((8 & t.__g || ((t.__g |= 8), n.push(t), i++)) && r == e.debounceRendering) ||
    ((r = e.debounceRendering) || queueMicrotask)(E);
}
function E() {
  try {
    for (var e, t = 1; n.length;)
      (n.length > t && n.sort(a), (e = n.shift()), (t = n.length), 8 & e.__g && C(e));
  } finally {
    (i = n.length) && (r || queueMicrotask)(E);
  }
}
function D(e, t, n, r, i, a, o, s, c, l, u) {
  var d,
    m,
    h,
    g,
    _,
    v,
    y = r.__k || p,
    b = t.length;
  for (c = O(n, t, y, c, b), d = 0; d < b; d++)
    (h = n.__k[d]) != null &&
      ((m = (~h.__i && y[h.__i]) || f),
      (h.__i = d),
      (v = P(e, h, m, i, a, o, s, c, l, u)),
      (g = h.__e),
      (m.ref != h.ref || 8 & m.__u) &&
        (m.ref && L(m.ref, null, h, m), h.ref && u.push(h.ref, h.__c || g, h)),
      (_ = _ || g),
      4 & h.__u
        ? ((c = k(h, c, e, !m.__v)), m.__e && (m.__e = null))
        : typeof h.type == 'function' && v !== void 0
          ? (c = v)
          : g && (c = g.nextSibling),
      (h.__u &= -21));
  return ((n.__e = _), c);
}
function O(e, t, n, r, i) {
  var a,
    o,
    s,
    c,
    l,
    u,
    f,
    p,
    m,
    g = n.length,
    _ = g,
    v = 0,
    x = 0,
    C = (e.__k = Array(i));
  for (a = 0; a < i; a++)
    (o = t[a]) != null && typeof o != 'boolean' && typeof o != 'function'
      ? (typeof o != 'object' || o.constructor === String
          ? (o = C[a] = y(null, o))
          : h(o)
            ? (o = C[a] = y(b, { children: o }))
            : o.constructor === d && o.__b
              ? (o = C[a] = y(o.type, o.props, o.key, o.ref, o.__v))
              : (C[a] = o),
        (c = a + v),
        (o.__ = e),
        (o.__b = e.__b + 1),
        (s = null),
        ~(l = o.__i = A(o, n, c, _)) && (_--, (s = n[l]) && (s.__u |= 2)),
        s && s.__v
          ? ((o.__u |= 16),
            l == c - 1 ? v-- : l == c + 1 ? v++ : l != c && (l > c ? v-- : v++, (x = 1)))
          : (~l || (i > g ? v-- : i < g && v++), typeof o.type != 'function' && (o.__u |= 4)))
      : (C[a] = null);
  if (x) {
    for (u = [], f = [], a = 0; a < i; a++)
      if ((o = C[a]) && 16 & o.__u) {
        for (v = 0, p = u.length; v < p;) u[(m = (v + p) >> 1)] < o.__i ? (v = m + 1) : (p = m);
        ((u[v] = o.__i), (f[a] = v + 1));
      }
    for (v = u.length; a--;) f[a] && (f[a] == v ? v-- : (C[a].__u |= 4));
  }
  if (_) for (a = 0; a < g; a++) !(s = n[a]) || 2 & s.__u || (s.__e == r && (r = S(s)), R(s, s));
  return r;
}
function k(e, t, n, r) {
  var i, a, o, s;
  if (typeof e.type == 'function') {
    if (e.props.__P) return t;
    if ((i = e.__k))
      for (a = 0; a < i.length; a++) i[a] && ((i[a].__ = e), (t = k(i[a], t, n, !1)));
    return t;
  }
  for (
    t && !t.parentNode && (t = S(e)) && !t.parentNode && (t = null), o = e.__e, s = t;
    s && s.nodeType == 8;
  )
    s = s.nextSibling;
  for (
    o != s &&
      (!r && n.moveBefore && o.parentNode ? n.moveBefore(o, t) : n.insertBefore(o, t || null)),
      t = o;
    (t = t && t.nextSibling) && t.nodeType == 8 && !t.data.startsWith('$s');
  );
  return t;
}
function A(e, t, n, r) {
  var i,
    a = e.key,
    o = e.type,
    s = t[n],
    c = s && !(2 & s.__u);
  if ((s === null && a == null) || (c && a == s.key && o == s.type)) return n;
  if (r > +!!c) {
    for (i = n - 1; i >= 0; i--)
      if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
    for (i = n + 1; i < t.length; i++)
      if ((s = t[i]) && !(2 & s.__u) && a == s.key && o == s.type) return i;
  }
  return -1;
}
function j(e, t, n) {
  (n ?? (n = ''), t[0] == '-' ? e.setProperty(t, n) : (e[t] = n));
}
function M(e, t, n, r, i) {
  var a, o;
  if (t == 'style') {
    if (typeof n == 'string') e.style.cssText = n;
    else {
      if ((typeof r == 'string' && (e.style.cssText = r = ''), r))
        for (t in r) (n && t in n) || j(e.style, t);
      if (n) for (t in n) (r && n[t] == r[t]) || j(e.style, t, n[t]);
    }
  } else if (t[0] == 'o' && t[1] == 'n')
    (typeof n != 'function' && (n = null),
      typeof r != 'function' && (r = null),
      ((e.__e || (e.__e = {}))[t] = n),
      (n && r) ||
        ((o = l[t] || (l[t] = N(t))),
        ((e.__a || (e.__a = {}))[t] = c),
        (a = t != (t = t.replace(s, '$1'))),
        (t = t.slice(2))[0] < 'a' && (t = t.toLowerCase()),
        n ? e.addEventListener(t, o, a) : e.removeEventListener(t, o, a)));
  else {
    if (i == 'http://www.w3.org/2000/svg') t = t.replace(/xlink(H|:h)/, 'h').replace(/sName$/, 's');
    else if (
      t != 'width' &&
      t != 'height' &&
      t != 'href' &&
      t != 'list' &&
      t != 'form' &&
      t != 'tabIndex' &&
      t != 'download' &&
      t != 'rowSpan' &&
      t != 'colSpan' &&
      t != 'role' &&
      t != 'popover' &&
      t in e
    )
      try {
        e[t] = n ?? '';
        return;
      } catch {}
    if (typeof n == 'function') return;
    n == null || (!1 === n && t[4] != '-')
      ? e.removeAttribute(t)
      : e.setAttribute(t, t == 'popover' && n == 1 ? '' : n);
  }
}
function N(t) {
  return function (n) {
    var r = this.__e;
    if (r) {
      if (((r = r[t]), n[o] == null)) n[o] = c++;
      else if (n[o] < this.__a[t]) return;
      return r(e.event ? e.event(n) : n);
    }
  };
}
function P(t, n, r, i, a, o, s, c, l, u) {
  var f,
    m,
    g,
    y,
    C,
    w,
    T,
    E,
    O,
    k,
    A,
    j,
    M,
    N,
    P,
    I,
    L,
    z,
    B = n.type;
  if (n.constructor !== d) return null;
  (128 & r.__u &&
    ((l = 32 & r.__u), (f = r.__c.__z)) &&
    ((n.__u |= l), (m = o = []), f.nodeType == 8 ? (c = F(f, o)) : o.push(f), (c = o[0] || c)),
    (f = e.__b) && f(n));
  n: if (typeof B == 'function') {
    g = s.length;
    try {
      if (
        ((E = n.props),
        (O = (f = B.prototype) && f.render),
        (k = (f = B.contextType) && i[f.__c]),
        (A = f ? (k ? k.props.value : f.__) : i),
        (y = r.__c)
          ? ((n.__c = y), 2 & y.__g && (y.__g |= 1))
          : (O
              ? (n.__c = y = new B(E, A))
              : ((n.__c = y = new x(E, A)), (y.constructor = B), (y.render = ne)),
            k && k.sub(y),
            y.state || (y.state = {}),
            (y.__n = i),
            (y.__g |= 8),
            (y.__h = []),
            (y.__k = [])),
        O &&
          (y.__s || (y.__s = y.state),
          B.getDerivedStateFromProps &&
            (y.__s == y.state && (y.__s = _({}, y.__s)),
            _(y.__s, B.getDerivedStateFromProps(E, y.__s)))),
        (C = y.props),
        (w = y.state),
        (y.__v = n),
        r.__c)
      ) {
        if (
          (E !== C &&
            O &&
            !B.getDerivedStateFromProps &&
            y.componentWillReceiveProps &&
            y.componentWillReceiveProps(E, A),
          (n.__v == r.__v && !(8 & y.__g)) ||
            (!(4 & y.__g) &&
              y.shouldComponentUpdate &&
              !1 === y.shouldComponentUpdate(E, y.__s, A)))
        ) {
          (n.__v != r.__v && ((y.props = E), (y.state = y.__s), (y.__g &= -9)),
            (n.__e = r.__e),
            (n.__k = r.__k),
            n.__k.some(function (e) {
              e && (e.__ = n);
            }),
            p.push.apply(y.__h, y.__k),
            (y.__k = []),
            y.__h.length && s.push(y),
            (c = S(r)));
          break n;
        }
        (y.componentWillUpdate && y.componentWillUpdate(E, y.__s, A),
          O &&
            y.componentDidUpdate &&
            y.__h.push(function () {
              y.componentDidUpdate(C, w, T);
            }));
      } else
        (O && !B.getDerivedStateFromProps && y.componentWillMount && y.componentWillMount(),
          O && y.componentDidMount && y.__h.push(y.componentDidMount));
      ((y.context = A), (y.props = E), (y.__P = t), (y.__g &= -5), (j = e.__r), (M = O ? 25 : 0));
      do ((y.__g &= -9), j && j(n), (f = y.render(y.props, (y.state = y.__s), y.context)));
      while (8 & y.__g && ++M < 25);
      (O && (p.push.apply(y.__h, y.__k), (y.__k = [])),
        (y.state = y.__s),
        y.getChildContext && (i = _({}, i, y.getChildContext())),
        O && r.__c && y.getSnapshotBeforeUpdate && (T = y.getSnapshotBeforeUpdate(C, w)),
        (N = f && f.type === b && f.key == null ? f.props.children : f),
        E.__P &&
          ((f = c),
          (a = (t = E.__P).namespaceURI),
          (l = o = null),
          r.props &&
            r.props.__P != t &&
            (r.__k.some(function (e) {
              e && R(e, e);
            }),
            (r.__k = null)),
          (c = r.__k ? S(r, 0) : null)),
        (c = D(t, h(N) ? N : [N], n, r, i, a, o, s, c, l, u)),
        E.__P && ((n.__e = null), (c = f)),
        (n.__u &= -161),
        m && m.some(v),
        y.__h.length && s.push(y),
        1 & y.__g && (y.__g &= -4));
    } catch (t) {
      if (((s.length = g), (n.__v = null), l || o)) {
        if (t && t.then) {
          if (((n.__u |= 128 | l), o)) {
            for (
              ~(L = o.indexOf(c || void 0)) || (L = o.length);
              (z = o[L - 1]) && z.nodeType == 8;
            )
              L--;
            for (; L < o.length; L++)
              if ((z = o[L])) {
                if (((o[L] = null), P)) {
                  if (z == I) break;
                } else {
                  if (z.nodeType != 8) break;
                  z.data.startsWith('$s') && (I = F((P = z)));
                }
              }
          }
          if (!P) {
            for (; c && c.nodeType == 8 && c.nextSibling;) c = c.nextSibling;
            P = c;
          }
          ((f = F((P = n.__c.__z || (n.__c.__z = P)))) ? ((n.__e = P), (c = f)) : (n.__e = c),
            (c = c && c.nextSibling));
        } else o && o.some(v);
      } else n.__e = r.__e;
      (n.__k || (n.__k = r.__k || []), (t && t.then) || ee(n), e.__e(t, n, r));
    }
  } else c = n.__e = te(r.__e, n, r, i, a, o, s, l, u, t);
  return ((f = e.diffed) && f(n), c);
}
function F(e, t) {
  if (e && e.nodeType == 8 && e.data.startsWith('$s'))
    for (var n = 1; (e = e.nextSibling);) {
      if (e.nodeType == 8) {
        if (e.data.startsWith('$s')) n++;
        else if (e.data.startsWith('/$s') && !--n) return e;
      }
      t && t.push(e);
    }
}
function ee(e) {
  e && (e.__c && (e.__c.__g |= 4), e.__k && e.__k.some(ee));
}
function I(t, n, r) {
  for (var i = 0; i < r.length;) L(r[i++], r[i++], r[i++]);
  (e.__c && e.__c(n, t),
    t.some(function (n) {
      try {
        ((t = n.__h),
          (n.__h = []),
          t.some(function (e) {
            e.call(n);
          }));
      } catch (t) {
        e.__e(t, n.__v);
      }
    }));
}
function te(t, n, r, i, a, o, s, c, l, u) {
  var d,
    p,
    _,
    y,
    b,
    x,
    C,
    w,
    T = r.props || f,
    E = n.props,
    O = n.type;
  if (
    (O == 'svg'
      ? (a = 'http://www.w3.org/2000/svg')
      : O == 'math'
        ? (a = 'http://www.w3.org/1998/Math/MathML')
        : a || (a = 'http://www.w3.org/1999/xhtml'),
    o)
  ) {
    for (d = 0; d < o.length; d++)
      if ((b = o[d]) && (O ? b.localName == O : b.nodeType == 3)) {
        ((t = b), (o[d] = null));
        break;
      }
  }
  if (!t) {
    if (((w = u.ownerDocument || document), !O)) return w.createTextNode(E);
    ((t = w.createElementNS(a, O, E.is ? E : u)),
      c && (e.__m && e.__m(n, o), (c = !1)),
      (o = null));
  }
  if (O) {
    if (
      ((u = (O == 'template' && t.content) || t),
      (o = O == 'textarea' && E.defaultValue != null ? null : o && g.call(u.childNodes)),
      !c && o)
    )
      for (T = {}, d = 0; d < t.attributes.length; d++) T[(b = t.attributes[d]).name] = b.value;
    for (d in T)
      ((b = T[d]),
        d == 'dangerouslySetInnerHTML'
          ? (_ = b)
          : d == 'children' ||
            d in E ||
            (d == 'value' && 'defaultValue' in E) ||
            (d == 'checked' && 'defaultChecked' in E) ||
            M(t, d, null, b, a));
    for (d in E)
      ((b = E[d]),
        d == 'children'
          ? (y = b)
          : d == 'dangerouslySetInnerHTML'
            ? (p = b)
            : d == 'value'
              ? (x = b)
              : d == 'checked'
                ? (C = b)
                : (c && typeof b != 'function') || T[d] === b || M(t, d, b, T[d], a));
    (p
      ? (c || (_ && (p.__html == _.__html || p.__html == t.innerHTML)) || (t.innerHTML = p.__html),
        (n.__k = []))
      : (_ && (t.textContent = ''),
        (O == 'foreignObject' || (a == 'http://www.w3.org/1998/Math/MathML' && m.test(O))) &&
          (a = 'http://www.w3.org/1999/xhtml'),
        D(u, h(y) ? y : [y], n, r, i, a, o, s, o ? o[0] : r.__k && S(r, 0), c, l),
        o && o.some(v)),
      (c && O != 'textarea') ||
        ((d = 'value'),
        O == 'progress' && x == null
          ? t.removeAttribute(d)
          : x == null || (x === t[d] && (O != 'progress' || x)) || M(t, d, x, T[d], a),
        (d = 'checked'),
        C != null && C != t[d] && M(t, d, C, T[d], a)));
  } else T === E || (c && t.data == E) || (t.data = E);
  return t;
}
function L(t, n, r, i) {
  try {
    typeof t == 'function'
      ? n
        ? (n.__x = t(n) || 1)
        : i &&
          (i = i.__c || i.__e) &&
          (n = i.__x) &&
          ((i.__x = null), typeof n == 'function' ? n() : t(null))
      : (t.current = n);
  } catch (t) {
    e.__e(t, r);
  }
}
function R(t, n, r) {
  var i, a, o, s;
  if (
    (e.unmount && e.unmount(t),
    !(i = t.ref) || (i.current && i.current != t.__e) || L(i, null, n, t),
    (i = t.__c))
  ) {
    if (i.componentWillUnmount)
      try {
        i.componentWillUnmount();
      } catch (t) {
        e.__e(t, n);
      }
    i.__P = i.__n = null;
  }
  if ((i = t.__k))
    for (s = 0; s < i.length; s++)
      i[s] && R(i[s], n, typeof t.type != 'function' || (r && !t.props.__P));
  (!r &&
    (i = t.__c) &&
    (i = i.__z) &&
    (a = F(i, (o = []))) &&
    (i == t.__e && o.some(v), v(a), v(i)),
    r || v(t.__e),
    (t.__e = t.__c = t.__ = null));
}
function ne(e, t, n) {
  return this.constructor(e, n);
}
function z(t, n) {
  var r, i, a, o;
  (e.__ && e.__(t, n),
    n.nodeType == 9 && (n = n.documentElement),
    (i = (r = t && 32 & t.__u) ? null : n.__k),
    (n.__k = y(b, { children: [t] })),
    (a = []),
    (o = []),
    P(
      n,
      n.__k,
      i || f,
      f,
      n.namespaceURI,
      i ? null : n.firstChild ? g.call(n.childNodes) : null,
      a,
      i ? i.__e : n.firstChild,
      r,
      o,
    ),
    I(a, n.__k, o),
    (n.__k.props.children = null));
}
function B(e) {
  function t(e) {
    var n, r;
    return (
      this.getChildContext ||
        ((n = /* @__PURE__ */ new Set()),
        ((r = {})[t.__c] = this),
        (this.getChildContext = function () {
          return r;
        }),
        (this.shouldComponentUpdate = function (e) {
          this.props.value != e.value &&
            n.forEach(function (e) {
              ((e.__g |= 4), T(e));
            });
        }),
        (this.sub = function (e) {
          n.add(e);
          var t = e.componentWillUnmount;
          e.componentWillUnmount = function () {
            (n.delete(e), t && t.call(e));
          };
        })),
      e.children
    );
  }
  return (
    (t.__c = '__cC' + u++),
    (t.__ = e),
    (t.Provider = (t.Consumer = function (e, t) {
      return e.children(t);
    }).contextType =
      t),
    t
  );
}
((e = {
  __e: function (e, t, n, r) {
    for (var a, o, s; (t = t.__);)
      if ((a = t.__c) && !(1 & a.__g)) {
        a.__g |= 4;
        try {
          if (
            ((s = (o = a.constructor) && o.getDerivedStateFromError) &&
              a.setState(o.getDerivedStateFromError(e)),
            a.componentDidCatch && (a.componentDidCatch(e, r || {}), (s = 1)),
            s && 8 & a.__g)
          )
            return void (a.__g |= 2);
        } catch (t) {
          e = t;
        }
      }
    throw ((i = 0), e);
  },
}),
  (t = 0),
  (x.prototype.setState = function (e, t) {
    var n = this.__s;
    ((n && n != this.state) || (n = this.__s = _({}, this.state)),
      typeof e == 'function' && (e = e(_({}, n), this.props)),
      e && (_(n, e), this.__v && (t && this.__k.push(t), T(this))));
  }),
  (x.prototype.forceUpdate = function (e) {
    this.__v && ((this.__g |= 4), e && this.__h.push(e), T(this));
  }),
  (x.prototype.render = b),
  (n = []),
  (i = 0),
  (a = function (e, t) {
    return e.__v.__b - t.__v.__b;
  }),
  (o = Symbol()),
  (s = /(PointerCapture)$|Capture$/i),
  (c = 0),
  (l = {}),
  (u = 0));
// node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs
var re = Symbol.for('pv'),
  ie = 0;
Array.isArray;
function ae(t, n, r, i, a, o) {
  n || (n = {});
  var s,
    c,
    l = n;
  if ('ref' in l && typeof t != 'function')
    for (c in ((l = {}), n)) c == 'ref' ? (s = n[c]) : (l[c] = n[c]);
  var u = {
    type: t,
    props: l,
    key: r,
    ref: s,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: re,
    __v: --ie,
    __i: -1,
    __u: 0,
  };
  return ((a || o) && ((u.__source = a), (u.__self = o)), e.vnode && e.vnode(u), u);
}
// node_modules/preact/hooks/dist/hooks.mjs
var V,
  H,
  U,
  W,
  G = Object.is,
  K = 0,
  q = [],
  J = [],
  Y = e,
  oe = Y.__b,
  se = Y.__r,
  ce = Y.diffed,
  le = Y.__c,
  ue = Y.unmount,
  de = Y.__;
function X(e, t) {
  (Y.__h && Y.__h(H, e, K || t), (K = 0));
  var n =
    H.__H ||
    (H.__H = {
      __: [],
      __h: [],
    });
  return (e >= n.__.length && n.__.push({}), n.__[e]);
}
function fe(e) {
  return ((K = 1), pe(Ce, e));
}
function pe(e, t, n) {
  var r = X(V++, 2);
  if (
    ((r.t = e),
    !r.__c &&
      ((r.__ = [
        n ? n(t) : Ce(void 0, t),
        function (e) {
          var t = (r.__N || r.__)[0],
            n = r.t(t, e);
          G(t, n) || ((r.__N = [n, r.__[1]]), r.__c.setState({}));
        },
      ]),
      (r.__c = H),
      !H.__f))
  ) {
    H.__f = !0;
    var i = H.shouldComponentUpdate;
    H.shouldComponentUpdate = function (e, t, n) {
      var r = this.__H;
      if (!r) return !0;
      var a = !1,
        o = this.props != e;
      if (
        (r.__.some(function (e) {
          e.__N && ((a = !0), G(e.__[0], e.__N[0]) || (o = !0));
        }),
        i)
      ) {
        var s = i.call(this, e, t, n);
        return a ? s || o : s;
      }
      return !a || o;
    };
  }
  return r.__;
}
function me(e, t) {
  var n = X(V++, 3);
  !Y.__s && $(n.__H, t) && ((n.__P = !0), (n.__ = e), (n.u = t), H.__H.__h.push(n));
}
function he(e, t) {
  var n = X(V++, 4);
  !Y.__s && $(n.__H, t) && ((n.__P = !1), (n.__ = e), (n.u = t), H.__h.push(n));
}
function ge(e) {
  return (
    (K = 5),
    _e(function () {
      return { current: e };
    }, [])
  );
}
function _e(e, t) {
  var n = X(V++, 7);
  return ($(n.__H, t) && ((n.__ = e()), (n.__H = t)), n.__);
}
function ve(e) {
  var t = H.context[e.__c],
    n = X(V++, 9);
  return ((n.c = e), t ? (n.__ ?? ((n.__ = !0), t.sub(H)), t.props.value) : e.__);
}
function ye() {
  var e;
  do {
    for (; (e = J.shift());)
      try {
        Z(e);
      } catch (t) {
        Y.__e(t, { __: (e = e.__P) && e.__v });
      }
    for (; (e = q.shift());) {
      var t = e.__H;
      if (e.__P && t)
        try {
          (t.__h.some(Z), t.__h.some(Q), (t.__h = []));
        } catch (n) {
          ((t.__h = []), Y.__e(n, e.__v));
        }
    }
  } while (J.length);
}
((Y.__b = function (e) {
  ((H = null), oe && oe(e));
}),
  (Y.__ = function (e, t) {
    (e && t.__k && t.__k.__m && (e.__m = t.__k.__m), de && de(e, t));
  }),
  (Y.__r = function (e) {
    (se && se(e), (V = 0));
    var t = (H = e.__c).__H;
    (t &&
      (U == H ? (H.__h = []) : (t.__h.some(Z), t.__h.some(Q), (V = 0)),
      (t.__h = []),
      t.__.some(function (e) {
        (e.__N && (e.__ = e.__N), (e.u = e.__N = void 0));
      })),
      (U = H));
  }),
  (Y.diffed = function (e) {
    ce && ce(e);
    var t = e.__c;
    (t &&
      t.__H &&
      (t.__H.__h.length && Se(q.push(t)),
      t.__H.__.some(function (e) {
        e.u && (e.__H = e.u);
      })),
      (U = H = null));
  }),
  (Y.__c = function (e, t) {
    (t.some(function (e) {
      try {
        (e.__h.some(Z),
          (e.__h = e.__h.filter(function (e) {
            return !e.__ || Q(e);
          })));
      } catch (t) {
        e.__h = [
          function () {
            throw t;
          },
        ];
      }
    }),
      le && le(e, t));
  }),
  (Y.unmount = function (e) {
    ue && ue(e);
    var t,
      n,
      r = e.__c;
    r &&
      r.__H &&
      (r.__H.__.some(function (r) {
        try {
          if (r.__P && r.__c) {
            if (n === void 0) {
              for (n = e.__; n && (!n.__c || !n.__c.__P);) n = n.__;
              n = n && n.__c;
            }
            ((r.__P = n), Se(J.push(r)));
          } else Z(r);
        } catch (e) {
          t = e;
        }
      }),
      (r.__H = void 0),
      t && Y.__e(t, r.__v));
  }));
var be = typeof requestAnimationFrame == 'function';
function xe(e) {
  var t,
    n = function () {
      (clearTimeout(r), be && cancelAnimationFrame(t), setTimeout(e));
    },
    r = setTimeout(n, 35);
  be && (t = requestAnimationFrame(n));
}
function Se(e) {
  (e != 1 && W == Y.requestAnimationFrame) || ((W = Y.requestAnimationFrame) || xe)(ye);
}
function Z(e) {
  var t = H,
    n = e.__c;
  (typeof n == 'function' && ((e.__c = void 0), n()), (H = t));
}
function Q(e) {
  var t = H;
  ((e.__c = e.__()), (H = t));
}
function $(e, t) {
  return (
    !e ||
    e.length != t.length ||
    t.some(function (t, n) {
      return !G(t, e[n]);
    })
  );
}
function Ce(e, t) {
  return typeof t == 'function' ? t(e) : t;
}
export {
  fe as a,
  ae as c,
  B as d,
  x as f,
  pe as i,
  b as l,
  he as n,
  ve as o,
  ge as r,
  _e as s,
  me as t,
  z as u,
};
