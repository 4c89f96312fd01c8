import * as log from '../shared/log';
import { placeholderIn } from './loader-state';

/** Shadow roots this script attached; a re-added container gets its old root back. */
const ownedRoots = new WeakSet<ShadowRoot>();

/** Whether `element` is inside one of this script's shadow roots (another widget's insides). */
export const isInsideWidget = (element: Element): boolean =>
  ownedRoots.has(element.getRootNode() as ShadowRoot);

/**
 * The container's shadow root for the widget: its own again when a container is re-added, the
 * loader's placeholder root taken over, or a new one; null (after a warning) when the
 * container cannot have one or holds someone else's. What the root holds stays until the
 * widget's first paint replaces it (the placeholder button, the reserved space).
 */
export function openShadowRoot(container: Element): ShadowRoot | null {
  const existing = container.shadowRoot;
  try {
    const root = !existing
      ? container.attachShadow({ mode: 'open' })
      : ownedRoots.has(existing) || placeholderIn(container)?.root === existing
        ? existing
        : null;
    if (root) return (ownedRoots.add(root), root);
  } catch {
    // It cannot have one (an <img>, a custom element that forbids it): said below.
  }
  // One sentence for both refusals: fewer bytes in the first view, the same advice.
  log.warn(
    `<${container.localName}> cannot hold the widget: it ${existing ? 'already has a shadow root that is not ours' : 'cannot have a shadow root'}. Use an empty <div data-clinic-widget>.`,
  );
  return null;
}
