import { ensureContrast, parseHexColor, readableOn, toHex, type Rgb } from './color';
import { DARK_SURFACE, DEFAULT_ACCENT, LIGHT_SURFACE } from './palette';

/** The four colours the widget derives from one admin accent. */
export interface AccentColors {
  /** Fill of primary buttons and highlights. */
  fill: string;
  /** Text on that fill: always at least 4.5:1. */
  onFill: string;
  /**
   * The accent as text, border or focus ring on the light background and surface: at least
   * 4.5:1. Also the primary button's edge, which so stands out at least 3:1 (WCAG 1.4.11)
   * even when the fill is as light or as dark as the widget (#ffeb3b, #1a1a1a in dark mode).
   */
  inkLight: string;
  /** The same on the dark background. */
  inkDark: string;
}

// The accent is used as text on both the background and the (slightly different) surface; the
// surface is the harder of the two in both schemes, and contrast met there is met on both.
const LIGHT_BACKGROUND = parseHexColor(LIGHT_SURFACE) as Rgb;
const DARK_BACKGROUND = parseHexColor(DARK_SURFACE) as Rgb;
const TEXT_CONTRAST = 4.5;

/** Derives readable colours from an accent, whatever the admin picked. */
export function deriveAccent(accent: Rgb): AccentColors {
  return {
    fill: toHex(accent),
    onFill: toHex(readableOn(accent)),
    inkLight: toHex(ensureContrast(accent, LIGHT_BACKGROUND, TEXT_CONTRAST)),
    inkDark: toHex(ensureContrast(accent, DARK_BACKGROUND, TEXT_CONTRAST)),
  };
}

/** The stylesheet's defaults (theme.css.ts); pure, so a bundle that does not use it drops it. */
export const defaultAccent: AccentColors = /* @__PURE__ */ deriveAccent(
  /* @__PURE__ */ parseHexColor(DEFAULT_ACCENT) as Rgb,
);
