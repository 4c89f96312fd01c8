import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './harness';

const env = useBrowser();

/** The launcher button, the dialog and what has focus inside the widget's shadow root. */
const launcherState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!;
    const dialog = root.querySelector('dialog')!;
    const active = root.activeElement;
    const rect = button.getBoundingClientRect();
    return {
      // What it shows: one of its two labels (long, or short on a phone) is display: none.
      label: button.innerText,
      expanded: button.getAttribute('aria-expanded'),
      open: dialog.open,
      modal: dialog.getAttribute('aria-modal'),
      name: dialog.getAttribute('aria-label'),
      focusOnButton: active === button,
      focusInDialog: !!active && dialog.contains(active),
      focusedText: (active as HTMLElement | null)?.textContent?.trim() ?? null,
      button: {
        left: rect.left,
        right: innerWidth - rect.right,
        bottom: innerHeight - rect.bottom,
      },
      zIndex: getComputedStyle(button).zIndex,
      dialogRect: dialog.open ? dialog.getBoundingClientRect().toJSON() : null,
    };
  });

/** Preact re-renders after the close event: wait for the button to say the dialog closed. */
const closedAgain = (page: Page) =>
  page.waitForFunction(
    () =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector('button[aria-haspopup]')!
        .getAttribute('aria-expanded') === 'false',
  );

async function openLauncher(attributes: Record<string, string> = {}, width = 1024) {
  const context = await env.browser.newContext({ viewport: { width, height: 720 } });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
  await page.evaluate((attributes) => {
    const el = document.querySelector('[data-clinic-widget]')!;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  }, attributes);
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
  );
  return { context, page, log };
}

