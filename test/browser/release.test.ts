import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, repoRoot, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

/** dist/snippet-sri.html as shipped, pointed at the test server's copy of dist/. */
const sriSnippet = readFileSync(join(repoRoot, 'dist/snippet-sri.html'), 'utf8').replace(
  /src="[^"]+"/,
  'src="/dist/clinic-widget.js"',
);

async function pageWithSnippet(tamper?: { file: RegExp }) {
  const context = await env.browser.newContext();
  await context.route('**/blank.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${sriSnippet}</body></html>`,
    }),
  );
  if (tamper) {
    await context.route(tamper.file, async (route) => {
      const response = await route.fetch();
      // One changed byte's worth: a comment a compromised CDN might add.
      const body = `${await response.text()}\n/* tampered */`;
      await route.fulfill({ response, body });
    });
  }
  const { page, log } = await openPage(context, `${env.server.url}/blank.html`);
  return { context, page, log };
}

const hasWidget = (page: Page) =>
  page.evaluate(() => !!document.querySelector('[data-clinic-widget]')!.shadowRoot);

describe('release', () => {
  it('the SRI snippet loads the widget', async () => {
    expect(sriSnippet).toMatch(/integrity="sha384-[\w+/=]+" crossorigin="anonymous"/);
    const { context, page, log } = await pageWithSnippet();
    await waitForWidgets(page);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('a tampered clinic-widget.js is refused by the browser', async () => {
    const { context, page, log } = await pageWithSnippet({ file: /\/dist\/clinic-widget\.js$/ });
    await page.waitForLoadState('networkidle');
    expect(await hasWidget(page)).toBe(false);
    expect(log.errors.join('\n')).toMatch(/integrity/i);
    await context.close();
  });

  it('a tampered main module is refused too: the loader checks what it imports', async () => {
    const { context, page, log } = await pageWithSnippet({ file: /\/dist\/main-[\w-]+\.js$/ });
    await page.waitForLoadState('networkidle');
    expect(await hasWidget(page)).toBe(false);
    expect(log.errors.join('\n')).toMatch(/integrity/i);
    expect(log.errors.join('\n')).toContain('[clinic-widget] The widget could not be loaded');
    await context.close();
  });
});
