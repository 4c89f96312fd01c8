// src/i18n/safe-markup.ts
var e = ['https:', 'tel:', 'mailto:'],
  t = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
function n(t) {
  let n = /^([a-z][a-z0-9+.-]*):/i.exec(t.trim())?.[1]?.toLowerCase();
  return n && e.includes(`${n}:`) ? t.trim() : null;
}
function r(e) {
  let r = [],
    i = 0,
    a = (e) => {
      if (!e) return;
      let t = r[r.length - 1];
      t?.type === 'text'
        ? (t.text += e)
        : r.push({
            type: 'text',
            text: e,
          });
    };
  for (let o of e.matchAll(t)) {
    let [t, s, c, l, u] = o;
    if ((a(e.slice(i, o.index)), (i = (o.index ?? 0) + t.length), s !== void 0))
      r.push({
        type: 'strong',
        text: s,
      });
    else if (c !== void 0)
      r.push({
        type: 'em',
        text: c,
      });
    else if (l !== void 0 && u !== void 0) {
      let e = n(u);
      e
        ? r.push({
            type: 'link',
            text: l,
            href: e,
          })
        : a(l);
    }
  }
  return (a(e.slice(i)), r);
}
function i(e) {
  return e
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      let t = e.split('\n').map((e) => e.trim());
      return t.every((e) => e.startsWith('- '))
        ? {
            type: 'ul',
            items: t.map((e) => r(e.slice(2).trim())),
          }
        : {
            type: 'p',
            children: r(t.join(' ')),
          };
    });
}
function a(e) {
  return i(e)
    .map((e) =>
      (e.type === 'p' ? [e.children] : e.items)
        .map((e) => e.map((e) => e.text).join(''))
        .join('\n'),
    )
    .join('\n\n');
}
export { i as n, a as t };
