// @ts-check
/** @typedef {{ start: number, duration: number }} Span */
/**
 * @typedef {{ start: number, duration: number, blocking: number, render: number,
 *   scripts: { url: string, invoker: string, duration: number }[] }} Frame
 */
/** @typedef {{ start: number, value: number, hadRecentInput: boolean, sources: string[] }} Shift */
/** @typedef {{ id: number, name: string, start: number, duration: number }} Interaction */

/**
 * The in-page probe, installed in every bench page before any of the page's own scripts
 * (page.addInitScript, which serialises this function: it must use nothing from outside its
 * own body). It is the same in all three scenarios, so its own small cost cancels out when
 * one scenario is compared with another.
 *
 * It records, from the browser's own APIs, everything the bench reports from inside the page:
 * long tasks (`longtask`) and long animation frames (`long-animation-frame`, whose script
 * entries say which file a long task ran), layout shifts, interactions (Event Timing), and
 * the embed's milestones:
 *
 * - `ready`: the widget's `clinic-widget:ready` (or the floor's `bench:floor-ready`). Both
 *   are dispatched right after the first complete render: before it the container's shadow
 *   root is empty, so nothing of the embed can have been painted earlier.
 * - `painted`: the end of the frame that first shows that render (see afterNextPaint).
 * - `interactive`: the first FAQ question is clicked in the first task after `painted`, and
 *   this is the end of the frame that shows its answer open. If the main thread were still
 *   busy with the embed's start-up, the click would wait for it, and so would this mark.
 *
 * @param {{ settleMs: number, embedded: boolean }} config
 */
export function installProbe(config) {
  const marks = /** @type {Record<string, number>} */ ({});
  const longTasks = /** @type {Span[]} */ ([]);
  const frames = /** @type {Frame[]} */ ([]);
  const shifts = /** @type {Shift[]} */ ([]);
  const interactions = /** @type {Interaction[]} */ ([]);
  const unsupported = /** @type {string[]} */ ([]);

  /**
   * @param {string} type
   * @param {(entry: any) => void} record
   * @param {Record<string, unknown>} [options]
   */
  const observe = (type, record, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({
        type,
        buffered: true,
        ...options,
      });
    } catch {
      unsupported.push(type);
    }
  };
  observe('longtask', (e) => longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) =>
    frames.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      render: e.renderStart,
      scripts: Array.from(
        e.scripts ?? [],
        (/** @type {{ sourceURL: string, invoker: string, duration: number }} */ s) => ({
          url: s.sourceURL,
          invoker: s.invoker,
          duration: s.duration,
        }),
      ),
    }),
  );
  /** Where a shifted node lives: the host page (named) or inside the embed's shadow root. */
  const describe = (/** @type {Node | null} */ node) => {
    if (!node) return '(removed)';
    if (node.getRootNode() instanceof ShadowRoot) return '(inside the embed)';
    const element = /** @type {Element} */ (node);
    return `${element.localName ?? node.nodeName}${element.id ? `#${element.id}` : ''}${
      element.classList?.length ? `.${Array.from(element.classList).join('.')}` : ''
    }`;
  };
  observe('layout-shift', (e) =>
    shifts.push({
      start: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      sources: Array.from(e.sources ?? [], (/** @type {{ node: Node | null }} */ s) =>
        describe(s.node),
      ),
    }),
  );
  // Event Timing: every part of a real (not scripted) interaction, from input to next paint.
  observe(
    'event',
    (e) => {
      if (e.interactionId)
        interactions.push({
          id: e.interactionId,
          name: e.name,
          start: e.startTime,
          duration: e.duration,
        });
    },
    { durationThreshold: 16 },
  );
  observe('paint', (e) => (marks[e.name] = e.startTime));

  /**
   * Calls back at the end of the next frame: the rAF callback runs just before that frame's
   * style, layout and paint; a message posted from it is handled only after them. (A second
   * rAF would land a whole frame later.) The same for the widget and the floor.
   * @param {(time: number) => void} callback
   */
  const afterThisFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  /** @param {(time: number) => void} callback */
  const afterNextPaint = (callback) => requestAnimationFrame(() => afterThisFrame(callback));

  const embedRoot = () => document.getElementById('embed')?.shadowRoot ?? null;

  /**
   * Resolves at the end of the first frame painted after `predicate` holds. DOM changes in
   * the embed are caught as they happen (MutationObserver); state the DOM does not show as
   * a mutation (a radio's `checked`) is checked once per frame.
   * @param {() => unknown} predicate
   * @param {number} [timeoutMs]
   * @returns {Promise<number>}
   */
  const afterPaintWhen = (predicate, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      let frame = 0;
      const finish = (/** @type {boolean} */ inFrame) => {
        observer.disconnect();
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        // Inside a rAF callback the frame being built already shows the change.
        if (inFrame) afterThisFrame(resolve);
        else afterNextPaint(resolve);
      };
      const observer = new MutationObserver(() => predicate() && finish(false));
      const poll = () => (predicate() ? finish(true) : (frame = requestAnimationFrame(poll)));
      const timer = setTimeout(() => {
        observer.disconnect();
        cancelAnimationFrame(frame);
        reject(new Error(`The page did not reach the expected state in ${timeoutMs} ms.`));
      }, timeoutMs);
      if (predicate()) return finish(false);
      observer.observe(embedRoot() ?? document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      frame = requestAnimationFrame(poll);
    });

  // The time of the latest real input, for "input → painted" durations.
  for (const type of ['keydown', 'pointerdown'])
    document.addEventListener(type, (event) => (marks.input = event.timeStamp), true);

  document.addEventListener('clinic-widget:quiz-result', () => {
    marks.quizResult = performance.now();
  });

  /** @type {(value: number) => void} */
  let settle = () => {};
  const settled = new Promise((resolve) => (settle = resolve));
  // Settled: a quiet period after both the load event and (with an embed) `interactive`.
  const waiting = new Set(config.embedded ? ['load', 'embed'] : ['load']);
  /** @param {string} what */
  const settleAfter = (what) => {
    waiting.delete(what);
    if (!waiting.size)
      setTimeout(() => settle((marks.settled = performance.now())), config.settleMs);
  };

  /** @param {Event} event */
  const onReady = (event) => {
    if (marks.ready !== undefined) return;
    marks.ready = performance.now();
    const root = /** @type {Element} */ (event.target).shadowRoot;
    afterNextPaint((painted) => {
      marks.painted = painted;
      setTimeout(() => {
        const button = root?.querySelector('button[aria-expanded="false"]');
        if (!root || !button) return void settleAfter('embed');
        const panel = root.getElementById(button.getAttribute('aria-controls') ?? '');
        const done = afterPaintWhen(
          () => button.getAttribute('aria-expanded') === 'true' && panel && !panel.hidden,
        );
        marks.click = performance.now();
        /** @type {HTMLElement} */ (button).click();
        void done.then((time) => {
          marks.interactive = time;
          settleAfter('embed');
        });
      });
    });
  };
  document.addEventListener('clinic-widget:ready', onReady, true);
  document.addEventListener('bench:floor-ready', onReady, true);
  addEventListener('load', () => {
    marks.load = performance.now();
    settleAfter('load');
  });

  const bench = {
    marks,
    longTasks,
    frames,
    shifts,
    interactions,
    unsupported,
    settled,
    afterPaintWhen,
    embedRoot,
    /** @type {Promise<number> | null} */
    pending: null,
  };
  Object.defineProperty(window, '__bench', { value: bench });
}
