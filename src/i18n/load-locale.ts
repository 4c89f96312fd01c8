import { warn, warnOnce } from '../embed/log';
import { assetUrl } from '../embed/script-base';
import { unpackTexts } from './compact-content';
import { ENGLISH, type LocalePack } from './content';
import { DEFAULT_LOCALE } from './locales';
import { mergeWithTemplate } from './template-merge';

/** Fetches a locale module; returns its namespace object. Injected in unit tests. */
export type LocaleImporter = (tag: string, attempt: number) => Promise<unknown>;

/**
 * `import()` of the file beside the script. A retry gets a fresh URL: browsers keep a module
 * that failed to parse (or held bad data) in their module map for the page's lifetime.
 */
export const importLocaleBesideScript: LocaleImporter = (tag, attempt) =>
  import(
    /* @vite-ignore */ assetUrl(
      `locales/${encodeURIComponent(tag)}.js${attempt ? `?retry=${attempt}` : ''}`,
    )
  );

/** Where languages come from: beside the script (dist/), or bundled (the npm package). */
let defaultImporter: LocaleImporter = importLocaleBesideScript;
export const setLocaleImporter = (importer: LocaleImporter): void => {
  defaultImporter = importer;
};

const cache = new Map<string, Promise<LocalePack | null>>();
const failures = new Map<string, number>();

/** Validates a loaded module against English; bad parts fall back to English, named once. */
export function validateLocaleModule(tag: string, module: unknown): LocalePack {
  const pack = (module as { default?: { ui?: unknown; content?: unknown } } | null)?.default;
  if (typeof pack !== 'object' || pack === null) throw new Error('the file has no locale data');
  // Built files carry content as texts only (compact-content.ts); rebuild it around English.
  const content = Array.isArray(pack.content)
    ? unpackTexts(ENGLISH.content, pack.content)
    : pack.content;
  const { value, problems } = mergeWithTemplate(ENGLISH, { ...pack, content });
  if (problems.length) {
    warnOnce(
      `The "${tag}" language file has ${problems.length} problem(s); English is shown for those parts: ${problems.join('; ')}.`,
    );
  }
  return value;
}

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
    const attempt = failures.get(tag) ?? 0;
    pending = importer(tag, attempt)
      .then((module) => validateLocaleModule(tag, module))
      .catch((cause: unknown) => {
        cache.delete(tag);
        failures.set(tag, attempt + 1);
        const reason = cause instanceof Error ? cause.message : String(cause);
        warn(`Could not load the "${tag}" language file (${reason}); showing English instead.`);
        return null;
      });
    cache.set(tag, pending);
  }
  return pending;
}

/** Test hook: forget downloaded locales. */
export const clearLocaleCache = (): void => {
  cache.clear();
  failures.clear();
};
