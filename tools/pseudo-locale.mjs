// Builds the pseudo-locale (en-XA) from English: every letter accented and every string about
// 40% longer, with {{placeholders}}, safe-markup tokens and link targets left intact. Layout
// tests use it to find text that is clipped or overflows before a real translation does.
const ACCENTED = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
// Kept verbatim: placeholders, link targets "(https://…)", and identifiers handled by the caller.
const PROTECTED = /(\{\{\s*\w+\s*\}\}|\]\([^)]*\))/;
const IDENTIFIERS = new Set(['id', 'category', 'topic', 'lastReviewed']);

const accent = (text) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

/** One string: accented, and each word padded so the whole grows by about 40%. */
export function pseudoString(text) {
  return text
    .split(PROTECTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : accent(part).replace(
            /[^\s*\-[\]]{3,}/g,
            (word) => word + '~'.repeat(Math.ceil(word.length * 0.4)),
          ),
    )
    .join('');
}

/** A whole locale pack: strings transformed, identifiers and structure untouched. */
export function pseudoLocalize(value, key = '') {
  if (typeof value === 'string') return IDENTIFIERS.has(key) ? value : pseudoString(value);
  if (Array.isArray(value)) return value.map((item) => pseudoLocalize(item, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocalize(v, k)]));
  return value;
}
