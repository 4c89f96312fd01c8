/**
 * dist/clinic-widget.js: the one file an admin references. A tiny classic script, safe with
 * async, defer, in <head>, pasted twice, and beside an AMD loader. It keeps (or creates) the
 * `window.ClinicWidget` queue stub, notes its own nonce, and imports the widget's ES module
 * from beside itself. Everything else, the widget and its lazily loaded parts, are modules
 * resolved relative to this script's URL, so a clinic can host dist/ anywhere.
 *
 * Lazy mode (data-lazy on every container on the page): the widget is imported only when an
 * inline container comes near the viewport, or when a launcher's button is first pressed;
 * until then a small placeholder module draws the launcher button.
 */
import type { Booting, QueueStub } from './embed/queue-stub';
import { likelyLanguage } from './shared/likely-language';
import { warmFonts } from './styles/font-warmup';

declare const __CLINIC_WIDGET_MAIN__: string;
declare const __CLINIC_WIDGET_LAUNCHER__: string;
/** SRI hashes of the two modules above, written by the build. */
declare const __CLINIC_WIDGET_MAIN_INTEGRITY__: string;
declare const __CLINIC_WIDGET_LAUNCHER_INTEGRITY__: string;
/** [section, file, SRI] for the sections' chunks (compare, quiz). */
declare const __CLINIC_WIDGET_SECTION_CHUNKS__: [string, string, string][];
/** [file]: the translation chunk and what it imports beyond the main module. */
declare const __CLINIC_WIDGET_TRANSLATION_CHUNKS__: [string][];
/** The shipped languages other than English, separated by spaces ("es zh-Hans … pt-BR"). */
declare const __CLINIC_WIDGET_LANGUAGES__: string;

/**
 * Space a lazy inline container keeps before the widget arrives, unless the page sets one.
 * Drawn in a shadow root, never on the container itself: a React (or any) app that hydrates
 * the container finds exactly the attributes and children it rendered. At least a screen
 * high: a visitor who jumps to the container (an anchor link, scrollIntoView) sees only this
 * space, and the widget, whose first view is taller than that, grows below the fold, where
 * the page it pushes down is not seen (test/browser/lazy-jump.test.ts).
 */
const RESERVED_SPACE = 'display:block;min-height:max(32em,100vh)';

const isOn = (value: string | null): boolean =>
  value !== null && !/^\s*(false|off|no)\s*$/i.test(value);

const FAILED = '[clinic-widget] The widget could not be loaded; the page is unaffected.';

const allContainers = () => Array.from(document.querySelectorAll('[data-clinic-widget]'));

