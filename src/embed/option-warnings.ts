import { describeValue } from '../shared/log';
import { parseColor } from '../styles/parse-color';
import {
  COLOR_SCHEMES,
  LAUNCHER_POSITIONS,
  MAX_OFFSET_PX,
  MAX_TEXT,
  MAX_Z_INDEX,
  MODES,
  SECTION_IDS,
  toAttributeName,
  type WidgetOptions,
} from '../shared/option-types';
import {
  OPTION_KEYS,
  parseOptions,
  quote,
  shorten,
  type ColorResolver,
  type OptionSource,
  type Problem,
} from './options';

/**
 * The words of the option warnings: a chunk of its own, downloaded only when a page's options
 * have a problem (embed/registry.ts), since a correct snippet never needs them. Each warning
 * names the option as the page wrote it, the bad value (shortened), why it was ignored and what
 * is accepted; a misspelt name gets the option it most likely meant.
 */

const listed = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(', ');
const FLAG = '"true" or "false" (or the attribute alone)';
const PHONE = 'digits with optional +, spaces, dots, dashes and brackets, e.g. "+1 555 0100"';

/** What each option accepts, as the warning says it. */
const ACCEPTED: Record<keyof WidgetOptions, string> = {
  sections: `any of "${SECTION_IDS.join(' ')}", separated by spaces`,
  lang: 'a BCP 47 language tag such as "en", "es-MX" or "zh-Hans"',
  clinicName: `plain text up to ${MAX_TEXT} characters`,
  clinicPhone: PHONE,
  bookingUrl: 'an absolute https: URL, e.g. "https://clinic.example/book"',
  country: 'an ISO 3166-1 two-letter country code such as "US", "GB", "DE" or "AU"',
  emergencyNumber: 'a phone number such as "911", "112" or "000"',
  contentUrl: 'an https: URL or a path on this site (starting with "/" or "./") of a JSON file',
  contentId: 'the id of a <script type="application/json"> element on the page',
  accent: 'a CSS colour such as "#0b6e69", "rgb(11 110 105)", "hsl(177 82% 24%)" or "teal"',
  colorScheme: `one of ${listed(COLOR_SCHEMES)}`,
  headingLevel: 'a whole number from 1 to 6',
  deepLinkPrefix: 'letters, digits, "-" and "_", e.g. "faq-" or "q_"',
  updateUrl: FLAG,
  structuredData: FLAG,
  mode: `one of ${listed(MODES)}`,
  launcherPosition: `one of ${listed(LAUNCHER_POSITIONS)} (mirrored in right-to-left languages)`,
  zIndex: `a whole number from 0 to ${MAX_Z_INDEX}`,
  launcherOffset: `one or two lengths up to ${MAX_OFFSET_PX}px (pixels, px, rem or em): "24px", or "16px 88px" for the side and the bottom`,
  lazy: FLAG,
  nonce: 'a CSP nonce (base64 characters)',
};