describe('launcher mode', () => {
  it('opens a modal dialog by keyboard, traps Tab, and closes on Escape back to the button', async () => {
    const { context, page, log } = await openLauncher();
    await page.evaluate(() => {
      const events: string[] = [];
      (window as unknown as { events: string[] }).events = events;
      for (const name of ['clinic-widget:open', 'clinic-widget:close'])
        document.addEventListener(name, (event) =>
          events.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`),
        );
    });
    const closed = await launcherState(page);
    expect(closed.label).toBe('Questions about your treatment?');
    expect(closed.expanded).toBe('false');
    expect(closed.open).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // Tab from the page's skip link reaches the launcher button, before the link after it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await launcherState(page)).focusOnButton).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
    );
    const open = await launcherState(page);
    expect(open).toMatchObject({
      open: true,
      modal: 'true',
      expanded: 'true',
      focusInDialog: true,
    });
    expect(open.name).toContain('Exosome');
    expect(open.focusedText).toBe('Close');
    expect(await axeViolations(page)).toEqual([]);

    // Forwards through every control and round again: focus never leaves the dialog.
    const controls = await page.evaluate(
      () =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('dialog')!
          .querySelectorAll('button, a[href], input, select').length,
    );
    for (let i = 0; i < controls + 3; i += 1) {
      await page.keyboard.press('Tab');
      expect((await launcherState(page)).focusInDialog).toBe(true);
    }
    // Backwards from the first control wraps to the last one.
    await page.evaluate(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector<HTMLElement>('dialog button')!
        .focus(),
    );
    await page.keyboard.press('Shift+Tab');
    const wrapped = await launcherState(page);
    expect(wrapped.focusInDialog).toBe(true);
    expect(wrapped.focusedText).not.toBe('Close');

    await page.keyboard.press('Escape');
    await closedAgain(page);
    const after = await launcherState(page);
    expect(after).toMatchObject({ open: false, expanded: 'false', focusOnButton: true });
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([
      'clinic-widget:open {}',
      'clinic-widget:close {}',
    ]);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('closes with its close button and returns focus to the launcher', async () => {
    const { context, page } = await openLauncher();
    await page.evaluate(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup]')!
        .click(),
    );
    await page.waitForFunction(
      () =>
        document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')!.open,
    );
    await page.keyboard.press('Enter'); // focus is on "Close"
    await closedAgain(page);
    expect(await launcherState(page)).toMatchObject({ open: false, focusOnButton: true });
    await context.close();
  });

  it('sits bottom-right by default, bottom-left on request, and mirrors in right-to-left', async () => {
    const right = await openLauncher();
    const state = await launcherState(right.page);
    expect(state.button.right).toBeCloseTo(20, 0);
    expect(state.button.bottom).toBeCloseTo(20, 0);
    expect(state.zIndex).toBe('9000');
    await right.context.close();

    const left = await openLauncher({
      'data-launcher-position': 'bottom-left',
      'data-launcher-offset': '16px 96px',
      'data-z-index': '50',
    });
    const leftState = await launcherState(left.page);
    expect(leftState.button.left).toBeCloseTo(16, 0);
    expect(leftState.button.bottom).toBeCloseTo(96, 0);
    expect(leftState.zIndex).toBe('50');
    await left.context.close();

    const arabic = await openLauncher({ 'data-lang': 'ar' });
    await arabic.page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir="rtl"]'),
    );
    const arabicState = await launcherState(arabic.page);
    expect(arabicState.label).toBe('هل لديك أسئلة عن علاجك؟');
    expect(arabicState.button.left).toBeCloseTo(20, 0);
    await arabic.context.close();
  });

  it('opens as a full-screen sheet on a 320 px phone, with no axe violations', async () => {
    const { context, page } = await openLauncher({}, 320);
    await page.evaluate(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup]')!
        .click(),
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
    );
    const { dialogRect } = await launcherState(page);
    expect(dialogRect).toMatchObject({ x: 0, y: 0, width: 320, height: 720 });
    const overflow = await page.evaluate(() => {
      const dialog = document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector('dialog')!;
      return dialog.scrollWidth - dialog.clientWidth;
    });
    expect(overflow).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** A page of the clinic's own, served beside the fixtures, whose body is `body`. */
async function hostPage(body: string, path = '/host-page.html') {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 720 } });
  await context.route(`**${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Clinic</h1>${body}</main></body></html>`,
    }),
  );
  const { page, log } = await openPage(context, `${env.server.url}${path}`);
  return { context, page, log };
}

/** The dialog of the container `selector`: open, and whether focus is inside it. */
const dialogState = (page: Page, selector = '[data-clinic-widget]') =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    const dialog = root.querySelector('dialog');
    const active = root.activeElement;
    return {
      open: !!dialog?.open,
      focusInDialog: !!active && !!dialog?.contains(active),
      focusedText: (active as HTMLElement | null)?.textContent?.trim() ?? null,
      pageFocus: document.activeElement?.id || document.activeElement?.localName || null,
    };
  }, selector);

const dialogOpen = (page: Page, open: boolean, selector = '[data-clinic-widget]') =>
  page.waitForFunction(
    ({ selector, open }) =>
      !!document.querySelector(selector)?.shadowRoot?.querySelector('dialog')?.open === open &&
      // Preact has re-rendered: the button says so too.
      document
        .querySelector(selector)!
        .shadowRoot!.querySelector('button[aria-haspopup]')
        ?.getAttribute('aria-expanded') === String(open),
    { selector, open },
  );

const drawn = (page: Page, selector = '[data-clinic-widget]') =>
  page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('dialog'),
    selector,
  );

describe('opening the launcher from the host page', () => {
  it('opens from any element with data-clinic-widget-open, by Enter or click, and gives focus back to it', async () => {
    const { context, page, log } = await hostPage(`
      <p><a id="questions" href="/contact.html" data-clinic-widget-open>Questions?</a></p>
      <p><button id="ask" type="button" data-clinic-widget-open>Ask us</button></p>
      <div data-clinic-widget data-mode="launcher" data-country="US"></div>
      <script async src="/dist/clinic-widget.js"></script>`);
    await drawn(page);
    await page.evaluate(() => {
      const events: string[] = [];
      (window as unknown as { events: string[] }).events = events;
      for (const name of ['clinic-widget:open', 'clinic-widget:close'])
        document.addEventListener(name, (event) => events.push(event.type));
    });
    const address = page.url();

    // The link, by keyboard: Enter opens the dialog instead of following the link.
    await page.focus('#questions');
    await page.keyboard.press('Enter');
    await dialogOpen(page, true);
    expect(await dialogState(page)).toMatchObject({ focusInDialog: true, focusedText: 'Close' });
    expect(page.url()).toBe(address);
    expect(await axeViolations(page)).toEqual([]);
    // The dialog's own rules hold: Tab stays inside, Escape closes.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect((await dialogState(page)).focusInDialog).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await dialogState(page)).focusInDialog).toBe(true);
    await page.keyboard.press('Escape');
    await dialogOpen(page, false);
    expect((await dialogState(page)).pageFocus).toBe('questions');

    // The button, by a click; closed with Close, focus goes back to the button.
    await page.click('#ask');
    await dialogOpen(page, true);
    await page.keyboard.press('Enter'); // on Close
    await dialogOpen(page, false);
    expect((await dialogState(page)).pageFocus).toBe('ask');

    // The launcher's own button still gives focus back to itself.
    await page.evaluate(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup]')!
        .click(),
    );
    await dialogOpen(page, true);
    await page.keyboard.press('Escape');
    await dialogOpen(page, false);
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        return root.activeElement === root.querySelector('button[aria-haspopup]');
      }),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([
      'clinic-widget:open',
      'clinic-widget:close',
      'clinic-widget:open',
      'clinic-widget:close',
      'clinic-widget:open',
      'clinic-widget:close',
    ]);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('opens the launcher whose container id is named, and warns once about an id no launcher has', async () => {
    const { context, page, log } = await hostPage(`
      <button id="to-b" type="button" data-clinic-widget-open="b">Aftercare questions</button>
      <button id="to-c" type="button" data-clinic-widget-open="c">Nothing</button>
      <div id="a" data-clinic-widget data-mode="launcher" data-country="US"></div>
      <div id="b" data-clinic-widget data-mode="launcher" data-launcher-position="bottom-left" data-country="US"></div>
      <script async src="/dist/clinic-widget.js"></script>`);
    await drawn(page, '#a');
    await drawn(page, '#b');
    await page.click('#to-b');
    await dialogOpen(page, true, '#b');
    expect((await dialogState(page, '#a')).open).toBe(false);
    await page.keyboard.press('Escape');
    await dialogOpen(page, false, '#b');
    expect((await dialogState(page, '#b')).pageFocus).toBe('to-b');

    await page.click('#to-c');
    await page.click('#to-c');
    await expect.poll(() => log.warnings.length).toBe(1);
    // A round trip: any warning of the second click has arrived by now.
    await page.evaluate(() => 0);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain('data-clinic-widget-open="c"');
    expect((await dialogState(page, '#a')).open).toBe(false);
    expect((await dialogState(page, '#b')).open).toBe(false);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("opens and closes through the handle, also when asked before the dialog's code is here", async () => {
    const { context, page, log } = await hostPage(`
      <p><button id="ask" type="button">Questions?</button></p>
      <div id="box"></div>
      <script src="/dist/clinic-widget.js"></script>`);
    await page.waitForFunction(
      () => (window as unknown as { ClinicWidget: { version?: string } }).ClinicWidget.version,
    );
    await page.evaluate(() => {
      const api = (
        window as unknown as { ClinicWidget: { mount(t: string, o: object): { open(): void } } }
      ).ClinicWidget;
      const handle = api.mount('#box', { mode: 'launcher', country: 'US' });
      (window as unknown as { handle: unknown }).handle = handle;
      handle.open();
      document.querySelector('#ask')!.addEventListener('click', () => handle.open());
    });
    await dialogOpen(page, true, '#box');
    expect(await dialogState(page, '#box')).toMatchObject({ focusInDialog: true });
    await page.evaluate(() => (window as unknown as { handle: { close(): void } }).handle.close());
    await dialogOpen(page, false, '#box');
    // Nothing on the page had focus when open() was called: back to the launcher's button.
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('#box')!.shadowRoot!;
        return root.activeElement === root.querySelector('button[aria-haspopup]');
      }),
    ).toBe(true);

    // The host's own button calls open(); Escape gives focus back to it.
    await page.focus('#ask');
    await page.keyboard.press('Enter');
    await dialogOpen(page, true, '#box');
    expect(await dialogState(page, '#box')).toMatchObject({
      focusInDialog: true,
      focusedText: 'Close',
    });
    await page.keyboard.press('Escape');
    await dialogOpen(page, false, '#box');
    expect((await dialogState(page, '#box')).pageFocus).toBe('ask');
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });

  it('brings an inline widget into view with open(), focus on its title', async () => {
    const { context, page, log } = await hostPage(`
      <p><button id="ask" type="button">Questions?</button></p>
      <div style="height: 3000px"></div>
      <div id="box" data-clinic-widget data-country="US"></div>
      <script async src="/dist/clinic-widget.js"></script>`);
    await page.waitForFunction(() =>
      document.querySelector('#box')?.shadowRoot?.querySelector('h2'),
    );
    await page.waitForFunction(
      () => (window as unknown as { ClinicWidget: { version?: string } }).ClinicWidget.version,
    );
    await page.evaluate(() => {
      const api = (
        window as unknown as { ClinicWidget: { mount(t: string): { open(): void; close(): void } } }
      ).ClinicWidget;
      // Already mounted from its data-clinic-widget: mount() gives its handle (with a warning).
      const handle = api.mount('#box');
      handle.close();
      handle.open();
    });
    const state = await page.evaluate(() => {
      const root = document.querySelector('#box')!.shadowRoot!;
      const title = root.querySelector('h2')!;
      const rect = title.getBoundingClientRect();
      return {
        focused: root.activeElement === title,
        visible: rect.top >= 0 && rect.bottom <= innerHeight,
      };
    });
    expect(state).toEqual({ focused: true, visible: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.warnings.filter((w) => !w.includes('already has a widget'))).toEqual([]);
    await context.close();
  });

  it('loads a lazy launcher when a trigger is pressed, opens it, and gives focus back to the trigger', async () => {
    env.requests.length = 0;
    const { context, page, log } = await hostPage(
      `<p><a id="questions" href="/contact.html" data-clinic-widget-open>Questions?</a></p>
      <div data-clinic-widget data-mode="launcher" data-lazy data-country="US"></div>
      <script async src="/dist/clinic-widget.js"></script>`,
      '/lazy-trigger.html',
    );
    await page.waitForFunction(() =>
      document
        .querySelector('[data-clinic-widget]')
        ?.shadowRoot?.querySelector('button[aria-haspopup]'),
    );
    await page.waitForLoadState('networkidle');
    const fetchedWidget = () =>
      env.requests.filter((path) => /\/dist\/main-[\w-]+\.js$/.test(path));
    expect(fetchedWidget()).toEqual([]);
    const address = page.url();
    await page.focus('#questions');
    await page.keyboard.press('Enter');
    await dialogOpen(page, true);
    expect(fetchedWidget()).toHaveLength(1);
    expect(page.url()).toBe(address);
    expect(await dialogState(page)).toMatchObject({ focusInDialog: true, focusedText: 'Close' });
    await page.keyboard.press('Tab');
    expect((await dialogState(page)).focusInDialog).toBe(true);
    await page.keyboard.press('Escape');
    await dialogOpen(page, false);
    expect((await dialogState(page)).pageFocus).toBe('questions');
    // Once the widget is here, the trigger opens its dialog again (the widget's own listener).
    await page.click('#questions');
    await dialogOpen(page, true);
    await page.keyboard.press('Escape');
    await dialogOpen(page, false);
    expect(fetchedWidget()).toHaveLength(1);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });
});
