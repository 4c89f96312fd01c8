/// <reference types="vite/client" />
import type { SearchLanguage } from './engine';
import { foldForSearch } from '../search';
import { baseLanguage } from './stem';

/**
 * A language's search data (src/i18n/locales/<tag>/search.json): the results page's own
 * strings, the stop words, and everyday keywords per FAQ entry. Each file is its own chunk,
 * downloaded with the search code, so no language file of the first view grows.
 */
export interface SearchData {
  strings: { closest: string; tryOneWord: string; checkLink: string; askClinic: string };
  stopWords: string;
  keywords: Record<string, string>;
}

const files = import.meta.glob<{ default: SearchData }>('../../i18n/locales/*/search.json');

/** The data for `tag`, or English when the language has none; rejects when the download fails. */
export async function loadSearchData(tag: string): Promise<SearchData> {
  const load =
    files[`../../i18n/locales/${tag}/search.json`] ?? files['../../i18n/locales/en/search.json']!;
  return (await load()).default;
}

export const searchLanguage = (tag: string, data: SearchData): SearchLanguage => ({
  tag,
  stopWords: new Set(
    data.stopWords
      .split(/\s+/)
      .filter(Boolean)
      // Vietnamese stop words keep their diacritics: "đó" (that) is not "đỏ" (red).
      .map((word) =>
        baseLanguage(tag) === 'vi' ? word.normalize('NFC').toLowerCase() : foldForSearch(word).text,
      ),
  ),
});
