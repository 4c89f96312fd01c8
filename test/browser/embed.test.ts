import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

describe('plain host page', () => {
  it('renders the English FAQ inside an open shadow root, with the clinic details', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const text = await widgetText(page);
    expect(text).toContain('Exosome hair therapy: side effects and when to get help');
    expect(text).toContain('Questions and answers');
    expect(text).toContain('Does the treatment hurt?');
    expect(text).toContain('In an emergency, call your local emergency number now.');
    expect(text).toContain('Call Riverside Clinic:');
    const root = await page.evaluate(() => {
      const host = document.querySelector('[data-clinic-widget]')!;
      const el = host.shadowRoot!.querySelector('[lang]')!;
      return {
        mode: host.shadowRoot!.mode,
        lang: el.getAttribute('lang'),
        dir: el.getAttribute('dir'),
        tel: host.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href'),
      };
    });
    expect(root).toEqual({ mode: 'open', lang: 'en', dir: 'ltr', tel: 'tel:+15550100' });
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('fires clinic-widget:ready on the container with the locale and sections only', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { readyEvents: unknown[] }).readyEvents = [];
      document.addEventListener('clinic-widget:ready', (event) => {
        (window as unknown as { readyEvents: unknown[] }).readyEvents.push({
          target: (event.target as Element).hasAttribute('data-clinic-widget'),
          detail: (event as CustomEvent).detail,
        });
      });
    });
    await page.goto(`${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const events = await page.evaluate(
      () => (window as unknown as { readyEvents: unknown[] }).readyEvents,
    );
    expect(events).toEqual([
      { target: true, detail: { locale: 'en', sections: ['faq', 'compare', 'quiz'] } },
    ]);
    await context.close();
  });

  it('operates the accordion by keyboard alone, with a visible focus ring', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('[data-clinic-widget]')!.shadowRoot!.activeElement;
        return active
          ? {
              text: active.textContent,
              expanded: active.getAttribute('aria-expanded'),
              outline: getComputedStyle(active).outlineStyle,
              outlineWidth: getComputedStyle(active).outlineWidth,
            }
          : null;
      });
    // Tab order: the language menu, the FAQ search, "Expand all", then the first question.
    await page.keyboard.press('Tab');
    // The language menu's button, naming the language shown.
    expect((await focused())!.text).toBe('LanguageEnglish');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused())!.text).toBe('Expand all');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({
      text: 'Which side effects are normal?',
      expanded: 'false',
    });
    expect((await focused())!.outline).toBe('solid');
    expect((await focused())!.outlineWidth).toBe('3px');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ expanded: 'true' });
    expect(await widgetText(page)).toContain('a bit like a mild sunburn');
    await page.keyboard.press('Space');
    expect(await focused()).toMatchObject({ expanded: 'false' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await focused()).toMatchObject({
      text: 'How long do the side effects last?',
      expanded: 'true',
    });
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('adds only ClinicWidget to window and nothing to the document styles or :root', async () => {
    // The same page with the script blocked lists the browser's own globals.
    const bareContext = await env.browser.newContext();
    await bareContext.route('**/clinic-widget.js', (route) => route.abort());
    const bare = await bareContext.newPage();
    await bare.goto(`${env.server.url}/test/fixtures/plain.html`);
    const baseline = new Set(await bare.evaluate(() => Object.keys(window)));
    await bareContext.close();

    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const after = await page.evaluate(() => ({
      keys: Object.keys(window),
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      styleTags: document.querySelectorAll('style').length,
      rootStyle: document.documentElement.getAttribute('style'),
      rootVars: Array.from(getComputedStyle(document.documentElement)).filter((p) =>
        p.startsWith('--'),
      ),
      version: typeof (window as unknown as { ClinicWidget: { version: string } }).ClinicWidget
        .version,
    }));
    expect(after.keys.filter((key) => !baseline.has(key))).toEqual(['ClinicWidget']);
    expect(after).toMatchObject({
      sheets: 0,
      adopted: 0,
      styleTags: 0,
      rootStyle: null,
      rootVars: [],
    });
    expect(after.version).toBe('string');
    await context.close();
  });
});
