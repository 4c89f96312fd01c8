import { ENGLISH, type UiStrings } from '../content/content';
import * as log from '../shared/log';
import { importChunk } from '../shared/retry-import';
import { createEnglishTranslator, type Translator } from './english-formatter';
import { DEFAULT_LOCALE } from './locales';

/**
 * The translator for each language, and the download of the code it needs. English is
 * formatted in the main module (english-formatter.ts); every other language goes through
 * i18next, in the translation chunk (translation.ts, `chunks/translation-…` in dist/).
 */

/** Downloads the translation chunk (translation.ts) once; a failure is retried next time. */
let pending: Promise<typeof import('./translation')> | null = null;

export function loadTranslationCode(): Promise<typeof import('./translation')> {
  return (pending ??= importChunk((_retryQuery) => import('./translation')).catch(
    (cause: unknown) => {
      pending = null;
      throw cause;
    },
  ));
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
