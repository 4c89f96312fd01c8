import { describe, expect, it } from 'vitest';
import { openPage, shadowStyles, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

async function themed(options: {
  attributes?: Record<string, string>;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  hostCss?: string;
}) {
  const context = await env.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  await page.evaluate(({ attributes, hostCss }) => {
    if (hostCss) {
      const style = document.createElement('style');
      style.textContent = hostCss;
      document.head.append(style);
    }
    const el = document.createElement('div');
    el.setAttribute('data-clinic-widget', '');
    el.setAttribute('data-clinic-phone', '555 0100');
    for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
    document.getElementById('app')!.append(el);
  }, options);
  await waitForWidgets(page);
  const root = await shadowStyles(page, '[lang]', ['background-color', 'color', 'font-family']);
  const link = await shadowStyles(page, 'a[href^="tel:"]', ['color']);
  // An FAQ question's chevron (the language menu's button has one too, in the text's colour).
  const icon = await shadowStyles(page, 'button[aria-expanded] svg', [
    'transition-duration',
    'color',
  ]);
  await context.close();
  return { root, link, icon, log };
}

describe('theme', () => {
  it('is light by default', async () => {
    const { root, link } = await themed({});
    expect(root['background-color']).toBe('rgb(255, 255, 255)');
    expect(root.color).toBe('rgb(27, 35, 41)');
    expect(link.color).toBe('rgb(11, 110, 105)');
  });

  it('is dark with data-color-scheme="dark"', async () => {
    const { root } = await themed({ attributes: { 'data-color-scheme': 'dark' } });
    expect(root['background-color']).toBe('rgb(21, 26, 31)');
    expect(root.color).toBe('rgb(238, 242, 244)');
  });

  it('follows prefers-color-scheme with "auto"', async () => {
    const dark = await themed({ attributes: { 'data-color-scheme': 'auto' }, colorScheme: 'dark' });
    const light = await themed({
      attributes: { 'data-color-scheme': 'auto' },
      colorScheme: 'light',
    });
    expect(dark.root['background-color']).toBe('rgb(21, 26, 31)');
    expect(light.root['background-color']).toBe('rgb(255, 255, 255)');
  });

  it('derives a readable link colour from a pale admin accent', async () => {
    const { link } = await themed({ attributes: { 'data-accent': '#ffee58' } });
    // Darkened until it reaches 4.5:1 on white (the exact value is pinned by unit tests).
    expect(link.color).not.toBe('rgb(255, 238, 88)');
    const [r, g, b] = link.color!.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(400);
  });

  it('accepts a CSS colour name through the browser', async () => {
    const { link, log } = await themed({ attributes: { 'data-accent': 'rebeccapurple' } });
    expect(link.color).toBe('rgb(102, 51, 153)');
    expect(log.warnings.filter((w) => w.includes('data-accent'))).toEqual([]);
  });

  it('lets the host fine-tune through --clinic-widget-* properties on the container', async () => {
    const { root, link } = await themed({
      hostCss:
        '[data-clinic-widget] { --clinic-widget-font-family: Georgia, serif; --clinic-widget-accent: #c2185b; }',
    });
    expect(root['font-family']).toBe('Georgia, serif');
    expect(link.color).toBe('rgb(194, 24, 91)');
  });

  it('turns the chevron at once whatever the motion preference (no frames after a click)', async () => {
    const noPreference = await themed({ reducedMotion: 'no-preference' });
    const reduce = await themed({ reducedMotion: 'reduce' });
    expect(noPreference.icon['transition-duration']).toBe('0s');
    expect(reduce.icon['transition-duration']).toBe('0s');
  });
});
