import { join } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, repoRoot, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

beforeAll(async () => {
  // The host application: React, its own Preact and i18next's default instance, bundled the
  // way a site would ship them.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: {
      outDir: join(repoRoot, 'test/.build'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(repoRoot, 'test/fixtures/host-app.ts'),
        formats: ['iife'],
        name: 'HostApp',
        fileName: () => 'host-app.js',
      },
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
});

describe('host JavaScript and the widget leave each other alone', () => {
  it('coexists with a host running React, Preact and its own i18next', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/host-frameworks.html`,
    );
    await page.waitForSelector('#react-button');
    await waitForWidgets(page);
    // The widget uses its own i18next: Spanish here, while the host stays German.
    expect(await widgetText(page)).toContain('Preguntas y respuestas');
    await page.click('#react-button');
    await page.click('#preact-button');
    const host = await page.evaluate(() => {
      const i18n = (window as unknown as { hostI18n: { language: string; t(k: string): string } })
        .hostI18n;
      return {
        react: document.getElementById('react-button')!.textContent,
        preact: document.getElementById('preact-button')!.textContent,
        language: i18n.language,
        greeting: i18n.t('greeting'),
      };
    });
    expect(host).toEqual({
      react: 'React 1',
      preact: 'Preact 1',
      language: 'de',
      greeting: 'Hallo aus der Praxis',
    });
    // And the widget still responds (Playwright locators pierce the open shadow root).
    await page.locator('[data-clinic-widget] button[aria-expanded]').first().focus();
    await page.keyboard.press('Enter');
    expect(await widgetText(page)).toContain('quemadura de sol leve');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('works beside an AMD loader and libraries that patch built-ins, and changes neither', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/legacy-host.html`,
    );
    await waitForWidgets(page);
    expect(await widgetText(page)).toContain('Questions and answers');
    await page.locator('[data-clinic-widget] button[aria-expanded]').first().focus();
    await page.keyboard.press('Enter');
    expect(await widgetText(page)).toContain('a bit like a mild sunburn');
    const host = await page.evaluate(() => {
      const w = window as unknown as { amdDefineCalls: number; define: { amd: unknown } };
      return {
        defineCalls: w.amdDefineCalls,
        amd: !!w.define.amd,
        arrayToJSON: JSON.stringify([1, 2]),
        flag: ({} as Record<string, unknown>).legacyPluginFlag,
      };
    });
    expect(host).toEqual({ defineCalls: 0, amd: true, arrayToJSON: '"patched-array"', flag: 'on' });
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
