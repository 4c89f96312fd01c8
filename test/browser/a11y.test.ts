import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();
const setAttributes = (page: Page, attributes: Record<string, string>) =>
  page.evaluate((attributes) => {
    const el = document.querySelector('[data-clinic-widget]')!;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  }, attributes);

const expandAll = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    for (const button of Array.from(
      root.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'),
    ))
      button.click();
  });

const STATES: {
  name: string;
  attributes?: Record<string, string>;
  expand?: boolean;
  colorScheme?: 'light' | 'dark';
  width?: number;
  /** Opens the language menu (its list is a chunk of its own). */
  openMenu?: boolean;
}[] = [
  { name: 'light, collapsed' },
  { name: 'light, all answers open', expand: true },
  { name: 'dark, all answers open', attributes: { 'data-color-scheme': 'dark' }, expand: true },
  {
    name: 'auto under a dark system preference',
    attributes: { 'data-color-scheme': 'auto' },
    colorScheme: 'dark',
    expand: true,
  },
  { name: 'pale admin accent, light', attributes: { 'data-accent': '#ffee58' }, expand: true },
  {
    name: 'pale admin accent, dark',
    attributes: { 'data-accent': '#ffee58', 'data-color-scheme': 'dark' },
    expand: true,
  },
  {
    name: 'dark admin accent, dark',
    attributes: { 'data-accent': '#101010', 'data-color-scheme': 'dark' },
  },
  { name: 'Spanish', attributes: { 'data-lang': 'es' }, expand: true },
  { name: 'Arabic (right to left)', attributes: { 'data-lang': 'ar' }, expand: true },
  {
    name: 'Simplified Chinese, dark',
    attributes: { 'data-lang': 'zh-Hans', 'data-color-scheme': 'dark' },
    expand: true,
  },
  {
    name: 'clinic details: country, booking link',
    attributes: { 'data-country': 'US', 'data-booking-url': 'https://clinic.example/book' },
  },
  { name: '320 px wide', width: 320, expand: true },
  { name: 'an 800 px column: the comparison as cards', width: 816, expand: true },
  { name: 'German, the comparison as a table', attributes: { 'data-lang': 'de' }, expand: true },
  { name: '375 px, dark', width: 375, attributes: { 'data-color-scheme': 'dark' }, expand: true },
  { name: 'language menu open', openMenu: true },
  {
    name: 'language menu open, Arabic, dark, 320 px',
    attributes: { 'data-lang': 'ar', 'data-color-scheme': 'dark' },
    width: 320,
    openMenu: true,
  },
];

describe('axe-core (WCAG 2.2 AA tags): zero violations', () => {
  it('sees inside the shadow root (control: a nameless button is reported)', async () => {
    const context = await env.browser.newContext();
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    await page.evaluate(() => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      root.querySelector('[lang]')!.append(document.createElement('button'));
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('button-name');
    await context.close();
  });

  it.each(STATES)('$name', async (state) => {
    const context = await env.browser.newContext({
      viewport: { width: state.width ?? 1024, height: 800 },
      colorScheme: state.colorScheme ?? 'light',
    });
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    if (state.attributes) {
      await setAttributes(page, state.attributes);
      if (state.attributes['data-lang']) {
        await page.waitForFunction(
          (lang) =>
            document
              .querySelector('[data-clinic-widget]')!
              .shadowRoot!.querySelector(`[dir][lang="${lang}"]`),
          state.attributes['data-lang'],
        );
      }
      // The new options are rendered: their transitions finished, a frame drawn.
      await page.evaluate(async () => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        await Promise.all(root.getAnimations().map((animation) => animation.finished));
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
    }
    if (state.expand) await expandAll(page);
    if (state.openMenu) {
      await page.locator('[data-clinic-widget] button[aria-haspopup="menu"]').click();
      await page.locator('[data-clinic-widget] [role="menuitemradio"]').first().waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('axe-core on the launcher: zero violations', () => {
  it.each<{ name: string; width: number; attributes: Record<string, string> }>([
    { name: 'a phone, dark, US clinic', width: 375, attributes: { 'data-color-scheme': 'dark' } },
    { name: 'a desktop, light, German clinic', width: 1024, attributes: { 'data-country': 'DE' } },
  ])('$name: the compact button, then the dialog with its title bar', async (state) => {
    const context = await env.browser.newContext({
      viewport: { width: state.width, height: 800 },
    });
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
    await setAttributes(page, { 'data-country': 'US', ...state.attributes });
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-clinic-widget] button[aria-haspopup="dialog"]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
