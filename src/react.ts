/**
 * `clinic-widget/react`: the widget as a React component, `<ClinicWidget {...options} />`.
 * React is an optional peer dependency: only this entry imports it. Built apart from the
 * widget (the `reactTarget` of scripts/build-targets.ts → lib/react.js), importing the package's own
 * lib/index.js, so an app that also calls mount() has one widget module, not two.
 */
import { createElement, useEffect, useRef, type CSSProperties, type ReactElement } from 'react';
import { mount } from './npm';
import type { MountOptions, WidgetHandle } from './public-types';

export type * from './public-types';

/** The widget's options as props, and the container's class, id and style. */
export interface ClinicWidgetProps extends MountOptions {
  className?: string;
  id?: string;
  style?: CSSProperties;
}

/**
 * Mounts the widget in an effect (so nothing runs during server rendering, and the server's
 * empty <div> hydrates without a mismatch: the widget draws in a shadow root), updates it
 * when its options change (an option removed from the props is reset), and unmounts it on
 * cleanup. StrictMode's mount, unmount, mount gives one widget.
 */
export function ClinicWidget(props: ClinicWidgetProps): ReactElement {
  const { className, id, style, ...options } = props;
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<WidgetHandle | null>(null);
  /** The options the widget has, as JSON: an update sends only a change. */
  const applied = useRef<string | null>(null);
  const key = JSON.stringify(options);

  useEffect(() => {
    if (!container.current) return undefined;
    const mounted = mount(container.current, JSON.parse(key) as MountOptions);
    handle.current = mounted;
    applied.current = key;
    return () => {
      mounted.unmount();
      handle.current = null;
      applied.current = null;
    };
  }, []);

  useEffect(() => {
    if (!handle.current || applied.current === null || applied.current === key) return;
    const before = JSON.parse(applied.current) as Record<string, unknown>;
    const next = JSON.parse(key) as Record<string, unknown>;
    // An option no longer in the props goes back to its default: null resets it.
    const removed = Object.keys(before).filter((name) => !(name in next));
    handle.current.update({
      ...Object.fromEntries(removed.map((name) => [name, null])),
      ...next,
    } as MountOptions);
    applied.current = key;
  }, [key]);

  return createElement('div', { ref: container, className, id, style });
}
