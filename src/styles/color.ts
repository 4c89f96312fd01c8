/**
 * Hex colours and WCAG contrast maths; the other CSS syntaxes are in parse-color.ts. Pure: no
 * DOM, so every rule is unit-tested.
 */
import type { Rgb } from '../shared/rgb';

export type { Rgb };

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
export const clamp = (value: number, min: number, max: number): number =>
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

/** Parses `#rgb`, `#rgba`, `#rrggbb` and `#rrggbbaa` (alpha ignored); null for anything else. */
export function parseHexColor(input: string): Rgb | null {
  const hex = HEX.exec(input.trim());
  return hex?.[1] ? parseHex(hex[1]) : null;
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
