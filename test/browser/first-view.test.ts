import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets } from './harness';

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
    await expect.poll(fetched).toContain('chunks/quiz-steps.js');

    // Another language: its strings, and once, the code that translates.
    await page.evaluate(() => {
      const select = document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector('select')!;
      select.value = 'es';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[lang="es"]'),
    );
    const withSpanish = fetched();
    expect(withSpanish).toContain('locales/es.js');
    expect(withSpanish.filter((file) => file.startsWith('chunks/translation'))).toHaveLength(1);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
