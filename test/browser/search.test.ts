import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

async function widgetPage(
  attributes: Record<string, string> = {},
  prepare?: (context: BrowserContext) => Promise<unknown>,
) {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
  await prepare?.(context);
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.evaluate((attributes) => {
    const el = document.createElement('div');
    el.id = 'w';
    el.setAttribute('data-clinic-widget', '');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.getElementById('app')!.append(el);
  }, attributes);
  await waitForWidgets(page, 1, '#w');
  return { context, page, log, requested, w: page.locator('#w'), box: page.locator('#w input') };
}

const status = (page: Page, text: RegExp) =>
  page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        // The FAQ's status line (the language menu, above it, has one of its own).
        document.getElementById('w')!.shadowRoot!.querySelector('section [role="status"]')
          ?.textContent ?? '',
      ),
    text.source,
  );

describe('FAQ search in the browser', () => {
  it('downloads the search only when the box is focused, then ranks what is typed key by key', async () => {
    const { context, page, log, requested, w, box } = await widgetPage({
      'data-sections': 'faq',
    });
    expect(requested.some((url) => url.includes('search-results'))).toBe(false);
    await box.focus();
    await page.waitForResponse((response) => response.url().includes('search-results'));
    await box.pressSequentially('swolen face?', { delay: 20 });
    await status(page, /questions? found/);
    const buttons = w.locator('button[aria-expanded]');
    // Only the best match is open; the others show a snippet and wait to be opened.
    expect(await buttons.first().getAttribute('aria-expanded')).toBe('true');
    expect(await w.locator('button[aria-expanded="true"]').count()).toBe(1);
    expect(await w.locator('mark').count()).toBeGreaterThan(0);
    expect(await buttons.allTextContents()).toContain(
      'Can the treatment cause an allergic reaction?',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('gives a useful empty state, said once, without a clinic phone', async () => {
    const { context, page, log, w, box } = await widgetPage({ 'data-sections': 'faq quiz' });
    await box.fill('zzzqqq');
    await status(page, /No questions match/);
    const text = await page.evaluate(
      () => document.getElementById('w')!.shadowRoot!.textContent ?? '',
    );
    expect(text.split('No questions match your search.').length - 1).toBe(1);
    expect(text).toContain('Try one word');
    await w.getByRole('button', { name: /when to get help/ }).click();
    expect(
      await page.evaluate(
        () => document.getElementById('w')!.shadowRoot!.activeElement?.textContent,
      ),
    ).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    // Hostile input: no error, a sensible empty state.
    for (const query of ['.*(?[', '?!…', '😀🙃', '\u200f\u202e', 'x'.repeat(10_000)])
      await box.fill(query);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('shows the closest matches under a heading that says so, with no axe violations', async () => {
    const { context, page, log, w, box } = await widgetPage({ 'data-sections': 'faq' });
    // "swelling" and "itching" are in the FAQ, "zebra" nowhere: no question has every word.
    await box.fill('swelling itching zebra');
    await status(page, /questions? found/);
    await expect
      .poll(() => w.getByText('No question has all of your words. These are the closest:').count())
      .toBe(1);
    expect(await w.locator('button[aria-expanded]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('lets find in page open a closed answer (hidden="until-found", beforematch)', async () => {
    const { context, page, w } = await widgetPage({ 'data-sections': 'faq' });
    const button = w.getByRole('button', { name: 'Does the treatment hurt?' });
    const panelId = (await button.getAttribute('aria-controls'))!;
    const hidden = () =>
      page.evaluate(
        (id) =>
          document.getElementById('w')!.shadowRoot!.getElementById(id)!.getAttribute('hidden'),
        panelId,
      );
    expect(await hidden()).toBe('until-found');
    // What the browser does when Ctrl+F finds text in it.
    await page.evaluate((id) => {
      const panel = document.getElementById('w')!.shadowRoot!.getElementById(id)!;
      panel.removeAttribute('hidden');
      panel.dispatchEvent(new Event('beforematch'));
    }, panelId);
    await page.waitForFunction(
      (id) =>
        document
          .getElementById('w')!
          .shadowRoot!.querySelector(`[aria-controls="${id}"]`)
          ?.getAttribute('aria-expanded') === 'true',
      panelId,
    );
    expect(await hidden()).toBeNull();
    await context.close();
  });

  it('falls back to a plain match, with one warning, when the search cannot be downloaded', async () => {
    const { context, page, log, w, box } = await widgetPage({ 'data-sections': 'faq' }, (c) =>
      c.route('**/chunks/search-results-*', (route) => route.abort()),
    );
    await box.fill('numbing');
    await status(page, /1 question found/);
    expect(await w.locator('button[aria-expanded]').allTextContents()).toEqual([
      'Does the treatment hurt?',
    ]);
    expect(log.warnings.filter((m) => m.includes('Search failed to load'))).toHaveLength(1);
    await context.close();
  });
});
