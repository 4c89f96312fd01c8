import { inlineVars } from './inline-vars';
import type { ColorScheme } from '../shared/option-types';
import type { AccentColors } from './accent';
import { accentVars, colorSchemes, themeBase } from './theme.css';

/**
 * The class and inline custom properties that put an element under the widget's theme: its
 * colour scheme and, when the clinic chose one, its accent. Used by the widget root, the
 * launcher and the loader's placeholder button alike, so they always agree.
 */
export function themeAttributes(
  colorScheme: ColorScheme,
  accent: AccentColors | null,
): { class: string; style: Record<string, string> | undefined } {
  return {
    class: `${themeBase} ${colorSchemes[colorScheme]}`,
    // Set through the CSSOM (style.setProperty), which a strict style-src CSP allows.
    style: accent ? inlineVars(accentVars, { ...accent }) : undefined,
  };
}
