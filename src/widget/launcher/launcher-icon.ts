/**
 * The launcher's icon, a speech bubble with a question mark, as SVG path data: drawn by the
 * Preact launcher and by the loader's plain-DOM placeholder from the same data.
 */
export const LAUNCHER_ICON_VIEWBOX = '0 0 24 24';
export const LAUNCHER_ICON_PATH =
  'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm6 5a2 2 0 1 1 3 1.7c-.6.4-1 .8-1 1.5v.3m0 2.5v.5';
