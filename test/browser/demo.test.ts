import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './harness';

const env = useBrowser();

describe('the demo site', () => {
  it('shows a newcomer the widget on its first page', async () => {
    const context = await env.browser.newContext();
    // The address `npm run demo` prints is the site's root.
    const { page, log } = await openPage(context, `${env.server.url}/demo/`);
    expect(await page.locator('.demo-note').textContent()).toContain('Questions?');
    const launcher = () =>
      page.evaluate(
        () =>
          document
            .querySelector('[data-clinic-widget]')
            ?.shadowRoot?.querySelector('button')
            ?.textContent?.trim() ?? '',
      );
    await expect.poll(launcher).toContain('Questions about your treatment?');
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
