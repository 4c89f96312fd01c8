/**
 * Keeps Tab and Shift+Tab inside a modal dialog. A native modal <dialog> makes the page
 * behind inert, but Tab from its last control still leaves for the browser's own UI; the
 * WAI-ARIA dialog pattern wraps around instead.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Controls in `container` that Tab can reach: enabled and rendered (not in a hidden part). */
export function focusableIn(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.getClientRects().length > 0,
  );
}

/** The focused element, looking into the shadow root the widget lives in. */
function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

export function trapTab(event: KeyboardEvent, focusable: HTMLElement[]): void {
  if (event.key !== 'Tab' || event.defaultPrevented) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = activeElementOf(first);
  const inside = focusable.some((element) => element === active);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
