/**
 * Where the widget's files are, and the CSP nonce to use. The widget's main module sits in
 * dist/ beside clinic-widget.js, so its own URL (import.meta.url) is the base for lazily
 * loaded files (locales): a clinic can host the whole dist/ folder anywhere. The loader
 * (src/loader.ts) left the nonce of its <script> tag on the ClinicWidget stub.
 */
const stub = (
  typeof window !== 'undefined' ? (window as { ClinicWidget?: unknown }).ClinicWidget : null
) as { booting?: { nonce?: string | null } | null } | null | undefined;

/** A nonce on the widget's <script> tag is reused for the <style> fallback. */
export const scriptNonce: string | null = stub?.booting?.nonce ?? null;

/** Absolute URL of a file that sits beside clinic-widget.js in dist/. */
export function assetUrl(path: string): string {
  return new URL(path, import.meta.url).href;
}
