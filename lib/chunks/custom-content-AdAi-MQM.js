import { n as e } from './log-DC7XKlqX.js';
import { i as t, r as n, t as r } from './template-merge-BGBDDVt_.js';
// src/i18n/custom-content.ts
var i = ['faq.items', 'faq.categories'],
  a = 1e4,
  o = /* @__PURE__ */ new Map();
async function s(e) {
  let t = new AbortController(),
    n = setTimeout(() => t.abort(), a);
  try {
    let n = await fetch(new URL(e, document.baseURI).href, {
      credentials: 'omit',
      signal: t.signal,
    });
    if (!n.ok) throw Error(`the server answered ${n.status}`);
    try {
      return await n.json();
    } catch (e) {
      throw Error('it is not valid JSON', { cause: e });
    }
  } catch (e) {
    throw t.signal.aborted ? Error(`no answer within ${a / 1e3} s`, { cause: e }) : e;
  } finally {
    clearTimeout(n);
  }
}
function c(e) {
  let t = document.getElementById(e);
  if (!t) throw Error(`there is no element with id "${e}"`);
  if (t.localName !== 'script' || t.type !== 'application/json')
    throw Error(`#${e} is not a <script type="application/json">`);
  try {
    return JSON.parse(t.textContent ?? '');
  } catch {
    throw Error(`#${e} does not hold valid JSON`);
  }
}
var l = (e) => ('url' in e ? `data-content-url "${e.url}"` : `data-content-id "${e.elementId}"`);
function u(t) {
  let n = 'url' in t ? `url:${t.url}` : `id:${t.elementId}`,
    r = o.get(n);
  return (
    r ||
      ((r = ('url' in t ? s(t.url) : Promise.resolve().then(() => c(t.elementId))).catch(
        (r) => (
          o.delete(n),
          e(
            `The clinic's own content (${l(t)}) could not be used: ${r instanceof Error ? r.message : String(r)}. Showing the shipped content instead.`,
          ),
          null
        ),
      )),
      o.set(n, r)),
    r
  );
}
function d(e) {
  let { value: n, problems: a } = r(t.content, e, { flexible: i }),
    o = e?.faq;
  if (Array.isArray(o?.categories) && Array.isArray(o.items)) {
    let e = new Set(o.categories.map((e) => e?.id));
    for (let t of o.items)
      typeof t?.category == 'string' &&
        !e.has(t.category) &&
        a.push(
          `faq.items[id=${String(t.id)}].category: "${t.category}" is not one of faq.categories`,
        );
  }
  return {
    content: a.length ? null : n,
    problems: a,
  };
}
var f = /* @__PURE__ */ new Set();
function p(e, t, r) {
  if (typeof e != 'object' || !e || Array.isArray(e))
    return (
      e !== null &&
        m(r, ['(root): expected an object keyed by language tag, e.g. { "en": { … } }']),
      null
    );
  let i = Object.keys(e),
    a = n([t], i);
  if (!a) return null;
  let { content: o, problems: s } = d(e[a]);
  return (
    o ||
      m(
        r,
        s.map((e) => `${a}.${e}`),
      ),
    o
  );
}
function m(t, n) {
  let r = `The clinic's own content (${l(t)}) is invalid, so the shipped content is shown. ${n.length} problem(s):\n- ${n.join('\n- ')}`;
  f.has(r) || (f.add(r), e(r));
}
export { p as customContentFor, u as readCustomContent };
