import { warn } from '../shared/log';
import { assetUrl } from '../shared/asset-url';
import { forgetFailures, retryQuery, withRetries } from '../shared/retry-import';
import { ENGLISH, type LocalePack } from '../content/content';
import { loadTranslationCode } from './load-translation';
import { DEFAULT_LOCALE } from './locales';

/** Fetches a locale module; returns its namespace object. Injected in unit tests. */
export type LocaleImporter = (tag: string, attempt: number) => Promise<unknown>;

/** `import()` of the file beside the script, at a new address on each retry (retry-import.ts). */
export const importLocaleBesideScript: LocaleImporter = (tag, attempt) =>
  import(
    /* @vite-ignore */ assetUrl(`locales/${encodeURIComponent(tag)}.js${retryQuery(attempt)}`)
  );

/** Where languages come from: beside the script (dist/), or bundled (the npm package). */
let defaultImporter: LocaleImporter = importLocaleBesideScript;
export const setLocaleImporter = (importer: LocaleImporter): void => {
  defaultImporter = importer;
};

const cache = new Map<string, Promise<LocalePack | null>>();

/**
 * The locale pack for `tag`: English at once (it is bundled); any other is downloaded once
 * and shared by every widget on the page. A failure resolves to null with one warning, and is
 * forgotten so that a later switch tries again.
 */
export function loadLocale(
  tag: string,
  importer: LocaleImporter = defaultImporter,
): Promise<LocalePack | null> {
  if (tag === DEFAULT_LOCALE) return Promise.resolve(ENGLISH);
  let pending = cache.get(tag);
  if (!pending) {
    // The language's strings and the code that checks and translates them, in parallel. Bad
    // data counts as a failure too: the next try fetches the file anew.
    pending = withRetries(`locale:${tag}`, (attempt) =>
      Promise.all([importer(tag, attempt), loadTranslationCode()]).then(([module, code]) =>
        code.validateLocaleModule(tag, module),
      ),
    ).catch((cause: unknown) => {
      cache.delete(tag);
      const reason = cause instanceof Error ? cause.message : String(cause);
      // What is shown instead depends on the caller: English on a first paint, the language
      // already shown when a visitor picked this one (embed/language-pick.ts).
      warn(`Could not load the "${tag}" language file (${reason}).`);
      return null;
    });
    cache.set(tag, pending);
  }
  return pending;
}

/** Test hook: forget downloaded locales. */
export const clearLocaleCache = (): void => {
  cache.clear();
  forgetFailures();
};
