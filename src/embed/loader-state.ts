import { currentStub, type Placeholder } from './queue-stub';

/**
 * What the loader (src/loader.ts) left for the widget on the ClinicWidget stub, read once when
 * the main module starts: the nonce of its <script> tag, and the lazy launcher's placeholders.
 */
const booting = currentStub()?.booting ?? null;

/** A nonce on the widget's <script> tag is reused for the <style> fallback. */
export const scriptNonce: string | null = booting?.nonce ?? null;

/** The placeholder launcher drawn in `container` before the widget loaded, if any. */
export function placeholderIn(container: Element): Placeholder | null {
  return booting?.placeholders?.get(container) ?? null;
}
