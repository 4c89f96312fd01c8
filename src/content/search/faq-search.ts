import type { FaqItem } from '../content';
import { markupToText } from '../safe-markup';
import { buildIndex, type SearchIndex } from './engine';
import { searchLanguage, type SearchData } from './language-data';

/**
 * The search index of an FAQ as the visitor reads it: placeholders filled, answers as plain
 * text, each entry with its language's keywords (a clinic's own entries, with ids the keywords
 * do not know, are found by their text alone).
 */
export function faqSearchIndex(
  items: readonly Pick<FaqItem, 'id' | 'question' | 'answer'>[],
  fill: (text: string) => string,
  tag: string,
  data: SearchData,
): SearchIndex {
  return buildIndex(
    items.map((item) => ({
      id: item.id,
      question: fill(item.question),
      answer: fill(markupToText(item.answer)),
      keywords: Object.prototype.hasOwnProperty.call(data.keywords, item.id)
        ? (data.keywords[item.id] ?? '')
        : '',
    })),
    searchLanguage(tag, data),
  );
}
