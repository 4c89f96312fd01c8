import { parseHexColor, type Rgb } from '../styles/color';

/** rgb() and rgba() as browsers write them (getComputedStyle, a canvas's fillStyle). */
const SERIALIZED = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, [\d.]+)?\)$/;

/**
 * A colour as browsers serialise it: #rrggbb (or a shorter hex) or rgb(a)(r, g, b[, a]), alpha
 * ignored as parseColor does. Other syntaxes go through the browser (resolveCssColor): the
 * full parser of styles/color.ts stays out of the widget's first download.
 */
export function readSerializedColor(value: string): Rgb | null {
  const hex = parseHexColor(value);
  if (hex) return hex;
  const match = SERIALIZED.exec(value.trim());
  if (!match) return null;
  const channel = (v: string | undefined) => Math.min(255, Math.round(Number(v)));
  return { r: channel(match[1]), g: channel(match[2]), b: channel(match[3]) };
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands (names like "teal", `oklch()`, …) as RGB. Hex and
 * serialised rgb() are read without the DOM; others are checked with CSS.supports and normalised
 * by a detached canvas, which reports fillStyle as #rrggbb or rgba(). The value never enters
 * a stylesheet as text.
 */
export function resolveCssColor(value: string): Rgb | null {
  const direct = readSerializedColor(value);
  if (direct) return direct;
  const trimmed = value.trim();
  if (!trimmed || typeof CSS === 'undefined' || !CSS.supports('color', trimmed)) return null;
  // currentcolor, inherit and friends depend on context: not an accent we can derive from.
  if (/^(currentcolor|inherit|initial|unset|revert|revert-layer|transparent)$/i.test(trimmed))
    return null;
  if (probe === undefined) {
    try {
      probe = document.createElement('canvas').getContext('2d');
    } catch {
      probe = null;
    }
  }
  if (!probe) return null;
  probe.fillStyle = '#000000';
  probe.fillStyle = trimmed;
  return readSerializedColor(String(probe.fillStyle));
}
