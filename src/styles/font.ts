/**
 * The widget's type, in one place: the theme (theme.css.ts) sets it on every root, and the
 * loader warms the browser's font cache with it (styles/font-warmup.ts). A host may set its
 * own family and base size through these two custom properties (README, "Theming").
 */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const FONT_FAMILY = `var(--clinic-widget-font-family, ${FONT_STACK})`;

/** `medium` is the visitor's own default size, whatever the host sets on <html>. */
export const FONT_SIZE = 'var(--clinic-widget-font-size, medium)';
