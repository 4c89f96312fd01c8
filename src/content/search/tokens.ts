import { foldForSearch } from '../search';
import { baseLanguage, stem, withoutArticle } from './stem';

/**
 * Splitting text into the terms search compares. A word (letters, marks, digits) becomes its
 * folded stem; Chinese and Japanese characters, written without spaces, become each character
 * and each pair of neighbours, so 红肿 finds 红肿 and not every 红. Vietnamese words also keep
 * their diacritics (lower case, NFC) as a second term marked with VI_EXACT, so "đau" (pain) can
 * be told from "đầu" (head). Regular expressions here are fixed: none is built from input.
 */
export const VI_EXACT = '\u0001';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface Token {
  /** Range in the original text. */
  start: number;
  end: number;
  /** Folded surface form (no accents, lower case). */
  folded: string;
  /** The term that is indexed and compared. */
  term: string;
  /** Vietnamese: the form with its diacritics, as VI_EXACT + word. */
  exact?: string;
  /** A Chinese or Japanese character. */
  han?: boolean;
  /** Set on such a character: the pair it starts with the next one, if any. */
  pair?: string;
}

export interface Tokenizer {
  language: string;
  tokens(text: string): Token[];
}

export function tokenizer(tag: string): Tokenizer {
  const language = baseLanguage(tag);
  return {
    language,
    tokens(text) {
      const out: Token[] = [];
      for (const match of text.matchAll(WORD)) {
        const word = match[0];
        let at = match.index;
        let run = '';
        const flush = () => {
          if (!run) return;
          const start = at - run.length;
          const folded = withoutArticle(foldForSearch(run).text, language);
          const token: Token = { start, end: at, folded, term: stem(folded, language) };
          if (language === 'vi') {
            const exact = run.normalize('NFC').toLowerCase();
            if (exact !== folded) token.exact = VI_EXACT + exact;
          }
          out.push(token);
          run = '';
        };
        let previousHan: Token | null = null;
        for (const char of word) {
          if (HAN.test(char)) {
            flush();
            const token: Token = {
              start: at,
              end: at + char.length,
              folded: char,
              term: char,
              han: true,
            };
            if (previousHan) previousHan.pair = previousHan.term + char;
            out.push(token);
            previousHan = token;
          } else {
            run += char;
            previousHan = null;
          }
          at += char.length;
        }
        flush();
      }
      return out;
    },
  };
}

/** Two neighbouring words as one term: phrases ("hair loss", "hiệu quả") rank higher. */
export const phrase = (a: string, b: string): string => `${a} ${b}`;

/** Every term a text is found by: words, neighbouring words, and Chinese character pairs. */
export function termsOf(tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>();
  tokens.forEach((token, i) => {
    terms.add(token.term);
    if (token.exact) terms.add(token.exact);
    if (token.pair) terms.add(token.pair);
    const next = tokens[i + 1];
    if (next && !token.han && !next.han) terms.add(phrase(token.term, next.term));
  });
  return terms;
}
