import { chooseLanguage, type LanguageChoice, type LanguageSources } from '../shared/locale-match';
import { DEFAULT_LOCALE, SHIPPED_LOCALES } from './locales';

/** What decides a widget's language on this page: the clinic's data-lang, <html lang>, the browser. */
export const languageSources = (option: string | null): LanguageSources => ({
  option,
  documentLang: document.documentElement.getAttribute('lang'),
  browser: typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [],
});

/**
 * The shipped language for a widget on this page: the clinic's data-lang, else the page's
 * <html lang>, else the browser's languages. The loader's placeholder launcher button
 * chooses from the same sources (languageSources), so that both speak the same language.
 */
export function pageLanguage(option: string | null): LanguageChoice {
  return chooseLanguage(languageSources(option), SHIPPED_LOCALES, DEFAULT_LOCALE);
}
