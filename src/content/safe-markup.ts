/**
 * A small, safe markup for answers, friendly to translators:
 *   - blocks are separated by a blank line;
 *   - a block whose lines all start with "- " is a bulleted list;
 *   - *emphasis*, **strong**, and [text](url) links with https:, tel: or mailto: only.
 * It parses into a tree of plain data that Preact renders as elements and text nodes: no
 * string from content is ever parsed as HTML. Anything not understood stays literal text.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; text: string }
  | { type: 'link'; text: string; href: string };

export type Block = { type: 'p'; children: Inline[] } | { type: 'ul'; items: Inline[][] };

const ALLOWED_SCHEMES = ['https:', 'tel:', 'mailto:'];

/** The href if it is an absolute URL with an allowed scheme, else null. */
export function safeHref(href: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme && ALLOWED_SCHEMES.includes(`${scheme}:`) ? href.trim() : null;
}

/**
 * A finder of the first index ≥ p whose character passes `stop` (or the length). Asked at
 * positions that only move forward, as the scanner below does, it reads each character once
 * in all: a clinic's content costs time in proportion to its length, whatever it holds. (A
 * regular expression such as /\[([^\]]+)\]/g instead rescans the rest of the text from every
 * "[" that is never closed: quadratic on "[[[[…".)
 */
function nextWhere(source: string, stop: (code: number) => boolean): (p: number) => number {
  // No character in [from, found) passes `stop`; found is one that does, or the length.
  let from = 0;
  let found = -1;
  return (p) => {
    if (p >= from && p <= found) return found;
    let i = p;
    while (i < source.length && !stop(source.charCodeAt(i))) i += 1;
    from = p;
    found = i;
    return i;
  };
}

const STAR = 0x2a;
const CLOSE_BRACKET = 0x5d;
const CLOSE_PAREN = 0x29;
const WHITESPACE = /\s/;

/**
 * The inline markup, read left to right; at each "*" or "[" the first form that fits wins:
 * **strong** (no "*" inside), then *emphasis* (no "*" inside), then [text](href) (no "]" in
 * the text; no ")" or whitespace in the href).
 */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  const pushText = (text: string): void => {
    if (!text) return;
    const previous = out[out.length - 1];
    if (previous?.type === 'text') previous.text += text;
    else out.push({ type: 'text', text });
  };
  const nextStar = nextWhere(source, (code) => code === STAR);
  const nextBracket = nextWhere(source, (code) => code === CLOSE_BRACKET);
  const hrefEnd = nextWhere(
    source,
    (code) =>
      code === CLOSE_PAREN ||
      ((code <= 0x20 || code >= 0xa0) && WHITESPACE.test(String.fromCharCode(code))),
  );
  const end = source.length;
  let textFrom = 0;
  let at = 0;
  while (at < end) {
    const char = source[at];
    let matchedTo = -1;
    if (char === '*' && source[at + 1] === '*') {
      // "**": strong or nothing (emphasis cannot start with a "*").
      const strongEnd = nextStar(at + 2);
      if (strongEnd > at + 2 && source[strongEnd + 1] === '*') {
        pushText(source.slice(textFrom, at));
        out.push({ type: 'strong', text: source.slice(at + 2, strongEnd) });
        matchedTo = strongEnd + 2;
      }
    } else if (char === '*') {
      const emEnd = nextStar(at + 1);
      if (emEnd > at + 1 && emEnd < end) {
        pushText(source.slice(textFrom, at));
        out.push({ type: 'em', text: source.slice(at + 1, emEnd) });
        matchedTo = emEnd + 1;
      }
    } else if (char === '[') {
      const textEnd = nextBracket(at + 1);
      const hrefStart = textEnd + 2;
      if (textEnd > at + 1 && textEnd < end && source[textEnd + 1] === '(' && hrefStart < end) {
        const close = hrefEnd(hrefStart);
        if (close > hrefStart && source[close] === ')') {
          pushText(source.slice(textFrom, at));
          const text = source.slice(at + 1, textEnd);
          const safe = safeHref(source.slice(hrefStart, close));
          if (safe) out.push({ type: 'link', text, href: safe });
          else pushText(text);
          matchedTo = close + 1;
        }
      }
    }
    if (matchedTo < 0) at += 1;
    else textFrom = at = matchedTo;
  }
  pushText(source.slice(textFrom));
  return out;
}

export function parseMarkup(source: string): Block[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): Block => {
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- '))) {
        return { type: 'ul', items: lines.map((line) => parseInline(line.slice(2).trim())) };
      }
      return { type: 'p', children: parseInline(lines.join(' ')) };
    });
}

/** The text a reader would see, without markup: for search and structured data. */
export function markupToText(source: string): string {
  return parseMarkup(source)
    .map((block) =>
      (block.type === 'p' ? [block.children] : block.items)
        .map((inlines) => inlines.map((inline) => inline.text).join(''))
        .join('\n'),
    )
    .join('\n\n');
}
