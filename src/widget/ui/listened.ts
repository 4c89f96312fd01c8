import { useLayoutEffect, useState } from 'preact/hooks';

/** Something that tells its listeners after each change. */
export interface Listenable {
  /** Calls `listener` after each change; returns what stops it. */
  listen: (listener: () => void) => () => unknown;
}

/** The listeners of a small store kept outside Preact's state, and the call that tells them. */
export function listenerSet(): Listenable & { notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: () => listeners.forEach((listener) => listener()),
  };
}

/**
 * A value read from a store outside Preact's state, by a component that renders again only
 * when that value changes: a change renders the components that read it, not the widget
 * around them. Preact has no memo(): a render of the widget would reach every component.
 */
export function useListened<T>(source: Listenable, read: () => T): T {
  const value = read();
  const [, rerender] = useState<object>();
  // Subscribed again at each render, to compare with what this render drew.
  useLayoutEffect(() => source.listen(() => read() !== value && rerender({})));
  return value;
}
