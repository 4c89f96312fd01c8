import { parseColor, type Rgb } from '../styles/color';

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour the browser understands (names like "teal", `oklch()`, …) as RGB. Simple
 * syntaxes are parsed without the DOM; others are checked with CSS.supports and normalised
 * by a detached canvas, which reports fillStyle as #rrggbb or rgba(). The value never enters
 * a stylesheet as text.
 */
export function resolveCssColor(value: string): Rgb | null {
  const direct = parseColor(value);
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
  return parseColor(String(probe.fillStyle));
}
