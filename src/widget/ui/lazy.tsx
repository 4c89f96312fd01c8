import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as log from '../../shared/log';
import { importChunk, type ChunkImport } from '../../shared/retry-import';

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts the download; resolves when the component can render (or the download failed). */
  preload(): Promise<void>;
  /** Whether it can render now, without waiting. */
  isLoaded(): boolean;
};

/** What stands in for a lazy component that is not here: while it loads, or after it failed. */
export type LazyFallback<P> = (props: P, failed: boolean, retry: () => void) => VNode | null;

/**
 * A component whose code is the chunk `name`, downloaded when it is first rendered or
 * preloaded: a section that is not on screen costs nothing. If the download fails, one console
 * error, `fallback` in its place, and a retry at a new address (shared/retry-import.ts) on
 * "Try again" or when the browser is back online.
 */
export function lazyComponent<P extends object>(
  name: string,
  load: ChunkImport<ComponentType<P>>,
  fallback: LazyFallback<P>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  let failed = false;
  const start = (): Promise<void> =>
    (pending ??= importChunk(load).then(
      (component) => {
        loaded = component;
      },
      (cause: unknown) => {
        pending = null;
        failed = true;
        log.error(`The ${name} code could not be loaded.`, cause);
      },
    ));

  function Lazy(props: P) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      failed = false;
      setAttempt((n) => n + 1);
    };
    const Component = loaded;
    useEffect(() => {
      // What this render saw, not `loaded` now: code that arrived between the render and this
      // effect (a preload on focus, then a click) must still bring a render.
      if (Component) return;
      let live = true;
      if (failed) {
        addEventListener('online', retry);
        return () => removeEventListener('online', retry);
      }
      void start().then(() => live && setAttempt((n) => n + 1));
      return () => {
        live = false;
      };
    }, [failed]);
    return Component ? <Component {...props} /> : fallback(props, failed, retry);
  }
  return Object.assign(Lazy, { preload: start, isLoaded: () => loaded !== null });
}
