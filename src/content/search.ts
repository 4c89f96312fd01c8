/**
 * Search as you type, in every shipped language: case- and accent-insensitive, with matches
 * mapped back to the original text for highlighting. Pure, linear in the text length, and no
 * regular expression is ever built from the visitor's input, so ".*(?[" or 10,000 characters
 * can neither throw nor hang.
 *
 * Folding rules: Unicode NFD, then combining marks removed (é → e, Vietnamese ế → e, ü → u);
 * letters NFD does not split (đ → d, ø → o, ł → l, ı → i, ß → ss, æ → ae, œ → oe); lower case;
 * Arabic: tashkeel and tatweel dropped, alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
 * full-width Latin and digits → ASCII. Chinese and other scripts without spaces match as
 * substrings, which is what their readers expect.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'd',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};

const isCombining = (code: number): boolean =>
  (code >= 0x0300 && code <= 0x036f) || // Latin, Greek, Cyrillic combining marks
  (code >= 0x064b && code <= 0x065f) || // Arabic tashkeel
  code === 0x0670 || // Arabic superscript alef
  code === 0x0640 || // Arabic tatweel
  (code >= 0x1ab0 && code <= 0x1aff) ||
  (code >= 0x20d0 && code <= 0x20ff);

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each folded character, the index of the original character it came from. */
  source: number[];
}

/** Folds text for matching, remembering where each folded character came from. */
export function foldForSearch(original: string): FoldedText {
  let text = '';
  const source: number[] = [];
  let index = 0;
  for (const char of original) {
    const start = index;
    index += char.length;
    const special = SPECIAL[char];
    let folded = special ?? char.normalize('NFD');
    if (!special) {
      folded = Array.from(folded)
        .filter((c) => !isCombining(c.codePointAt(0)!))
        .join('');
      const code = folded.codePointAt(0) ?? 0;
      // Full-width ASCII (ＡＢＣ１２３) → ASCII.
      if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCodePoint(code - 0xfee0);
      folded = folded.toLowerCase();
    }
    for (const c of folded) {
      text += c;
      for (let k = 0; k < c.length; k += 1) source.push(start);
    }
  }
  return { text, source };
}

/** The folded query: whitespace collapsed, trimmed, capped so a pasted essay stays cheap. */
export function normalizeQuery(query: string, maxLength = 200): string {
  return foldForSearch(query.replace(/\s+/g, ' ').trim().slice(0, maxLength)).text;
}

export interface Match {
  start: number;
  end: number;
}

/**
 * Every occurrence of the (already normalised) query in `original`, as ranges of the original
 * string, merged and in order. An empty query matches nothing.
 */
export function findMatches(original: string, query: string): Match[] {
  if (!query) return [];
  const { text, source } = foldForSearch(original);
  const matches: Match[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(query, from);
    if (at < 0) break;
    const start = source[at]!;
    const lastSource = source[at + query.length - 1]!;
    // End after the whole original character the last folded character came from.
    const end = lastSource + (original.codePointAt(lastSource)! > 0xffff ? 2 : 1);
    const previous = matches[matches.length - 1];
    if (previous && start <= previous.end) previous.end = Math.max(previous.end, end);
    else matches.push({ start, end });
    from = at + Math.max(1, query.length);
  }
  return matches;
}
