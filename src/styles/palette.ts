/**
 * The widget's fixed palette, in one place so that the stylesheet (theme.css.ts) and the
 * contrast maths for admin accents (accent.ts) agree on what the background is.
 * Every pair used for text meets WCAG AA (4.5:1); borders and focus rings meet 3:1.
 * The danger colours belong to the emergency result alone and are fixed: no clinic accent can
 * make an emergency look calm.
 */
/**
 * The surfaces apart as well: the contrast maths (accent.ts) needs them at run time, in the
 * widget and in the lazy launcher's placeholder, while the rest of the palette is needed only
 * to build the stylesheet.
 */
export const LIGHT_SURFACE = '#f3f6f7';
export const DARK_SURFACE = '#1f272e';

export const palette = {
  light: {
    background: '#ffffff',
    surface: LIGHT_SURFACE,
    text: '#1b2329',
    textMuted: '#47535c',
    border: '#6f7c86',
    notice: '#fff6e0',
    noticeBorder: '#8a6200',
    danger: '#fdeceb',
    dangerBorder: '#b3261e',
    dangerFill: '#b3261e',
    onDanger: '#ffffff',
  },
  dark: {
    background: '#151a1f',
    surface: DARK_SURFACE,
    text: '#eef2f4',
    textMuted: '#b9c3ca',
    border: '#8895a0',
    notice: '#2b2514',
    noticeBorder: '#d9a93b',
    danger: '#3b1412',
    dangerBorder: '#ff8a80',
    dangerFill: '#ffb4ab',
    onDanger: '#2d0001',
  },
} as const;

/** The default accent: a calm teal, used when the clinic sets none. */
export const DEFAULT_ACCENT = '#0b6e69';
