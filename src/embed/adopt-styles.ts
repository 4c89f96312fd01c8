import * as log from '../shared/log';
import { widgetCss } from './widget-css';

let sharedSheet: CSSStyleSheet | null = null;

const supportsAdoptedSheets = (): boolean =>
  typeof ShadowRoot !== 'undefined' &&
  'adoptedStyleSheets' in ShadowRoot.prototype &&
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype;

/**
 * Puts the bundle's CSS (widgetCss: the whole widget's in the main module, the button's alone
 * in the lazy launcher's placeholder) into a shadow root. A constructable stylesheet, shared by
 * every root on the page, is not blocked by a strict `style-src`; browsers without it get a
 * `<style>` element carrying the CSP nonce, if one was given, which is returned (null when the
 * sheet was adopted). The placeholder uses this alone: the widget warns, when it loads.
 */
export function adoptCss(root: ShadowRoot, nonce: string | null): HTMLStyleElement | null {
  if (supportsAdoptedSheets()) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(widgetCss);
    }
    // Ours alone: a root taken over from the lazy placeholder drops the placeholder's sheet.
    root.adoptedStyleSheets = [sharedSheet];
    return null;
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = widgetCss;
  root.prepend(style);
  return style;
}

/**
 * Puts the widget's CSS into its shadow root (adoptCss), with one warning when the page's
 * policy blocks the `<style>` fallback. Returns a function that removes the styles again.
 */
export function adoptStyles(root: ShadowRoot, nonce: string | null): () => void {
  const style = adoptCss(root, nonce);
  if (!style)
    return () => {
      root.adoptedStyleSheets = [];
    };
  // A <style> that the page's CSP blocks gets no sheet: the widget would be unstyled, silently.
  if (!style.sheet)
    log.warnOnce(
      `The page's Content-Security-Policy blocked the widget's styles: ${nonce ? 'data-nonce is not' : 'set data-nonce to'} the page's style-src nonce.`,
    );
  return () => style.remove();
}
