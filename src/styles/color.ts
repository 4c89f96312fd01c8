/**
 * Colour parsing and WCAG contrast maths. Pure: no DOM, so every rule is unit-tested.
 * Admin colours are parsed into numbers and re-serialised, so a value like
 * `red; background: url(x)` can never reach a stylesheet as text.
 */
import type { Rgb } from '../shared/rgb';

export type { Rgb };

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Each part can match a stretch of text in one way only. "\d+\.?\d*" (n ways to split n
// digits) and "\s*[,\s]\s*" (many ways to split a run of spaces) let a long near miss such as
// "rgb(111…1 111…1 111…1x" backtrack for minutes, freezing the host page.
const NUMBER = '([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))';
const SEPARATOR = '(?:\\s*,\\s*|\\s+)';
const FUNCTIONAL = new RegExp(
  `^(rgba?|hsla?)\\(\\s*${NUMBER}(%|deg)?${SEPARATOR}${NUMBER}(%)?${SEPARATOR}${NUMBER}(%)?\\s*(?:[,/]\\s*${NUMBER}(%)?\\s*)?\\)$`,
  'i',
);

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

function parseHex(hex: string): Rgb {
  const digits =
    hex.length <= 4
      ? hex
          .split('')
          .map((d) => d + d)
          .join('')
      : hex;
  return {
    r: parseInt(digits.slice(0, 2), 16),
    g: parseInt(digits.slice(2, 4), 16),
    b: parseInt(digits.slice(4, 6), 16),
  };
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const hue = (((h % 360) + 360) % 360) / 360;
  const sat = clamp(s, 0, 100) / 100;
  const light = clamp(l, 0, 100) / 100;
  const q = light < 0.5 ? light * (1 + sat) : light + sat - light * sat;
  const p = 2 * light - q;
  const channel = (t: number): number => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v =
      x < 1 / 6
        ? p + (q - p) * 6 * x
        : x < 1 / 2
          ? q
          : x < 2 / 3
            ? p + (q - p) * (2 / 3 - x) * 6
            : p;
    return Math.round(v * 255);
  };
  return { r: channel(hue + 1 / 3), g: channel(hue), b: channel(hue - 1 / 3) };
}

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` and `hsl()`/`hsla()`
 * (comma or space syntax). Alpha is ignored: the widget paints accents opaque so that the
 * contrast it promises does not depend on what is behind it. Returns null for anything else.
 */
export function parseColor(input: string): Rgb | null {
  const value = input.trim();
  const hex = HEX.exec(value);
  if (hex?.[1]) return parseHex(hex[1]);
  const fn = FUNCTIONAL.exec(value);
  if (!fn) return null;
  const [, name = '', a = '0', aUnit, b = '0', bUnit, c = '0', cUnit] = fn;
  const x = Number(a);
  const y = Number(b);
  const z = Number(c);
  if (name.toLowerCase().startsWith('rgb')) {
    if (aUnit === 'deg') return null;
    const channel = (v: number, unit?: string): number =>
      Math.round(clamp(unit === '%' ? (v / 100) * 255 : v, 0, 255));
    return { r: channel(x, aUnit), g: channel(y, bUnit), b: channel(z, cUnit) };
  }
  if (aUnit === '%' || bUnit !== '%' || cUnit !== '%') return null;
  return hslToRgb(x, y, z);
}

const toHexPair = (v: number): string =>
  Math.round(clamp(v, 0, 255))
    .toString(16)
    .padStart(2, '0');

export const toHex = ({ r, g, b }: Rgb): string => `#${toHexPair(r)}${toHexPair(g)}${toHexPair(b)}`;

/** WCAG 2.x relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const BLACK: Rgb = { r: 0, g: 0, b: 0 };

const mix = (from: Rgb, to: Rgb, amount: number): Rgb => ({
  r: from.r + (to.r - from.r) * amount,
  g: from.g + (to.g - from.g) * amount,
  b: from.b + (to.b - from.b) * amount,
});

/**
 * The text colour to put on a filled `background`: white or black, whichever contrasts more.
 * One of the two always reaches at least 4.58:1, so text on the accent meets WCAG AA
 * whatever colour the admin picked.
 */
export function readableOn(background: Rgb): Rgb {
  return contrast(background, WHITE) >= contrast(background, BLACK) ? WHITE : BLACK;
}

/**
 * `color`, moved towards black or white (whichever the `against` colour is not) just far
 * enough to reach `ratio` against `against`: an accent used for links, borders and focus
 * rings stays recognisably the admin's colour yet readable on the widget's background.
 */
export function ensureContrast(color: Rgb, against: Rgb, ratio: number): Rgb {
  if (contrast(color, against) >= ratio) return roundRgb(color);
  const target = luminance(against) > 0.5 ? BLACK : WHITE;
  let low = 0;
  let high = 1;
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2;
    if (contrast(mix(color, target, middle), against) >= ratio) high = middle;
    else low = middle;
  }
  return nudgeUntil(roundRgb(mix(color, target, high)), against, ratio, target);
}

const roundRgb = ({ r, g, b }: Rgb): Rgb => ({
  r: Math.round(r),
  g: Math.round(g),
  b: Math.round(b),
});

/** Rounding to whole channels can land a hair below the ratio: step one unit at a time. */
function nudgeUntil(color: Rgb, against: Rgb, ratio: number, towards: Rgb): Rgb {
  let current = color;
  const step = (from: number, to: number): number => from + Math.sign(to - from);
  for (let i = 0; i < 256 && contrast(current, against) < ratio; i += 1) {
    current = {
      r: step(current.r, towards.r),
      g: step(current.g, towards.g),
      b: step(current.b, towards.b),
    };
  }
  return current;
}
