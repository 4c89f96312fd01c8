import { withinOneEdit } from './fuzzy';
import { phrase, termsOf, tokenizer, VI_EXACT, type Token, type Tokenizer } from './tokens';

/**
 * The FAQ's search: words, not strings. The query is split into words, filler words (each
 * language's stop words) drop out, and each word finds entries by its stem, by a prefix while it
 * is being typed, or, in a word of five letters or more that the FAQ never uses, by one typo
 * against the FAQ's own words. Entries are ranked: a word in the question counts more than one
 * in the keywords, which counts more than one in the answer, and rare words count more than
 * words every answer has. Entries with every word come first; when none has them all, those
 * with most of them are returned as the closest. Pure and fast: no regular expression from
 * input, a query capped at 200 characters, work linear in the FAQ's vocabulary.
 */
export interface SearchDocument {
  id: string;
  question: string;
  /** The answer as plain text. */
  answer: string;
  /** The everyday words a translator gave for this entry. */
  keywords: string;
}

export interface SearchLanguage {
  tag: string;
  /** Folded stop words. */
  stopWords: ReadonlySet<string>;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The entry's terms that the query found, for marking them. */
  terms: ReadonlySet<string>;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when no entry had every word and the hits are the closest ones. */
  closest: boolean;
}

export interface SearchIndex {
  tokenizer: Tokenizer;
  search(query: string): SearchResult;
}

export const MAX_QUERY = 200;
const FIELDS = [
  ['question', 3],
  ['keywords', 2],
  ['answer', 1],
] as const;
const PREFIX_WEIGHT = 0.7;
const TYPO_WEIGHT = 0.6;
/** The closest entries must hold at least this share of the query's (weighted) words. */
const CLOSEST_COVERAGE = 0.5;
/** Entries far below the best one are left out: they would only bury it. */
const RELATIVE_CUTOFF = 0.3;

interface QueryWord {
  /** Alternatives: entry term → how sure the match is (1 exact … TYPO_WEIGHT). */
  terms: Map<string, number>;
  /** Chinese: the pairs of a run; the word is found when half of them are. */
  pairs?: string[];
  /** The word's own term, for phrases with the next word. */
  term?: string;
}

const isHan = (token: Token): boolean => token.han === true;

