import * as log from '../embed/log';
import { ENGLISH, type UiStrings } from './content';
import { DEFAULT_LOCALE } from './locales';
import { loadTranslationCode } from './translation-code';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface Translator {
  t: Translate;
  /** The string for `key` with its {{placeholders}} left in, for rendering elements in them. */
  template: (key: string) => string;
}

type Strings = Readonly<Record<string, unknown>>;

/** A string at a dotted path ("faq.heading") of nested strings, or undefined. */
function lookUp(strings: Strings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Strings)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * English, which is bundled, is rendered without i18next: the same lookup, `{{name}}`
 * interpolation and CLDR plural keys (`key_one`, `key_other`) that i18next applies to our
 * strings, in a few hundred bytes. `translator.test.ts` checks, key by key and over random
 * values, that it gives exactly what i18next gives. Keeping i18next (about 16 KB gzip) out of
 * the English first view is what lets that view stay small; other languages load it with
 * their strings (loadTranslator below).
 */
export function createEnglishTranslator(): Translator {
  const plural = new Intl.PluralRules(DEFAULT_LOCALE);
  const strings = ENGLISH.ui as unknown as Strings;
  const template = (key: string) => lookUp(strings, key) ?? key;
  return {
    template,
    t(key, values = {}) {
      const count = values.count;
      const text =
        (typeof count === 'number' &&
          (lookUp(strings, `${key}_${plural.select(count)}`) ?? lookUp(strings, `${key}_other`))) ||
        template(key);
      return text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (placeholder, name: string) =>
        Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : placeholder,
      );
    },
  };
}

let english: Translator | null = null;

const loadI18next = () =>
  loadTranslationCode().catch((cause: unknown) => {
    log.warn(`The translation code could not be loaded (${String(cause)}); showing English.`);
    return null;
  });

/** Starts downloading what `locale` needs to be translated, alongside its strings. */
export function preloadTranslator(locale: string): void {
  if (locale !== DEFAULT_LOCALE) void loadI18next();
}

/**
 * The translator for a language: English at once; any other language through a private
 * i18next instance, whose code is a chunk downloaded together with that language's strings.
 * Null (after one warning) when that code cannot be downloaded: the caller shows English.
 */
export async function loadTranslator(locale: string, ui: UiStrings): Promise<Translator | null> {
  if (locale === DEFAULT_LOCALE && ui === ENGLISH.ui)
    return (english ??= createEnglishTranslator());
  const code = await loadI18next();
  return code ? code.createTranslator(locale, ui) : null;
}