function urlReason(text: string): string {
  const trimmed = text.trim();
  if (/^\.?\//.test(trimmed)) return 'not a path on this site';
  try {
    return new URL(trimmed).protocol === 'https:' ? 'not usable' : 'not an https: URL';
  } catch {
    return 'not an absolute URL';
  }
}

function unknownSections(text: string): string {
  const unknown = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((name) => name && !(SECTION_IDS as readonly string[]).includes(name));
  // A few names are enough to spot the typo, and a long list cannot flood the console.
  const shown = unknown.slice(0, 5).map(quote).join(', ');
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  return `unknown section ${shown}${more}`;
}

/** Why a text value was not accepted. */
const REASON: Record<keyof WidgetOptions, string | ((text: string) => string)> = {
  sections: unknownSections,
  lang: 'not a language tag',
  clinicName: `longer than ${MAX_TEXT} characters`,
  clinicPhone: 'not a phone number',
  bookingUrl: urlReason,
  country: 'not a country code',
  emergencyNumber: 'not a phone number',
  contentUrl: urlReason,
  contentId: 'not an element id',
  accent: 'not a colour',
  colorScheme: 'unknown colour scheme',
  headingLevel: 'not a heading level',
  deepLinkPrefix: 'not a link prefix',
  updateUrl: 'not true or false',
  structuredData: 'not true or false',
  mode: 'unknown mode',
  launcherPosition: 'unknown position',
  zIndex: 'not a z-index',
  launcherOffset: 'not one or two lengths',
  lazy: 'not true or false',
  nonce: 'not a nonce',
};

/** An option's name in a warning; an unknown one can be as long as a hostile page makes it. */
const displayName = (key: string, source: OptionSource): string =>
  source === 'attribute' ? toAttributeName(shorten(key)) : `option "${shorten(key)}"`;

/** Longer names are not compared letter by letter: no option is that long. */
const LONGEST_COMPARED = 40;

/** Letters changed, added, dropped or swapped to turn `a` into `b` (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** A name's words in one spelling: "colour-scheme", "colorScheme" and "COLOR_SCHEME" agree. */
const normalized = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/** A camelCase name's first word: "booking" for "bookingLink". */
const firstWord = (name: string): string => /^[a-z]*/.exec(name)![0];

/**
 * The option an unknown name most likely meant, or null when it looks like none of them: a
 * misspelling (one or two letters off, by length); a name that holds an option's whole name
 * ("data-accent-color", "data-language") or is held by one ("data-phone"); or one that starts
 * with a word only one option starts with ("data-booking-link", "data-emergency-phone").
 */
export function meantOption(key: string): keyof WidgetOptions | null {
  const name = normalized(key);
  if (!name || name.length > LONGEST_COMPARED) return null;
  const word = firstWord(key);
  const sharingWord = OPTION_KEYS.filter((option) => firstWord(option) === word);
  let best: keyof WidgetOptions | null = null;
  let bestScore = Infinity;
  for (const option of OPTION_KEYS) {
    const known = normalized(option);
    const allowed = known.length <= 4 ? 1 : 2;
    const distance = editDistance(name, known);
    const contains =
      (known.length >= 4 && name.includes(known)) || (name.length >= 5 && known.includes(name));
    const score =
      distance <= allowed
        ? distance
        : contains
          ? 3
          : word.length >= 5 && sharingWord.length === 1 && sharingWord[0] === option
            ? 4
            : Infinity;
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}

const nameOf = (key: string, source: OptionSource): string =>
  source === 'attribute' ? toAttributeName(key) : `"${key}"`;

/**
 * A problem in words, or null for an unknown data-* attribute that looks like no option: the
 * container also carries the page's own attributes (data-testid, analytics tags), which are none
 * of the widget's business.
 */
export function describeProblem({
  key,
  source,
  value,
  text,
  partly,
  unknown,
}: Problem): string | null {
  if (unknown) {
    const meant = meantOption(key);
    if (source === 'attribute' && !meant) return null;
    const hint = meant
      ? `Did you mean ${nameOf(meant, source)}?`
      : `Known options: ${OPTION_KEYS.join(', ')}.`;
    return `Unknown ${displayName(key, source)} is ignored. ${hint}`;
  }
  const option = key as keyof WidgetOptions;
  const reason = REASON[option];
  const why =
    text === null
      ? `${describeValue(value)} is not accepted`
      : typeof reason === 'string'
        ? reason
        : reason(text);
  const shown = text === null ? `(${describeValue(value)})` : quote(text);
  return `${displayName(key, source)}=${shown} ${partly ? 'is partly ignored' : 'is ignored'} (${why}). Accepted: ${ACCEPTED[option]}.${partly ? '' : ' Using the default.'}`;
}

/** The warnings for a list of problems, one each, in order. */
export const optionWarnings = (problems: readonly Problem[]): string[] =>
  problems.map(describeProblem).filter((warning): warning is string => warning !== null);

/**
 * Parses and words the warnings at once, for callers that can afford the words up front: the
 * configurator (which shows them to the admin) and the tests.
 */
export function parseWithWarnings(
  raw: Readonly<Record<string, unknown>>,
  source: OptionSource,
  resolveColor: ColorResolver = parseColor,
): { options: Partial<WidgetOptions>; warnings: string[] } {
  const { options, problems } = parseOptions(raw, source, resolveColor);
  return { options, warnings: optionWarnings(problems) };
}
