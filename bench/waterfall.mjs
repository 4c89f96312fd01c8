// @ts-check
/**
 * `node bench/waterfall.mjs` (after `npm run build`; `npm run bench` runs it last): loads the
 * bench's host page once in English (bench/pages/host.html) and once in Spanish
 * (host-es.html), served and throttled as the bench does (bench/lib/site.mjs,
 * openThrottledPage: 4× CPU, Slow 4G, gzip, no cache), and draws what happened when as
 * docs/waterfall-en.svg and docs/waterfall-es.svg (bench/lib/waterfall-svg.mjs): every
 * request's Resource Timing, the page's and the widget's milestones and the long tasks.
 * One load each, not a median: the picture shows the order and the overlaps, which do not
 * change from run to run; the bench's tables give the times.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { SETTINGS, openThrottledPage } from './lib/scenario.mjs';
import { buildSite } from './lib/site.mjs';
import { waterfallSvg } from './lib/waterfall-svg.mjs';

/** @typedef {import('./lib/waterfall-svg.mjs').Request} Request */
/** @typedef {import('./lib/waterfall-svg.mjs').Kind} Kind */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(repoRoot, 'dist/clinic-widget.js')))
  throw new Error('dist/ is missing: run `npm run build` first.');

const LOADS = [
  { lang: 'en', page: 'host.html', name: 'English' },
  { lang: 'es', page: 'host-es.html', name: 'Spanish' },
];

/**
 * Installed before the page's scripts (page.addInitScript; self-contained). Each frame, it
 * checks the widget's shadow root: the frame in which something first holds is the one that
 * shows it, and a message posted from its animation-frame callback is handled after that
 * frame's paint (as bench/probe.mjs marks "painted"). Also records long tasks.
 */
function installMarks() {
  /** @type {Record<string, number>} */
  const marks = {};
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
  ).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => (marks[e.name] = e.startTime)),
  ).observe({ type: 'paint', buffered: true });
  /** @type {Record<string, (root: ShadowRoot) => unknown>} */
  const checks = {
    widgetPaint: (root) => root.querySelector('[lang]'),
    questions: (root) => root.querySelector('button[aria-expanded]'),
    // The root is the first element with a language (the menu's items have theirs too).
    complete: (root) => {
      const widget = root.querySelector('[lang]');
      return widget && !widget.hasAttribute('aria-busy');
    },
  };
  const seen = new Set();
  const frame = () => {
    const root = document.getElementById('embed')?.shadowRoot;
    const now = root ? Object.keys(checks).filter((k) => !seen.has(k) && checks[k]?.(root)) : [];
    now.forEach((k) => seen.add(k));
    if (now.length) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => now.forEach((k) => (marks[k] = performance.now()));
      channel.port2.postMessage(null);
    }
    if (seen.size < Object.keys(checks).length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  Object.defineProperty(window, '__waterfall', { value: { marks, longTasks } });
}

/**
 * What a request is, from its address: the file name without its content hash.
 * @param {string} path
 * @returns {{ label: string, kind: Kind }}
 */
function describe(path) {
  const file = path.replace(/^\/(dist|pages)\//, '').replace(/-[\w-]{8}(?=\.js$)/, '');
  if (!path.startsWith('/dist/')) return { label: file, kind: 'page' };
  if (file === 'clinic-widget.js')
    return { label: 'clinic-widget.js (the loader)', kind: 'loader' };
  if (file === 'main.js') return { label: 'main.js', kind: 'main' };
  if (/^chunks\/(compare|quiz)\.js$/.test(file)) return { label: file, kind: 'section' };
  if (/^(locales\/|chunks\/(translation|template-merge)\.js$)/.test(file))
    return { label: file, kind: 'language' };
  return { label: file, kind: 'chunk' };
}

const siteDir = await mkdtemp(join(tmpdir(), 'clinic-widget-waterfall-'));
await buildSite({ repoRoot, outDir: siteDir });
const server = await startStaticServer({
  mounts: { '/': siteDir },
  headers: () => ({ 'content-encoding': 'gzip' }),
});
const browser = await launchChromium();

/** @param {string} page */
async function measure(page) {
  const { context, page: tab } = await openThrottledPage(browser);
  try {
    await tab.addInitScript(installMarks);
    await tab.goto(`${server.url}/pages/${page}`, { timeout: 60_000 });
    await tab.waitForFunction(() => /** @type {any} */ (window).__waterfall.marks.complete, null, {
      timeout: 60_000,
    });
    // The quiet time the bench waits after a milestone: a long task still running is counted.
    await tab.waitForTimeout(SETTINGS.settleMs);
    return await tab.evaluate(() => {
      const { marks, longTasks } = /** @type {any} */ (window).__waterfall;
      const timing = (
        /** @type {PerformanceResourceTiming} */ entry,
        /** @type {string} */ path,
      ) => ({
        path,
        start: entry.startTime,
        firstByte: entry.responseStart,
        end: entry.responseEnd,
        bytes: entry.encodedBodySize,
      });
      const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
        performance.getEntriesByType('navigation')
      );
      return {
        marks: /** @type {Record<string, number>} */ ({ ...marks }),
        longTasks: /** @type {{ start: number, duration: number }[]} */ ([...longTasks]),
        requests: [
          ...(navigation ? [timing(navigation, location.pathname)] : []),
          ...performance
            .getEntriesByType('resource')
            .map((entry) =>
              timing(
                /** @type {PerformanceResourceTiming} */ (entry),
                new URL(entry.name).pathname,
              ),
            ),
        ],
      };
    });
  } finally {
    await context.close();
  }
}

const network = SETTINGS.network;
const conditions = `Measured by bench/waterfall.mjs in headless Chromium at ${SETTINGS.cpuSlowdown}× CPU slowdown, ${network.latencyMs} ms latency and ${network.downloadKbps / 1000} Mbit/s down, files served gzip-compressed without cache, viewport ${SETTINGS.viewport.width} × ${SETTINGS.viewport.height}, one load.`;

try {
  // One unrecorded load first, as the bench's warm-up round: the browser's own start-up.
  await measure(LOADS[0]?.page ?? 'host.html');
  for (const { lang, page, name } of LOADS) {
    const data = await measure(page);
    /** @type {Request[]} */
    const requests = data.requests
      .map((r) => ({ ...r, ...describe(r.path) }))
      .sort((a, b) => a.start - b.start);
    const svg = waterfallSvg({
      title: `The widget’s first view in ${name}: what happens when`,
      conditions: `${name} first view of the bench’s clinic page (bench/pages/${page}). ${conditions}`,
      requests,
      marks: [
        ['Page’s first paint', data.marks['first-contentful-paint']],
        ['Widget’s first paint', data.marks.widgetPaint],
        ['First questions on screen', data.marks.questions],
        ['Widget complete', data.marks.complete],
      ].flatMap(([label, at]) =>
        typeof at === 'number' ? [{ label: /** @type {string} */ (label), at }] : [],
      ),
      longTasks: data.longTasks,
    });
    const out = join(repoRoot, `docs/waterfall-${lang}.svg`);
    await writeFile(out, svg);
    console.log(`${name}: wrote docs/waterfall-${lang}.svg`);
    for (const r of requests)
      console.log(
        `  ${r.label.padEnd(34)} ${Math.round(r.start).toString().padStart(6)} → ${Math.round(r.end).toString().padStart(6)} ms`,
      );
    for (const [mark, at] of Object.entries(data.marks))
      console.log(`  ${mark.padEnd(34)} ${Math.round(at).toString().padStart(6)} ms`);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
  await rm(siteDir, { recursive: true, force: true });
}
