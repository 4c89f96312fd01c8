// @ts-check
/**
 * Turns the runs into medians and spreads, ratios to the floor and the targets' verdicts;
 * prints them as Markdown tables (aligned, so they read well in a terminal too) and puts the
 * same tables into docs/performance.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';

/** @typedef {Awaited<ReturnType<import('./scenario.mjs').runScenario>>} Run */
/** @typedef {{ n: number, median: number, min: number, max: number, q1: number, q3: number, values: number[] }} Stats */

/** @param {number[]} values @returns {Stats} */
export function stats(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  /** Linear interpolation between closest ranks. @param {number} p */
  const quantile = (p) => {
    if (!sorted.length) return NaN;
    const at = (sorted.length - 1) * p;
    const low = Math.floor(at);
    const high = Math.ceil(at);
    return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (at - low);
  };
  const round = (/** @type {number} */ v) => Math.round(v * 10000) / 10000;
  return {
    n: sorted.length,
    median: round(quantile(0.5)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
    q1: round(quantile(0.25)),
    q3: round(quantile(0.75)),
    values: values.map(round),
  };
}

/**
 * The figures reported for the first view, each read from one run.
 * @type {Record<string, (run: Run) => number>}
 */
const FIRST_VIEW = {
  embedRequests: (r) => r.firstView.embedBytes.requests,
  embedRaw: (r) => r.firstView.embedBytes.raw,
  embedGzip: (r) => r.firstView.embedBytes.gzip,
  embedBrotli: (r) => r.firstView.embedBytes.brotli,
  embedEncoded: (r) => r.firstView.embedEncodedBytes,
  pageGzip: (r) => r.firstView.pageBytes.gzip,
  pageBrotli: (r) => r.firstView.pageBytes.brotli,
  scriptToFetched: (r) => r.firstView.scriptToFetched,
  scriptToPaint: (r) => r.firstView.scriptToPaint,
  scriptToInteractive: (r) => r.firstView.scriptToInteractive,
  mainScript: (r) => r.firstView.mainThread.script,
  mainStyleLayout: (r) => r.firstView.mainThread.styleLayout,
  mainTask: (r) => r.firstView.mainThread.task,
  mainCpu: (r) => r.firstView.mainThread.cpu,
  longTasks: (r) => r.firstView.longTasks.count,
  longestTask: (r) => r.firstView.longTasks.longest,
  embedLongTasks: (r) => r.firstView.longTasks.embedCount,
  embedLongestTask: (r) => r.firstView.longTasks.embedLongest,
  cls: (r) => r.firstView.cls,
  clsAtInsertion: (r) => r.firstView.clsAtInsertion,
  clsAfterInsertion: (r) => r.firstView.clsAfterInsertion,
  heap: (r) => r.firstView.heap,
  elements: (r) => r.firstView.elements,
  pageFcp: (r) => r.firstView.pageFcp,
  load: (r) => r.firstView.load,
};

/** @type {Record<string, (phase: any) => number>} */
const PHASE = {
  clicks: (p) => p.clicks ?? NaN,
  requests: (p) => p.bytes.requests,
  bytesGzip: (p) => p.bytes.gzip,
  bytesBrotli: (p) => p.bytes.brotli,
  inputToPaint: (p) => p.inputToPaint ?? NaN,
  interactionLongest: (p) => p.interactions.longest,
  interactionMedian: (p) => p.interactions.median,
  mainScript: (p) => p.mainThread.script,
  mainStyleLayout: (p) => p.mainThread.styleLayout,
  mainTask: (p) => p.mainThread.task,
  mainCpu: (p) => p.mainThread.cpu,
  longTasks: (p) => p.longTasks.count,
  longestTask: (p) => p.longTasks.longest,
  cls: (p) => p.cls,
  heap: (p) => p.heap,
  elements: (p) => p.elements,
};

/**
 * @param {Record<string, (run: any) => number>} metrics
 * @param {any[]} items
 */
const statsOf = (metrics, items) =>
  Object.fromEntries(
    Object.entries(metrics).map(([key, read]) => [key, stats(items.map((item) => read(item)))]),
  );

/** @param {number} a @param {number} b */
const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? Math.round((a / b) * 100) / 100 : null;

/**
 * @param {{ results: Record<string, Run[]>, sizes: Map<string, import('./site.mjs').Sizes>,
 *   meta: { date: string, machine: Record<string, unknown>, settings: Record<string, unknown>,
 *   durationSeconds: number } }} input
 */
export function summarise({ results, sizes, meta }) {
  /** @type {Record<string, { firstView: Record<string, Stats>, phases: Record<string, Record<string, Stats>> }>} */
  const scenarios = {};
  for (const [id, runs] of Object.entries(results)) {
    const phaseNames = Object.keys(runs[0]?.phases ?? {});
    scenarios[id] = {
      firstView: statsOf(FIRST_VIEW, runs),
      phases: Object.fromEntries(
        phaseNames.map((name) => [
          name,
          statsOf(
            PHASE,
            runs.map((run) => run.phases[name]),
          ),
        ]),
      ),
    };
  }
  const m = (/** @type {string} */ id, /** @type {string} */ key) =>
    scenarios[id]?.firstView[key]?.median ?? NaN;
  /** The embed's share of a page total: its page's median less the page without it. */
  const attributable = (/** @type {string} */ id) =>
    Object.fromEntries(
      ['mainScript', 'mainStyleLayout', 'mainTask', 'mainCpu', 'heap', 'cls'].map((key) => [
        key,
        Math.round((m(id, key) - m('empty', key)) * 1000) / 1000,
      ]),
    );
  const widgetOwn = attributable('widget');
  const floorOwn = attributable('floor');
  const ratios = {
    firstView: {
      embedGzip: ratio(m('widget', 'embedGzip'), m('floor', 'embedGzip')),
      embedBrotli: ratio(m('widget', 'embedBrotli'), m('floor', 'embedBrotli')),
      scriptToPaint: ratio(m('widget', 'scriptToPaint'), m('floor', 'scriptToPaint')),
      scriptToInteractive: ratio(
        m('widget', 'scriptToInteractive'),
        m('floor', 'scriptToInteractive'),
      ),
      mainScript: ratio(widgetOwn.mainScript ?? NaN, floorOwn.mainScript ?? NaN),
      mainStyleLayout: ratio(widgetOwn.mainStyleLayout ?? NaN, floorOwn.mainStyleLayout ?? NaN),
      mainTask: ratio(widgetOwn.mainTask ?? NaN, floorOwn.mainTask ?? NaN),
      mainCpu: ratio(widgetOwn.mainCpu ?? NaN, floorOwn.mainCpu ?? NaN),
      heap: ratio(widgetOwn.heap ?? NaN, floorOwn.heap ?? NaN),
      elements: ratio(m('widget', 'elements'), m('floor', 'elements')),
      clsAtInsertion: ratio(m('widget', 'clsAtInsertion'), m('floor', 'clsAtInsertion')),
    },
    faq: Object.fromEntries(
      [
        'interactionLongest',
        'interactionMedian',
        'mainScript',
        'mainStyleLayout',
        'mainTask',
        'mainCpu',
      ].map((key) => [
        key,
        ratio(
          scenarios.widget?.phases.faq?.[key]?.median ?? NaN,
          scenarios.floor?.phases.faq?.[key]?.median ?? NaN,
        ),
      ]),
    ),
  };

  const locales = Object.fromEntries(
    [...sizes]
      .filter(([path]) => /^\/dist\/locales\/[^/]+\.js$/.test(path))
      .map(([path, size]) => [path.replace(/^\/dist\/locales\/|\.js$/g, ''), size]),
  );

  const widget = scenarios.widget;
  const widgetRuns = results.widget ?? [];
  const embedTaskRuns = widgetRuns.filter(
    (run) =>
      run.firstView.longTasks.embedCount > 0 ||
      Object.values(run.phases).some((phase) => /** @type {any} */ (phase).longTasks.count > 0),
  ).length;
  const phaseCls = Object.values(widget?.phases ?? {}).map((phase) => phase.cls?.max ?? 0);
  const paintRatio = ratios.firstView.scriptToPaint;
  const spanishRatio = ratio(m('widget-es', 'scriptToPaint'), m('widget', 'scriptToPaint'));
  /**
   * A ratio's spread: run i of one scenario against run i of the other (the scenarios take
   * turns, round by round, so a slow moment of the machine hits both), as "min–max".
   * @param {string} a @param {string} b @param {(run: Run) => number} read
   */
  const spread = (a, b, read) => {
    const pairs = (results[a] ?? []).map((run, i) => {
      const other = results[b]?.[i];
      return other ? ratio(read(run), read(other)) : null;
    });
    const each = stats(pairs.filter((r) => r !== null));
    return `${fmt(each.min, 2)}–${fmt(each.max, 2)}× run by run`;
  };
  const paintRead = (/** @type {Run} */ run) => run.firstView.scriptToPaint;
  const openingRead = (/** @type {Run} */ run) =>
    /** @type {any} */ (run.phases).faq?.interactions.median ?? NaN;
  /** gzip -9 of the built files whose URL path matches. @param {RegExp} path */
  const gzipOf = (path) =>
    [...sizes].filter(([url]) => path.test(url)).reduce((sum, [, size]) => sum + size.gzip, 0);
  const placeholder = gzipOf(/^\/dist\/launcher-[\w-]+\.js$/);
  const targets = [
    {
      target: 'No long task ≥ 50 ms caused by the widget (4× CPU)',
      met: embedTaskRuns === 0,
      detail: `${embedTaskRuns} of ${widgetRuns.length} runs had one; first view: median ${
        widget?.firstView.embedLongTasks?.median
      } (longest ${widget?.firstView.embedLongestTask?.median} ms); the floor's first view: median ${
        scenarios.floor?.firstView.embedLongTasks?.median
      } (longest ${scenarios.floor?.firstView.embedLongestTask?.median} ms)`,
    },
    {
      target: 'Layout shift caused by the widget = 0 (documented snippet)',
      met: (widgetOwn.cls ?? 0) === 0 && phaseCls.every((cls) => cls === 0),
      detail: `first view ${fmt(widgetOwn.cls ?? NaN, 3)} over the page without it (on arrival ${fmt(
        widget?.firstView.clsAtInsertion?.median ?? NaN,
        3,
      )}, afterwards ${fmt(widget?.firstView.clsAfterInsertion?.max ?? NaN, 3)}); the floor ${fmt(
        floorOwn.cls ?? NaN,
        3,
      )}; later phases at most ${fmt(Math.max(0, ...phaseCls), 3)}`,
    },
    {
      // Every run, not the median: one jump that moves the page is one too many.
      target: 'Layout shift = 0, lazy container reached by a link (#embed)',
      met: (scenarios['widget-lazy-jump']?.firstView.cls?.max ?? Infinity) === 0,
      detail: `first view: median ${fmt(m('widget-lazy-jump', 'cls'), 3)}, at most ${fmt(
        scenarios['widget-lazy-jump']?.firstView.cls?.max ?? NaN,
        3,
      )} in ${scenarios['widget-lazy-jump']?.firstView.cls?.n ?? 0} runs`,
    },
    {
      target: 'Longest task caused by the widget ≤ 100 ms (4× CPU)',
      met: (widget?.firstView.embedLongestTask?.median ?? Infinity) <= 100,
      detail: `first view: median ${fmt(widget?.firstView.embedLongestTask?.median ?? NaN)} ms (${fmt(
        widget?.firstView.embedLongestTask?.min ?? NaN,
      )}–${fmt(widget?.firstView.embedLongestTask?.max ?? NaN)}); the floor's ${fmt(
        scenarios.floor?.firstView.embedLongestTask?.median ?? NaN,
      )} ms`,
    },
    {
      target: 'First questions on screen ≤ 1.0× the floor',
      met: paintRatio !== null && paintRatio <= 1,
      detail: `${paintRatio}× (${fmt(m('widget', 'scriptToPaint'))} ms against ${fmt(
        m('floor', 'scriptToPaint'),
      )} ms, medians from the script's request; ${spread('widget', 'floor', paintRead)})`,
    },
    {
      target: 'Spanish first view ≤ 1.15× the English one',
      met: (spanishRatio ?? Infinity) <= 1.15,
      detail: `${spanishRatio}× (${fmt(m('widget-es', 'scriptToPaint'))} ms against ${fmt(
        m('widget', 'scriptToPaint'),
      )} ms to first paint, ${spread('widget-es', 'widget', paintRead)}; ${fmt(
        m('widget-es', 'embedRequests'),
      )} requests against ${fmt(m('widget', 'embedRequests'))})`,
    },
    {
      target: 'Opening an answer ≤ 1.2× the floor',
      met: (ratios.faq.interactionMedian ?? Infinity) <= 1.2,
      detail: `${ratios.faq.interactionMedian}× (median input to paint of the FAQ's clicks, ${spread(
        'widget',
        'floor',
        openingRead,
      )})`,
    },
    {
      target: 'English first view ≤ 34 KB gzip',
      met: m('widget', 'embedGzip') <= 34 * 1024,
      detail: `${fmt(m('widget', 'embedGzip'))} B gzip -9 fetched (the size gate's limit: ${fmt(
        34 * 1024,
      )} B); the floor's ${fmt(m('floor', 'embedGzip'))} B`,
    },
    {
      target: "Lazy launcher's placeholder ≤ 2 KB gzip",
      met: placeholder > 0 && placeholder <= 2048,
      detail: `${fmt(placeholder)} B gzip -9 (dist/launcher-*.js)`,
    },
    {
      target: 'Widget first paint within 1.5× of the floor',
      met: paintRatio !== null && paintRatio <= 1.5,
      detail: `${paintRatio}× (${fmt(m('widget', 'scriptToPaint'))} ms against ${fmt(
        m('floor', 'scriptToPaint'),
      )} ms, medians from the script's request)`,
    },
  ];

  return {
    meta,
    scenarios,
    attributable: { widget: widgetOwn, floor: floorOwn },
    ratios,
    locales,
    targets,
    // Every long task of the widget's runs, with the scripts that ran in it (from LoAF).
    widgetLongTasks: widgetRuns.map((run) => ({
      firstView: run.firstView.longTasks.list,
      ...Object.fromEntries(
        Object.entries(run.phases).map(([name, phase]) => [
          name,
          /** @type {any} */ (phase).longTasks.list,
        ]),
      ),
    })),
    // The elements each scenario's first view shifted (the host's, or inside the embed).
    shiftSources: Object.fromEntries(
      Object.entries(results).map(([id, runs]) => [
        id,
        [...new Set(runs.flatMap((run) => run.firstView.clsSources))],
      ]),
    ),
    requests: Object.fromEntries(
      Object.entries(results).map(([id, runs]) => [
        id,
        {
          firstView: runs[0]?.firstView.files ?? [],
          ...Object.fromEntries(
            Object.entries(runs[0]?.phases ?? {}).map(([name, phase]) => [
              name,
              /** @type {any} */ (phase).files,
            ]),
          ),
        },
      ]),
    ),
  };
}
/** @typedef {ReturnType<typeof summarise>} Summary */

/** @param {number} value @param {number} [digits] */
function fmt(value, digits = 0) {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * "median (min–max)", scaled and rounded.
 * @param {Stats | undefined} s
 * @param {{ scale?: number, digits?: number, offset?: number }} [options]
 */
function cell(s, { scale = 1, digits = 0, offset = 0 } = {}) {
  if (!s || !s.n) return '—';
  const f = (/** @type {number} */ v) => fmt((v - offset) / scale, digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/** @param {number | null} value */
const times = (value) => (value === null ? '—' : `${fmt(value, 2)}×`);

/**
 * A Markdown table with padded columns: aligned in a terminal, and what Prettier writes.
 * @param {string[]} header
 * @param {string[][]} rows
 */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const KB = 1024;

/** @param {Summary} summary */
export function printReport(summary) {
  const { scenarios, meta, ratios } = summary;
  const empty = scenarios.empty?.firstView ?? {};
  const floor = scenarios.floor?.firstView ?? {};
  const widget = scenarios.widget?.firstView ?? {};
  const settings = /** @type {any} */ (meta.settings);
  const machine = /** @type {any} */ (meta.machine);
  const own = (/** @type {Stats | undefined} */ s, /** @type {string} */ key, scale = 1) =>
    cell(s, { offset: empty[key]?.median ?? 0, scale });

  const first = table(
    ['First view, English', 'Page without', 'Floor', 'Widget', 'Widget ÷ floor'],
    [
      ['Embed files requested', '0', cell(floor.embedRequests), cell(widget.embedRequests), ''],
      [
        'Embed bytes, gzip -9 (KB)',
        '—',
        cell(floor.embedGzip, { scale: KB, digits: 1 }),
        cell(widget.embedGzip, { scale: KB, digits: 1 }),
        times(ratios.firstView.embedGzip),
      ],
      [
        'Embed bytes, brotli (KB)',
        '—',
        cell(floor.embedBrotli, { scale: KB, digits: 1 }),
        cell(widget.embedBrotli, { scale: KB, digits: 1 }),
        times(ratios.firstView.embedBrotli),
      ],
      [
        'Whole page, gzip -9 (KB)',
        cell(empty.pageGzip, { scale: KB, digits: 1 }),
        cell(floor.pageGzip, { scale: KB, digits: 1 }),
        cell(widget.pageGzip, { scale: KB, digits: 1 }),
        '',
      ],
      [
        'Script request → embed’s files received (ms)',
        '—',
        cell(floor.scriptToFetched),
        cell(widget.scriptToFetched),
        '',
      ],
      [
        'Script request → first paint (ms)',
        '—',
        cell(floor.scriptToPaint),
        cell(widget.scriptToPaint),
        times(ratios.firstView.scriptToPaint),
      ],
      [
        'Script request → interactive (ms)',
        '—',
        cell(floor.scriptToInteractive),
        cell(widget.scriptToInteractive),
        times(ratios.firstView.scriptToInteractive),
      ],
      [
        'Main thread, scripting (ms, own)',
        cell(empty.mainScript),
        own(floor.mainScript, 'mainScript'),
        own(widget.mainScript, 'mainScript'),
        times(ratios.firstView.mainScript),
      ],
      [
        'Main thread, style + layout (ms, own)',
        cell(empty.mainStyleLayout),
        own(floor.mainStyleLayout, 'mainStyleLayout'),
        own(widget.mainStyleLayout, 'mainStyleLayout'),
        times(ratios.firstView.mainStyleLayout),
      ],
      [
        'Main thread, all tasks (ms, own)',
        cell(empty.mainTask),
        own(floor.mainTask, 'mainTask'),
        own(widget.mainTask, 'mainTask'),
        times(ratios.firstView.mainTask),
      ],
      [
        'Main thread CPU time, thread clock (ms, own)',
        cell(empty.mainCpu),
        own(floor.mainCpu, 'mainCpu'),
        own(widget.mainCpu, 'mainCpu'),
        times(ratios.firstView.mainCpu),
      ],
      [
        'Long tasks ≥ 50 ms, the embed’s work',
        '—',
        cell(floor.embedLongTasks),
        cell(widget.embedLongTasks),
        '',
      ],
      [
        'Longest of them (ms)',
        '—',
        cell(floor.embedLongestTask),
        cell(widget.embedLongestTask),
        '',
      ],
      [
        'Long tasks ≥ 50 ms, whole page',
        cell(empty.longTasks),
        cell(floor.longTasks),
        cell(widget.longTasks),
        '',
      ],
      [
        'Layout shift on arrival (CLS)',
        cell(empty.clsAtInsertion, { digits: 3 }),
        cell(floor.clsAtInsertion, { digits: 3 }),
        cell(widget.clsAtInsertion, { digits: 3 }),
        times(ratios.firstView.clsAtInsertion),
      ],
      [
        'Layout shift afterwards (CLS)',
        cell(empty.clsAfterInsertion, { digits: 3 }),
        cell(floor.clsAfterInsertion, { digits: 3 }),
        cell(widget.clsAfterInsertion, { digits: 3 }),
        '',
      ],
      [
        // The lazy scenario, opened at #embed: what a link to the widget lives through.
        'Layout shift, lazy, reached by a link (CLS)',
        '—',
        '—',
        cell(scenarios['widget-lazy-jump']?.firstView.cls, { digits: 3 }),
        '',
      ],
      [
        'JS heap after mount (KB, own)',
        cell(empty.heap, { scale: KB }),
        own(floor.heap, 'heap', KB),
        own(widget.heap, 'heap', KB),
        times(ratios.firstView.heap),
      ],
      [
        'Elements in the shadow root',
        '—',
        cell(floor.elements),
        cell(widget.elements),
        times(ratios.firstView.elements),
      ],
      [
        'Page’s first contentful paint (ms)',
        cell(empty.pageFcp),
        cell(floor.pageFcp),
        cell(widget.pageFcp),
        '',
      ],
      ['Page’s load event (ms)', cell(empty.load), cell(floor.load), cell(widget.load), ''],
    ],
  );

  const wf = scenarios.widget?.phases ?? {};
  const ff = scenarios.floor?.phases ?? {};
  const phaseRows = /** @type {[string, string, { digits?: number, scale?: number }][]} */ ([
    ['Real clicks or key presses', 'clicks', {}],
    ['Requests', 'requests', {}],
    ['Bytes, gzip -9 (KB)', 'bytesGzip', { scale: KB, digits: 1 }],
    ['Bytes, brotli (KB)', 'bytesBrotli', { scale: KB, digits: 1 }],
    ['Key press → new language painted (ms)', 'inputToPaint', {}],
    ['Slowest interaction, input → paint (ms)', 'interactionLongest', {}],
    ['Median interaction, input → paint (ms)', 'interactionMedian', {}],
    ['Main thread, scripting (ms)', 'mainScript', {}],
    ['Main thread, style + layout (ms)', 'mainStyleLayout', {}],
    ['Main thread, all tasks (ms)', 'mainTask', {}],
    ['Main thread CPU time, thread clock (ms)', 'mainCpu', {}],
    ['Long tasks ≥ 50 ms', 'longTasks', {}],
    ['Longest long task (ms)', 'longestTask', {}],
    ['Layout shift, input excluded (CLS)', 'cls', { digits: 3 }],
    ['JS heap afterwards (KB)', 'heap', { scale: KB }],
  ]);
  const faqRatios = /** @type {Record<string, number | null>} */ (ratios.faq);
  const later = table(
    [
      'After…',
      'Opening every answer: widget',
      'Floor',
      'Widget ÷ floor',
      'Completing the check',
      'Switching to Español',
    ],
    phaseRows.map(([label, key, options]) => [
      label,
      key === 'inputToPaint' ? '—' : cell(wf.faq?.[key], options),
      key === 'inputToPaint' ? '—' : cell(ff.faq?.[key], options),
      key in faqRatios ? times(faqRatios[key] ?? null) : '',
      key === 'inputToPaint' ? '—' : cell(wf.quiz?.[key], options),
      key === 'clicks' ? '1' : cell(wf.language?.[key], options),
    ]),
  );

  const locales = table(
    ['Language file', 'Raw (KB)', 'gzip -9 (KB)', 'brotli (KB)'],
    Object.entries(summary.locales).map(([tag, size]) => [
      // en-XA is shipped for layout tests and never offered in the menu.
      `locales/${tag}.js${tag === 'en-XA' ? ' (pseudo-locale)' : ''}`,
      fmt(size.raw / KB, 1),
      fmt(size.gzip / KB, 1),
      fmt(size.brotli / KB, 1),
    ]),
  );

  const targets = table(
    ['Target', 'Met?', 'Numbers'],
    summary.targets.map((t) => [t.target, t.met ? 'met' : 'NOT met', t.detail]),
  );

  const network = settings.network;
  return [
    `Run of ${meta.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.platform}), Node ${machine.node}, Chromium ${machine.chromium}; load average ${machine.loadAverage.before} at the start, ${machine.loadAverage.after} at the end.`,
    `${settings.cpuSlowdown}× CPU slowdown; network ${network.latencyMs} ms latency, ${fmt(network.downloadKbps / 1000, 1)} Mbit/s down, ${network.uploadKbps} kbit/s up; files served ${settings.encoding}-encoded, cache disabled; viewport ${settings.viewport.width}×${settings.viewport.height}; ${settings.runsPerScenario} runs per scenario after ${settings.warmUpRounds} warm-up round, each in a fresh browser context. Cells: median (min–max). "Own": the page's figure less the median of the page without the widget. Bench time: ${meta.durationSeconds} s.`,
    '',
    first,
    '',
    later,
    '',
    locales,
    '',
    targets,
  ].join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/**
 * Replaces the results block of docs/performance.md with this run's tables, then formats
 * the file with the project's Prettier settings so `npm run lint` stays clean.
 * @param {string} docPath
 * @param {string} report
 * @param {Summary} summary
 */
export async function updateDocs(docPath, report, summary) {
  const doc = await readFile(docPath, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${docPath} has no ${START} … ${END} block.`);
  const block = [
    START,
    '',
    `_Written by \`npm run bench\` on ${summary.meta.date}; the raw figures are in [bench/results.json](../bench/results.json)._`,
    '',
    report,
    '',
    END,
  ].join('\n');
  const next = doc.slice(0, start) + block + doc.slice(end + END.length);
  const options = (await prettier.resolveConfig(docPath)) ?? {};
  await writeFile(docPath, await prettier.format(next, { ...options, filepath: docPath }));
}
