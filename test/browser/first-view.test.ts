import { describe, expect, it } from 'vitest';
import { openPage, pickLanguage, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

/** The widget's files the page has requested so far, hashes left out. */
const fetched = () =>
  env.requests
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.slice('/dist/'.length).replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();

describe('what the first view fetches', () => {
  it('fetches only the files the English first view needs, and the rest when needed', async () => {
    env.requests.length = 0;
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    expect(fetched()).toEqual([
      'chunks/compare.js',
      'chunks/quiz.js',
      'clinic-widget.js',
      'main.js',
    ]);

    // The check's later screens: when a start button is about to be used.
    await page.evaluate(() =>
      Array.from(
        document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelectorAll('button'),
      )
        .find((button) => button.textContent === 'Start the check')!
        .focus(),
    );
    // Waited on as a request: the page reached "networkidle" before, so that state would not wait.
    await expect.poll(fetched, { timeout: 15_000 }).toContain('chunks/quiz-steps.js');

    // The language menu's list: when its button is about to be used.
    await page.locator('[data-clinic-widget] button[aria-haspopup="menu"]').focus();
    // A request too: "networkidle" was reached before, so waiting for it would not wait.
    await expect.poll(fetched, { timeout: 15_000 }).toContain('chunks/language-list.js');

    // Another language: its strings, and once, the code that translates.
    await pickLanguage(page, 'Español');
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[lang="es"]'),
    );
    const withSpanish = fetched();
    expect(withSpanish).toContain('locales/es.js');
    expect(withSpanish.filter((file) => file.startsWith('chunks/translation'))).toHaveLength(1);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('asks for another language’s file and translation code beside the main module, not after it', async () => {
    const context = await env.browser.newContext();
    /** What the loader preloads before the main module has run. */
    const preloads = (page: import('playwright-core').Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'))
          .map((link) => new URL(link.href).pathname.replace(/^\/dist\//, ''))
          .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
          .sort(),
      );
    // <html lang="es-MX">, two FAQ-only widgets: the loader guesses Spanish, as the widget
    // will choose.
    const spanish = await openPage(context, `${env.server.url}/test/fixtures/spanish.html`);
    await waitForWidgets(spanish.page, 2);
    expect(await preloads(spanish.page)).toEqual([
      'chunks/template-merge.js',
      'chunks/translation.js',
      'locales/es.js',
      'main.js',
    ]);
    // An English page preloads nothing it would not use.
    const english = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(english.page);
    expect(await preloads(english.page)).toEqual([
      'chunks/compare.js',
      'chunks/quiz.js',
      'main.js',
    ]);
    expect([...spanish.log.errors, ...english.log.errors]).toEqual([]);
    await context.close();
  });
});
