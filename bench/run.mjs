// @ts-check
/**
 * `npm run bench` (after `npm run build`): the widget against the floor (the same English
 * content as plain DOM, no framework, no i18n library) and against the same page without it,
 * in headless Chromium with a slowed CPU and network. Prints a table, writes
 * bench/results.json and the table in docs/performance.md. docs/performance.md explains the
 * method and what each figure means.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_RUNS (runs per scenario,
 * default 7, at least 7 for a published table).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { summarise, printReport, updateDocs } from './lib/report.mjs';
import { SCENARIOS, SETTINGS, runScenario } from './lib/scenario.mjs';
import { buildSite, checkPagesMatch } from './lib/site.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS=${runs} is not a count.`);
if (!existsSync(join(repoRoot, 'dist/clinic-widget.js')))
  throw new Error('dist/ is missing: run `npm run bench`, which builds first.');

const started = Date.now();
const loadBefore = loadavg()[0] ?? NaN;
await checkPagesMatch(join(repoRoot, 'bench/pages'));
const siteDir = await mkdtemp(join(tmpdir(), 'clinic-widget-bench-'));
const sizes = await buildSite({ repoRoot, outDir: siteDir });

/** @param {string} path */
const readJson = async (path) => JSON.parse(await readFile(join(repoRoot, path), 'utf8'));
const ui = await readJson('src/i18n/locales/en/ui.json');
const { seekHelp } = await readJson('src/i18n/locales/en/content.json');
/** @type {import('./lib/scenario.mjs').Labels} */
const labels = {
  start: ui.quiz.start,
  noRedFlag: ui.quiz.noRedFlag,
  next: ui.quiz.next,
  time: seekHelp.times[0].label,
  symptom: seekHelp.symptoms.find((/** @type {{ id: string }} */ s) => s.id === 'redness').label,
  trend: seekHelp.trends[0].label,
  // Each step's question, to know the click on Next was answered.
  questions: [
    seekHelp.redFlagsQuestion,
    seekHelp.timeQuestion,
    seekHelp.symptomsQuestion,
    seekHelp.trendQuestion,
  ],
  // The language after English in the widget's menu (src/i18n/locales.ts): one ArrowDown.
  switchTo: 'es',
};

/** @type {string[]} */
const requests = [];
const server = await startStaticServer({
  mounts: { '/': siteDir },
  // Every file in the mirror is stored gzip-compressed (see lib/site.mjs).
  headers: () => ({ 'content-encoding': 'gzip' }),
  onRequest: (path) => requests.push(path),
});
const browser = await launchChromium();

const chromiumVersion = browser.version();
/** @type {Record<string, Awaited<ReturnType<typeof runScenario>>[]>} */
const results = Object.fromEntries(SCENARIOS.map((scenario) => [scenario.id, []]));
try {
  const env = { browser, baseUrl: server.url, requests, sizes, labels };
  // One unrecorded round of first views (browser start-up, disk caches), then the scenarios
  // in turn, round by round, so a slow moment of a shared machine hits all of them alike.
  for (let round = 0; round <= runs; round += 1) {
    for (const scenario of SCENARIOS) {
      if (round === 0) await runScenario(env, { ...scenario, phases: [] });
      else results[scenario.id]?.push(await runScenario(env, scenario));
    }
    process.stdout.write(round === 0 ? 'Warm-up round done. Rounds:' : ` ${round}`);
  }
  process.stdout.write('\n');
} finally {
  await browser.close().catch(() => {});
  await server.close();
  await rm(siteDir, { recursive: true, force: true });
}

const cpuList = cpus();
const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;
const summary = summarise({
  results,
  sizes,
  meta: {
    date: new Date().toISOString(),
    machine: {
      cpu: cpuList[0]?.model.trim() ?? 'unknown',
      cores: cpuList.length,
      node: process.version,
      chromium: chromiumVersion,
      platform: `${process.platform} ${process.arch}`,
      // Other work on the machine competes with the bench: the 1-minute load average.
      loadAverage: { before: round(loadBefore), after: round(loadavg()[0] ?? NaN) },
    },
    settings: { ...SETTINGS, runsPerScenario: runs, warmUpRounds: 1 },
    durationSeconds: 0,
  },
});
summary.meta.durationSeconds = Math.round((Date.now() - started) / 1000);
// The byte figures assume the browser received the gzip sizes computed in Node; say so if not.
for (const id of ['floor', 'widget']) {
  const view = summary.scenarios[id]?.firstView;
  if (view?.embedEncoded?.median !== view?.embedGzip?.median)
    console.warn(
      `${id}: the browser received ${view?.embedEncoded?.median} bytes of the embed's files, not the ${view?.embedGzip?.median} computed.`,
    );
}
const table = printReport(summary);
console.log(table);
await writeFile(join(repoRoot, 'bench/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
await updateDocs(join(repoRoot, 'docs/performance.md'), table, summary);
console.log('Wrote bench/results.json and the table in docs/performance.md.');
