/**
 * What the loader (src/loader.ts) leaves for the widget's main module on the ClinicWidget
 * queue stub while the module loads: the nonce of its <script> tag, and the shadow roots in
 * which the lazy launcher's placeholder button was drawn (src/launcher-placeholder.ts), so
 * the widget takes them over instead of finding a shadow root that is not its own.
 */
export interface Placeholder {
  root: ShadowRoot;
  /** The visitor pressed the placeholder: the widget opens its dialog on arrival. */
  pressed: boolean;
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
