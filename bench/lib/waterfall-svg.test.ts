import { describe, expect, it } from 'vitest';
import {
  KINDS,
  describeWaterfall,
  escapeXml,
  tickStep,
  waterfallSvg,
  type Waterfall,
} from './waterfall-svg.mjs';

const WATERFALL: Waterfall = {
  title: 'The widget’s first view in English: what happens when',
  conditions: 'Measured at 4× CPU.',
  requests: [
    { label: 'host.html', kind: 'page', start: 0, firstByte: 160, end: 170, bytes: 2048 },
    {
      label: 'clinic-widget.js (the loader)',
      kind: 'loader',
      start: 270,
      firstByte: 420,
      end: 460,
      bytes: 1654,
    },
    { label: 'main.js', kind: 'main', start: 1020, firstByte: 1170, end: 1366, bytes: 30127 },
    {
      label: 'chunks/compare.js',
      kind: 'section',
      start: 1049,
      firstByte: 1200,
      end: 1226,
      bytes: 1364,
    },
  ],
  marks: [
    { label: 'Widget’s first paint', at: 1754 },
    { label: 'Widget complete', at: 1790 },
  ],
  longTasks: [
    { start: 1400, duration: 186 },
    { start: 1600, duration: 60 },
  ],
};

/** The elements of one class in the drawing, as SVG text. */
const ofClass = (svg: string, name: string) =>
  svg.match(new RegExp(`<[a-z]+ class="${name}"[^>]*>`, 'g')) ?? [];

describe('waterfallSvg', () => {
  const svg = waterfallSvg(WATERFALL);

  it('is an accessible image: role, a title and a description it is labelled by', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="waterfall-title waterfall-desc"');
    expect(svg).toContain(
      '<title id="waterfall-title">The widget’s first view in English: what happens when</title>',
    );
    expect(svg).toMatch(/<desc id="waterfall-desc">Measured at 4× CPU\. host\.html/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws one row per request with its label, size, colour and end time', () => {
    expect(ofClass(svg, 'request')).toHaveLength(4);
    for (const request of WATERFALL.requests) {
      expect(svg).toContain(`${escapeXml(request.label)} <tspan`);
      expect(svg).toContain(`data-kind="${request.kind}"`);
    }
    expect(svg).toContain('29.4 KB');
    expect(svg).toContain('1,366 ms');
    expect(svg).toContain(`fill="${KINDS.main.color}"`);
    // The wait is an outline, the download a filled bar: two rectangles a request.
    const mainRow = svg.slice(svg.indexOf('data-kind="main"'), svg.indexOf('data-kind="section"'));
    expect(mainRow.match(/<rect /g)).toHaveLength(2);
    expect(mainRow).toContain('fill="none"');
  });

  it('draws a time axis from 0 past the last event, in even steps', () => {
    const ticks = ofClass(svg, 'tick');
    const labels = [...svg.matchAll(/class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0', '250', '500', '750', '1,000', '1,250', '1,500', '1,750', '2,000']);
    expect(ticks).toHaveLength(9);
    expect(svg).toContain('Time (ms)');
  });

  it('draws the long tasks and a labelled line per milestone', () => {
    expect(ofClass(svg, 'long-task')).toHaveLength(2);
    expect(svg).toContain('Long task: 186 ms from 1,400 ms');
    expect(ofClass(svg, 'mark')).toHaveLength(2);
    expect(svg).toContain('Widget’s first paint: 1,754 ms');
    expect(svg).toContain('Widget complete: 1,790 ms');
  });

  it('shows only the kinds of request present in its legend', () => {
    expect(ofClass(svg, 'legend')).toHaveLength(4);
    expect(svg).not.toContain(KINDS.language.name);
  });

  it('is the same text for the same timings, and escapes what it is given', () => {
    expect(waterfallSvg(WATERFALL)).toBe(svg);
    const odd = waterfallSvg({
      ...WATERFALL,
      title: 'A <b> & "c"',
      requests: [{ ...WATERFALL.requests[0]!, label: '<script>' }],
    });
    expect(odd).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(odd).toContain('&lt;script&gt;');
    expect(odd).not.toContain('<script>');
  });
});

describe('describeWaterfall', () => {
  it('says every request, milestone and the long tasks in words', () => {
    const text = describeWaterfall(WATERFALL);
    expect(text).toContain(
      'main.js (the main module, 29.4 KB): requested at 1,020 ms, first byte at 1,170 ms, received at 1,366 ms.',
    );
    expect(text).toContain('Widget complete: 1,790 ms.');
    expect(text).toContain('2 long tasks on the main thread, the longest 186 ms.');
    expect(describeWaterfall({ ...WATERFALL, longTasks: [] })).toContain(
      'No long task on the main thread.',
    );
  });
});

describe('tickStep', () => {
  it('gives at most 8 steps over any span', () => {
    for (const span of [1, 90, 400, 999, 1790, 2600, 7000, 40_000, 123_456]) {
      const step = tickStep(span);
      expect(Math.ceil(span / step)).toBeLessThanOrEqual(8);
    }
    expect(tickStep(1790)).toBe(250);
  });
});
