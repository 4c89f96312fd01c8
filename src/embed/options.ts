import { EMERGENCY_NUMBERS } from '../content/emergency-numbers';
import { parseColor } from '../styles/color';
import { describeValue } from '../shared/log';
import {
  MAX_OFFSET_PX,
  MAX_TEXT,
  MAX_Z_INDEX,
  MIN_PHONE_DIGITS,
  COLOR_SCHEMES,
  LAUNCHER_POSITIONS,
  MODES,
  SECTION_IDS,
  toAttributeName,
  type SectionId,
  type WidgetOptions,
} from '../shared/option-types';
import type { Rgb } from '../shared/rgb';

/**
 * Options arrive as `data-*` attributes (kebab-case) or as JS API options (camelCase). This
 * module turns either into one typed `WidgetOptions` (shared/option-types.ts), with a warning
 * for every unknown name and invalid value that names it, the bad value, and what is
 * accepted. Pure: no DOM.
 */

export type OptionSource = 'attribute' | 'option';
/** A parsed value, a reason it is invalid, or both (a usable part of a partly bad value). */
type Parsed<K extends keyof WidgetOptions> =
  { value: WidgetOptions[K]; invalid?: string } | { value?: undefined; invalid: string };

interface OptionSpec<K extends keyof WidgetOptions> {
  key: K;
  /** What the warning says is accepted. */
  accepted: string;
  parse(value: string, resolveColor: ColorResolver): Parsed<K>;
}

export type ColorResolver = (value: string) => Rgb | null;

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
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
  return PHONE.test(trimmed) && digits.length >= MIN_PHONE_DIGITS
    ? { value: trimmed }
    : { invalid: 'not a phone number' };
};

const httpsUrl = (value: string): Parsed<'bookingUrl'> => {
  const trimmed = value.trim();
  if (!trimmed) return { value: null };
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' ? { value: url.href } : { invalid: 'not an https: URL' };
  } catch {
    return { invalid: 'not an absolute URL' };
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
  return { invalid: 'not a path on this site' };
};

/** A boolean attribute: present (or "true") means on, "false" means off. */
const flag = (value: string): Parsed<'updateUrl'> => {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === 'on' || v === 'yes') return { value: true };
  if (v === 'false' || v === 'off' || v === 'no') return { value: false };
  return { invalid: 'not true or false' };
};

const listed = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(', ');

/** One of a fixed set of lower-case words. */
const oneOf =
  <T extends string>(allowed: readonly T[], reason: string) =>
  (value: string): { value: T } | { invalid: string } => {
    const word = value.trim().toLowerCase();
    return (allowed as readonly string[]).includes(word)
      ? { value: word as T }
      : { invalid: reason };
  };

/** A length for the launcher's offset: a number of pixels, or px, rem or em. */
const OFFSET_LENGTH = /^(\d{1,3}(?:\.\d{1,2})?)(px|rem|em)?$/;

function offsetLength(part: string): string | null {
  const match = OFFSET_LENGTH.exec(part);
  if (!match) return null;
  const unit = match[2] ?? 'px';
  const px = Number(match[1]) * (unit === 'px' ? 1 : 16);
  return px <= MAX_OFFSET_PX ? `${Number(match[1])}${unit}` : null;
}

const text = (value: string): Parsed<'clinicName'> => {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { value: null };
  if (trimmed.length > MAX_TEXT) return { invalid: `longer than ${MAX_TEXT} characters` };
  return { value: trimmed };
};

