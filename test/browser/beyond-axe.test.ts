import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, waitForWidgets } from './harness';

/**
 * WCAG failures axe-core cannot see: it checks the DOM, not what the visitor sees when focus
 * moves, when the text is large or the page zoomed, or in a dark scheme.
 */
const env = useBrowser();

/** Opens the launcher dialog by keyboard (Tab past the skip link to the button, Enter). */
async function openDialog(viewport = { width: 1024, height: 800 }) {
  const context = await env.browser.newContext({ viewport });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
  );
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
  );
  return { context, page, log };
}

/** The focused element's outline and rect, and the bottom edge of the dialog's header bar. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const active = root.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    const bar = root.querySelector('dialog')!.firstElementChild!.getBoundingClientRect();
    const rect = active.getBoundingClientRect();
    return {
      text: active.textContent?.trim().slice(0, 40),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      top: rect.top,
      bottom: rect.bottom,
      barBottom: bar.bottom,
      inBar: !!active.closest('dialog > :first-child'),
    };
  });

describe('focus in the launcher dialog', () => {
  it('2.4.7: the Close button, focused first, shows a focus ring', async () => {
    const { context, page } = await openDialog();
    const close = await focusState(page);
    expect(close.text).toBe('Close');
    expect(close.outlineStyle).toBe('solid');
    expect(close.outlineWidth).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('2.4.11: no focused item is hidden under the header bar (title, Close), Tab or Shift+Tab', async () => {
    const { context, page } = await openDialog();
    // Open every answer first, so that there is a long way to scroll.
    await page.evaluate(() => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      for (const button of root.querySelectorAll<HTMLButtonElement>(
        'button[aria-expanded="false"]:not([aria-haspopup])',
      ))
        button.click();
    });
    const hidden: string[] = [];
    for (const key of ['Shift+Tab', 'Tab']) {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press(key);
        const state = await focusState(page);
        // Entirely under the bar: its bottom edge above the bar's bottom edge.
        if (!state.inBar && state.bottom <= state.barBottom) hidden.push(`${key} ${state.text}`);
      }
    }
    expect(hidden).toEqual([]);
    await context.close();
  });
});

/** A page with one check widget at a phone's width, with a text size or a page zoom. */
async function phone(options: { textSize?: number; zoom?: number; scheme?: string }) {
  const zoom = options.zoom ?? 1;
  // Page zoom shrinks the CSS viewport: 375 device pixels at 200% are 187.5 CSS pixels.
  const context = await env.browser.newContext({
    viewport: { width: Math.round(375 / zoom), height: Math.round(800 / zoom) },
    deviceScaleFactor: zoom,
  });
  const { page } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  // The browser's text size setting: it scales `medium`, the widget's base size (16 px).
  if (options.textSize)
    await (
      await context.newCDPSession(page)
    ).send('Page.setFontSizes', {
      fontSizes: { standard: 16 * options.textSize, fixed: 13 * options.textSize },
    });
  await page.evaluate((options) => {
    const el = document.createElement('div');
    el.id = 'w';
    el.setAttribute('data-clinic-widget', '');
    el.setAttribute('data-clinic-phone', '+1 555 0100');
    el.setAttribute('data-country', 'US');
    if (options.scheme) el.setAttribute('data-color-scheme', options.scheme);
    document.getElementById('app')!.append(el);
  }, options);
  await waitForWidgets(page, 1, '#w');
  return { context, page };
}

