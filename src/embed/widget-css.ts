/**
 * The widget's CSS as one string. In a build, tools/inline-css.ts replaces this placeholder
 * with the CSS vanilla-extract produced; in unit tests it stays a harmless placeholder.
 */
export const widgetCss: string = '__CLINIC_WIDGET_CSS__';
