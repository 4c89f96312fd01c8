/**
 * The bundle's own URL and nonce, captured synchronously while the script first runs:
 * `document.currentScript` is null afterwards (and in modules). Lazy files (locales) are
 * resolved against it, so a clinic can host the whole dist/ folder anywhere.
 */
const script =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : null;

const scriptUrl = script?.src || '';

/** A nonce on our own <script> tag is reused for the <style> fallback. */
export const scriptNonce: string | null = script?.nonce || null;

/** Absolute URL of a file that sits beside clinic-widget.js in dist/. */
export function assetUrl(path: string): string {
  return new URL(path, scriptUrl || document.baseURI).href;
}
