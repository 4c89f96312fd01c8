import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pickLanguage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function widgetPage(
  attributes: Record<string, string> = {},
  options: { width?: number; hash?: string } = {},
) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, log } = await openPage(
    context,
    `${env.server.url}/test/fixtures/dynamic.html${options.hash ?? ''}`,
  );
  await page.evaluate(
    ({ attributes, width }) => {
      const el = document.createElement('div');
      el.id = 'w';
      if (width) el.style.width = `${width}px`;
      el.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('app')!.append(el);
    },
    { attributes: { 'data-clinic-phone': '+1 555 0100', ...attributes }, width: options.width },
  );
  await waitForWidgets(page, 1, '#w');
  return { context, page, log, w: page.locator('#w') };
}

const axe = async (page: Page) => {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
};

const expanded = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.getElementById('w')!.shadowRoot!.querySelectorAll('button[aria-expanded="true"]'),
    ).map((b) => b.textContent),
  );

describe('FAQ', () => {
  it('expands and collapses all by keyboard, grouped under category headings', async () => {
    const { context, page, log, w } = await widgetPage({ 'data-sections': 'faq' });
    const categories = await w.locator('h4').allTextContents();
    expect(categories).toEqual([
      'What is normal after treatment',
      'Warning signs and when to get help',
      'Risks and safety',
      'Before treatment',
      'Regulation and evidence',
    ]);
    await w.getByRole('button', { name: 'Expand all' }).focus();
    await page.keyboard.press('Enter');
    expect((await expanded(page)).length).toBe(15);
    await w.getByRole('button', { name: 'Collapse all' }).focus();
    await page.keyboard.press('Space');
    expect(await expanded(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('opens a deep link on load, scrolls it into view, and leaves the address alone', async () => {
    const { context, page, log } = await widgetPage(
      { 'data-sections': 'faq' },
      { hash: '#faq-success-rate' },
    );
    await page.waitForFunction(() =>
      document.getElementById('w')!.shadowRoot!.querySelector('button[aria-expanded="true"]'),
    );
    expect(await expanded(page)).toEqual(['How well does it work?']);
    const inView = await page.evaluate(() => {
      const button = document
        .getElementById('w')!
        .shadowRoot!.querySelector('button[aria-expanded="true"]')!;
      const box = button.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.locator('#w button[aria-expanded]').first().click();
    expect(await page.evaluate(() => location.hash)).toBe('#faq-success-rate');
    // A later hash change opens that answer too.
    await page.evaluate(() => (location.hash = '#faq-pain'));
    await page.waitForFunction(
      () =>
        document.getElementById('w')!.shadowRoot!.querySelectorAll('button[aria-expanded="true"]')
          .length === 3,
    );
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('warns once about a deep link to a question that does not exist, and opens nothing', async () => {
    const { context, page, log } = await widgetPage(
      { 'data-sections': 'faq', 'data-deep-link-prefix': 'q-' },
      { hash: '#q-no-such-question' },
    );
    // The warning says the hash has been read: only then is "nothing opened" worth checking.
    await expect
      .poll(() => log.warnings.filter((w) => w.includes('#q-no-such-question names no question')))
      .toHaveLength(1);
    expect(await expanded(page)).toEqual([]);
    expect(
      log.warnings.filter((w) => w.includes('#q-no-such-question names no question')),
    ).toHaveLength(1);
    await context.close();
  });

  it('writes deep links into the address only when the clinic opts in, and copies them', async () => {
    const { context, page, w } = await widgetPage({
      'data-sections': 'faq',
      'data-update-url': '',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: env.server.url,
    });
    await w.getByRole('button', { name: 'Does the treatment hurt?' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#faq-pain');
    await w.getByRole('button', { name: 'Copy link to this question' }).click();
    await page.waitForFunction(() =>
      document.getElementById('w')!.shadowRoot!.textContent!.includes('Link copied.'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${env.server.url}/test/fixtures/dynamic.html#faq-pain`,
    );
    await context.close();
  });

  it('searches as you type, ignoring case and accents, and announces the count politely', async () => {
    const { context, page, log, w } = await widgetPage({
      'data-sections': 'faq',
      'data-lang': 'es',
    });
    await page.waitForFunction(() =>
      document.getElementById('w')!.shadowRoot!.querySelector('[dir][lang="es"]'),
    );
    const search = w.locator('input[type="search"]');
    expect(await search.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe(
      'Buscar en las preguntas y respuestas',
    );
    await search.pressSequentially('EMBARAZADA');
    await page.waitForFunction(() => {
      const status = document.getElementById('w')!.shadowRoot!.querySelector('p[role="status"]');
      return status?.textContent?.length;
    });
    const status = await w.locator('p[role="status"]').first().textContent();
    expect(status).toMatch(/^\d+ preguntas? encontradas?$/);
    expect(await w.locator('mark').first().textContent()).toBe('embarazada');
    await search.fill('zzz-nothing');
    await page.waitForFunction(() =>
      document.getElementById('w')!.shadowRoot!.textContent!.includes('Ninguna pregunta coincide'),
    );
    expect(await w.locator('a[href="tel:+15550100"]').count()).toBeGreaterThanOrEqual(2);
    // Hostile input neither throws nor hangs.
    await search.fill('.*(?['.repeat(2_000));
    await search.fill('');
    expect(await w.locator('button[aria-expanded]').count()).toBe(15);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('comparison', () => {
  it.each([
    [320, 'cards'],
    [800, 'cards'],
    [831, 'cards'],
    [832, 'table'],
    [1024, 'table'],
  ] as const)('at %i px wide shows the %s, with no horizontal overflow', async (width, layout) => {
    const { context, page, log } = await widgetPage({ 'data-sections': 'compare' }, { width });
    const report = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const table = root.querySelector('table')!;
      const cards = root.querySelector('ul[aria-label]') as HTMLElement;
      const widget = root.querySelector('[dir]') as HTMLElement;
      return {
        table: getComputedStyle(table.parentElement!).display !== 'none',
        cards: getComputedStyle(cards).display !== 'none',
        overflow: widget.scrollWidth > widget.clientWidth + 1,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        caption: table.caption?.textContent,
        colHeaders: Array.from(table.querySelectorAll('th[scope="col"]')).length,
        rowHeaders: Array.from(table.querySelectorAll('th[scope="row"]')).length,
      };
    });
    expect({ table: report.table, cards: report.cards }).toEqual(
      layout === 'table' ? { table: true, cards: false } : { table: false, cards: true },
    );
    expect(report.overflow).toBe(false);
    expect(report.pageScrolls).toBe(false);
    expect(report).toMatchObject({
      caption: 'Side effects of five hair loss treatments',
      colHeaders: 5,
      rowHeaders: 5,
    });
    expect(await axe(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('compares two or three treatments side by side, and links to and from the FAQ', async () => {
    const { context, page, w } = await widgetPage({ 'data-sections': 'faq compare' });
    await w.getByRole('checkbox', { name: 'Microneedling' }).check();
    await w
      .getByRole('checkbox', { name: 'PRP (platelet-rich plasma, made from your own blood)' })
      .check();
    expect(
      await w
        .locator('tbody th[scope="row"]')
        .evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent)),
    ).toEqual([
      'PRP (platelet-rich plasma, made from your own blood)',
      'Microneedling (very fine needles)',
    ]);
    expect(await w.locator('tbody').textContent()).toContain(
      'Less invasive (needles or shots, no surgery)',
    );
    // From a treatment to an FAQ answer, and from that answer back to the comparison.
    await w
      .locator('tbody')
      .getByRole('button', { name: 'Are the side effects worse than with PRP or microneedling?' })
      .first()
      .click();
    expect(await expanded(page)).toEqual([
      'Are the side effects worse than with PRP or microneedling?',
    ]);
    await w.getByRole('button', { name: 'See how the side effects compare' }).click();
    expect(
      await page.evaluate(
        () => document.getElementById('w')!.shadowRoot!.activeElement?.textContent,
      ),
    ).toBe('How the side effects compare');
    await context.close();
  });
});

describe('print', () => {
  it('prints open answers and the whole table, without buttons, menus or search', async () => {
    const { context, page, w } = await widgetPage(
      { 'data-sections': 'faq compare quiz' },
      { width: 400 },
    );
    await w.getByRole('button', { name: 'Does the treatment hurt?' }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
      return {
        table: shown(root.querySelector('table')!.parentElement),
        cards: shown(root.querySelector('ul[aria-label]')),
        search: shown(root.querySelector('input[type="search"]')),
        menu: shown(root.querySelector('[aria-haspopup="menu"]')),
        expandAll: Array.from(root.querySelectorAll('button:not([aria-expanded])')).some(shown),
        openAnswer: shown(root.getElementById?.('x') ?? root.querySelector('[id$="-a-pain"]')),
        closedAnswer: shown(root.querySelector('[id$="-a-permanent"]')),
      };
    });
    expect(printed).toEqual({
      table: true,
      cards: false,
      search: false,
      menu: false,
      expandAll: false,
      openAnswer: true,
      closedAnswer: false,
    });
    expect(await widgetText(page, '#w')).toContain('numbing cream');
    await context.close();
  });
});

describe('structured data (opt-in)', () => {
  it('adds FAQPage JSON-LD in the active language, updates it, and removes it on unmount', async () => {
    const { context, page } = await widgetPage({
      'data-sections': 'faq',
      'data-structured-data': '',
    });
    const jsonLd = () =>
      page.evaluate(() =>
        Array.from(document.head.querySelectorAll('script[type="application/ld+json"]')).map((s) =>
          JSON.parse(s.textContent!),
        ),
      );
    await page.waitForFunction(() =>
      document.head.querySelector('script[type="application/ld+json"]'),
    );
    let data = await jsonLd();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ '@type': 'FAQPage', inLanguage: 'en' });
    expect(data[0].mainEntity).toHaveLength(15);
    await pickLanguage(page, 'Français', '#w');
    await page.waitForFunction(() =>
      document.head
        .querySelector('script[type="application/ld+json"]')
        ?.textContent?.includes('"fr"'),
    );
    data = await jsonLd();
    expect(data).toHaveLength(1);
    expect(data[0].inLanguage).toBe('fr');
    await page.evaluate(() => document.getElementById('w')!.remove());
    await page.waitForFunction(
      () => !document.head.querySelector('script[type="application/ld+json"]'),
    );
    await context.close();
  });
});

describe('axe-core in every FAQ state', () => {
  it.each([
    ['search active', { 'data-sections': 'faq' }, 'search'],
    ['all expanded', { 'data-sections': 'faq compare' }, 'expand'],
    [
      'Arabic, all expanded, cards',
      { 'data-sections': 'faq compare', 'data-lang': 'ar' },
      'expand',
    ],
    ['no search results', { 'data-sections': 'faq' }, 'nothing'],
  ] as const)('%s', async (_, attributes, action) => {
    const rtl = 'data-lang' in attributes;
    const { context, page, w } = await widgetPage(attributes, { width: rtl ? 400 : undefined });
    if (rtl)
      await page.waitForFunction(() =>
        document.getElementById('w')!.shadowRoot!.querySelector('[dir="rtl"]'),
      );
    if (action === 'search') await w.locator('input[type="search"]').fill('fever');
    if (action === 'nothing') await w.locator('input[type="search"]').fill('zzzz');
    if (action === 'expand') await w.locator('button:not([aria-expanded])').first().click();
    // Checked once the state has settled: its transitions finished, a frame drawn.
    await page.evaluate(async () => {
      const root = document.getElementById('w')!.shadowRoot!;
      await Promise.all(root.getAnimations().map((animation) => animation.finished));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
