import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

const fetchedWidget = () => env.requests.filter((path) => /\/dist\/main-[\w-]+\.js$/.test(path));

/** Records layout shifts not caused by input, as CLS counts them, from the start of the page. */
const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

describe('lazy mode', () => {
  it('fetches nothing until the container is near, then mounts without moving the page', async () => {
    env.requests.length = 0;
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 720 } });
    const page = await context.newPage();
    await recordLayoutShifts(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${env.server.url}/test/fixtures/lazy.html`);
    await page.waitForLoadState('networkidle');
    expect(env.requests.some((path) => path.endsWith('/dist/clinic-widget.js'))).toBe(true);
    expect(fetchedWidget()).toEqual([]);
    // The container holds its space before the widget is there.
    const reserved = await page.evaluate(
      () => document.querySelector<HTMLElement>('[data-clinic-widget]')!.offsetHeight,
    );
    expect(reserved).toBeGreaterThan(300);

    // Scroll until the container is just under one screen below the viewport.
    await page.evaluate(() => {
      const top = document.querySelector('[data-clinic-widget]')!.getBoundingClientRect().top;
      window.scrollBy(0, top - 2 * innerHeight + 200);
    });
    await waitForWidgets(page);
    expect(fetchedWidget()).toHaveLength(1);
    await page.evaluate(() =>
      document.querySelector('[data-clinic-widget]')!.scrollIntoView({ block: 'start' }),
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the launcher button without the widget, then loads it when pressed and opens', async () => {
    env.requests.length = 0;
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 720 } });
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/lazy-launcher.html`,
    );
    await page.waitForFunction(() =>
      document
        .querySelector('[data-clinic-widget]')
        ?.shadowRoot?.querySelector('button[aria-haspopup]'),
    );
    await page.waitForLoadState('networkidle');
    expect(fetchedWidget()).toEqual([]);
    const look = () =>
      page.evaluate(() => {
        const button = document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup]')!;
        const style = getComputedStyle(button);
        const rect = button.getBoundingClientRect();
        return {
          // What it shows: one of its two labels (long, or short on a phone) is display: none.
          text: button.innerText,
          background: style.backgroundColor,
          color: style.color,
          font: style.font,
          rect: [rect.x, rect.y, rect.width, rect.height],
        };
      });
    const placeholder = await look();
    // Spanish from <html lang="es">, in the clinic's accent (#6a1b9a).
    expect(placeholder.text).toBe('¿Tiene preguntas sobre su tratamiento?');
    expect(placeholder.background).toBe('rgb(106, 27, 154)');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')?.open,
    );
    expect(fetchedWidget()).toHaveLength(1);
    const focusInDialog = await page.evaluate(() => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      return !!root.activeElement && root.querySelector('dialog')!.contains(root.activeElement);
    });
    expect(focusInDialog).toBe(true);
    // The widget's own button looks exactly like the placeholder it replaced.
    await page.keyboard.press('Escape');
    expect(await look()).toEqual(placeholder);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('loads the widget at once when any container on the page is not lazy', async () => {
    env.requests.length = 0;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.route('**/mixed.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Mixed</title><div style="height:3000px"></div>
          <div data-clinic-widget data-lazy id="lazy"></div><div data-clinic-widget id="eager"></div>
          <script async src="/dist/clinic-widget.js"></script></html>`,
      }),
    );
    await page.goto(`${env.server.url}/mixed.html`);
    await waitForWidgets(page, 2);
    expect(fetchedWidget()).toHaveLength(1);
    await context.close();
  });
});
