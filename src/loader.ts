/**
 * dist/clinic-widget.js: the one file an admin references. A tiny classic script, safe with
 * async, defer, in <head>, pasted twice, and beside an AMD loader. It keeps (or creates) the
 * `window.ClinicWidget` queue stub, notes its own nonce, and imports the widget's ES module
 * from beside itself. Everything else, the widget and its lazily loaded parts, are modules
 * resolved relative to this script's URL, so a clinic can host dist/ anywhere.
 */
declare const __CLINIC_WIDGET_MAIN__: string;

interface Stub {
  (...args: unknown[]): void;
  q?: unknown[][];
  version?: string;
  /** Set while the module loads: a second copy of this script then does nothing. */
  booting?: { nonce: string | null } | null;
}

(() => {
  try {
    const host = window as unknown as { ClinicWidget?: unknown };
    const script = document.currentScript as HTMLScriptElement | null;
    const existing = host.ClinicWidget as Stub | undefined;
    if (typeof existing === 'function' && (existing.version || existing.booting)) return;
    const stub: Stub =
      typeof existing === 'function'
        ? existing
        : function ClinicWidget(...args: unknown[]) {
            (stub.q = stub.q || []).push(args);
          };
    stub.booting = { nonce: (script && script.nonce) || null };
    if (stub !== existing) {
      Object.defineProperty(host, 'ClinicWidget', {
        value: stub,
        configurable: true,
        enumerable: true,
        writable: true,
      });
    }
    const base = (script && script.src) || document.baseURI;
    import(/* @vite-ignore */ new URL(__CLINIC_WIDGET_MAIN__, base).href).catch(
      (cause: unknown) => {
        stub.booting = null;
        console.error(
          '[clinic-widget] The widget could not be loaded; the page is unaffected.',
          cause,
        );
      },
    );
  } catch (cause) {
    console.error('[clinic-widget] The widget could not start; the page is unaffected.', cause);
  }
})();
