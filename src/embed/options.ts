import { EMERGENCY_NUMBERS } from '../content/emergency-numbers';
import {
  MAX_TEXT,
  MIN_PHONE_DIGITS,
  MODES,
  SECTION_IDS,
  toAttributeName,
  type SectionId,
  type WidgetOptions,
} from '../shared/option-types';
import {
  INVALID,
  launcherParsers,
  oneOf,
  type ColorResolver,
  type OptionParser,
  type Parsed,
} from './launcher-options';

export type { ColorResolver };

/**
 * Options arrive as `data-*` attributes (kebab-case) or as JS API options (camelCase). This
 * module turns either into one typed `WidgetOptions` (shared/option-types.ts), and lists each
 * unknown name and invalid value as a `Problem`. The words of the warnings (what was wrong,
 * what is accepted, which option a misspelt name meant) are in `option-warnings.ts`, a chunk
 * downloaded only when there is a problem to tell: a page whose snippet is right never pays for
 * them. Pure: no DOM.
 */

export type OptionSource = 'attribute' | 'option';

/**
 * One unknown option, or one value that was (partly) ignored: what the page gave, for
 * `option-warnings.ts` to put in words.
 */
export interface Problem {
  key: string;
  source: OptionSource;
  /** The value as given; `text` is its string form, null when it is not text-like. */
  value: unknown;
  text: string | null;
  /** Whether a usable part of the value was kept (a partly ignored list). */
  partly?: boolean;
  unknown?: boolean;
}

const PHONE = /^\+?[0-9\s().-]{3,30}$/;

/**
 * A region code the platform knows: Intl.DisplayNames echoes unknown codes back. The
 * countries of the emergency-number table are known without asking: the first DisplayNames
 * loads the platform's region names, 37–111 ms of the main thread in Chromium on the bench
 * machine, inside the widget's first long task, for a check that only decides whether to
 * warn (docs/performance.md).
 */
function isKnownRegion(code: string): boolean {
  if (Object.prototype.hasOwnProperty.call(EMERGENCY_NUMBERS, code)) return true;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return typeof name === 'string' && name !== code;
  } catch {
    return true; // No DisplayNames: the format check alone has to do.
  }
}

const phoneNumber = (value: string): Parsed<'clinicPhone'> => {
  const trimmed = value.trim();
  if (!trimmed) return { value: null };
  const digits = trimmed.replace(/\D/g, '');
  return PHONE.test(trimmed) && digits.length >= MIN_PHONE_DIGITS ? { value: trimmed } : INVALID;
};

const httpsUrl = (value: string): Parsed<'bookingUrl'> => {
  const trimmed = value.trim();
  if (!trimmed) return { value: null };
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' ? { value: url.href } : INVALID;
  } catch {
    return INVALID;
  }
};

/**
 * A path such as "/content.json" or "./content.json", if it resolves to the page's own site.
 * URL parsers read a backslash as "/" and drop tabs and newlines, so "/\evil.example" and
 * "/<tab>/evil.example" start like paths yet name another host: resolving tells.
 */
const SITE = 'https://site.invalid';
const pathOnSite = (path: string): Parsed<'contentUrl'> => {
  try {
    if (new URL(path, `${SITE}/page`).origin === SITE) return { value: path };
  } catch {
    // Not a URL at all, e.g. "/\" (an empty host).
  }
  return INVALID;
};

/** A boolean attribute: present (or "true") means on, "false" means off. */
const flag = (value: string): Parsed<'updateUrl'> => {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === 'on' || v === 'yes') return { value: true };
  if (v === 'false' || v === 'off' || v === 'no') return { value: false };
  return INVALID;
};

const text = (value: string): Parsed<'clinicName'> => {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { value: null };
  if (trimmed.length > MAX_TEXT) return INVALID;
  return { value: trimmed };
};

