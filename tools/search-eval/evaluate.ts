import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicContent, UiStrings } from '../../src/content/content';
import { fillPlaceholders } from '../../src/content/placeholders';
import { markupToText } from '../../src/content/safe-markup';
import { findMatches, normalizeQuery } from '../../src/content/search';
import { faqSearchIndex } from '../../src/content/search/faq-search';
import { loadSearchData } from '../../src/content/search/language-data';

/**
 * The search evaluation: patient-style queries (queries.json), each with the FAQ entries that
 * answer it ([] when the FAQ does not), run against the shipped content of their language.
 *   found      share of answerable queries with a relevant entry in the first three shown
 *   precision  share of the first three shown (over every query) that are relevant
 *   empty      share of unanswerable queries that show nothing
 * "before" is the search this replaced: the whole query as one substring of question or answer.
 */
export interface EvalQuery {
  q: string;
  ids: string[];
}
export interface Scores {
  queries: number;
  answerable: number;
  found: number;
  precision: number;
  empty: number;
}
export type LanguageScores = { tag: string; before: Scores; after: Scores; misses: string[] };

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');
const read = <T>(tag: string, part: string): T =>
  JSON.parse(readFileSync(join(LOCALES, tag, `${part}.json`), 'utf8')) as T;

export const QUERIES = JSON.parse(
  readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8'),
) as Record<string, EvalQuery[]>;

function score(queries: EvalQuery[], shown: (q: string) => string[], misses?: string[]): Scores {
  let answerable = 0;
  let found = 0;
  let shownTotal = 0;
  let relevantShown = 0;
  let unanswerable = 0;
  let empty = 0;
  for (const { q, ids } of queries) {
    const top = shown(q).slice(0, 3);
    shownTotal += top.length;
    relevantShown += top.filter((id) => ids.includes(id)).length;
    if (ids.length) {
      answerable += 1;
      if (top.some((id) => ids.includes(id))) found += 1;
      else misses?.push(`${q} → [${top.join(', ')}] (want ${ids.join(' | ')})`);
    } else {
      unanswerable += 1;
      if (!top.length) empty += 1;
      else misses?.push(`${q} → [${top.join(', ')}] (want none)`);
    }
    if (ids.length && top.length && top.some((id) => !ids.includes(id)))
      misses?.push(`  (imprecise) ${q} → [${top.join(', ')}] (want ${ids.join(' | ')})`);
  }
  return {
    queries: queries.length,
    answerable,
    found: answerable ? found / answerable : 1,
    precision: shownTotal ? relevantShown / shownTotal : 1,
    empty: unanswerable ? empty / unanswerable : 1,
  };
}

export async function evaluate(): Promise<LanguageScores[]> {
  const out: LanguageScores[] = [];
  for (const [tag, queries] of Object.entries(QUERIES)) {
    const content = read<TopicContent>(tag, 'content');
    const ui = read<UiStrings>(tag, 'ui');
    const values = { clinic: ui.clinic.yourClinic, emergency: ui.emergency.localNumber };
    const fill = (text: string) => fillPlaceholders(text, values);
    const items = content.faq.items;
    const index = faqSearchIndex(items, fill, tag, await loadSearchData(tag));
    const before = (q: string) => {
      const query = normalizeQuery(q);
      return items
        .filter(
          (item) =>
            findMatches(fill(item.question), query).length ||
            findMatches(fill(markupToText(item.answer)), query).length,
        )
        .map((item) => item.id);
    };
    const misses: string[] = [];
    out.push({
      tag,
      before: score(queries, before),
      after: score(queries, (q) => index.search(q).hits.map((hit) => hit.id), misses),
      misses,
    });
  }
  return out;
}
