import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  STRICT_CSP,
  openPage,
  pickLanguage,
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

const env = useBrowser((path): Record<string, string> | undefined => {
  if (path.endsWith('/csp.html') || path.endsWith('/csp-structured-data.html'))
    return { 'content-security-policy': STRICT_CSP };
  if (path.endsWith('/tt-report-only.html'))
    return { 'content-security-policy-report-only': "require-trusted-types-for 'script'" };
  if (path.endsWith('/csp-no-nonce.html'))
    return { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'" };
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

describe('what a strict policy refuses is said once, and not tried again', () => {
  const NAMES: Record<string, string> = { fr: 'Français', de: 'Deutsch', en: 'English' };
  /** Switches the widget's language with its menu and waits until it is drawn in it. */
  const switchTo = async (page: Page, tag: string, text: string) => {
    await pickLanguage(page, NAMES[tag] ?? tag);
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-clinic-widget]')!.shadowRoot!.textContent!.includes(text),
      text,
    );
  };

  it.each([
    ['enforced', 'csp-structured-data.html'],
    ['report-only', 'tt-report-only.html'],
  ])(
    'structured data under Trusted Types (%s): one violation, one warning, over language changes',
    async (_, file) => {
      const context = await env.browser.newContext();
      const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/${file}`);
      await waitForWidgets(page);
      // The first try is reported (a report-only page lets it through, then reports it).
      await expect.poll(() => log.violations.length).toBe(1);
      await expect
        .poll(() => log.warnings.filter((w) => w.includes('Trusted Types')).length)
        .toBe(1);
      await switchTo(page, 'fr', 'En cas d’urgence');
      await switchTo(page, 'de', 'im Notfall');
      await switchTo(page, 'en', 'In an emergency');
      // Each redraw is drawn; none of them tried the script text again.
      expect(log.violations).toHaveLength(1);
      expect(log.violations[0]).toContain('require-trusted-types-for');
      expect(log.warnings.filter((w) => w.includes('Trusted Types'))).toHaveLength(1);
      expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
      await context.close();
    },
  );

  it('a <style> the policy blocks (no constructable stylesheets, no nonce): one warning naming data-nonce', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/csp-no-nonce.html`,
    );
    await waitForWidgets(page);
    // Unstyled indeed: the style element is there, without a sheet.
    expect(
      await page.evaluate(() => {
        const style = document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('style');
        return { present: !!style, sheet: !!style?.sheet };
      }),
    ).toEqual({ present: true, sheet: false });
    expect(log.violations.some((v) => v.startsWith('style-src'))).toBe(true);
    const warnings = log.warnings.filter((w) => w.includes('blocked the widget'));
    expect(warnings).toEqual([
      "[clinic-widget] The page's Content-Security-Policy blocked the widget's styles: set data-nonce to the page's style-src nonce.",
    ]);
    await context.close();
  });
});
