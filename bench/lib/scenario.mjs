// @ts-check
/**
 * One run of one scenario: a fresh browser context, throttled, loading one bench page, then
 * (for pages with an embed) driving it through the later phases by real input.
 */
import { installProbe } from '../probe.mjs';

/** @typedef {import('./site.mjs').Sizes} Sizes */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

/** The conditions every run is measured under; results.json and the docs repeat them. */
export const SETTINGS = {
  /** Emulation.setCPUThrottlingRate: the page's main thread runs 4× slower. */
  cpuSlowdown: 4,
  /** Network.emulateNetworkConditions, added to every request (a "slow 4G" phone). */
  network: { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 },
  /** A phone-sized viewport (Lighthouse's mobile one), at 1 device pixel per CSS pixel. */
  viewport: { width: 412, height: 823 },
  /** The quiet time after each milestone before its figures are read. */
  settleMs: 600,
  /** Served with Content-Encoding: gzip (level 9), as a CDN would; caching disabled. */
  encoding: 'gzip',
};

/**
 * @typedef {{ id: string, title: string, page: string, embedPrefix: string | null,
 *   script: string | null, phases: ('faq' | 'quiz' | 'language')[] }} Scenario
 */
/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    id: 'empty',
    title: 'Page without the widget',
    page: 'host-empty.html',
    embedPrefix: null,
    script: null,
    phases: [],
  },
  {
    id: 'floor',
    title: 'Floor (static DOM)',
    page: 'floor.html',
    embedPrefix: '/floor/',
    script: '/floor/floor.js',
    phases: ['faq'],
  },
  {
    id: 'widget',
    title: 'Widget',
    page: 'host.html',
    embedPrefix: '/dist/',
    script: '/dist/clinic-widget.js',
    phases: ['faq', 'quiz', 'language'],
  },
  {
    // The same snippet with data-lang="es": a visitor in another language (issue 17's goal,
    // within 1.15× of the English first view).
    id: 'widget-es',
    title: 'Widget, Spanish',
    page: 'host-es.html',
    embedPrefix: '/dist/',
    script: '/dist/clinic-widget.js',
    phases: [],
  },
  {
    // data-lazy without a min-height of its own, opened at #embed as a link to the widget
    // would (issue 17): the browser scrolls the container to the top of the screen, where the
    // loader's reserved space stands until the widget replaces it. Only its layout shift is
    // reported (a row of the first view's table).
    id: 'widget-lazy-jump',
    title: 'Widget, lazy, reached by a link',
    page: 'host-lazy.html#embed',
    embedPrefix: '/dist/',
    script: '/dist/clinic-widget.js',
    phases: [],
  },
];

/**
 * The English labels the quiz is driven by, and the language switched to, read from the
 * shipped locale files so a change of wording does not break the bench.
 * @typedef {{ start: string, noRedFlag: string, next: string, time: string, symptom: string,
 *   trend: string, questions: string[], switchTo: string }} Labels
 */

/**
 * @typedef {{ browser: import('playwright-core').Browser, baseUrl: string,
 *   requests: string[], sizes: Map<string, Sizes>, labels: Labels }} Env
 */

/**
 * Main-thread totals from Performance.getMetrics, in ms, read from two sessions: one in wall
 * time (what the page lived through at the CPU slowdown) and one in the thread's CPU time
 * (which the slowdown does not stretch and other processes on the machine barely touch).
 * DevTools commands are the bench's own evaluations (Playwright's locators, the probe's
 * reads), so they are taken out of "all tasks".
 * @param {CDPSession} wall
 * @param {CDPSession} cpu
 */
async function mainThread(wall, cpu) {
  const read = async (/** @type {CDPSession} */ session) => {
    const { metrics } = await session.send('Performance.getMetrics');
    const byName = Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
    return (/** @type {string} */ name) => (byName[name] ?? 0) * 1000;
  };
  const [w, c] = await Promise.all([read(wall), read(cpu)]);
  return {
    script: w('ScriptDuration'),
    styleLayout: w('RecalcStyleDuration') + w('LayoutDuration'),
    task: w('TaskDuration') - w('DevToolsCommandDuration'),
    cpu: c('TaskDuration') - c('DevToolsCommandDuration'),
  };
}

