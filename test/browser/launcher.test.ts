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
