/**
 * The CSS colour syntaxes an admin types, without the DOM: hex, rgb() and hsl(). For the
 * configurator and the words of the option warnings, and wherever there is no browser to ask
 * (tests); on a page the widget asks the browser (embed/resolve-color.ts), so this parser is
 * not part of its first download. Admin colours are parsed into numbers and re-serialised, so
 * a value like `red; background: url(x)` can never reach a stylesheet as text.
 */
import { clamp, parseHexColor, type Rgb } from './color';

// Each part can match a stretch of text in one way only. "\d+\.?\d*" (n ways to split n
// digits) and "\s*[,\s]\s*" (many ways to split a run of spaces) let a long near miss such as
// "rgb(111…1 111…1 111…1x" backtrack for minutes, freezing the host page.
const NUMBER = '([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))';
const SEPARATOR = '(?:\\s*,\\s*|\\s+)';
const FUNCTIONAL = new RegExp(
  `^(rgba?|hsla?)\\(\\s*${NUMBER}(%|deg)?${SEPARATOR}${NUMBER}(%)?${SEPARATOR}${NUMBER}(%)?\\s*(?:[,/]\\s*${NUMBER}(%)?\\s*)?\\)$`,
  'i',
);

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
  const hex = parseHexColor(value);
  if (hex) return hex;
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