/**
 * Live JS heap: collect garbage first, so what is left is what the page holds on to.
 * @param {CDPSession} cdp
 */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** @param {Page} page */
const probeData = (page) =>
  page.evaluate(() => {
    const bench = /** @type {any} */ (window).__bench;
    const root = bench.embedRoot();
    return {
      marks: /** @type {Record<string, number>} */ ({ ...bench.marks }),
      longTasks: /** @type {import('../probe.mjs').Span[]} */ (bench.longTasks),
      frames: /** @type {import('../probe.mjs').Frame[]} */ (bench.frames),
      shifts: /** @type {import('../probe.mjs').Shift[]} */ (bench.shifts),
      interactions: /** @type {import('../probe.mjs').Interaction[]} */ (bench.interactions),
      unsupported: /** @type {string[]} */ (bench.unsupported),
      elements: /** @type {number} */ (root ? root.querySelectorAll('*').length : 0),
      resources: performance.getEntriesByType('resource').map((entry) => {
        const resource = /** @type {PerformanceResourceTiming} */ (entry);
        return {
          path: new URL(resource.name).pathname,
          start: resource.startTime,
          end: resource.responseEnd,
          encoded: resource.encodedBodySize,
        };
      }),
    };
  });
/** @typedef {Awaited<ReturnType<typeof probeData>>} ProbeData */

/** @param {Page} page */
const now = (page) => page.evaluate(() => performance.now());

/**
 * Bytes of the files requested, from the sizes computed when the site was built.
 * @param {string[]} paths
 * @param {Map<string, Sizes>} sizes
 */
function bytesOf(paths, sizes) {
  const total = { raw: 0, gzip: 0, brotli: 0, requests: paths.length };
  for (const path of paths) {
    const size = sizes.get(path);
    if (!size) throw new Error(`The bench has no size for ${path}`);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}

/** @param {number[]} values */
const medianOf = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (/** @type {number} */ i) => sorted[i] ?? 0;
  return sorted.length ? (sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2) : 0;
};

/**
 * What the probe saw between `from` and `to`.
 *
 * A long task counts as the embed's when a long animation frame overlapping it ran a script
 * from the embed's files (LoAF script entries name the file), or when it falls within
 * `embedBusy`: the probe's scripted click on the first question, whose handling is the
 * embed's work although the probe's timer is what LoAF names, or when no script is named for
 * it and it starts after `embedArrived` (the last of the embed's files has arrived, in the
 * first view): a render in a timer's task or the layout of a frame the embed changed, which
 * LoAF may list without a script; the page without the embed has no task then. Every long
 * task is listed in results.json with its scripts.
 *
 * Layout shifts are split at `insertedAt` (the end of the frame that first showed the embed):
 * those up to it are the embed's arrival pushing the host's content down; later ones are
 * anything that moved afterwards.
 * @param {ProbeData} data
 * @param {{ from: number, to: number, embedPrefix: string | null, shiftsBefore?: number,
 *   insertedAt?: number, embedBusy?: [number, number], embedArrived?: number }} span
 */
