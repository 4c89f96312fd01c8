import {
  COLOR_SCHEMES,
  LAUNCHER_DEFAULTS,
  LAUNCHER_POSITIONS,
  MAX_OFFSET_PX,
  MAX_Z_INDEX,
  toAttributeName,
  type WidgetOptions,
} from '../shared/option-types';
import type { Rgb } from '../shared/rgb';

/**
 * The parsers of the options a launcher button is drawn from (its language, colours,
 * placement and the nonce of its styles), in a module of their own: the widget's option
 * parser (options.ts) uses them among all the others, and the lazy launcher's placeholder
 * (src/launcher-placeholder.ts) uses them alone, so both read an attribute alike and the
 * placeholder carries none of the other parsers. Pure: no DOM.
 */

/** A parsed value, a mark that it is invalid, or both (a usable part of a partly bad value). */
export type Parsed<K extends keyof WidgetOptions> =
  { value: WidgetOptions[K]; invalid?: true } | { value?: undefined; invalid: true };

export type ColorResolver = (value: string) => Rgb | null;

export type OptionParser<K extends keyof WidgetOptions> = (
  value: string,
  resolveColor: ColorResolver,
) => Parsed<K>;

export const INVALID = { invalid: true } as const;

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** One of a fixed set of lower-case words. */
export const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): { value: T } | typeof INVALID => {
    const word = value.trim().toLowerCase();
    return (allowed as readonly string[]).includes(word) ? { value: word as T } : INVALID;
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

type LauncherKey = keyof typeof LAUNCHER_DEFAULTS;

export type LauncherOptions = Pick<WidgetOptions, LauncherKey>;

export const launcherParsers: { [K in LauncherKey]: OptionParser<K> } = {
  lang(value) {
    const tag = value.trim();
    if (!tag) return { value: null };
    return LANGUAGE_TAG.test(tag) ? { value: tag } : INVALID;
  },
  accent(value, resolveColor) {
    if (!value.trim()) return { value: null };
    const color = resolveColor(value);
    return color ? { value: color } : INVALID;
  },
  colorScheme: oneOf(COLOR_SCHEMES),
  launcherPosition: oneOf(LAUNCHER_POSITIONS),
  zIndex(value) {
    const z = Number(value.trim());
    return value.trim() && Number.isInteger(z) && z >= 0 && z <= MAX_Z_INDEX
      ? { value: z }
      : INVALID;
  },
  launcherOffset(value) {
    const parts = value.trim().toLowerCase().split(/\s+/);
    const lengths = parts.map(offsetLength);
    if (parts.length > 2 || lengths.some((length) => length === null)) return INVALID;
    const inline = lengths[0] as string;
    return { value: { inline, block: lengths[1] ?? inline } };
  },
  nonce(value) {
    const nonce = value.trim();
    if (!nonce) return { value: null };
    return /^[A-Za-z0-9+/_=-]{1,200}$/.test(nonce) ? { value: nonce } : INVALID;
  },
};

/**
 * The launcher's options from a container's data-* attributes, as the widget will read them;
 * a missing or bad value is the default, silently (the widget warns about it when it loads).
 */
export function readLauncherOptions(
  element: Element,
  resolveColor: ColorResolver,
): LauncherOptions {
  const options = {} as Record<LauncherKey, unknown>;
  for (const key of Object.keys(launcherParsers) as LauncherKey[]) {
    const value = element.getAttribute(toAttributeName(key));
    const parse = launcherParsers[key] as OptionParser<LauncherKey>;
    options[key] =
      (value === null ? null : parse(value, resolveColor).value) ?? LAUNCHER_DEFAULTS[key];
  }
  return options as LauncherOptions;
}