const specs: { [K in keyof WidgetOptions]: OptionSpec<K> } = {
  sections: {
    key: 'sections',
    accepted: `any of "${SECTION_IDS.join(' ')}", separated by spaces`,
    parse(value) {
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
      const unknown = names.filter((name) => !isSection(name));
      if (!unknown.length) return { value: known.length ? known : [...SECTION_IDS] };
      // A few names are enough to spot the typo, and a long list cannot flood the console.
      const shown = unknown.slice(0, 5).map(quote).join(', ');
      const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
      const reason = `unknown section ${shown}${more}`;
      return known.length ? { value: known, invalid: reason } : { invalid: reason };
    },
  },
  lang: {
    key: 'lang',
    accepted: 'a BCP 47 language tag such as "en", "es-MX" or "zh-Hans"',
    parse(value) {
      const tag = value.trim();
      if (!tag) return { value: null };
      return LANGUAGE_TAG.test(tag) ? { value: tag } : { invalid: 'not a language tag' };
    },
  },
  clinicName: {
    key: 'clinicName',
    accepted: `plain text up to ${MAX_TEXT} characters`,
    parse: text,
  },
  clinicPhone: {
    key: 'clinicPhone',
    accepted: 'digits with optional +, spaces, dots, dashes and brackets, e.g. "+1 555 0100"',
    parse: phoneNumber,
  },
  bookingUrl: {
    key: 'bookingUrl',
    accepted: 'an absolute https: URL, e.g. "https://clinic.example/book"',
    parse: httpsUrl,
  },
  country: {
    key: 'country',
    accepted: 'an ISO 3166-1 two-letter country code such as "US", "GB", "DE" or "AU"',
    parse(value) {
      const code = value.trim().toUpperCase();
      if (!code) return { value: null };
      return /^[A-Z]{2}$/.test(code) && isKnownRegion(code)
        ? { value: code }
        : { invalid: 'not a country code' };
    },
  },
  emergencyNumber: {
    key: 'emergencyNumber',
    accepted: 'a phone number such as "911", "112" or "000"',
    parse: phoneNumber,
  },
  contentUrl: {
    key: 'contentUrl',
    accepted: 'an https: URL or a path on this site (starting with "/" or "./") of a JSON file',
    parse(value) {
      const trimmed = value.trim();
      return /^\.?\//.test(trimmed) ? pathOnSite(trimmed) : httpsUrl(value);
    },
  },
  contentId: {
    key: 'contentId',
    accepted: 'the id of a <script type="application/json"> element on the page',
    parse(value) {
      const id = value.trim();
      if (!id) return { value: null };
      return /^[A-Za-z][\w:.-]{0,100}$/.test(id) ? { value: id } : { invalid: 'not an element id' };
    },
  },
  accent: {
    key: 'accent',
    accepted: 'a CSS colour such as "#0b6e69", "rgb(11 110 105)", "hsl(177 82% 24%)" or "teal"',
    parse(value, resolveColor) {
      if (!value.trim()) return { value: null };
      const color = resolveColor(value);
      return color ? { value: color } : { invalid: 'not a colour' };
    },
  },
  colorScheme: {
    key: 'colorScheme',
    accepted: `one of ${listed(COLOR_SCHEMES)}`,
    parse: oneOf(COLOR_SCHEMES, 'unknown colour scheme'),
  },
  headingLevel: {
    key: 'headingLevel',
    accepted: 'a whole number from 1 to 6',
    parse(value) {
      const level = Number(value.trim());
      return Number.isInteger(level) && level >= 1 && level <= 6
        ? { value: level }
        : { invalid: 'not a heading level' };
    },
  },
  deepLinkPrefix: {
    key: 'deepLinkPrefix',
    accepted: 'letters, digits, "-" and "_", e.g. "faq-" or "q_"',
    parse(value) {
      const prefix = value.trim();
      return /^[A-Za-z][\w-]{0,30}$/.test(prefix)
        ? { value: prefix }
        : { invalid: 'not a link prefix' };
    },
  },
  updateUrl: {
    key: 'updateUrl',
    accepted: '"true" or "false" (or the attribute alone)',
    parse: flag,
  },
  structuredData: {
    key: 'structuredData',
    accepted: '"true" or "false" (or the attribute alone)',
    parse: flag,
  },
  mode: {
    key: 'mode',
    accepted: `one of ${listed(MODES)}`,
    parse: oneOf(MODES, 'unknown mode'),
  },
  launcherPosition: {
    key: 'launcherPosition',
    accepted: `one of ${listed(LAUNCHER_POSITIONS)} (mirrored in right-to-left languages)`,
    parse: oneOf(LAUNCHER_POSITIONS, 'unknown position'),
  },
  zIndex: {
    key: 'zIndex',
    accepted: `a whole number from 0 to ${MAX_Z_INDEX}`,
    parse(value) {
      const z = Number(value.trim());
      return value.trim() && Number.isInteger(z) && z >= 0 && z <= MAX_Z_INDEX
        ? { value: z }
        : { invalid: 'not a z-index' };
    },
  },
  launcherOffset: {
    key: 'launcherOffset',
    accepted: `one or two lengths up to ${MAX_OFFSET_PX}px (pixels, px, rem or em): "24px", or "16px 88px" for the side and the bottom`,
    parse(value) {
      const parts = value.trim().toLowerCase().split(/\s+/);
      const lengths = parts.map(offsetLength);
      if (parts.length > 2 || lengths.some((length) => length === null))
        return { invalid: 'not one or two lengths' };
      const inline = lengths[0] as string;
      return { value: { inline, block: lengths[1] ?? inline } };
    },
  },
  lazy: {
    key: 'lazy',
    accepted: '"true" or "false" (or the attribute alone)',
    parse: flag,
  },
  nonce: {
    key: 'nonce',
    accepted: 'a CSP nonce (base64 characters)',
    parse(value) {
      const nonce = value.trim();
      if (!nonce) return { value: null };
      return /^[A-Za-z0-9+/_=-]{1,200}$/.test(nonce)
        ? { value: nonce }
        : { invalid: 'not a nonce' };
    },
  },
};

