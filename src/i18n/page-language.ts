import { chooseLanguage, type LanguageChoice } from '../shared/locale-match';
import { DEFAULT_LOCALE, SHIPPED_LOCALES } from './locales';

/**
 * The shipped language for a widget on this page: the clinic's data-lang, else the page's
 * <html lang>, else the browser's languages. Shared by the widget and by the loader's
 * placeholder launcher button, so that both speak the same language.
 */
export function pageLanguage(option: string | null): LanguageChoice {
  return chooseLanguage(
    {
      option,
      documentLang: document.documentElement.getAttribute('lang'),
      browser: typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [],
    },
    SHIPPED_LOCALES,
    DEFAULT_LOCALE,
  );
}
