import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as log from '../../shared/log';

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts the download; resolves when the component can render (or the download failed). */
  preload(): Promise<void>;
  /** Whether it can render now, without waiting. */
  isLoaded(): boolean;
};

/**
 * A component whose code is downloaded when it is first rendered or preloaded: a section that
 * is not on screen costs nothing. If the download fails, the section is left out with one
 * console error, and the next render tries again.
 */
export function lazyComponent<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (cause: unknown) => {
        pending = null;
        log.error(`The ${name} could not be loaded; it is left out.`, cause);
      },
    ));

  function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      void start().then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Lazy, { preload: start, isLoaded: () => loaded !== null });
}
