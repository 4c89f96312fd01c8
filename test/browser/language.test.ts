import { describe, expect, it } from 'vitest';
import { openPage, pickLanguage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

/** Fetched once, with the first language other than English: i18next and the file checks. */
const TRANSLATION_CODE = ['/dist/chunks/translation.js', '/dist/chunks/template-merge.js'];

/** The widget's requests, with build hashes taken out of file names, sorted (chunks load in parallel). */
const withoutHashes = (requests: string[]) =>
  requests
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
    .sort();

const widgetLang = (page: import('playwright-core').Page, selector = '[data-clinic-widget]') =>
  page.evaluate(
    (selector) =>
      document.querySelector(selector)!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'),
    selector,
  );

describe('language choice and lazy locales', () => {
  it('fetches only the loader, the main module and the sections shown, for the English first view', async () => {
    const context = await env.browser.newContext();
    env.requests.length = 0;
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    // plain.html shows the default sections: the FAQ is in the main module; the comparison and
    // the check are chunks, fetched in parallel.
    expect(withoutHashes(env.requests)).toEqual(
      [
        '/dist/clinic-widget.js',
        '/dist/main.js',
        '/dist/chunks/compare.js',
        '/dist/chunks/quiz.js',
      ].sort(),
    );
    await context.close();
  });

  it('fetches no section chunk for a FAQ-only widget', async () => {
    const context = await env.browser.newContext();
    env.requests.length = 0;
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/spanish.html`);
    await waitForWidgets(page, 2);
    await page.waitForLoadState('networkidle');
    // Spanish: its strings and, once, the code that translates (i18next and the file checks).
    expect(withoutHashes(env.requests)).toEqual(
      [
        '/dist/clinic-widget.js',
        '/dist/main.js',
        '/dist/locales/es.js',
        ...TRANSLATION_CODE,
      ].sort(),
    );
    await context.close();
  });

  it('follows <html lang="es-MX">, downloading Spanish once for two widgets', async () => {
    const context = await env.browser.newContext();
    env.requests.length = 0;
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/spanish.html`);
    await waitForWidgets(page, 2);
    await page.waitForLoadState('networkidle');
    expect(await widgetLang(page, '#one')).toBe('es');
    expect(await widgetLang(page, '#two')).toBe('es');
    expect(await widgetText(page, '#two')).toContain('Preguntas y respuestas');
    expect(
      env.requests
        .filter((path) => path.startsWith('/dist/'))
        .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
        .sort(),
    ).toEqual(
      [
        '/dist/clinic-widget.js',
        '/dist/main.js',
        '/dist/locales/es.js',
        ...TRANSLATION_CODE,
      ].sort(),
    );
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('uses the browser languages when the page has no lang', async () => {
    const context = await env.browser.newContext({ locale: 'es-MX' });
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/no-lang.html`);
    await waitForWidgets(page);
    expect(await widgetLang(page)).toBe('es');
    await context.close();
  });

  it('does not guess: zh-TW gets English', async () => {
    const context = await env.browser.newContext({ locale: 'zh-TW' });
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/no-lang.html`);
    await waitForWidgets(page);
    expect(await widgetLang(page)).toBe('en');
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('switches language when data-lang changes, and back', async () => {
    const context = await env.browser.newContext();
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    await page.evaluate(() =>
      document.querySelector('[data-clinic-widget]')!.setAttribute('data-lang', 'es'),
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir][lang="es"]'),
    );
    expect(await widgetText(page)).toContain('Llame a Riverside Clinic:');
    await page.evaluate(() =>
      document.querySelector('[data-clinic-widget]')!.setAttribute('data-lang', 'en'),
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir][lang="en"]'),
    );
    await context.close();
  });

  it.each([
    [
      'is missing (404)',
      (route: import('playwright-core').Route) => route.fulfill({ status: 404 }),
    ],
    [
      'cannot be reached',
      (route: import('playwright-core').Route) => route.abort('internetdisconnected'),
    ],
    [
      'is malformed',
      (route: import('playwright-core').Route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'export default {{{' }),
    ],
    [
      'holds the wrong data',
      (route: import('playwright-core').Route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'export default 42;' }),
    ],
  ])(
    'shows English with one warning when the Spanish file %s, and retries later',
    async (_, fail) => {
      const context = await env.browser.newContext();
      // Broken until the test mends it: the loader's early request and the widget's own both
      // meet the fault, as they would on a real outage.
      let broken = true;
      await context.route('**/locales/es.js*', (route) =>
        broken ? fail(route) : route.continue(),
      );
      const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/spanish.html`);
      await waitForWidgets(page, 2);
      expect(await widgetLang(page, '#one')).toBe('en');
      expect(await widgetText(page, '#one')).toContain('Questions and answers');
      const loadWarnings = log.warnings.filter((w) =>
        w.includes('Could not load the "es" language file'),
      );
      // Two widgets share one download, so one failure gives one warning.
      expect(loadWarnings).toHaveLength(1);
      // A later switch tries again, and succeeds.
      broken = false;
      await page.evaluate(() => {
        document.getElementById('one')!.setAttribute('data-lang', 'en');
        document.getElementById('one')!.setAttribute('data-lang', 'es');
      });
      await page.waitForFunction(() =>
        document.getElementById('one')!.shadowRoot!.querySelector('[dir][lang="es"]'),
      );
      expect(log.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
      await context.close();
    },
  );

  describe('a language picked in the menu', () => {
    /** What the menu shows: its busy state, its status line, and the language it names. */
    const menuState = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        const button = root.querySelector('button[aria-haspopup="menu"]')!;
        const status = root.querySelector('[role="status"]') as HTMLElement;
        return {
          busy: button.parentElement!.getAttribute('aria-busy'),
          status: status.innerText,
          names: button.querySelector('[lang]')!.getAttribute('lang'),
          shown: root.querySelector('[dir]')!.getAttribute('lang'),
        };
      });

    it('says it is loading while its file is slow, and does not claim it before it is here', async () => {
      const context = await env.browser.newContext();
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await context.route('**/locales/de.js', async (route) => {
        await released;
        await route.continue();
      });
      const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
      await waitForWidgets(page);
      await pickLanguage(page, 'Deutsch');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('[aria-busy="true"] [role="status"]'),
      );
      expect(await menuState(page)).toEqual({
        busy: 'true',
        status: 'Loading…',
        names: 'en',
        shown: 'en',
      });
      expect(await widgetText(page)).toContain('Questions and answers');
      release();
      await page.waitForFunction(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('[dir][lang="de"]'),
      );
      expect(await menuState(page)).toEqual({
        busy: 'false',
        status: '',
        names: 'de',
        shown: 'de',
      });
      expect(log.errors).toEqual([]);
      await context.close();
    });

    it('keeps the language shown when its file fails, says so politely, and can be picked again', async () => {
      const context = await env.browser.newContext();
      let failing = true;
      await context.route('**/locales/fr.js*', (route) =>
        failing ? route.fulfill({ status: 404, body: 'Not here' }) : route.continue(),
      );
      const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
      await waitForWidgets(page);
      await pickLanguage(page, 'Español');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('[dir][lang="es"]'),
      );
      await pickLanguage(page, 'Français');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('[aria-busy="false"] [role="status"]:not(:empty)'),
      );
      // Still Spanish (not English), with the message in Spanish, inside the widget.
      expect(await menuState(page)).toEqual({
        busy: 'false',
        status:
          'Lo sentimos, no se pudo cargar ese idioma. Por favor, inténtelo de nuevo más tarde.',
        names: 'es',
        shown: 'es',
      });
      expect(await widgetText(page)).toContain('Preguntas y respuestas');
      expect(
        log.warnings.filter((w) => w.includes('Could not load the "fr" language file')),
      ).toHaveLength(1);
      // The network is back: the same pick works (at a new address), and the message goes.
      failing = false;
      await pickLanguage(page, 'Français');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('[dir][lang="fr"]'),
      );
      expect(await menuState(page)).toEqual({
        busy: 'false',
        status: '',
        names: 'fr',
        shown: 'fr',
      });
      expect(log.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
      await context.close();
    });
  });
});
