import type { Match } from '../search';
import type { Tokenizer } from './tokens';

/**
 * Where a text holds the terms a search found (for <mark>): each word whose term was found,
 * and both characters of each Chinese pair that was.
 */
export function markTerms(text: string, terms: ReadonlySet<string>, tokens: Tokenizer): Match[] {
  const marks: Match[] = [];
  const list = tokens.tokens(text);
  list.forEach((token, i) => {
    const next = list[i + 1];
    let end = 0;
    if (token.han) {
      if (token.pair && terms.has(token.pair)) end = next!.end;
      else if (terms.has(token.term)) end = token.end;
    } else if (terms.has(token.term) || (token.exact && terms.has(token.exact))) end = token.end;
    if (!end) return;
    const previous = marks[marks.length - 1];
    if (previous && token.start <= previous.end) previous.end = Math.max(previous.end, end);
    else marks.push({ start: token.start, end });
  });
  return marks;
}

/**
 * A short passage of `text` around its first mark, with "…" where it was cut; null when
 * nothing in it is marked.
 */
export function snippet(text: string, marks: readonly Match[], length = 140): string | null {
  const first = marks[0];
  if (!first) return null;
  let start = Math.max(0, first.start - Math.floor(length / 3));
  // Start at a word where there are spaces to find one.
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space >= 0 && first.start - space < length / 2) start = space + 1;
  const end = Math.min(text.length, start + length);
  const cut = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}

/**
 * Splits text into plain and matching parts, for rendering <mark>. Here, not beside
 * findMatches: only the search's chunk highlights, and the first view need not carry it.
 */
export function splitByMatches(
  original: string,
  matches: readonly Match[],
): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let last = 0;
  for (const { start, end } of matches) {
    if (start > last) parts.push({ text: original.slice(last, start), match: false });
    parts.push({ text: original.slice(start, end), match: true });
    last = end;
  }
  if (last < original.length) parts.push({ text: original.slice(last), match: false });
  return parts;
}
