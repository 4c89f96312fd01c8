import { describe, expect, it } from 'vitest';
import {
  STRICT_CSP,
  openPage,
  shadowStyles,
  useBrowser,
  waitForWidgets,
  widgetText,
} from './harness';

const NONCE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'nonce-r4nd0mN0nce'",
  "style-src 'nonce-r4nd0mN0nce'",
  "require-trusted-types-for 'script'",
  'trusted-types',
].join('; ');

const env = useBrowser((path) => {
  if (path.endsWith('/csp.html')) return { 'content-security-policy': STRICT_CSP };
  if (path.endsWith('/csp-nonce.html')) return { 'content-security-policy': NONCE_CSP };
  return undefined;
});

describe('strict Content Security Policy with Trusted Types', () => {
  it('renders fully styled with no violation, no error', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/csp.html`);
    await waitForWidgets(page);
    expect(await widgetText(page)).toContain('Questions and answers');
    const root = await shadowStyles(page, '[lang]', [
      'font-size',
      'border-top-style',
      'padding-top',
    ]);
    expect(root).toEqual({
      'font-size': '16px',
      'border-top-style': 'solid',
      'padding-top': '24px',
    });
    // The admin accent reaches the link colour through the CSSOM, which CSP allows.
    const link = await shadowStyles(page, 'a[href^="tel:"]', ['color']);
    expect(link.color).toBe('rgb(123, 31, 162)');
    // The accordion still works under the policy.
    await page.locator('[data-clinic-widget] button[aria-expanded]').first().focus();
    await page.keyboard.press('Enter');
    expect(await widgetText(page)).toContain('a bit like a mild sunburn');
    expect(log.violations).toEqual([]);
    expect(log.errors).toEqual([]);
    // Trusted Types really is enforced on this page: a string script sink throws.
    // (Checked last: the probe itself is reported as a violation.)
    const enforced = await page.evaluate(() => {
      try {
        document.createElement('script').text = 'void 0';
        return false;
      } catch {
        return true;
      }
    });
    expect(enforced).toBe(true);
    await context.close();
  });

  it('falls back to a <style nonce> where constructable stylesheets are missing', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/csp-nonce.html`);
    await waitForWidgets(page);
    const style = await page.evaluate(() => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      const tag = root.querySelector('style');
      return { present: !!tag, nonce: tag?.nonce, adopted: 'adoptedStyleSheets' in root };
    });
    expect(style).toEqual({ present: true, nonce: 'r4nd0mN0nce', adopted: false });
    const root = await shadowStyles(page, '[lang]', ['border-top-style', 'font-size']);
    expect(root).toEqual({ 'border-top-style': 'solid', 'font-size': '16px' });
    expect(log.violations).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