const parsers: { [K in keyof WidgetOptions]: OptionParser<K> } = {
  sections(value) {
    const names = value
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const isSection = (name: string): name is SectionId =>
      (SECTION_IDS as readonly string[]).includes(name);
    // Keep the admin's order (it is the order the sections appear in), without repeats.
    const known = names.filter(
      (name, i): name is SectionId => isSection(name) && names.indexOf(name) === i,
    );
    if (names.every(isSection)) return { value: known.length ? known : [...SECTION_IDS] };
    return known.length ? { value: known, invalid: true } : INVALID;
  },
  lang: launcherParsers.lang,
  clinicName: text,
  clinicPhone: phoneNumber,
  bookingUrl: httpsUrl,
  country(value) {
    const code = value.trim().toUpperCase();
    if (!code) return { value: null };
    return /^[A-Z]{2}$/.test(code) && isKnownRegion(code) ? { value: code } : INVALID;
  },
  emergencyNumber: phoneNumber,
  contentUrl(value) {
    const trimmed = value.trim();
    return /^\.?\//.test(trimmed) ? pathOnSite(trimmed) : httpsUrl(value);
  },
  contentId(value) {
    const id = value.trim();
    if (!id) return { value: null };
    return /^[A-Za-z][\w:.-]{0,100}$/.test(id) ? { value: id } : INVALID;
  },
  accent: launcherParsers.accent,
  colorScheme: launcherParsers.colorScheme,
  headingLevel(value) {
    const level = Number(value.trim());
    return Number.isInteger(level) && level >= 1 && level <= 6 ? { value: level } : INVALID;
  },
  deepLinkPrefix(value) {
    const prefix = value.trim();
    return /^[A-Za-z][\w-]{0,30}$/.test(prefix) ? { value: prefix } : INVALID;
  },
  updateUrl: flag,
  structuredData: flag,
  mode: oneOf(MODES),
  launcherPosition: launcherParsers.launcherPosition,
  zIndex: launcherParsers.zIndex,
  launcherOffset: launcherParsers.launcherOffset,
  lazy: flag,
  nonce: launcherParsers.nonce,
};

export const OPTION_KEYS = Object.keys(parsers) as (keyof WidgetOptions)[];

/** Every data-* attribute the widget reads; the container observer watches these. */
export const OPTION_ATTRIBUTES = OPTION_KEYS.map(toAttributeName);

export const shorten = (value: string): string =>
  value.length > 60 ? `${value.slice(0, 57)}...` : value;

/** Shortens and quotes a value for a warning, so hostile strings cannot flood the console. */
export const quote = (value: string): string => JSON.stringify(shorten(value));

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(' ');
  return null;
}

export interface ParseResult {
  /** Only the options that were given and valid; merge over defaults or current options. */
  options: Partial<WidgetOptions>;
  /** What to warn about (`option-warnings.ts` words it). */
  problems: Problem[];
}

/**
 * Parses raw options keyed by camelCase name, colours with `resolveColor` (the browser's
 * resolveCssColor on a page; styles/parse-color.ts where there is no DOM). `null` or `undefined` leaves an option unset.
 * Unknown keys and invalid values are left out, each listed as a problem.
 */
export function parseOptions(
  raw: Readonly<Record<string, unknown>>,
  source: OptionSource,
  resolveColor: ColorResolver,
): ParseResult {
  const options: Partial<WidgetOptions> = {};
  const problems: Problem[] = [];
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const text = asString(value);
    if (!Object.prototype.hasOwnProperty.call(parsers, key)) {
      problems.push({ key, source, value, text, unknown: true });
      continue;
    }
    const parse = parsers[key as keyof WidgetOptions] as OptionParser<keyof WidgetOptions>;
    const parsed: Parsed<keyof WidgetOptions> = text === null ? INVALID : parse(text, resolveColor);
    if (parsed.invalid)
      problems.push({ key, source, value, text, partly: parsed.value !== undefined });
    if (parsed.value !== undefined) (options as Record<string, unknown>)[key] = parsed.value;
  }
  return { options, problems };
}

/**
 * Reads the widget's options from a container's data-* attributes. Only attributes that
 * look like ours (data-<name>, excluding the data-clinic-widget marker) are considered.
 */
export function readAttributeOptions(element: Element): Record<string, string> {
  // No prototype: data-__proto__ must become a key (and a warning), not a prototype change.
  const raw: Record<string, string> = Object.create(null);
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    if (!name.startsWith('data-') || name === 'data-clinic-widget') continue;
    // As element.dataset does: only a dash before a letter goes, so toAttributeName(key) gives
    // the attribute back and a warning names what the admin wrote ("data-h-2", not "data-h2").
    const key = name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    raw[key] = attribute.value;
  }
  return raw;
}