(() => {
  try {
    const host = window as unknown as { ClinicWidget?: unknown };
    let script = document.currentScript as HTMLScriptElement | null;
    const existing = host.ClinicWidget as QueueStub | undefined;
    if (typeof existing === 'function' && (existing.version || existing.booting)) return;
    if (!script) {
      // In a <script type="module"> there is no currentScript: find the tag by its file name,
      // or the files would be looked for beside the page.
      script = document.querySelector('script[src*="clinic-widget.js"]');
      console.warn(
        '[clinic-widget] Load clinic-widget.js with <script async src="...">, not type="module".',
      );
    }
    const stub: QueueStub =
      typeof existing === 'function'
        ? existing
        : function ClinicWidget(...args: unknown[]) {
            (stub.q = stub.q || []).push(args);
          };
    const booting: Booting = { nonce: script?.nonce || null, placeholders: new WeakMap() };
    stub.booting = booting;
    // A plain assignment: a page's own `var ClinicWidget = …` stub is not configurable, and
    // redefining it would throw.
    if (stub !== existing) host.ClinicWidget = stub;
    const base = script?.src || document.baseURI;
    // A modulepreload with the module's SRI hash: the browser checks the bytes, and an import
    // of the same URL shares that fetch (a failed check fails the import too). With an
    // integrity attribute on this script, the whole first view is then verified.
    const preload = (file: string, integrity: string) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, base).href;
      link.integrity = integrity;
      if (script?.crossOrigin != null) link.crossOrigin = script.crossOrigin;
      (document.head || document.documentElement).append(link);
      return link.href;
    };
    const load = (file: string, integrity: string) =>
      import(/* @vite-ignore */ preload(file, integrity));
    const failed = (cause: unknown) => {
      stub.booting = null;
      console.error(FAILED, cause);
    };
    let requested = false;
    const loadWidget = () => {
      if (requested) return;
      requested = true;
      load(__CLINIC_WIDGET_MAIN__, __CLINIC_WIDGET_MAIN_INTEGRITY__).catch(failed);
      // The sections' chunks in parallel with the main module, not after it: the main module
      // would ask for them only once it runs (one round trip later). Only those some
      // container shows (data-sections, all three by default).
      const shown = allContainers()
        .map((c) => (c.getAttribute('data-sections') || 'faq compare quiz').toLowerCase())
        .join(' ');
      for (const [section, file, integrity] of __CLINIC_WIDGET_SECTION_CHUNKS__)
        if (shown.includes(section)) preload(file, integrity);
      // Another language: its file and the code that translates, beside the main module too,
      // which would ask for them only once it runs, and the translation code for one more
      // chunk after that (docs/performance.md).
      const language = likelyLanguage(
        __CLINIC_WIDGET_LANGUAGES__,
        allContainers().map((c) => c.getAttribute('data-lang')),
        document.documentElement.getAttribute('lang'),
        navigator.language,
      );
      if (language) {
        preload(`locales/${language}.js`, '');
        for (const [file] of __CLINIC_WIDGET_TRANSLATION_CHUNKS__) preload(file, '');
      }
      // While those download: the font lookups the first frame would otherwise make.
      warmFonts(language);
    };

    const start = () => {
      const containers = allContainers();
      const lazy = containers.filter((c) => isOn(c.getAttribute('data-lazy')));
      // Calls queued for the API, a page with no container yet (it may add one), or any
      // container that is not lazy: the widget is needed now.
      if (stub.q?.length || !containers.length || lazy.length < containers.length)
        return loadWidget();
      const isLauncher = (c: Element) =>
        /^\s*launcher\s*$/i.test(c.getAttribute('data-mode') || '');
      const launchers = lazy.filter(isLauncher);
      const inline = lazy.filter((c) => !isLauncher(c));
      if (inline.length) {
        const observer = new IntersectionObserver(
          (entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            observer.disconnect();
            loadWidget();
          },
          // One screen ahead: the widget is drawn before the visitor scrolls to it.
          { rootMargin: '100% 0px' },
        );
        for (const container of inline) {
          try {
            if (getComputedStyle(container).minHeight === '0px') {
              // The container's own content (a sentence for when the widget cannot load) shows
              // through the <slot>; the widget takes this root over (embed/shadow-root.ts).
              const root = container.attachShadow({ mode: 'open' });
              const space = document.createElement('slot');
              space.style.cssText = RESERVED_SPACE;
              root.append(space);
              booting.placeholders!.set(container, { root });
            }
          } catch {
            // It cannot have a shadow root (or has one): the widget says so when it loads.
          }
          observer.observe(container);
        }
      }
      if (launchers.length) {
        load(__CLINIC_WIDGET_LAUNCHER__, __CLINIC_WIDGET_LAUNCHER_INTEGRITY__).then(
          (placeholder: { drawPlaceholders(c: Element[], b: Booting, press: () => void): void }) =>
            placeholder.drawPlaceholders(launchers, booting, loadWidget),
          loadWidget,
        );
      }
    };
    // While the page is still being parsed, not every container exists yet: decide once it
    // is, unless a container that is not lazy already asks for the widget.
    const eager = allContainers().some((c) => !isOn(c.getAttribute('data-lazy')));
    if (document.readyState === 'loading' && !eager)
      document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  } catch (cause) {
    console.error(FAILED, cause);
  }
})();
