import { assignVars, createThemeContract, style } from '@vanilla-extract/css';
import { defaultAccent } from './accent';
import { FONT_FAMILY, FONT_SIZE } from './font';
import { palette } from './palette';

/**
 * The one theme contract. Components read colours, spacing and type only from `vars`.
 * Variable names are hashed by vanilla-extract and set on the widget's own root element, so
 * they never touch the host's :root. Hosts fine-tune through the documented public
 * `--clinic-widget-*` properties, read here as fallbacks.
 */
export const vars = createThemeContract({
  color: {
    background: null,
    surface: null,
    text: null,
    textMuted: null,
    border: null,
    notice: null,
    noticeBorder: null,
    danger: null,
    dangerBorder: null,
    dangerFill: null,
    onDanger: null,
    accent: null,
    onAccent: null,
    accentInk: null,
  },
  font: { family: null, size: null },
  // The color-scheme property, as a variable: `all: initial` on the widget root resets the
  // property itself, so the root sets it from this (native controls drawn dark in dark mode).
  scheme: null,
  radius: null,
  space: { xs: null, s: null, m: null, l: null },
});

/** The accent as the admin set it, with colours derived for contrast (styles/accent.ts). */
export const accentVars = createThemeContract({
  fill: null,
  onFill: null,
  inkLight: null,
  inkDark: null,
});

const light = assignVars(vars.color, {
  ...palette.light,
  accent: accentVars.fill,
  onAccent: accentVars.onFill,
  accentInk: accentVars.inkLight,
});
const dark = assignVars(vars.color, {
  ...palette.dark,
  accent: accentVars.fill,
  onAccent: accentVars.onFill,
  accentInk: accentVars.inkDark,
});

/** Defaults every widget root starts from. */
export const themeBase = style({
  vars: {
    ...assignVars(accentVars, defaultAccent),
    ...assignVars(vars.font, {
      family: FONT_FAMILY,
      // A host with html { font-size: 62.5% } cannot shrink the widget.
      size: FONT_SIZE,
    }),
    [vars.radius]: 'var(--clinic-widget-radius, 0.5em)',
    ...assignVars(vars.space, { xs: '0.25em', s: '0.5em', m: '1em', l: '1.5em' }),
  },
});

export const colorSchemes = {
  light: style({ vars: { ...light, [vars.scheme]: 'light' } }),
  dark: style({ vars: { ...dark, [vars.scheme]: 'dark' } }),
  auto: style({
    vars: { ...light, [vars.scheme]: 'light dark' },
    '@media': { '(prefers-color-scheme: dark)': { vars: dark } },
  }),
};
