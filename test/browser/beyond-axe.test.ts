import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets } from './harness';

/**
 * WCAG failures axe-core cannot see: it checks the DOM, not what the visitor sees when focus
 * moves, when the text is large or the page zoomed, or in a dark scheme.
 */
const env = useBrowser();

/** Opens the launcher dialog by keyboard (Tab past the skip link to the button, Enter). */
async function openDialog(viewport = { width: 1024, height: 800 }) {
  const context = await env.browser.newContext({ viewport });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
  );
  return { context, page, log };
}

/** The focused element's outline and rect, and the bottom edge of the dialog's header bar. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const active = root.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    const bar = root.querySelector('dialog')!.firstElementChild!.getBoundingClientRect();
    const rect = active.getBoundingClientRect();
    return {
      text: active.textContent?.trim().slice(0, 40),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      top: rect.top,
      bottom: rect.bottom,
      barBottom: bar.bottom,
      inBar: !!active.closest('dialog > :first-child'),
    };
  });

describe('focus in the launcher dialog', () => {
  it('2.4.7: the Close button, focused first, shows a focus ring', async () => {
    const { context, page } = await openDialog();
    const close = await focusState(page);
    expect(close.text).toBe('Close');
    expect(close.outlineStyle).toBe('solid');
    expect(close.outlineWidth).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('2.4.11: no focused item is hidden under the header bar (title, Close), Tab or Shift+Tab', async () => {
    const { context, page } = await openDialog();
    // Open every answer first, so that there is a long way to scroll.
    await page.evaluate(() => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      for (const button of root.querySelectorAll<HTMLButtonElement>(
        'button[aria-expanded="false"]:not([aria-haspopup])',
      ))
        button.click();
    });
    const hidden: string[] = [];
    for (const key of ['Shift+Tab', 'Tab']) {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press(key);
        const state = await focusState(page);
        // Entirely under the bar: its bottom edge above the bar's bottom edge.
        if (!state.inBar && state.bottom <= state.barBottom) hidden.push(`${key} ${state.text}`);
      }
    }
    expect(hidden).toEqual([]);
    await context.close();
  });
});

/** A page with one check widget at a phone's width, with a text size or a page zoom. */
async function phone(options: { textSize?: number; zoom?: number; scheme?: string }) {
  const zoom = options.zoom ?? 1;
  // Page zoom shrinks the CSS viewport: 375 device pixels at 200% are 187.5 CSS pixels.
  const context = await env.browser.newContext({
    viewport: { width: Math.round(375 / zoom), height: Math.round(800 / zoom) },
    deviceScaleFactor: zoom,
  });
  const { page } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  // The browser's text size setting: it scales `medium`, the widget's base size (16 px).
  if (options.textSize)
    await (
      await context.newCDPSession(page)
    ).send('Page.setFontSizes', {
      fontSizes: { standard: 16 * options.textSize, fixed: 13 * options.textSize },
    });
  await page.evaluate((options) => {
    const el = document.createElement('div');
    el.id = 'w';
    el.setAttribute('data-clinic-widget', '');
    el.setAttribute('data-clinic-phone', '+1 555 0100');
    el.setAttribute('data-country', 'US');
    if (options.scheme) el.setAttribute('data-color-scheme', options.scheme);
    document.getElementById('app')!.append(el);
  }, options);
  await waitForWidgets(page, 1, '#w');
  return { context, page };
}

describe('1.4.4 / 1.4.10: large text and zoom on a 375 px phone', () => {
  it.each([
    { label: '200% text', textSize: 2 },
    { label: '150% zoom', zoom: 1.5 },
    { label: '200% zoom', zoom: 2 },
  ])('$label: nothing overflows, and the emergency result keeps most of the width', async (o) => {
    const { context, page } = await phone(o);
    const w = page.locator('#w');
    await w.getByRole('button', { name: 'Start the check' }).click();
    await w.getByRole('radio', { name: 'Yes, I have at least one of these' }).check();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('heading', { name: /^Emergency/ }).waitFor();
    const seen = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const heading = [...root.querySelectorAll('h4')].find((h) =>
        h.textContent!.startsWith('Emergency'),
      )!;
      const select = root.querySelector('select')!.getBoundingClientRect();
      return {
        viewport: innerWidth,
        pageWidth: document.documentElement.scrollWidth,
        headingWidth: heading.getBoundingClientRect().width,
        selectRight: select.right,
      };
    });
    const summary = JSON.stringify(seen);
    expect(seen.pageWidth, summary).toBeLessThanOrEqual(seen.viewport);
    expect(seen.selectRight, summary).toBeLessThanOrEqual(seen.viewport);
    expect(seen.headingWidth, summary).toBeGreaterThanOrEqual(0.6 * seen.viewport);
    await context.close();
  });
});

describe('dark scheme', () => {
  it('tells the browser, so form controls (checkboxes, the menu) are drawn dark too', async () => {
    const { context, page } = await phone({ scheme: 'dark' });
    const schemes = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      return [root.querySelector('[lang]')!, root.querySelector('select')!].map(
        (el) => getComputedStyle(el).colorScheme,
      );
    });
    expect(schemes).toEqual(['dark', 'dark']);
    await context.close();
  });
});

describe('high contrast (forced colours)', () => {
  it.each(['light', 'dark'] as const)(
    '%s palette: the invasiveness shape keeps its fills and the own treatment its marker',
    async (colorScheme) => {
      const context = await env.browser.newContext({
        viewport: { width: 1280, height: 900 },
        forcedColors: 'active',
        colorScheme,
      });
      const { page } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
      await page.evaluate(() => {
        const el = document.createElement('div');
        el.id = 'w';
        el.setAttribute('data-clinic-widget', '');
        el.setAttribute('data-sections', 'compare');
        document.getElementById('app')!.append(el);
      });
      await page.waitForFunction(() =>
        document.getElementById('w')?.shadowRoot?.querySelector('table tbody tr'),
      );
      const seen = await page.evaluate(() => {
        const root = document.getElementById('w')!.shadowRoot!;
        const row = [...root.querySelectorAll('tbody tr')].find((tr) => tr.className)!;
        // Each shape: its steps' backgrounds, e.g. "filled filled empty".
        const shapes = [...root.querySelectorAll('tbody tr')].map((tr) => {
          const steps = [...tr.querySelectorAll('span > span')];
          const background = (el: Element) => getComputedStyle(el).backgroundColor;
          const empty = getComputedStyle(root.querySelector('[lang]')!).backgroundColor;
          return steps.map((s) => (background(s) === empty ? 'empty' : 'filled')).join(' ');
        });
        return { shapes, marker: getComputedStyle(row).outlineStyle };
      });
      expect(seen.shapes.length).toBeGreaterThan(2);
      // Every treatment has at least its first step filled.
      for (const shape of seen.shapes) expect(shape).toMatch(/^filled/);
      // What the visitor sees: a filled step and an empty one must not look the same (the
      // computed style alone does not show the colours forced colours paint over).
      await page.evaluate(() => {
        const steps = [
          ...document.getElementById('w')!.shadowRoot!.querySelectorAll('td span > span'),
        ];
        const filled = steps[0]!;
        filled.setAttribute('data-probe', 'filled');
        steps.find((s) => s.className !== filled.className)!.setAttribute('data-probe', 'empty');
      });
      const look = (probe: string) => page.locator(`#w [data-probe="${probe}"]`).screenshot();
      expect(Buffer.compare(await look('filled'), await look('empty'))).not.toBe(0);
      expect(seen.marker).toBe('solid');
      await context.close();
    },
  );
});
