import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * What the leak and soak tests count in the page. `installLeakProbe` runs in the page before
 * any of its scripts (an init script), so it sees everything the widget does.
 */
export interface ProbeCounts {
  /** Observers currently observing something: observe() seen, disconnect() not yet. */
  observers: { mutation: number; resize: number; intersection: number };
  /** Listeners currently registered (added and not removed) on these targets. */
  listeners: { window: number; document: number; mediaQueryList: number };
  /** Timers and frames scheduled and neither run nor cancelled. */
  timeouts: number;
  intervals: number;
  animationFrames: number;
}

export interface ProbeWindow {
  __leakProbe: {
    counts(): ProbeCounts;
    /** Listeners ever added to each target: shows that a widget's effects have run. */
    additions(): ProbeCounts['listeners'];
  };
}

/**
 * The init script. Self-contained: Playwright serialises it into the page. It wraps the
 * observer constructors, add/removeEventListener (window, document and matchMedia lists only;
 * Preact's listeners on the widget's own elements go with those elements and are covered by
 * the DOM counters), MediaQueryList's legacy addListener/removeListener, and the timer
 * functions, and keeps counts only: it holds no strong reference to anything it counts, so it
 * cannot itself keep a widget alive.
 */
export function installLeakProbe(): void {
  const counts: ProbeCounts = {
    observers: { mutation: 0, resize: 0, intersection: 0 },
    listeners: { window: 0, document: 0, mediaQueryList: 0 },
    timeouts: 0,
    intervals: 0,
    animationFrames: 0,
  };
  const additions: ProbeCounts['listeners'] = { window: 0, document: 0, mediaQueryList: 0 };

  type ObserverKind = keyof ProbeCounts['observers'];
  type AnyObserver = { observe(target: object, ...rest: unknown[]): void; disconnect(): void };
  type ObserverClass = new (...args: never[]) => AnyObserver;
  const wrapObserver = (name: string, kind: ObserverKind) => {
    const host = window as unknown as Record<string, ObserverClass | undefined>;
    const Original = host[name];
    if (!Original) return;
    // Per observer: the targets it observes (weakly), and how many. A MutationObserver has
    // no unobserve(), so it observes until disconnect().
    const targets = new WeakMap<object, { set: WeakSet<object>; size: number }>();
    const stateOf = (observer: object) => {
      let state = targets.get(observer);
      if (!state) targets.set(observer, (state = { set: new WeakSet(), size: 0 }));
      return state;
    };
    const proto = Original.prototype as AnyObserver & { unobserve?(target: object): void };
    const { observe, disconnect, unobserve } = proto;
    proto.observe = function (this: AnyObserver, target: object, ...rest: unknown[]) {
      observe.call(this, target, ...rest);
      const state = stateOf(this);
      if (state.set.has(target)) return;
      state.set.add(target);
      if ((state.size += 1) === 1) counts.observers[kind] += 1;
    };
    proto.disconnect = function (this: AnyObserver) {
      disconnect.call(this);
      const state = stateOf(this);
      if (state.size > 0) counts.observers[kind] -= 1;
      targets.set(this, { set: new WeakSet(), size: 0 });
    };
    if (unobserve) {
      proto.unobserve = function (this: AnyObserver, target: object) {
        unobserve.call(this, target);
        const state = stateOf(this);
        if (!state.set.has(target)) return;
        state.set.delete(target);
        if ((state.size -= 1) === 0) counts.observers[kind] -= 1;
      };
    }
  };
  wrapObserver('MutationObserver', 'mutation');
  wrapObserver('ResizeObserver', 'resize');
  wrapObserver('IntersectionObserver', 'intersection');

  // Listeners, with the browser's own rules: the same (type, listener, capture) is added
  // once; `once` listeners go when they fire; a `signal` removes its listener on abort.
  type ListenerKind = keyof ProbeCounts['listeners'];
  const kindOf = (target: unknown): ListenerKind | null =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList
          ? 'mediaQueryList'
          : null;
  const registered = new WeakMap<EventTarget, Set<string>>();
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 0;
  const keyOf = (type: string, listener: object, options?: boolean | EventListenerOptions) => {
    let id = listenerIds.get(listener);
    if (id === undefined) listenerIds.set(listener, (id = nextListenerId += 1));
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}\u0000${capture}\u0000${id}`;
  };
  /** The probe's own `once` companions, removed with the listener they shadow. */
  const companions = new WeakMap<EventTarget, Map<string, () => void>>();
  const forget = (target: EventTarget, kind: ListenerKind, key: string) => {
    companions.get(target)?.get(key)?.();
    companions.get(target)?.delete(key);
    if (registered.get(target)?.delete(key)) counts.listeners[kind] -= 1;
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    addEventListener.call(this, type, listener, options);
    const kind = kindOf(this);
    const opts = typeof options === 'object' ? options : undefined;
    if (!kind || !listener || opts?.signal?.aborted) return;
    const key = keyOf(type, listener, options);
    let keys = registered.get(this);
    if (!keys) registered.set(this, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    counts.listeners[kind] += 1;
    additions[kind] += 1;
    // A `once` listener goes when it fires: a companion, registered right after it, notes
    // that on the same event (and is removed with it if it is removed first).
    if (opts?.once) {
      const capture = Boolean(opts.capture);
      const companion = () => forget(this, kind, key);
      addEventListener.call(this, type, companion, { capture, once: true });
      let byKey = companions.get(this);
      if (!byKey) companions.set(this, (byKey = new Map()));
      byKey.set(key, () => removeEventListener.call(this, type, companion, capture));
    }
    opts?.signal?.addEventListener('abort', () => forget(this, kind, key), { once: true });
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    removeEventListener.call(this, type, listener, options);
    const kind = kindOf(this);
    if (kind && listener) forget(this, kind, keyOf(type, listener, options));
  };
  if (typeof MediaQueryList !== 'undefined') {
    // The legacy pair is `change` listeners without capture.
    const mql = MediaQueryList.prototype;
    const { addListener, removeListener } = mql;
    mql.addListener = function (this: MediaQueryList, listener) {
      addListener.call(this, listener);
      if (listener) {
        const key = keyOf('change', listener);
        let keys = registered.get(this);
        if (!keys) registered.set(this, (keys = new Set()));
        if (!keys.has(key)) {
          keys.add(key);
          counts.listeners.mediaQueryList += 1;
          additions.mediaQueryList += 1;
        }
      }
    };
    mql.removeListener = function (this: MediaQueryList, listener) {
      removeListener.call(this, listener);
      if (listener) forget(this, 'mediaQueryList', keyOf('change', listener));
    };
  }

  // Timers: a callback that ran, or a clear, ends it. (String callbacks are left alone: the
  // widget never uses them, and CSP forbids them.) Timeouts and intervals share their ids,
  // so either clear function ends either.
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const { setTimeout, setInterval, clearTimeout, clearInterval } = window;
  const { requestAnimationFrame, cancelAnimationFrame } = window;
  const sync = () => {
    counts.timeouts = timeouts.size;
    counts.intervals = intervals.size;
    counts.animationFrames = frames.size;
  };
  const clear = (id: number | undefined) => {
    if (id === undefined) return;
    timeouts.delete(id);
    intervals.delete(id);
    sync();
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return setTimeout(handler, delay, ...args);
    const id = setTimeout(
      (...a: unknown[]) => {
        timeouts.delete(id);
        sync();
        (handler as (...a: unknown[]) => void)(...a);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    sync();
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setInterval(handler, delay, ...args);
    if (typeof handler === 'function') intervals.add(id);
    sync();
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    clearTimeout(id);
    clear(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    clearInterval(id);
    clear(id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = requestAnimationFrame((time) => {
      frames.delete(id);
      sync();
      callback(time);
    });
    frames.add(id);
    sync();
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    cancelAnimationFrame(id);
    frames.delete(id);
    sync();
  };

  Object.defineProperty(window, '__leakProbe', {
    value: {
      counts: () => JSON.parse(JSON.stringify(counts)) as ProbeCounts,
      additions: () => ({ ...additions }),
    },
    enumerable: false,
  });
}

/** Adds the probe to every page of `context`; call before opening the page. */
export const addLeakProbe = (context: BrowserContext) => context.addInitScript(installLeakProbe);

export const probeCounts = (page: Page) =>
  page.evaluate(() => (window as unknown as ProbeWindow).__leakProbe.counts());

export interface Measurement extends ProbeCounts {
  /** Memory.getDOMCounters after garbage collection (the whole renderer's live objects). */
  dom: { documents: number; nodes: number; jsEventListeners: number };
  /** Detached DOM nodes still reachable from script (DOM.getDetachedDomNodes). */
  detachedNodes: number;
  /** Listeners on window and on document, as DevTools lists them (DOMDebugger). */
  devtoolsListeners: { window: number; document: number };
  /** Bytes used by the V8 heap and by Blink's garbage-collected heap, after collection. */
  heap: { js: number; embedder: number };
  /** What the widget leaves in the host page: containers holding a widget, <head> children. */
  page: { widgets: number; headChildren: number; structuredData: number };
}

/** Listeners that DevTools sees on `expression`'s object (window or document). */
async function devtoolsListenersOn(cdp: CDPSession, expression: string): Promise<number> {
  const objectGroup = 'leak-probe';
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId!,
  });
  // Released, or DevTools itself would keep the handle (and what it reaches) alive.
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return listeners.length;
}

/**
 * Two frames and a task: Preact's after-paint work has run. That includes the useEffect
 * cleanups of unmounted components, which Preact (like React) runs after the next paint, so a
 * widget's window listener goes a frame after unmount(), not during it.
 */
export const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );

/**
 * Everything the tests compare, after the page has settled and garbage has been collected.
 * Collection runs several times: objects with finalizers or weak callbacks (and Blink's heap,
 * which V8's collection traces) may need more than one pass to go.
 */
export async function measure(page: Page, cdp: CDPSession): Promise<Measurement> {
  await settle(page);
  const counts = await probeCounts(page);
  const pageState = await page.evaluate(() => ({
    widgets: Array.from(document.querySelectorAll('*')).filter(
      (el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0,
    ).length,
    headChildren: document.head.childElementCount,
    structuredData: document.querySelectorAll('[data-clinic-widget-structured-data]').length,
  }));
  const devtoolsListeners = {
    window: await devtoolsListenersOn(cdp, 'window'),
    document: await devtoolsListenersOn(cdp, 'document'),
  };
  for (let pass = 0; pass < 4; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  // The answer binds each node it lists to a DevTools node id, which keeps the node alive; an
  // enable and disable of the DOM domain drops those bindings again.
  await cdp.send('DOM.enable');
  await cdp.send('DOM.disable');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    ...counts,
    dom: { documents: dom.documents, nodes: dom.nodes, jsEventListeners: dom.jsEventListeners },
    detachedNodes: detachedNodes.length,
    devtoolsListeners,
    heap: { js: heap.usedSize, embedder: heap.embedderHeapUsedSize },
    page: pageState,
  };
}

/** The counts that must come back exactly: everything but the heap's bytes. */
export const exactCounts = ({ heap: _heap, ...rest }: Measurement) => rest;

/**
 * Heap growth allowed between two measurements, in bytes. The heap is not deterministic even
 * after collection: V8 keeps optimising code as functions get hot, and Chromium keeps bounded
 * buffers of performance entries (long tasks, long animation frames, layout shifts) and about
 * 160 bytes of StyleEngine media query results per rendered frame. The leak and soak tests
 * measured 0.2 to 0.6 MB of that, none of it objects of the widget (heap snapshot diffs:
 * code, performance entries, media queries). A leak is far bigger: a mounted widget holds about
 * 200 KB (850 nodes, 56 listeners, its Preact tree), so 500 leaked mounts would be 100 MB, and
 * keeping one translator or one old tree per language switch or quiz run would pass 1 MB
 * within a few hundred iterations. Smaller leaks (a listener, an observer, a timer, a node)
 * are caught by the exact counts instead.
 */
export const HEAP_TOLERANCE = 1024 * 1024;

/** Heap growth in bytes between two measurements (V8's heap plus Blink's). */
export const heapGrowth = (before: Measurement, after: Measurement): number =>
  after.heap.js + after.heap.embedder - (before.heap.js + before.heap.embedder);

/** One line for the test log: the numbers the report quotes. */
export const describeMeasurement = (label: string, m: Measurement): string =>
  `${label}: nodes ${m.dom.nodes}, documents ${m.dom.documents}, JS listeners ${m.dom.jsEventListeners}, ` +
  `window/document listeners ${m.devtoolsListeners.window}/${m.devtoolsListeners.document} ` +
  `(probe ${m.listeners.window}/${m.listeners.document}, matchMedia ${m.listeners.mediaQueryList}), ` +
  `detached nodes ${m.detachedNodes}, observers M/R/I ${m.observers.mutation}/${m.observers.resize}/${m.observers.intersection}, ` +
  `timers ${m.timeouts}+${m.intervals}+${m.animationFrames} frames, ` +
  `heap ${(m.heap.js / 1024).toFixed(0)} KB JS + ${(m.heap.embedder / 1024).toFixed(0)} KB Blink, widgets ${m.page.widgets}`;
