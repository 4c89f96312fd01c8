import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

/**
 * The snippet's <script async src> pasted as <script type="module"> (an editor's habit, or a
 * "helpful" page builder): a module has no document.currentScript, so the loader finds its
 * own tag by its file name. The page is two folders deep, so files looked for beside the page
 * would not be found.
 */
describe('clinic-widget.js in a <script type="module">', () => {
  it.each([
    ['in-page', '<div data-clinic-widget data-country="US"></div>'],
    [
      'lazy launcher',
      '<div data-clinic-widget data-mode="launcher" data-lazy data-country="US"></div>',
    ],
  ])('still finds its files (%s), and says once how to paste it', async (_name, container) => {
    const context = await env.browser.newContext();
    await context.route('**/clinic/pages/module.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Clinic</title></head><body>${container}
          <script type="module" src="/dist/clinic-widget.js?ver=0.2.0"></script></body></html>`,
      }),
    );
    const { page, log } = await openPage(context, `${env.server.url}/clinic/pages/module.html`);
    if (container.includes('launcher')) {
      const button = 'button[aria-haspopup]';
      await page.waitForFunction(
        (button) =>
          document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector(button),
        button,
      );
      await page.evaluate(
        (button) =>
          document
            .querySelector('[data-clinic-widget]')!
            .shadowRoot!.querySelector<HTMLElement>(button)!
            .click(),
        button,
      );
      await page.waitForFunction(
        () =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')?.open,
      );
    }
    await waitForWidgets(page);
    expect(await widgetText(page)).toContain('911');
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([
      '[clinic-widget] Load clinic-widget.js with <script async src="...">, not type="module".',
    ]);
    await context.close();
  });
});
