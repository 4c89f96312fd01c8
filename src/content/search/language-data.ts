import type { SearchLanguage } from './engine';
import { foldForSearch } from '../search';
import { baseLanguage } from './stem';
import { importChunk, type ChunkImport } from '../../shared/retry-import';

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

type DataFile = ChunkImport<{ default: SearchData }>;

/**
 * Each language's file, written out rather than globbed: a glob's imports cannot be retried at
 * a new address (shared/retry-import.ts), and a bad download would end search for the visit.
 * language-data.test.ts checks that every locale folder's search.json is here.
 */
export const SEARCH_DATA_FILES: Record<string, DataFile> = {
  ar: (_retryQuery) => import('../../i18n/locales/ar/search.json'),
  de: (_retryQuery) => import('../../i18n/locales/de/search.json'),
  en: (_retryQuery) => import('../../i18n/locales/en/search.json'),
  es: (_retryQuery) => import('../../i18n/locales/es/search.json'),
  fr: (_retryQuery) => import('../../i18n/locales/fr/search.json'),
  ko: (_retryQuery) => import('../../i18n/locales/ko/search.json'),
  'pt-BR': (_retryQuery) => import('../../i18n/locales/pt-BR/search.json'),
  ru: (_retryQuery) => import('../../i18n/locales/ru/search.json'),
  tl: (_retryQuery) => import('../../i18n/locales/tl/search.json'),
  vi: (_retryQuery) => import('../../i18n/locales/vi/search.json'),
  'zh-Hans': (_retryQuery) => import('../../i18n/locales/zh-Hans/search.json'),
};

/**
 * The data for `tag`, or English when the language has none; rejects when the download fails,
 * and the next call asks at a new address.
 */
export async function loadSearchData(tag: string): Promise<SearchData> {
  const file = Object.prototype.hasOwnProperty.call(SEARCH_DATA_FILES, tag)
    ? SEARCH_DATA_FILES[tag]!
    : SEARCH_DATA_FILES.en!;
  return (await importChunk(file)).default;
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