function analyse(data, span) {
  const { from, to, embedPrefix, shiftsBefore = Infinity, insertedAt = -Infinity } = span;
  const { embedArrived = Infinity } = span;
  const [busyFrom, busyTo] = span.embedBusy ?? [NaN, NaN];
  const within = (/** @type {number} */ start) => start >= from && start < to;
  const tasks = data.longTasks
    .filter((task) => within(task.start))
    .map((task) => {
      const end = task.start + task.duration;
      const scripts = data.frames
        .filter((frame) => frame.start < end && task.start < frame.start + frame.duration)
        .flatMap((frame) => frame.scripts.map((script) => script.url))
        .filter((url, i, all) => url && all.indexOf(url) === i)
        .map((url) => new URL(url).pathname);
      const byEmbed =
        !!embedPrefix &&
        (scripts.some((path) => path.startsWith(embedPrefix)) ||
          (task.start < busyTo && busyFrom < end) ||
          (!scripts.length && task.start >= embedArrived));
      return {
        start: Math.round(task.start),
        duration: Math.round(task.duration),
        byEmbed,
        scripts,
      };
    });
  const embedTasks = tasks.filter((task) => task.byEmbed);
  const shifts = data.shifts.filter(
    (shift) => within(shift.start) && shift.start < shiftsBefore && !shift.hadRecentInput,
  );
  const clsOf = (/** @type {typeof shifts} */ list) =>
    list.reduce((sum, shift) => sum + shift.value, 0);
  /** @type {Map<number, number>} */
  const interactions = new Map();
  for (const entry of data.interactions.filter((e) => within(e.start)))
    interactions.set(entry.id, Math.max(interactions.get(entry.id) ?? 0, entry.duration));
  const durations = [...interactions.values()];
  return {
    longTasks: {
      count: tasks.length,
      longest: Math.max(0, ...tasks.map((task) => task.duration)),
      embedCount: embedTasks.length,
      embedLongest: Math.max(0, ...embedTasks.map((task) => task.duration)),
      list: tasks,
    },
    cls: clsOf(shifts),
    clsAtInsertion: clsOf(shifts.filter((shift) => shift.start <= insertedAt)),
    clsAfterInsertion: clsOf(shifts.filter((shift) => shift.start > insertedAt)),
    clsSources: [...new Set(shifts.flatMap((shift) => shift.sources))],
    interactions: {
      // Event Timing reports interactions of 16 ms or more; shorter ones are not counted.
      count: durations.length,
      longest: Math.max(0, ...durations),
      median: medianOf(durations),
    },
  };
}

/**
 * What a step waits for: the clicked control checked or expanded, the check's question
 * changed, its result shown, or the widget showing a language.
 * @typedef {{ kind: 'checked' } | { kind: 'expanded' } | { kind: 'question', text: string }
 *   | { kind: 'result' } | { kind: 'lang', lang: string }} Condition
 */

/**
 * A real mouse click (Input.dispatchMouseEvent) in the middle of `target`, and the end of
 * the frame that showed its effect. In one evaluation, the target is scrolled into view and
 * a wait for `condition` is armed before the click, so a fast response cannot be missed.
 * Playwright's own click() is not used: its actionability checks run script in the page on
 * every frame, which would be counted as the page's main-thread time; evaluations are
 * DevTools commands, which mainThread() leaves out.
 * @param {Page} page
 * @param {import('playwright-core').ElementHandle} target
 * @param {Condition} condition
 * @param {() => Promise<unknown>} [act] instead of the click
 */
