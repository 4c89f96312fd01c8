// @ts-check
/**
 * Draws a waterfall of one page load as an SVG (docs/waterfall-en.svg, docs/waterfall-es.svg):
 * one row per request, a row of the main thread's long tasks, and a vertical line per
 * milestone, on one time axis from the navigation's start. Pure: the same timings give the
 * same bytes (bench/waterfall.mjs measures them; waterfall-svg.test.ts checks the drawing).
 *
 * Colours are dark enough for text and shapes on the white background it paints itself
 * (so it also reads in a dark-mode viewer): every one has a contrast of at least 4.5:1 with
 * white. A request's wait for its first byte is drawn as an outline, its download as a
 * filled bar, so the two read apart without relying on colour.
 */

/**
 * @typedef {{ label: string, kind: Kind, start: number, firstByte: number, end: number,
 *   bytes: number }} Request
 * @typedef {'page' | 'loader' | 'main' | 'section' | 'language' | 'chunk'} Kind
 * @typedef {{ label: string, at: number }} Mark
 * @typedef {{ start: number, duration: number }} Task
 * @typedef {{ title: string, conditions: string, requests: Request[], marks: Mark[],
 *   longTasks: Task[] }} Waterfall
 */

/** What each kind of request is, in the legend, and its colour (contrast with white). */
export const KINDS = /** @type {const} */ ({
  page: { name: 'the host page', color: '#4d5156' }, // 8.0:1
  loader: { name: 'the loader', color: '#1a4f9c' }, // 8.0:1
  main: { name: 'the main module', color: '#0b5f5a' }, // 7.5:1
  section: { name: 'a section’s chunk', color: '#8a3b12' }, // 7.7:1
  language: { name: 'language and translation', color: '#6a1b9a' }, // 9.4:1
  chunk: { name: 'another chunk', color: '#6b4e00' }, // 7.7:1
});
const TEXT = '#202124';
const LONG_TASK = '#b3261e'; // 6.5:1
/** Milestones: colour and dash pattern, in the order they are given. */
const MARK_STYLES = [
  { color: '#1a4f9c', dash: '6 3' },
  { color: '#0b5f5a', dash: '2 2' },
  { color: '#202124', dash: '' },
  { color: '#6a1b9a', dash: '8 2 2 2' },
];

const WIDTH = 880;
const LABEL_WIDTH = 300;
const CHART_LEFT = LABEL_WIDTH + 10;
const CHART_RIGHT = WIDTH - 30;
const ROW = 24;
const BAR = 14;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

