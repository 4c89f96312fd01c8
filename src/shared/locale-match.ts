/**
 * BCP 47 matching between the languages a page or browser asks for and the locales we ship.
 * Two tags match when they share language and script after adding likely subtags
 * (Intl.Locale#maximize): `es-MX` → `es`, `pt` → `pt-BR`, `zh-CN`/`zh-SG`/`zh-Hans` → `zh-Hans`,
 * while `zh-TW` (Traditional script) matches nothing rather than a guess. Pure.
 */

/** Languages with two codes in use (ISO 639-1 and -2/-3). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { fil: 'tl', iw: 'he', in: 'id' };

interface LanguageScript {
  language: string;
  script: string;
}

/**
 * Likely subtags of each tag asked about, once per page: the first `maximize()` loads the
 * platform's likely-subtags data, a measurable part of the widget's first long task on a slow
 * phone (docs/performance.md), so it is asked only about the tags that need it.
 */
const maximized = new Map<string, LanguageScript | null>();

/** Test hook: forget the tags already maximized. */
export const forgetLikelySubtags = (): void => maximized.clear();

function languageScript(tag: string): LanguageScript | null {
  let key = maximized.get(tag);
  if (key !== undefined) return key;
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    const language = LANGUAGE_ALIASES[locale.language] ?? locale.language;
    key = { language, script: locale.script ?? '' };
  } catch {
    key = null;
  }
  maximized.set(tag, key);
  return key;
}

/**
 * A tag's language without likely subtags: its first subtag, canonical (Intl.Locale maps
 * deprecated codes such as "iw" and "in") and with the aliases above. Likely subtags never
 * change the language of a tag that names one, so a shipped tag whose language differs from
 * the one asked for cannot match, and is not maximized.
 */
function languageOf(tag: string): string | null {
  try {
    const { language } = new Intl.Locale(tag.replace(/_/g, '-'));
    return LANGUAGE_ALIASES[language] ?? language;
  } catch {
    return null;
  }
}

/**
 * The first shipped locale that matches one of `requested`, tried in order; null when none
 * does. Exact tags win over language-and-script matches within each requested tag.
 */
export function matchLocale(
  requested: readonly string[],
  shipped: readonly string[],
): string | null {
  for (const want of requested) {
    const exact = shipped.find((tag) => tag.toLowerCase() === want.toLowerCase());
    if (exact) return exact;
    const key = languageScript(want);
    if (!key) continue;
    const match = shipped.find((tag) => {
      if (languageOf(tag) !== key.language) return false;
      const candidate = languageScript(tag);
      return (
        candidate?.language === key.language &&
        // Scripts must agree when known on both sides; a bare unknown language has none.
        (candidate.script === key.script || !candidate.script || !key.script)
      );
    });
    if (match) return match;
  }
  return null;
}

export interface LanguageSources {
  /** The admin's `data-lang` or `lang` option. */
  option: string | null;
  /** The host document's `<html lang>`. */
  documentLang: string | null;
  /** `navigator.languages`. */
  browser: readonly string[];
}

export interface LanguageChoice {
  locale: string;
  /** Which source decided; "default" when none was given. */
  from: 'option' | 'document' | 'browser' | 'default';
  /** Set when the deciding source asked for a language we do not ship. */
  unmatched: string | null;
}

/**
 * data-lang, else the page's <html lang>, else the browser's languages, else the default.
 * The first source that is present decides: a page written in a language we do not have
 * gets the default rather than a guess from elsewhere.
 */
export function chooseLanguage(
  sources: LanguageSources,
  shipped: readonly string[],
  fallback: string,
): LanguageChoice {
  const ordered: [LanguageChoice['from'], readonly string[]][] = [
    ['option', sources.option ? [sources.option] : []],
    ['document', sources.documentLang?.trim() ? [sources.documentLang.trim()] : []],
    ['browser', sources.browser.filter(Boolean)],
  ];
  for (const [from, tags] of ordered) {
    if (!tags.length) continue;
    const locale = matchLocale(tags, shipped);
    return locale
      ? { locale, from, unmatched: null }
      : { locale: fallback, from, unmatched: tags.join(', ') };
  }
  return { locale: fallback, from: 'default', unmatched: null };
}