export function buildIndex(
  documents: readonly SearchDocument[],
  language: SearchLanguage,
): SearchIndex {
  const tokens = tokenizer(language.tag);
  const docs = documents.map((doc) => ({
    id: doc.id,
    fields: FIELDS.map(([field, weight]) => ({
      weight,
      terms: termsOf(tokens.tokens(doc[field])),
    })),
  }));
  const documentFrequency = new Map<string, number>();
  // Every word the FAQ uses (folded surface → term), for prefixes and typos.
  const vocabulary = new Map<string, string>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const field of doc.fields) for (const term of field.terms) seen.add(term);
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  for (const doc of documents)
    for (const field of FIELDS)
      for (const token of tokens.tokens(doc[field[0]]))
        if (!isHan(token)) vocabulary.set(token.folded, token.term);
  const terms = new Set(vocabulary.values());
  const idf = (df: number) => Math.log(1 + docs.length / Math.max(df, 1));

  function queryWords(query: string): QueryWord[] {
    const all = tokens.tokens(query.slice(0, MAX_QUERY));
    const stopKey = (token: Token) =>
      tokens.language === 'vi' ? (token.exact?.slice(1) ?? token.folded) : token.folded;
    const kept = all.filter((token) => !language.stopWords.has(stopKey(token)));
    const chosen = kept.length ? kept : all;
    const words: QueryWord[] = [];
    let run: Token[] = [];
    const flushRun = () => {
      for (const segment of splitAtStopWords(run, language.stopWords)) {
        const pairs =
          segment.length === 1
            ? [segment[0]!.term]
            : segment.slice(1).map((t, i) => segment[i]!.term + t.term);
        words.push({ terms: new Map(pairs.map((p) => [p, 1])), pairs });
      }
      run = [];
    };
    chosen.forEach((token, i) => {
      if (isHan(token)) {
        // Stop characters stay in the run here; they split it below.
        if (run.length && run[run.length - 1]!.end !== token.start) flushRun();
        run.push(token);
        return;
      }
      flushRun();
      const word: QueryWord = { terms: new Map(), term: token.term };
      const typing = i === chosen.length - 1;
      const key = token.exact ?? token.term;
      word.terms.set(key, 1);
      if (!token.exact) {
        const length = [...token.folded].length;
        const known = terms.has(token.term) || vocabulary.has(token.folded);
        const prefix = length >= 4 || (typing && length >= 3);
        for (const term of terms)
          if (prefix && term !== token.term && term.startsWith(token.term))
            word.terms.set(term, PREFIX_WEIGHT);
        if (!known && length >= 5)
          for (const [surface, term] of vocabulary)
            if (
              !word.terms.has(term) &&
              [...surface].length >= 5 &&
              withinOneEdit(token.folded, surface)
            )
              word.terms.set(term, TYPO_WEIGHT);
      }
      words.push(word);
    });
    flushRun();
    return words;
  }

  function search(query: string): SearchResult {
    const words = queryWords(query);
    if (!words.length) return { hits: [], closest: false };
    const weights = words.map((word) => {
      const keys = word.pairs ?? [...word.terms.keys()];
      const found = docs.filter((doc) =>
        keys.some((key) => doc.fields.some((f) => f.terms.has(key))),
      ).length;
      return idf(found);
    });
    const total = weights.reduce((a, b) => a + b, 0);
    const scored = docs.map((doc) => {
      let score = 0;
      let covered = 0;
      let every = true;
      const found = new Set<string>();
      words.forEach((word, w) => {
        let best = 0;
        let surest = 0;
        for (const field of doc.fields) {
          let sure = 0;
          if (word.pairs) {
            const hits = word.pairs.filter((pair) => field.terms.has(pair));
            sure = hits.length / word.pairs.length;
            if (sure < 0.5) sure = 0;
            for (const pair of hits) found.add(pair);
          } else
            for (const [term, weight] of word.terms)
              if (field.terms.has(term)) {
                sure = Math.max(sure, weight);
                found.add(term);
              }
          best = Math.max(best, sure * field.weight);
          surest = Math.max(surest, sure);
        }
        covered += surest * weights[w]!;
        if (best === 0) every = false;
        score += best * weights[w]!;
      });
      // Words found side by side, as the visitor typed them, count once more.
      words.forEach((word, w) => {
        const next = words[w + 1];
        if (!word.term || !next?.term) return;
        const pair = phrase(word.term, next.term);
        const field = doc.fields.find((f) => f.terms.has(pair));
        if (field) score += field.weight * Math.min(weights[w]!, weights[w + 1]!);
      });
      return { id: doc.id, score, coverage: covered / total, every, terms: found };
    });
    const full = scored.filter((hit) => hit.every);
    const closest = !full.length;
    const chosen = (closest ? scored.filter((hit) => hit.coverage >= CLOSEST_COVERAGE) : full).sort(
      (a, b) => b.score - a.score,
    );
    const top = chosen[0]?.score ?? 0;
    const hits = chosen
      .filter((hit) => hit.score > 0 && hit.score >= top * RELATIVE_CUTOFF)
      .map(({ id, score, terms }) => ({ id, score, terms }));
    return { hits, closest: closest && hits.length > 0 };
  }

  return { tokenizer: tokens, search };
}

/** Splits a run of Chinese characters at stop words (什么, 吗), longest first. */
function splitAtStopWords(run: readonly Token[], stopWords: ReadonlySet<string>): Token[][] {
  const segments: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < run.length;) {
    let skip = 0;
    for (let length = Math.min(4, run.length - i); length >= 1 && !skip; length -= 1) {
      const text = run
        .slice(i, i + length)
        .map((t) => t.term)
        .join('');
      if (stopWords.has(text)) skip = length;
    }
    if (skip) {
      if (current.length) segments.push(current);
      current = [];
      i += skip;
    } else current.push(run[i++]!);
  }
  if (current.length) segments.push(current);
  return segments;
}

export { VI_EXACT };