describe('1.4.4 / 1.4.10: large text and zoom on a 375 px phone', () => {
  it.each([
    { label: '200% text', textSize: 2 },
    { label: '150% zoom', zoom: 1.5 },
    { label: '200% zoom', zoom: 2 },
  ])('$label: nothing overflows, and the emergency result keeps most of the width', async (o) => {
    const { context, page } = await phone(o);
    const w = page.locator('#w');
    await w.getByRole('button', { name: 'Start the check' }).click();
    await w.getByRole('radio', { name: 'Yes, I have at least one of these' }).check();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('heading', { name: /^Emergency/ }).waitFor();
    const seen = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const heading = [...root.querySelectorAll('h4')].find((h) =>
        h.textContent!.startsWith('Emergency'),
      )!;
      const menu = root.querySelector('button[aria-haspopup="menu"]')!.getBoundingClientRect();
      return {
        viewport: innerWidth,
        pageWidth: document.documentElement.scrollWidth,
        headingWidth: heading.getBoundingClientRect().width,
        menuLeft: menu.left,
        menuRight: menu.right,
      };
    });
    const summary = JSON.stringify(seen);
    expect(seen.pageWidth, summary).toBeLessThanOrEqual(seen.viewport);
    expect(seen.menuLeft, summary).toBeGreaterThanOrEqual(0);
    expect(seen.menuRight, summary).toBeLessThanOrEqual(seen.viewport);
    expect(seen.headingWidth, summary).toBeGreaterThanOrEqual(0.6 * seen.viewport);
    // The open language menu fits too.
    await w.locator('button[aria-haspopup="menu"]').click();
    await w.getByRole('menuitemradio').first().waitFor();
    const list = await page.evaluate(() => {
      const menu = document.getElementById('w')!.shadowRoot!.querySelector('[role="menu"]')!;
      const box = menu.getBoundingClientRect();
      return { left: box.left, right: box.right, pageWidth: document.documentElement.scrollWidth };
    });
    expect(list.left, JSON.stringify(list)).toBeGreaterThanOrEqual(0);
    expect(list.right, JSON.stringify(list)).toBeLessThanOrEqual(seen.viewport);
    expect(list.pageWidth, JSON.stringify(list)).toBeLessThanOrEqual(seen.viewport);
    await context.close();
  });
});

describe('dark scheme', () => {
  it('tells the browser, so form controls (checkboxes, the menu) are drawn dark too', async () => {
    const { context, page } = await phone({ scheme: 'dark' });
    const schemes = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      return [root.querySelector('[lang]')!, root.querySelector('[aria-haspopup="menu"]')!].map(
        (el) => getComputedStyle(el).colorScheme,
      );
    });
    expect(schemes).toEqual(['dark', 'dark']);
    await context.close();
  });
});

describe('high contrast (forced colours)', () => {
  it.each(['light', 'dark'] as const)(
    '%s palette: the invasiveness shape keeps its fills and the own treatment its marker',
    async (colorScheme) => {
      const context = await env.browser.newContext({
        viewport: { width: 1280, height: 900 },
        forcedColors: 'active',
        colorScheme,
      });
      const { page } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
      await page.evaluate(() => {
        const el = document.createElement('div');
        el.id = 'w';
        el.setAttribute('data-clinic-widget', '');
        el.setAttribute('data-sections', 'compare');
        document.getElementById('app')!.append(el);
      });
      await page.waitForFunction(() =>
        document.getElementById('w')?.shadowRoot?.querySelector('table tbody tr'),
      );
      const seen = await page.evaluate(() => {
        const root = document.getElementById('w')!.shadowRoot!;
        const row = [...root.querySelectorAll('tbody tr')].find((tr) => tr.className)!;
        // Each shape: its steps' backgrounds, e.g. "filled filled empty".
        const shapes = [...root.querySelectorAll('tbody tr')].map((tr) => {
          const steps = [...tr.querySelectorAll('span > span')];
          const background = (el: Element) => getComputedStyle(el).backgroundColor;
          const empty = getComputedStyle(root.querySelector('[lang]')!).backgroundColor;
          return steps.map((s) => (background(s) === empty ? 'empty' : 'filled')).join(' ');
        });
        return { shapes, marker: getComputedStyle(row).outlineStyle };
      });
      expect(seen.shapes.length).toBeGreaterThan(2);
      // Every treatment has at least its first step filled.
      for (const shape of seen.shapes) expect(shape).toMatch(/^filled/);
      // What the visitor sees: a filled step and an empty one must not look the same (the
      // computed style alone does not show the colours forced colours paint over).
      await page.evaluate(() => {
        const steps = [
          ...document.getElementById('w')!.shadowRoot!.querySelectorAll('td span > span'),
        ];
        const filled = steps[0]!;
        filled.setAttribute('data-probe', 'filled');
        steps.find((s) => s.className !== filled.className)!.setAttribute('data-probe', 'empty');
      });
      const look = (probe: string) => page.locator(`#w [data-probe="${probe}"]`).screenshot();
      expect(Buffer.compare(await look('filled'), await look('empty'))).not.toBe(0);
      expect(seen.marker).toBe('solid');
      await context.close();
    },
  );
});

