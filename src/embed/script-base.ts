import { currentStub, type Placeholder } from './handoff';

/**
 * Where the widget's files are, and what the loader left for it. The widget's main module
 * sits in dist/ beside clinic-widget.js, so its own URL (import.meta.url) is the base for
 * lazily loaded files (locales): a clinic can host the whole dist/ folder anywhere. The loader
 * (src/loader.ts) left the nonce of its <script> tag on the ClinicWidget stub, and the lazy
 * launcher's placeholders.
 */
const booting = currentStub()?.booting ?? null;

/** A nonce on the widget's <script> tag is reused for the <style> fallback. */
export const scriptNonce: string | null = booting?.nonce ?? null;

/** The placeholder launcher drawn in `container` before the widget loaded, if any. */
export function placeholderIn(container: Element): Placeholder | null {
  return booting?.placeholders?.get(container) ?? null;
}

/** Absolute URL of a file that sits beside clinic-widget.js in dist/. */
export function assetUrl(path: string): string {
  return new URL(path, import.meta.url).href;
}
