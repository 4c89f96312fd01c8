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
    await page.waitForLoadState('networkidle');
    expect(fetched()).toContain('chunks/quiz-steps.js');

    // The language menu's list: when its button is about to be used.
    await page.locator('[data-clinic-widget] button[aria-haspopup="menu"]').focus();
    await page.waitForLoadState('networkidle');
    expect(fetched()).toContain('chunks/language-list.js');

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
});
