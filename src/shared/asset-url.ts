/**
 * Where the widget's files are. The widget's main module sits in dist/ beside
 * clinic-widget.js, so its own URL (import.meta.url) is the base for lazily loaded files
 * (locales): a clinic can host the whole dist/ folder anywhere. In the npm build this module
 * is bundled by the developer, who gets the languages as chunks instead (bundled-locales.ts).
 */

/** Absolute URL of a file that sits beside clinic-widget.js in dist/. */
export function assetUrl(path: string): string {
  return new URL(path, import.meta.url).href;
}
