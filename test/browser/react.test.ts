import { join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, repoRoot, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();
const outDir = join(repoRoot, '.tmp/react-app');

beforeAll(async () => {
  // A fresh Vite app importing `clinic-widget/react` (the built lib/react.js, as from npm),
  // with React's development build: StrictMode mounts, unmounts and mounts every effect.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(repoRoot, 'test/fixtures/react-app'),
    base: './',
    mode: 'development',
    resolve: { alias: { 'clinic-widget/react': join(repoRoot, 'lib/react.js') } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"development"' },
    build: { outDir, emptyOutDir: true, minify: false },
  });
});

const widgetState = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const container = document.getElementById('widget');
    const root = container?.shadowRoot;
    return {
      className: container?.className,
      lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      text: root?.textContent ?? '',
      headings: root ? root.querySelectorAll('h2').length : 0,
      lightChildren: container?.childNodes.length ?? -1,
    };
  });

describe('clinic-widget/react', () => {
  it('mounts once under StrictMode, follows its props, and unmounts with the component', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/.tmp/react-app/index.html`);
    await waitForWidgets(page, 1, '#widget');
    const first = await widgetState(page);
    expect(first.className).toBe('patient-info');
    expect(first.lang).toBe('en');
    expect(first.text).toContain('Riverside Clinic');
    expect(first.text).toContain('911');
    expect(first.headings).toBe(1);
    // Nothing in the container's light DOM: React's own children stay as React rendered them.
    expect(first.lightChildren).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#spanish');
    await expect.poll(async () => (await widgetState(page)).lang).toBe('es');
    expect((await widgetState(page)).headings).toBe(1);
    // A prop taken away resets its option.
    await page.click('#unname');
    await expect.poll(async () => (await widgetState(page)).text).not.toContain('Riverside Clinic');

    await page.click('#remove');
    await expect.poll(() => page.locator('#widget').count()).toBe(0);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });
});
