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
/*
 * One alternation, tried left to right at each position. Linear on any text: a branch reads
 * on only up to its opening character's next occurrence ("*" for emphasis, "[" for links; a
 * link's href ends at ")", whitespace or "["), so the stretches two tries read never overlap
 * and no character is read more than a few times. (Link text and hrefs that ran over "[" made
 * "[[[[…" and "[a]([a](…" quadratic: clinic-supplied content goes through here. A "[" inside a
 * link's text now starts the link: "[a [b](https://x)" links "b".)
 */
export const INLINE = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^[\]]+)\]\(([^[)\s]+)\)/g;

/** The href if it is an absolute URL with an allowed scheme, else null. */
export function safeHref(href: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme && ALLOWED_SCHEMES.includes(`${scheme}:`) ? href.trim() : null;
}

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const pushText = (text: string): void => {
    if (!text) return;
    const previous = out[out.length - 1];
    if (previous?.type === 'text') previous.text += text;
    else out.push({ type: 'text', text });
  };
  for (const match of source.matchAll(INLINE)) {
    const [whole, strong, em, linkText, href] = match;
    pushText(source.slice(last, match.index));
    last = (match.index ?? 0) + whole.length;
    if (strong !== undefined) out.push({ type: 'strong', text: strong });
    else if (em !== undefined) out.push({ type: 'em', text: em });
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeHref(href);
      if (safe) out.push({ type: 'link', text: linkText, href: safe });
      else pushText(linkText);
    }
  }
  pushText(source.slice(last));
  return out;
}

/** A blank line (spaces allowed) between two blocks. */
export const BLOCK_BREAK = /\n\s*\n/;

export function parseMarkup(source: string): Block[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(BLOCK_BREAK)
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
