import { ENGLISH } from '../content/content';
import { DEFAULT_LOCALE } from './locales';

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
 * strings, in a few hundred bytes. `english-formatter.test.ts` checks, key by key and over random
 * values, that it gives exactly what i18next gives. Keeping i18next (about 16 KB gzip) out of
 * the English first view is what lets that view stay small; other languages load it with
 * their strings (load-translation.ts).
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