/** @param {string} text */
export const escapeXml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** @param {number} ms */
export const formatMs = (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`;

/** @param {number} bytes */
const formatKb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A tick step that gives at most 8 ticks over `span` ms (100, 200, 250, 500, 1,000 ms…), so
 * that their labels never touch.
 * @param {number} span
 */
export function tickStep(span) {
  for (const step of [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000])
    if (span / step <= 8) return step;
  return 10_000 * Math.ceil(span / 80_000);
}

/** @param {number} value */
const px = (value) => Number(value.toFixed(1));

/**
 * The drawing in words, for the SVG's <desc> (what a screen reader reads): the conditions,
 * then every request, milestone and long task with its times.
 * @param {Waterfall} waterfall
 */
export function describeWaterfall({ conditions, requests, marks, longTasks }) {
  const longest = Math.max(0, ...longTasks.map((t) => t.duration));
  return [
    conditions,
    ...requests.map(
      (r) =>
        `${r.label} (${KINDS[r.kind].name}, ${formatKb(r.bytes)}): requested at ${formatMs(r.start)}, first byte at ${formatMs(r.firstByte)}, received at ${formatMs(r.end)}.`,
    ),
    ...marks.map((m) => `${m.label}: ${formatMs(m.at)}.`),
    longTasks.length
      ? `${longTasks.length} long tasks on the main thread, the longest ${formatMs(longest)}.`
      : 'No long task on the main thread.',
  ].join(' ');
}

/**
 * @param {Waterfall} waterfall
 * @returns {string}
 */
export function waterfallSvg(waterfall) {
  const { title, requests, marks, longTasks } = waterfall;
  const summary = describeWaterfall(waterfall);
  const last = Math.max(
    1,
    ...requests.map((r) => r.end),
    ...marks.map((m) => m.at),
    ...longTasks.map((t) => t.start + t.duration),
  );
  const step = tickStep(last);
  const axisEnd = Math.ceil(last / step) * step;
  const x = (/** @type {number} */ ms) =>
    px(CHART_LEFT + (Math.max(0, ms) / axisEnd) * (CHART_RIGHT - CHART_LEFT));

  const titleY = 26;
  const legendY = 50;
  const axisY = 92;
  const firstRowY = axisY + 12;
  const taskRowY = firstRowY + requests.length * ROW;
  const chartBottom = taskRowY + ROW;
  const markLabelsY = chartBottom + 18;
  const height = markLabelsY + marks.length * 18 + 10;

  /** @type {string[]} */
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="waterfall-title waterfall-desc" ${FONT} font-size="12" fill="${TEXT}">`,
    `<title id="waterfall-title">${escapeXml(title)}</title>`,
    `<desc id="waterfall-desc">${escapeXml(summary)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="${titleY}" font-size="16" font-weight="600">${escapeXml(title)}</text>`,
  );

  // Legend: the kinds present, then the two parts of a bar.
  let legendX = 10;
  const kindsShown = Object.entries(KINDS).filter(([kind]) => requests.some((r) => r.kind === kind));
  for (const [, { name, color }] of kindsShown) {
    out.push(
      `<rect class="legend" x="${legendX}" y="${legendY - 9}" width="10" height="10" fill="${color}"/>`,
      `<text x="${legendX + 14}" y="${legendY}">${escapeXml(name)}</text>`,
    );
    legendX += 14 + name.length * 6.5 + 16;
  }
  out.push(
    `<text x="10" y="${legendY + 16}">Outline: waiting for the first byte. Filled: downloading. Times from the start of the navigation.</text>`,
  );

  // Axis: ticks and grid lines.
  out.push(`<g class="axis" stroke="#767676" stroke-width="1">`);
  for (let t = 0; t <= axisEnd; t += step)
    out.push(`<line x1="${x(t)}" y1="${axisY}" x2="${x(t)}" y2="${chartBottom}" stroke-opacity="0.35"/>`);
  out.push(`</g>`);
  out.push(`<text x="10" y="${axisY - 4}">Time (ms)</text>`);
  for (let t = 0; t <= axisEnd; t += step)
    out.push(
      `<text class="tick" x="${x(t)}" y="${axisY - 4}" text-anchor="middle">${t.toLocaleString('en-US')}</text>`,
    );

  // One row per request: its label, the wait (outline) and the download (filled).
  requests.forEach((request, i) => {
    const { color } = KINDS[request.kind];
    const top = firstRowY + i * ROW + (ROW - BAR) / 2;
    const textY = firstRowY + i * ROW + ROW / 2 + 4;
    const waitEnd = Math.min(Math.max(request.firstByte, request.start), request.end);
    out.push(
      `<g class="request" data-kind="${request.kind}">`,
      `<text x="10" y="${textY}">${escapeXml(request.label)} <tspan fill="#4d5156">${formatKb(request.bytes)}</tspan></text>`,
      `<rect x="${x(request.start)}" y="${top + 0.5}" width="${Math.max(1, px(x(waitEnd) - x(request.start)))}" height="${BAR - 1}" fill="none" stroke="${color}"/>`,
      `<rect x="${x(waitEnd)}" y="${top}" width="${Math.max(2, px(x(request.end) - x(waitEnd)))}" height="${BAR}" fill="${color}"/>`,
      `<text x="${Math.min(x(request.end) + 4, CHART_RIGHT)}" y="${textY}" font-size="11"${x(request.end) + 4 > CHART_RIGHT - 60 ? ` text-anchor="end" dx="-8"` : ''}>${formatMs(request.end)}</text>`,
      `</g>`,
    );
  });

  // The main thread's long tasks, in one row.
  out.push(
    `<g class="long-tasks">`,
    `<text x="10" y="${taskRowY + ROW / 2 + 4}">Main thread: long tasks (50 ms or more)</text>`,
    ...longTasks.map(
      (task) =>
        `<rect class="long-task" x="${x(task.start)}" y="${taskRowY + (ROW - BAR) / 2}" width="${Math.max(2, px(x(task.start + task.duration) - x(task.start) - 1))}" height="${BAR}" fill="${LONG_TASK}"><title>${escapeXml(`Long task: ${formatMs(task.duration)} from ${formatMs(task.start)}`)}</title></rect>`,
    ),
    `</g>`,
  );

  // Milestones: a line through the chart down to its own label row, so labels never overlap.
  marks.forEach((mark, i) => {
    const style = MARK_STYLES[i % MARK_STYLES.length] ?? { color: TEXT, dash: '' };
    const lineX = x(mark.at);
    const labelY = markLabelsY + i * 18;
    const nearRight = lineX > WIDTH - 260;
    out.push(
      `<g class="mark">`,
      `<line x1="${lineX}" y1="${axisY}" x2="${lineX}" y2="${labelY - 4}" stroke="${style.color}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
      `<text x="${nearRight ? lineX - 6 : lineX + 6}" y="${labelY}"${nearRight ? ' text-anchor="end"' : ''} fill="${style.color}" font-weight="600">${escapeXml(`${mark.label}: ${formatMs(mark.at)}`)}</text>`,
      `</g>`,
    );
  });

  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}