/** A page with one widget (#w) of these attributes, in a fresh context with these options. */
async function widgetPage(
  attributes: Record<string, string>,
  contextOptions: Parameters<typeof env.browser.newContext>[0] = {},
) {
  const context = await env.browser.newContext({
    viewport: { width: 1024, height: 900 },
    ...contextOptions,
  });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  await page.evaluate((attributes) => {
    const el = document.createElement('div');
    el.id = 'w';
    el.setAttribute('data-clinic-widget', '');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.getElementById('app')!.append(el);
  }, attributes);
  await waitForWidgets(page, 1, '#w');
  return { context, page, log, w: page.locator('#w') };
}

describe('high contrast (forced colours): the FAQ, the emergency result, the language menu', () => {
  it.each(['light', 'dark'] as const)('%s palette', async (colorScheme) => {
    const { context, page, w } = await widgetPage(
      { 'data-sections': 'faq quiz', 'data-country': 'US' },
      { forcedColors: 'active', colorScheme },
    );
    await w.getByRole('button', { name: 'Start the check' }).click();
    await w.getByRole('radio', { name: 'Yes, I have at least one of these' }).check();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('heading', { name: /^Emergency/ }).waitFor();
    await w.locator('button[aria-haspopup="menu"]').click();
    await w.getByRole('menuitemradio').first().waitFor();
    const seen = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const widget = root.querySelector('[lang]') as HTMLElement;
      // What the visitor's palette gives each system colour, read off probes.
      const system = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = name;
        widget.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const style = (el: Element) => getComputedStyle(el);
      const chevrons = [...root.querySelectorAll('button[aria-expanded] svg')].map(
        (svg) => style(svg).color,
      );
      const call = style(root.querySelector('a[href="tel:911"][class]')!);
      const emergency = [...root.querySelectorAll('h4')].find((h) =>
        h.textContent!.startsWith('Emergency'),
      )!;
      const result = style(emergency.parentElement!);
      const notice = style(
        [...root.querySelectorAll('section p')].find((p) =>
          p.textContent!.startsWith('In an emergency'),
        )!,
      );
      const focusedItem = style(root.activeElement!);
      return {
        canvas: style(widget).backgroundColor,
        buttonText: system('ButtonText'),
        mark: system('Mark'),
        markText: system('MarkText'),
        chevrons: [...new Set(chevrons)],
        call: { background: call.backgroundColor, color: call.color },
        result: { width: parseFloat(result.borderTopWidth), color: result.borderTopColor },
        notice: {
          width: parseFloat(notice.borderInlineStartWidth),
          color: notice.borderInlineStartColor,
        },
        focusedItem: {
          role: root.activeElement!.getAttribute('role'),
          outline: focusedItem.outlineStyle,
          outlineColor: focusedItem.outlineColor,
        },
      };
    });
    // The chevrons in the system colour of buttons (teal before), every one.
    expect(seen.chevrons).toEqual([seen.buttonText]);
    // The emergency call stays the one filled thing, in the Mark system colours.
    expect(seen.call).toEqual({ background: seen.mark, color: seen.markText });
    expect(seen.call.background).not.toBe(seen.canvas);
    // The emergency result's frame and the emergency line's bar are drawn, not painted away.
    expect(seen.result.width).toBeGreaterThanOrEqual(3);
    expect(seen.result.color).not.toBe(seen.canvas);
    expect(seen.notice.width).toBe(4);
    expect(seen.notice.color).not.toBe(seen.canvas);
    // The language that has focus in the open menu keeps an outline.
    expect(seen.focusedItem.role).toBe('menuitemradio');
    expect(seen.focusedItem.outline).toBe('solid');
    expect(seen.focusedItem.outlineColor).not.toBe(seen.canvas);
    await context.close();
  });
});

