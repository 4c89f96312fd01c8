import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

/** How many widget roots each container holds, and whether its styles are adopted. */
const inventory = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#app div, [data-clinic-widget]')).map((el) => ({
      id: el.id,
      roots: el.shadowRoot?.querySelectorAll('[dir]').length ?? 0,
      nodes: el.shadowRoot?.childNodes.length ?? 0,
      sheets: el.shadowRoot?.adoptedStyleSheets.length ?? 0,
    })),
  );

describe('snippet placement', () => {
  it('works from <head> before <body> exists and when pasted three times', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/head-twice.html`,
    );
    await waitForWidgets(page, 2);
    // Every copy of the script has run (they delay the load event) and loaded what it would
    // load (no request left in flight): a second mount would be there by now.
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle');
    expect(await inventory(page)).toEqual([
      { id: 'first', roots: 1, nodes: 1, sheets: 1 },
      { id: 'second', roots: 1, nodes: 1, sheets: 1 },
    ]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('containers added, removed and re-added by script', () => {
  it('mounts, releases and mounts again', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { ClinicWidget?: { version?: string } }).ClinicWidget
          ?.version === 'string',
    );

    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'late';
      el.setAttribute('data-clinic-widget', '');
      el.setAttribute('data-clinic-phone', '555 0100');
      document.getElementById('app')!.append(el);
    });
    await waitForWidgets(page, 1, '#late');
    expect(await inventory(page)).toEqual([{ id: 'late', roots: 1, nodes: 1, sheets: 1 }]);

    // Removed: everything is released (Preact tree, mount point, adopted styles).
    await page.evaluate(() => {
      (window as unknown as { kept: Element }).kept = document.getElementById('late')!;
      document.getElementById('late')!.remove();
    });
    await page.waitForFunction(
      // Nothing of the widget is left: only a <slot> showing the container's own content.
      () =>
        Array.from(
          (window as unknown as { kept: Element }).kept.shadowRoot!.childNodes,
          (node) => node.nodeName,
        ).join() === 'SLOT',
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { kept: Element }).kept.shadowRoot!.adoptedStyleSheets.length,
      ),
    ).toBe(0);

    // Re-added: mounted again, once.
    await page.evaluate(() =>
      document.getElementById('app')!.append((window as unknown as { kept: Element }).kept),
    );
    await waitForWidgets(page, 1, '#late');
    expect(await inventory(page)).toEqual([{ id: 'late', roots: 1, nodes: 1, sheets: 1 }]);

    // Moved within the page in one task: stays mounted, no remount. A remount would replace
    // the rendered tree (losing the marker set on it) and announce `ready` again.
    const movedInOneTask = await page.evaluate(
      () =>
        new Promise<{ marker: unknown; ready: number; text: string }>((resolve) => {
          const el = document.getElementById('late')!;
          const rendered = () => el.shadowRoot!.querySelector('[lang]') as HTMLElement | null;
          (rendered() as unknown as { mountMarker: string }).mountMarker = 'first mount';
          let ready = 0;
          el.addEventListener('clinic-widget:ready', () => (ready += 1));
          // Created after the widget's own observer, this one runs after it has handled the
          // move; a frame later any (re)render has been committed.
          new MutationObserver((_, observer) => {
            observer.disconnect();
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                resolve({
                  marker: (rendered() as unknown as { mountMarker?: string } | null)?.mountMarker,
                  ready,
                  text: rendered()?.innerText ?? '',
                }),
              ),
            );
          }).observe(document.body, { childList: true });
          document.body.prepend(el);
        }),
    );
    expect(movedInOneTask.marker).toBe('first mount');
    expect(movedInOneTask.ready).toBe(0);
    expect(movedInOneTask.text).toContain('Questions and answers');

    // A changed data-* attribute updates the widget.
    await page.evaluate(() =>
      document.getElementById('late')!.setAttribute('data-clinic-phone', '555 0199'),
    );
    await page.waitForFunction(
      () =>
        document.getElementById('late')!.shadowRoot!.querySelector('a[href^="tel:"]')
          ?.textContent === '555 0199',
    );

    // Removing the marker attribute unmounts.
    await page.evaluate(() =>
      document.getElementById('late')!.removeAttribute('data-clinic-widget'),
    );
    await page.waitForFunction(
      () =>
        Array.from(
          document.getElementById('late')!.shadowRoot!.childNodes,
          (n) => n.nodeName,
        ).join() === 'SLOT',
    );
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('remounts an API-mounted container after it is re-added, until unmount() is called', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { ClinicWidget?: { version?: string } }).ClinicWidget
          ?.version === 'string',
    );
    type Api = { mount(el: Element, o?: object): { unmount(): void; update(o: object): void } };
    await page.evaluate(() => {
      const el = document.createElement('section');
      el.id = 'api';
      document.body.append(el);
      const w = window as unknown as { ClinicWidget: Api; handle: unknown };
      w.handle = w.ClinicWidget.mount(el, { clinicPhone: '555 0100', sections: ['faq'] });
    });
    await waitForWidgets(page, 1, '#api');
    await page.evaluate(() => {
      const el = document.getElementById('api')!;
      el.remove();
      setTimeout(() => document.body.append(el), 20);
    });
    await page.waitForFunction(() => document.getElementById('api')?.isConnected === true);
    await waitForWidgets(page, 1, '#api');
    expect(await widgetText(page, '#api')).toContain('555 0100');
    await page.evaluate(() =>
      (window as unknown as { handle: { unmount(): void } }).handle.unmount(),
    );
    expect(
      await page.evaluate(() =>
        Array.from(document.getElementById('api')!.shadowRoot!.childNodes, (n) => n.nodeName),
      ),
    ).toEqual(['SLOT']);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('replays calls queued by the documented stub before the script arrives', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/stub-page', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Stub</title></head><body>
          <div id="target"></div>
          <script>window.ClinicWidget=window.ClinicWidget||function(){(window.ClinicWidget.q=window.ClinicWidget.q||[]).push(arguments)};</script>
          <script>ClinicWidget('mount', '#target', { clinicPhone: '555 0142', sections: 'faq' });</script>
          <script async src="/dist/clinic-widget.js"></script></body></html>`,
      }),
    );
    await page.goto(`${env.server.url}/stub-page`);
    await waitForWidgets(page, 1, '#target');
    expect(await widgetText(page, '#target')).toContain('555 0142');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bad input never breaks the host page', () => {
  it('warns about each bad option and still renders', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { ClinicWidget?: { version?: string } }).ClinicWidget
          ?.version === 'string',
    );
    const result = await page.evaluate(() => {
      const app = document.getElementById('app')!;
      const el = document.createElement('div');
      el.id = 'bad';
      el.setAttribute('data-clinic-widget', '');
      el.setAttribute('data-sections', 'faq videos');
      el.setAttribute('data-accent', 'red; background: url(x)');
      el.setAttribute('data-clinic-phone', '<img src=x onerror=alert(1)>');
      el.setAttribute('data-lang', 'xx');
      el.setAttribute('data-color-scheme', 'neon');
      app.append(el);
      const api = (window as unknown as { ClinicWidget: { mount(t: unknown): unknown } })
        .ClinicWidget;
      api.mount('not a selector ((');
      api.mount({ not: 'an element' });
      const img = document.createElement('img');
      document.body.append(img);
      api.mount(img);
      return 'no throw';
    });
    expect(result).toBe('no throw');
    await waitForWidgets(page, 1, '#bad');
    const shadow = await page.evaluate(() => {
      const root = document.getElementById('bad')!.shadowRoot!;
      return {
        imgs: root.querySelectorAll('img').length,
        tel: root.querySelectorAll('a[href^="tel:"]').length,
      };
    });
    expect(shadow).toEqual({ imgs: 0, tel: 0 });
    const joined = log.warnings.join('\n');
    for (const expected of [
      'data-sections="faq videos" is partly ignored',
      'data-accent="red; background: url(x)" is ignored',
      'data-clinic-phone="<img src=x onerror=alert(1)>" is ignored',
      'data-lang="xx" is not a language the widget has',
      'data-color-scheme="neon" is ignored',
      'mount(): "not a selector ((" is not a valid CSS selector',
      'mount(): the container must be an element or a CSS selector, not an object',
      '<img> cannot hold the widget',
    ]) {
      expect(joined).toContain(expected);
    }
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