export const OPTION_KEYS = Object.keys(specs) as (keyof WidgetOptions)[];

/** Every data-* attribute the widget reads; the container observer watches these. */
export const OPTION_ATTRIBUTES = OPTION_KEYS.map(toAttributeName);

const shorten = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** An option's name in a warning; an unknown one can be as long as a hostile page makes it. */
const displayName = (key: string, source: OptionSource): string =>
  source === 'attribute' ? toAttributeName(shorten(key)) : `option "${shorten(key)}"`;

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
  warnings: string[];
}

/**
 * Parses raw options keyed by camelCase name. `null` or `undefined` leaves an option unset.
 * Unknown keys and invalid values produce a warning each and are left out.
 */
export function parseOptions(
  raw: Readonly<Record<string, unknown>>,
  source: OptionSource,
  resolveColor: ColorResolver = parseColor,
): ParseResult {
  const options: Partial<WidgetOptions> = {};
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (!Object.prototype.hasOwnProperty.call(specs, key)) {
      warnings.push(
        `Unknown ${displayName(key, source)} is ignored. Known ${source === 'attribute' ? 'attributes' : 'options'}: ${OPTION_KEYS.map((k) => (source === 'attribute' ? toAttributeName(k) : k)).join(', ')}.`,
      );
      continue;
    }
    const spec = specs[key as keyof WidgetOptions] as OptionSpec<keyof WidgetOptions>;
    const str = asString(value);
    const parsed: Parsed<keyof WidgetOptions> =
      str === null
        ? { invalid: `${describeValue(value)} is not accepted` }
        : spec.parse(str, resolveColor);
    if (parsed.invalid !== undefined) {
      const shown = str === null ? `(${describeValue(value)})` : quote(str);
      const outcome = parsed.value === undefined ? 'is ignored' : 'is partly ignored';
      warnings.push(
        `${displayName(key, source)}=${shown} ${outcome} (${parsed.invalid}). Accepted: ${spec.accepted}.${parsed.value === undefined ? ' Using the default.' : ''}`,
      );
    }
    if (parsed.value !== undefined) (options as Record<string, unknown>)[key] = parsed.value;
  }
  return { options, warnings };
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
