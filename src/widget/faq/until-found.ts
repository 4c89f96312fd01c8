import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A collapsible panel whose closed text the browser's own find in page (Ctrl+F) still finds:
 * closed, it is hidden="until-found", and when find in page reveals it the browser fires
 * `beforematch` (the FAQ entry listens, and marks it open so the button's state follows).
 * Where the browser has no such hiding (older Firefox and Safari), the panel is plainly hidden,
 * as before; search and "Expand all" still reach the text. Set as an attribute: the `hidden`
 * property would turn the value into true.
 */
export function useUntilFound(expanded: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    if (expanded) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'onbeforematch' in panel ? 'until-found' : '');
  }, [expanded]);
  return ref;
}
