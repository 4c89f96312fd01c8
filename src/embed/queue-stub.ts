import type { LauncherControl } from '../widget/launcher/launcher-control';

/**
 * What the loader (src/loader.ts) leaves for the widget's main module on the ClinicWidget
 * queue stub while the module loads: the nonce of its <script> tag, and the shadow roots it
 * attached before the widget was there (the lazy launcher's placeholder button,
 * src/launcher-placeholder.ts, and the space a lazy container keeps), so the widget takes
 * them over instead of finding a shadow root that is not its own.
 */
export interface Placeholder extends LauncherControl {
  root: ShadowRoot;
}

export interface Booting {
  nonce: string | null;
  placeholders?: WeakMap<Element, Placeholder>;
}

export interface QueueStub {
  (...args: unknown[]): void;
  q?: unknown[][];
  version?: string;
  /** Set while the module loads: a second copy of the loader then does nothing. */
  booting?: Booting | null;
}

/** The stub on window, if the loader (or the documented inline stub) put one there. */
export function currentStub(): QueueStub | null {
  if (typeof window === 'undefined') return null;
  const stub = (window as { ClinicWidget?: unknown }).ClinicWidget;
  return typeof stub === 'function' ? (stub as QueueStub) : null;
}