async function actAndWaitForPaint(page, target, condition, act) {
  const point = await target.evaluate((element, condition) => {
    const bench = /** @type {any} */ (window).__bench;
    const input = /** @type {HTMLInputElement} */ (element);
    if (condition.kind !== 'lang') input.scrollIntoView({ block: 'center' });
    bench.pending = bench.afterPaintWhen(() => {
      const root = bench.embedRoot();
      if (condition.kind === 'checked') return input.checked;
      if (condition.kind === 'expanded') return input.getAttribute('aria-expanded') === 'true';
      if (condition.kind === 'result') return bench.marks.quizResult !== undefined;
      if (condition.kind === 'lang')
        return root?.querySelector('[dir][lang]')?.getAttribute('lang') === condition.lang;
      // The step's heading (it names the step's fieldset) holds its question.
      return root
        ?.querySelector('form :is(h1, h2, h3, h4, h5, h6)')
        ?.textContent?.includes(condition.text);
    });
    const box = input.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, condition);
  await (act ? act() : page.mouse.click(point.x, point.y));
  return /** @type {number} */ (
    await page.evaluate(() => /** @type {any} */ (window).__bench.pending)
  );
}

/**
 * @param {Page} page
 * @param {import('playwright-core').Locator} locator
 * @param {Condition} condition
 */
async function clickAndWait(page, locator, condition) {
  const target = await locator.elementHandle();
  const painted = await actAndWaitForPaint(page, target, condition);
  await target.dispose();
  return painted;
}

/** Opens every FAQ answer that is still closed, one click at a time. @param {Page} page */
async function openEveryAnswer(page) {
  const closed = await page.locator('#embed button[aria-expanded="false"]').elementHandles();
  for (const button of closed) await actAndWaitForPaint(page, button, { kind: 'expanded' });
  await Promise.all(closed.map((button) => button.dispose()));
  return { clicks: closed.length };
}

/**
 * The "when to get help" check from its start screen to a result ("expected"), by clicks.
 * @param {Page} page
 * @param {Labels} labels
 */
async function completeQuiz(page, labels) {
  const widget = page.locator('#embed');
  /** @param {'button' | 'radio' | 'checkbox'} role @param {string} name */
  const control = (role, name) => widget.getByRole(role, { name, exact: true });
  /** @type {[import('playwright-core').Locator, Condition][]} */
  const steps = [
    [control('button', labels.start), { kind: 'question', text: labels.questions[0] ?? '' }],
    [control('radio', labels.noRedFlag), { kind: 'checked' }],
    [control('button', labels.next), { kind: 'question', text: labels.questions[1] ?? '' }],
    [control('radio', labels.time), { kind: 'checked' }],
    [control('button', labels.next), { kind: 'question', text: labels.questions[2] ?? '' }],
    [control('checkbox', labels.symptom), { kind: 'checked' }],
    [control('button', labels.next), { kind: 'question', text: labels.questions[3] ?? '' }],
    [control('radio', labels.trend), { kind: 'checked' }],
    [control('button', labels.next), { kind: 'result' }],
  ];
  for (const [locator, condition] of steps) await clickAndWait(page, locator, condition);
  return { clicks: steps.length };
}

/**
 * Switches language with the widget's own menu, by keyboard (the next language in the menu):
 * Enter opens it, ArrowDown moves to the next language, and the timed act is the Enter that
 * picks it, from the key press to the end of the frame that shows the new language.
 * @param {Page} page
 * @param {Labels} labels
 */
async function switchLanguage(page, labels) {
  const menu = page.locator('#embed button[aria-haspopup="menu"]');
  await menu.focus();
  await page.keyboard.press('Enter');
  await page.locator('#embed [role="menu"]').waitFor();
  await page.keyboard.press('ArrowDown');
  const target = await page
    .locator(`#embed [role="menuitemradio"][lang="${labels.switchTo}"]`)
    .elementHandle();
  const painted = await actAndWaitForPaint(
    page,
    target,
    { kind: 'lang', lang: labels.switchTo },
    () => page.keyboard.press('Enter'),
  );
  await target.dispose();
  const input = await page.evaluate(() => /** @type {any} */ (window).__bench.marks.input);
  return { inputToPaint: painted - input };
}

/**
 * A fresh browser context and page under the bench's conditions (SETTINGS: viewport, CPU
 * slowdown, network, no cache), with the DevTools session that applied them. bench/waterfall.mjs
 * loads its pages the same way.
 * @param {import('playwright-core').Browser} browser
 */
export async function openThrottledPage(browser) {
  const context = await browser.newContext({
    viewport: SETTINGS.viewport,
    deviceScaleFactor: 1,
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SETTINGS.network.latencyMs,
      downloadThroughput: (SETTINGS.network.downloadKbps * 1000) / 8,
      uploadThroughput: (SETTINGS.network.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SETTINGS.cpuSlowdown });
    return { context, page, cdp };
  } catch (cause) {
    await context.close();
    throw cause;
  }
}

/**
 * @param {Env} env
 * @param {Scenario} scenario
 */
export async function runScenario(env, scenario) {
  const { context, page, cdp } = await openThrottledPage(env.browser);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const cpuClock = await context.newCDPSession(page);
    await cpuClock.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.addInitScript(installProbe, {
      settleMs: SETTINGS.settleMs,
      embedded: scenario.embedPrefix !== null,
    });

    env.requests.length = 0;
    await page.goto(`${env.baseUrl}/pages/${scenario.page}`, { timeout: 60_000 });
    await page.evaluate(() => /** @type {any} */ (window).__bench.settled);
    // Read the main-thread totals before anything else runs script in the page.
    const firstMainThread = await mainThread(cdp, cpuClock);
    const data = await probeData(page);
    const firstRequests = [...env.requests];
    const { marks } = data;
    const mark = (/** @type {string} */ name) => marks[name] ?? NaN;
    if (data.unsupported.length)
      throw new Error(`This Chromium lacks ${data.unsupported.join(', ')} performance entries.`);

    const embedPaths = firstRequests.filter(
      (path) => scenario.embedPrefix && path.startsWith(scenario.embedPrefix),
    );
    const scriptStart = data.resources.find((r) => r.path === scenario.script)?.start ?? NaN;
    // The last of the embed's files to arrive.
    const embedArrived = Math.max(
      ...data.resources
        .filter((r) => scenario.embedPrefix && r.path.startsWith(scenario.embedPrefix))
        .map((r) => r.end),
    );
    const firstView = {
      files: firstRequests,
      pageBytes: bytesOf(firstRequests, env.sizes),
      embedBytes: bytesOf(embedPaths, env.sizes),
      // What the browser says it received for the embed's files (Resource Timing), to check
      // that the served encoding is what the bytes above assume.
      embedEncodedBytes: data.resources
        .filter((r) => scenario.embedPrefix && r.path.startsWith(scenario.embedPrefix))
        .reduce((sum, r) => sum + r.encoded, 0),
      // The network's part of the wait.
      scriptToFetched: embedArrived - scriptStart,
      scriptToPaint: mark('painted') - scriptStart,
      scriptToInteractive: mark('interactive') - scriptStart,
      scriptToReady: mark('ready') - scriptStart,
      pageFcp: mark('first-contentful-paint'),
      load: mark('load'),
      mainThread: firstMainThread,
      // The probe's own scripted click opens an answer; shifts from then on are not the
      // first view's (a visitor's click would be input, and excluded).
      ...analyse(data, {
        from: 0,
        to: mark('settled'),
        embedPrefix: scenario.embedPrefix,
        shiftsBefore: marks.click ?? Infinity,
        insertedAt: marks.painted ?? -Infinity,
        embedBusy: [mark('click'), mark('interactive')],
        embedArrived,
      }),
      heap: await heapAfterGc(cdp),
      elements: data.elements,
    };

    /** @type {Record<string, unknown>} */
    const phases = {};
    if (scenario.phases.length) {
      // Playwright installs its own helper script in the page the first time a locator is
      // used; do that now, so the first phase does not count it as the widget's.
      await page.locator('#embed button').first().count();
    }
    for (const phase of scenario.phases) {
      const from = await now(page);
      const firstRequest = env.requests.length;
      const before = await mainThread(cdp, cpuClock);
      const driven =
        phase === 'faq'
          ? await openEveryAnswer(page)
          : phase === 'quiz'
            ? await completeQuiz(page, env.labels)
            : await switchLanguage(page, env.labels);
      await page.waitForTimeout(SETTINGS.settleMs);
      const after = await mainThread(cdp, cpuClock);
      const to = await now(page);
      const phaseData = await probeData(page);
      const paths = env.requests.slice(firstRequest);
      phases[phase] = {
        ...driven,
        files: paths,
        bytes: bytesOf(paths, env.sizes),
        mainThread: {
          script: after.script - before.script,
          styleLayout: after.styleLayout - before.styleLayout,
          task: after.task - before.task,
          cpu: after.cpu - before.cpu,
        },
        ...analyse(phaseData, { from, to, embedPrefix: scenario.embedPrefix }),
        heap: await heapAfterGc(cdp),
        elements: phaseData.elements,
      };
    }
    return { firstView, phases };
  } finally {
    await context.close();
  }
}
