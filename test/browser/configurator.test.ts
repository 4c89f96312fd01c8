import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser, waitForWidgets } from './harness';
import { CDN_DIST, VERSION, routeClinicPage, serveCdn } from './cdn';

const env = useBrowser();

const CLINIC_NAME = 'Clínica "Ribera" <Centro> & Co 💇‍♀️';

/** What a visitor sees of a widget, and the colours it is drawn in. */
const widgetLook = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const widget = root.querySelector<HTMLElement>('[lang]')!;
    // The filled (primary) button: the one drawn in the accent colour.
    const filled = (element: Element) => {
      const color = getComputedStyle(element).backgroundColor;
      return color !== 'rgba(0, 0, 0, 0)' && color !== getComputedStyle(widget).backgroundColor;
    };
    const primary = Array.from(root.querySelectorAll('button')).find(filled);
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]')).map((a) =>
      a.getAttribute('href'),
    );
    return {
      lang: widget.getAttribute('lang'),
      text: widget.innerText,
      background: getComputedStyle(widget).backgroundColor,
      primaryBackground: primary ? getComputedStyle(primary).backgroundColor : null,
      sections: Array.from(root.querySelectorAll('h3')).map((h) => h.textContent),
      links: links.filter((href) => /^(tel:|https:)/.test(href ?? '')),
    };
  }, selector);

async function openConfigurator() {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const { page, log } = await openPage(context, `${env.server.url}/demo/configurator.html`);
  await waitForWidgets(page, 1, '#preview');
  return { context, page, log };
}

const errorOf = (page: Page, id: string) => page.locator(`#${id}-error`).textContent();

