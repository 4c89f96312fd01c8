import i18next from 'i18next';
import { ENGLISH, type UiStrings } from '../content/content';
import { DEFAULT_LOCALE } from './locales';
import type { Translator } from './english-formatter';

/**
 * A private i18next instance per widget: never the page's default instance, so a host that
 * runs its own i18next keeps its languages, resources and listeners untouched.
 */
export function createTranslator(locale: string, ui: UiStrings): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { [DEFAULT_LOCALE]: { ui: ENGLISH.ui }, [locale]: { ui } },
    // Resources are in memory, so initialisation can finish synchronously.
    initAsync: false,
    // Preact renders strings as text nodes; HTML-escaping here would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const raw = (lng: string, key: string): unknown => instance.getResource(lng, 'ui', key);
  return {
    t: (key, values) => instance.t(key, values ?? {}) as string,
    template: (key) => {
      const value = raw(locale, key) ?? raw(DEFAULT_LOCALE, key);
      return typeof value === 'string' ? value : key;
    },
  };
}