describe('screen readers: what the accessibility tree reads', () => {
  const TITLE = 'When to get help: a quick check';

  it('the start screen names the check once; each step is read once, with its number', async () => {
    const { context, page, w } = await widgetPage({ 'data-sections': 'quiz' });
    await w.getByRole('button', { name: 'Start the check' }).waitFor();
    // One heading for the check, not the section's and the start screen's both.
    expect(await w.getByRole('heading', { name: TITLE }).count()).toBe(1);
    expect((await w.locator('section').ariaSnapshot()).split(TITLE).length - 1).toBe(2); // region + heading
    await w.getByRole('button', { name: 'Start the check' }).click();
    const steps = [
      ['Step 1 of 4', 'Do you have any of these right now?', 'No, none of these'],
      [
        'Step 2 of 4',
        'How long ago was your treatment?',
        'Less than 24 hours ago (less than 1 day)',
      ],
      ['Step 3 of 4', 'Which of these do you have now? Choose all that apply.', 'Redness'],
      ['Step 4 of 4', 'Since they started, are your symptoms…', 'Getting better'],
    ] as const;
    for (const [step, question, answer] of steps) {
      const name = `${step} ${question}`;
      // Focus moves to the step's heading, whose name carries the step's number.
      const heading = w.getByRole('heading', { name, exact: true });
      await heading.waitFor();
      expect(
        await page.evaluate(
          () =>
            document.getElementById('w')!.shadowRoot!.activeElement?.getAttribute('role') ??
            document.getElementById('w')!.shadowRoot!.activeElement?.localName,
        ),
      ).toMatch(/^h[1-6]$/);
      expect(
        await heading.evaluate((h) => h === (h.getRootNode() as ShadowRoot).activeElement),
      ).toBe(true);
      // The heading names the answers' group, and is not inside it: landing on it reads the
      // question once (inside, a screen reader read the group's name, then the heading).
      const group = w.getByRole('group', { name, exact: true });
      expect(await group.count()).toBe(1);
      expect(await group.getByRole('heading').count()).toBe(0);
      const tree = await w.locator('section').ariaSnapshot();
      const lines = tree.split('\n').filter((line) => line.includes(question));
      expect(lines.map((line) => line.trim().replace(/^- '?(\w+).*$/, '$1'))).toEqual([
        'heading',
        'group',
      ]);
      const check = w.getByRole(step === 'Step 3 of 4' ? 'checkbox' : 'radio', {
        name: answer,
        exact: true,
      });
      await check.check();
      await w.getByRole('button', { name: 'Next' }).click();
    }
    await w.getByRole('heading', { name: /^This sounds expected/ }).waitFor();
    await context.close();
  });
});

/** WCAG contrast of two computed "rgb(r, g, b)" colours. */
function contrastOf(a: string, b: string) {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    const linear = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('1.4.11: the primary button stands out whatever the accent', () => {
  it.each([
    ['#1a1a1a', 'dark'],
    ['#ffeb3b', 'light'],
    ['#00ff00', 'light'],
    ['#ffeb3b', 'dark'],
    ['#0b6e69', 'dark'],
  ])('%s in the %s scheme: its edge is 3:1 against what surrounds it', async (accent, scheme) => {
    const { context, page, w } = await widgetPage({
      'data-sections': 'quiz',
      'data-accent': accent,
      'data-color-scheme': scheme,
    });
    await w.getByRole('button', { name: 'Start the check' }).waitFor();
    const seen = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      const button = [...root.querySelectorAll('button')].find(
        (b) => b.textContent === 'Start the check',
      )!;
      const style = getComputedStyle(button);
      // Its surroundings: the nearest painted background (the check's panel), and the widget's.
      let panel: Element | null = button.parentElement;
      while (panel && getComputedStyle(panel).backgroundColor === 'rgba(0, 0, 0, 0)')
        panel = panel.parentElement;
      return {
        fill: style.backgroundColor,
        edge: style.borderTopColor,
        edgeWidth: parseFloat(style.borderTopWidth),
        panel: getComputedStyle(panel!).backgroundColor,
        widget: getComputedStyle(root.querySelector('[lang]')!).backgroundColor,
      };
    });
    expect(seen.edgeWidth).toBeGreaterThanOrEqual(2);
    expect(contrastOf(seen.edge, seen.panel), JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
    expect(contrastOf(seen.edge, seen.widget), JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