describe('configurator', () => {
  it('asks for the country first, guesses none, and gives no snippet without it', async () => {
    const { context, page, log } = await openConfigurator();
    // The first field of the form, empty, with the sentence that says why it matters.
    const first = await page.evaluate(() => {
      const control = document.querySelector('form')!.querySelector('input, select')!;
      return { id: control.id, value: (control as HTMLSelectElement).value };
    });
    expect(first).toEqual({ id: 'country', value: '' });
    expect(await page.locator('#country-hint').textContent()).toContain('emergency number');
    // No snippet yet: the panel says what is missing, and the copy button takes the admin there.
    expect(await page.locator('#snippet').count()).toBe(0);
    expect(await page.locator('#snippet-blockers').textContent()).toContain('country');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    expect(await page.locator('#copy-status').textContent()).toContain('country');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('country');
    // The preview, meanwhile, says what a page without a country says: no number.
    const previewText = () =>
      page.evaluate(() => document.querySelector('#preview')!.shadowRoot!.textContent ?? '');
    expect(await previewText()).toMatch(/your local emergency number/i);
    await page.selectOption('#country', 'US');
    expect(await page.locator('#country-number').textContent()).toContain('911');
    expect(await page.locator('#snippet').textContent()).toContain('data-country="US"');
    await page.waitForFunction(() =>
      document.querySelector('#preview')!.shadowRoot!.querySelector('a[href="tel:911"]'),
    );
    // A country whose number the widget does not know: still in the snippet, and no number.
    await page.selectOption('#country', 'AQ');
    expect(await page.locator('#country-number').textContent()).toContain(
      'your local emergency number',
    );
    expect(await page.locator('#snippet').textContent()).toContain('data-country="AQ"');
    await expect.poll(previewText).toMatch(/your local emergency number/i);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('validates each field inline, as the admin types', async () => {
    const { context, page, log } = await openConfigurator();
    await page.selectOption('#country', 'US');
    await page.fill('#clinicPhone', 'call 555 0100');
    expect(await errorOf(page, 'clinicPhone')).toContain('cannot contain letters');
    expect(await page.getAttribute('#clinicPhone', 'aria-invalid')).toBe('true');
    await page.fill('#bookingUrl', 'http://clinic.example/book');
    expect(await errorOf(page, 'bookingUrl')).toContain('https://');
    await page.fill('#accent', 'rgb(0 0 0 / 20%)');
    expect(await errorOf(page, 'accent')).toContain('see-through');
    await page.fill('#accent', 'not a colour');
    expect(await errorOf(page, 'accent')).toContain('not a colour');
    // Invalid values never reach the snippet.
    const snippet = await page.locator('#snippet').textContent();
    expect(snippet).not.toContain('data-clinic-phone');
    expect(snippet).not.toContain('data-booking-url');
    expect(snippet).not.toContain('data-accent');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#clinicPhone', '+1 555 0100');
    expect(await errorOf(page, 'clinicPhone')).toBe('');
    expect(await page.locator('#snippet').textContent()).toContain(
      'data-clinic-phone="+1 555 0100"',
    );
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('copies a snippet that gives, on a blank page, exactly the previewed widget', async () => {
    const { context, page, log } = await openConfigurator();
    await page.selectOption('#country', 'ES');
    await page.uncheck('input[name="sections"][value="compare"]');
    await page.selectOption('#lang', 'es');
    await page.fill('#accent', '#6a1b9a');
    await page.check('input[name="colorScheme"][value="dark"]');
    await page.fill('#clinicName', CLINIC_NAME);
    await page.fill('#clinicPhone', '+34 900 000 000');
    await page.fill('#bookingUrl', 'https://clinica.example/cita');
    await page.waitForFunction((name) => {
      const shadow = document.querySelector('#preview')!.shadowRoot!;
      // Drawn completely: the root (the first element with a language: the menu's items have
      // theirs too) drops aria-busy at the first view's last stage.
      const root = shadow.querySelector<HTMLElement>('[lang]');
      return (
        root?.lang === 'es' &&
        !root.hasAttribute('aria-busy') &&
        root.innerText.includes(name) &&
        // The country (chosen first) sets the emergency number: wait for it too, and for the
        // booking link, the last field filled in (the preview follows the form a moment later).
        shadow.querySelector('a[href="tel:112"]') &&
        shadow.querySelector('a[href="https://clinica.example/cita"]')
      );
    }, CLINIC_NAME);
    const preview = await widgetLook(page, '#preview');

    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#snippet').textContent());

    await serveCdn(context, env.server.url);
    await context.route('**/blank.html', (route) =>
      route.fulfill({
        // A blank page as any editor makes it: UTF-8, nothing else.
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>Blank</title></head><body>${copied}</body></html>`,
      }),
    );
    const blank = await openPage(context, `${env.server.url}/blank.html`);
    await waitForWidgets(blank.page);
    const pasted = await widgetLook(blank.page, '[data-clinic-widget]');
    expect(pasted).toEqual(preview);
    // And it is what was chosen: Spanish, dark, the accent, no comparison, the clinic's details.
    expect(pasted.lang).toBe('es');
    expect(pasted.background).toBe('rgb(21, 26, 31)');
    expect(pasted.primaryBackground).toBe('rgb(106, 27, 154)');
    expect(pasted.text).toContain(CLINIC_NAME);
    expect(pasted.text).toContain('112');
    expect(pasted.links).toEqual(
      expect.arrayContaining(['tel:+34900000000', 'https://clinica.example/cita']),
    );
    expect(pasted.text).not.toMatch(/Comparaci[oó]n de los efectos/i);
    expect(log.errors).toEqual([]);
    expect(blank.log.errors).toEqual([]);
    expect(blank.log.warnings).toEqual([]);
    await context.close();
  });

  it('configures launcher mode, with a launcher in the preview', async () => {
    const { context, page } = await openConfigurator();
    await page.selectOption('#country', 'GB');
    await page.check('input[name="mode"][value="launcher"]');
    await page.selectOption('#launcherPosition', 'bottom-left');
    await page.fill('#launcherOffset', '16px 88px');
    await page.fill('#zIndex', '100');
    await page.getByLabel('Load only when needed').check();
    const snippet = await page.locator('#snippet').textContent();
    for (const attribute of [
      'data-mode="launcher"',
      'data-launcher-position="bottom-left"',
      'data-launcher-offset="16px 88px"',
      'data-z-index="100"',
      '\n  data-lazy\n',
    ])
      expect(snippet).toContain(attribute);
    await page.waitForFunction(() =>
      document.querySelector('#preview')!.shadowRoot!.querySelector('button[aria-haspopup]'),
    );
    await page.fill('#zIndex', 'top');
    expect(await errorOf(page, 'zIndex')).toContain('whole number');
    await context.close();
  });

  it('with default choices, gives a snippet that works on another site from the CDN', async () => {
    const { context, page, log } = await openConfigurator();
    await page.selectOption('#country', 'US');
    const snippet = (await page.locator('#snippet').textContent())!;
    // The versioned CDN address of this version, not the demo server's own.
    expect(snippet).toContain(`src="${CDN_DIST[0]}clinic-widget.js"`);
    expect(snippet).not.toContain(env.server.url);
    expect(snippet).toContain('data-country="US"');
    const requests = await serveCdn(context, env.server.url);
    await routeClinicPage(context, 'https://www.riverside-clinic.example/hair', snippet);
    const site = await openPage(context, 'https://www.riverside-clinic.example/hair');
    await waitForWidgets(site.page);
    const text = await site.page.evaluate(
      () => document.querySelector<HTMLElement>('[data-clinic-widget]')!.shadowRoot!.textContent,
    );
    expect(text).toContain('911');
    // Everything came from the CDN's layout: the loader, the main module, its chunks.
    expect(requests).toContain('clinic-widget.js');
    expect(requests.some((file) => /^main-.*\.js$/.test(file))).toBe(true);
    // The reserved space's sentence is hidden by the widget once it is drawn.
    expect(
      await site.page.evaluate(() => {
        const p = document.querySelector('[data-clinic-widget] > p');
        return p ? p.getBoundingClientRect().height : -1;
      }),
    ).toBe(0);
    expect(site.log.errors).toEqual([]);
    expect(site.log.warnings).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('pins the version with an integrity check, and the browser accepts the file', async () => {
    const { context, page } = await openConfigurator();
    await page.selectOption('#country', 'GB');
    await page.check('#integrity');
    await expect.poll(() => page.locator('#integrity-note').textContent()).toContain('pins');
    const snippet = (await page.locator('#snippet').textContent())!;
    expect(snippet).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
    expect(snippet).toContain(`clinic-widget@${VERSION}/dist/clinic-widget.js`);
    await serveCdn(context, env.server.url);
    await routeClinicPage(context, 'https://clinic.example/sri', snippet);
    const site = await openPage(context, 'https://clinic.example/sri');
    await waitForWidgets(site.page);
    expect(site.log.errors).toEqual([]);
    await context.close();
  });

  it('checks an own host’s address in the admin’s words', async () => {
    const { context, page } = await openConfigurator();
    await page.selectOption('#country', 'US');
    await page.check('input[name="scriptHost"][value="own"]');
    for (const [address, message] of [
      ['cdn.example/clinic-widget.js', 'starting with https://'],
      ['http://clinic.example/clinic-widget.js', 'Browsers block'],
      ['https://clinic.example/dist/', 'must end in /clinic-widget.js'],
    ] as const) {
      await page.fill('#scriptUrl', address);
      expect(await errorOf(page, 'scriptUrl')).toContain(message);
      expect(await page.locator('#snippet').count()).toBe(0);
      expect(await page.locator('#snippet-blockers').textContent()).toContain(message);
    }
    await page.fill('#scriptUrl', `${env.server.url}/dist/clinic-widget.js`);
    expect(await errorOf(page, 'scriptUrl')).toContain('this computer only');
    expect(await page.locator('#snippet').textContent()).toContain(
      `src="${env.server.url}/dist/clinic-widget.js"`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#scriptUrl', 'https://www.clinic.example/cw/clinic-widget.js');
    expect(await errorOf(page, 'scriptUrl')).toBe('');
    await context.close();
  });

  it('shows the clinic’s sentence, not a blank screen, when the script cannot load', async () => {
    const { context, page } = await openConfigurator();
    await page.selectOption('#country', 'US');
    await page.fill('#clinicName', 'Riverside Clinic');
    await page.fill('#clinicPhone', '+1 555 0100');
    const snippet = (await page.locator('#snippet').textContent())!;
    // Nothing serves the CDN here: the script fails, as a wrong address or a stripped script would.
    await context.route(`${CDN_DIST[0]}**`, (route) => route.abort('internetdisconnected'));
    await routeClinicPage(context, 'https://clinic.example/broken', snippet);
    const site = await openPage(context, 'https://clinic.example/broken');
    const fallback = site.page.locator('[data-clinic-widget] > p');
    await expect.poll(() => fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('Please call Riverside Clinic at +1 555 0100');
    await context.close();
  });
});
