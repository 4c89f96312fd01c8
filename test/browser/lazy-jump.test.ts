import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

/**
 * A clinic's page with text above and below a lazy container (the documented snippet with
 * data-lazy, no min-height of its own) and an anchor right before it: the page a "Questions?
 * See below" link or a table of contents jumps within.
 */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Jump</title>
<style>body{font:16px/1.5 sans-serif;margin:0 1em}</style></head><body>
<h1>Treatment</h1>${'<p>Text before the widget, long enough to push it below the fold.</p>'.repeat(60)}
<h2 id="questions">Your questions</h2>
<div data-clinic-widget data-lazy data-clinic-phone="+1 555 0100"></div>
${'<p>Text after the widget: the address, the opening hours, the team.</p>'.repeat(60)}
<script async src="/dist/clinic-widget.js"></script></body></html>`;

interface Shift {
  value: number;
  sources: string[];
}

/**
 * Opens the page at `viewport`, lets `reach` bring the container into view before the widget
 * is there, and returns the layout shifts as CLS counts them (without recent input), from the
 * page's start until the widget is complete, with what moved.
 */
async function shiftsWhenReached(
  viewport: { width: number; height: number },
  reach: (page: Page) => Promise<unknown>,
): Promise<Shift[]> {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.route('**/jump.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: PAGE }),
    );
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null }[];
        })[])
          if (!entry.hadRecentInput)
            shifts.push({
              value: entry.value,
              sources: entry.sources.map((source) =>
                source.node?.getRootNode() instanceof ShadowRoot
                  ? '(inside the widget)'
                  : (source.node?.nodeName ?? '(removed)'),
              ),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.server.url}/jump.html`);
    await page.waitForLoadState('networkidle');
    // The loader has drawn the reserved space, and the widget is not there yet.
    expect(
      await page.evaluate(() => {
        const container = document.querySelector('[data-clinic-widget]')!;
        return !!container.shadowRoot && !container.shadowRoot.querySelector('[lang]');
      }),
    ).toBe(true);
    await reach(page);
    await waitForWidgets(page);
    // Two frames after the complete widget: every shift it caused has been reported.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  } finally {
    await context.close();
  }
}

const cls = (shifts: Shift[]) => shifts.reduce((sum, shift) => sum + shift.value, 0);

const VIEWPORTS = [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const;

const WAYS: [string, (page: Page) => Promise<unknown>][] = [
  ['an anchor link right before it', (page) => page.evaluate(() => (location.hash = 'questions'))],
  [
    'scrollIntoView()',
    (page) => page.evaluate(() => document.querySelector('[data-clinic-widget]')!.scrollIntoView()),
  ],
  [
    // Scrolled fast: the reserved space is on screen, from the middle down, when the widget
    // is fetched.
    'a fast scroll that stops with it half on screen',
    (page) =>
      page.evaluate(() =>
        scrollBy(
          0,
          document.querySelector('[data-clinic-widget]')!.getBoundingClientRect().top -
            innerHeight / 2,
        ),
      ),
  ],
  [
    // A visitor's mouse wheel, half a screen at a time (a wheel is not input for CLS).
    'scrolling with the wheel',
    async (page) => {
      const step = (await page.evaluate(() => innerHeight)) / 2;
      const done = () =>
        page.evaluate(
          () =>
            !!document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[lang]') ||
            innerHeight + scrollY >= document.documentElement.scrollHeight,
        );
      while (!(await done())) {
        await page.mouse.wheel(0, step);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      }
    },
  ],
];

describe('a lazy container reached by a jump or a scroll', () => {
  for (const [device, viewport] of VIEWPORTS)
    for (const [way, reach] of WAYS)
      it(`moves nothing on screen, reached by ${way} on ${device}`, async () => {
        const shifts = await shiftsWhenReached(viewport, reach);
        // The list first: a failure shows what moved.
        expect(shifts).toEqual([]);
        expect(cls(shifts)).toBe(0);
      });
});
