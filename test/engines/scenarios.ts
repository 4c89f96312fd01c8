import { expect } from 'vitest';
import { type Engine, type EnginePage, type Key, waitUntil } from './engine';

/**
 * The scenarios every engine runs: what a visitor does, checked by what the page shows. Every
 * function passed to `page.evaluate` runs in the page, so it is self-contained.
 */
export interface Scenario {
  name: string;
  run(engine: Engine, origin: string): Promise<void>;
}

const DESKTOP = { width: 1024, height: 800 };

/** Waits until the widget in `selector` has rendered (its shadow root holds the [lang] root). */
const mounted = (page: EnginePage, selector = '[data-clinic-widget]') =>
  waitUntil(
    page,
    (selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector('[lang] h2'),
    selector,
    `the widget in ${selector}`,
  );

/** Opens dynamic.html and adds one widget (#w) with these attributes. */
async function widgetPage(engine: Engine, origin: string, attributes: Record<string, string>) {
  const page = await engine.open(`${origin}/test/fixtures/dynamic.html`, DESKTOP);
  await page.evaluate((attributes) => {
    const el = document.createElement('div');
    el.id = 'w';
    el.setAttribute('data-clinic-widget', '');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.getElementById('app')!.append(el);
  }, attributes);
  await mounted(page, '#w');
  return page;
}

/** What has focus inside the first widget: tag, text (a control's label), and attributes. */
const focused = (page: EnginePage) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-clinic-widget]');
    const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return { tag: '', text: '', expanded: null as string | null, inDialog: false };
    const label = active.closest('label')?.textContent ?? '';
    return {
      tag: active.localName,
      text: (label || active.textContent || '').trim(),
      expanded: active.getAttribute('aria-expanded'),
      inDialog: !!active.closest('dialog'),
    };
  }, null);

/** Presses Tab until the focused control's text starts with `text`. */
async function tabTo(page: EnginePage, text: string, key: Key = 'Tab') {
  for (let i = 0; i < 60; i += 1) {
    await page.press(key);
    if ((await focused(page)).text.startsWith(text)) return;
  }
  throw new Error(`${key} never reached "${text}"`);
}

/** Presses a key, then waits until focus is on an element of this tag. */
async function pressAndFocus(page: EnginePage, key: Key, tag: string) {
  await page.press(key);
  await waitUntil(
    page,
    (tag) =>
      document.querySelector('[data-clinic-widget]')?.shadowRoot?.activeElement?.localName === tag,
    tag,
    `focus on <${tag}>`,
  );
}

/** Computed styles that host CSS would most likely change, of a few parts of the widget. */
const widgetStyles = (page: EnginePage) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const parts = {
      root: '[lang]',
      title: 'h2',
      question: 'button[aria-expanded]',
      link: 'a[href^="tel:"]',
    };
    const properties = [
      'font-family',
      'font-size',
      'line-height',
      'color',
      'text-transform',
      'letter-spacing',
      'padding-top',
      'border-top-width',
    ];
    return Object.fromEntries(
      Object.entries(parts).map(([name, selector]) => {
        const style = getComputedStyle(root.querySelector(selector)!);
        return [name, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
      }),
    );
  }, null);

const heading = (page: EnginePage, pattern: string) =>
  waitUntil(
    page,
    (pattern) =>
      Array.from(document.getElementById('w')!.shadowRoot!.querySelectorAll('h4')).find((h) =>
        new RegExp(pattern).test(h.textContent ?? ''),
      )?.textContent ?? '',
    pattern,
    `a heading matching /${pattern}/`,
  );

/** A US clinic's check, started by keyboard, with focus on the first step's first answer. */
async function startCheck(engine: Engine, origin: string) {
  const page = await widgetPage(engine, origin, {
    'data-sections': 'quiz',
    'data-clinic-phone': '+1 555 0100',
    'data-country': 'US',
  });
  await tabTo(page, 'Start the check');
  await pressAndFocus(page, 'Enter', 'h4');
  await page.press('Tab');
  return page;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'a plain page: the widget mounts with its title, phone link and sections',
    async run(engine, origin) {
      const page = await engine.open(`${origin}/test/fixtures/plain.html`, DESKTOP);
      await mounted(page);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        const widget = root.querySelector<HTMLElement>('[lang]')!;
        return {
          title: root.querySelector('h2')!.textContent,
          phone: root.querySelector('a[href^="tel:"]')?.getAttribute('href'),
          width: widget.getBoundingClientRect().width,
          questions: root.querySelectorAll('button[aria-expanded]').length,
        };
      }, null);
      expect(seen.title).toMatch(/^Exosome hair therapy/);
      expect(seen.phone).toBe('tel:+15550100');
      expect(seen.width).toBeGreaterThan(300);
      expect(seen.questions).toBeGreaterThan(5);
      await page.close();
    },
  },
  {
    name: 'hostile host CSS changes nothing in the widget',
    async run(engine, origin) {
      const plain = await engine.open(`${origin}/test/fixtures/plain.html`, DESKTOP);
      await mounted(plain);
      const expected = await widgetStyles(plain);
      await plain.close();
      const hostile = await engine.open(`${origin}/test/fixtures/hostile-css.html`, DESKTOP);
      await mounted(hostile);
      expect(await widgetStyles(hostile)).toEqual(expected);
      await hostile.close();
    },
  },
  {
    name: 'the strict CSP and Trusted Types page: styled, no violation, no error',
    async run(engine, origin) {
      const page = await engine.open(`${origin}/test/fixtures/csp.html`, DESKTOP);
      await mounted(page);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        const widget = root.querySelector('[lang]')!;
        return {
          border: getComputedStyle(widget).borderTopWidth,
          problems: (window as unknown as { __problems: string[] }).__problems,
        };
      }, null);
      expect(seen.border).toBe('1px');
      expect(seen.problems).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'the FAQ by keyboard: Tab to a question, Enter opens and closes its answer',
    async run(engine, origin) {
      const page = await widgetPage(engine, origin, {
        'data-sections': 'faq',
        'data-clinic-phone': '+1 555 0100',
      });
      for (let i = 0; i < 30 && (await focused(page)).expanded === null; i += 1)
        await page.press('Tab');
      expect((await focused(page)).expanded).toBe('false');
      const answer = () =>
        page.evaluate(() => {
          const root = document.getElementById('w')!.shadowRoot!;
          const button = root.activeElement!;
          const panel = root.getElementById(button.getAttribute('aria-controls')!);
          return {
            expanded: button.getAttribute('aria-expanded'),
            height: panel?.getBoundingClientRect().height ?? 0,
          };
        }, null);
      await page.press('Enter');
      const open = await answer();
      expect(open.expanded).toBe('true');
      expect(open.height).toBeGreaterThan(20);
      await page.press('Enter');
      expect((await answer()).expanded).toBe('false');
      await page.close();
    },
  },
  {
    name: 'the check by keyboard to an emergency result with the country’s number',
    async run(engine, origin) {
      const page = await startCheck(engine, origin);
      await page.press('Space'); // Yes, I have at least one of these
      await tabTo(page, 'Next');
      await page.press('Enter');
      expect(await heading(page, '^Emergency')).toMatch(/911/);
      const call = await page.evaluate(
        () =>
          document.getElementById('w')!.shadowRoot!.querySelector('a[href="tel:911"]')?.textContent,
        null,
      );
      expect(call).toMatch(/911/);
      await page.close();
    },
  },
  {
    name: 'the check by keyboard to an expected result',
    async run(engine, origin) {
      const page = await startCheck(engine, origin);
      await page.press('ArrowDown'); // No, none of these
      await tabTo(page, 'Next');
      await page.press('Enter');
      await page.press('Tab');
      await page.press('Space'); // Less than 24 hours ago
      await tabTo(page, 'Next');
      await page.press('Enter');
      await tabTo(page, 'Redness');
      await page.press('Space');
      await tabTo(page, 'Next');
      await page.press('Enter');
      await page.press('Tab');
      await page.press('Space'); // Getting better
      await tabTo(page, 'Next');
      await page.press('Enter');
      expect(await heading(page, 'expected')).toMatch(/^This sounds expected/);
      await page.close();
    },
  },
  {
    name: 'the launcher dialog: opens by keyboard, traps Tab both ways, Escape returns focus',
    async run(engine, origin) {
      const page = await engine.open(`${origin}/test/fixtures/launcher.html`, DESKTOP);
      await waitUntil(
        page,
        () => !!document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
        null,
        'the launcher',
      );
      await tabTo(page, 'Questions about your treatment?');
      await page.press('Enter');
      await waitUntil(
        page,
        () => {
          const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
          // The widget's sections (h3) under the dialog's own heading (h2, in its header bar).
          return root.querySelector('dialog')!.open && !!root.querySelector('dialog [lang] h3');
        },
        null,
        'the open dialog',
      );
      expect(await focused(page)).toMatchObject({ text: 'Close', inDialog: true });
      for (const key of ['Tab', 'Shift+Tab'] as const)
        for (let i = 0; i < 25; i += 1) {
          await page.press(key);
          expect((await focused(page)).inDialog).toBe(true);
        }
      await page.press('Escape');
      await waitUntil(
        page,
        () =>
          document
            .querySelector('[data-clinic-widget]')!
            .shadowRoot!.querySelector('button[aria-haspopup]')!
            .getAttribute('aria-expanded') === 'false',
        null,
        'the dialog to close',
      );
      const after = await page.evaluate(() => {
        const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
        return {
          open: root.querySelector('dialog')!.open,
          focusOnButton: root.activeElement === root.querySelector('button[aria-haspopup]'),
        };
      }, null);
      expect(after).toEqual({ open: false, focusOnButton: true });
      await page.close();
    },
  },
  {
    name: 'Arabic: right to left, in Arabic, laid out from the right',
    async run(engine, origin) {
      const page = await widgetPage(engine, origin, {
        'data-lang': 'ar',
        'data-clinic-phone': '+1 555 0100',
      });
      await waitUntil(
        page,
        () =>
          document
            .getElementById('w')!
            .shadowRoot!.querySelector('[lang]')!
            .getAttribute('lang') === 'ar',
        null,
        'Arabic',
      );
      const seen = await page.evaluate(() => {
        const root = document.getElementById('w')!.shadowRoot!;
        const widget = root.querySelector<HTMLElement>('[lang]')!;
        const title = root.querySelector('h2')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const text = range.getBoundingClientRect();
        const box = widget.getBoundingClientRect();
        return {
          dir: widget.getAttribute('dir'),
          direction: getComputedStyle(widget).direction,
          arabic: /[\u0600-\u06ff]/.test(title.textContent ?? ''),
          // The title's text starts at the right edge: nearer to it than to the left one.
          rightGap: box.right - text.right,
          leftGap: text.left - box.left,
        };
      }, null);
      expect(seen).toMatchObject({ dir: 'rtl', direction: 'rtl', arabic: true });
      expect(seen.rightGap).toBeLessThan(seen.leftGap);
      await page.close();
    },
  },
  {
    name: 'lazy mode: nothing loaded until the visitor scrolls near, then it mounts',
    async run(engine, origin) {
      const page = await engine.open(`${origin}/test/fixtures/lazy.html`, DESKTOP);
      const widgetModules = () =>
        page.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => /\/dist\/main-[\w-]+\.js$/.test(entry.name)).length,
          null,
        );
      // The loader has run (it reserves the container's space) and fetched no widget.
      await waitUntil(
        page,
        () =>
          performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.endsWith('/dist/clinic-widget.js')) &&
          document.readyState === 'complete',
        null,
        'the loader',
      );
      expect(await widgetModules()).toBe(0);
      await page.evaluate(
        () => document.querySelector('[data-clinic-widget]')!.scrollIntoView({ block: 'start' }),
        null,
      );
      await mounted(page);
      expect(await widgetModules()).toBe(1);
      await page.close();
    },
  },
  {
    name: 'a language switch by keyboard: arrows only move, Enter picks Spanish, focus back on the menu',
    async run(engine, origin) {
      const page = await widgetPage(engine, origin, { 'data-clinic-phone': '+1 555 0100' });
      /** The widget's language, the focused element (role or tag, text) and whether it is open. */
      const state = () =>
        page.evaluate(() => {
          const root = document.getElementById('w')!.shadowRoot!;
          const active = root.activeElement;
          return {
            lang: root.querySelector('[lang]')!.getAttribute('lang'),
            focus: `${active?.getAttribute('role') ?? active?.localName} ${active?.textContent}`,
            open: !!root.querySelector('[role="menu"]'),
          };
        }, null);
      const focusOn = (text: string) =>
        waitUntil(
          page,
          (text) => document.getElementById('w')!.shadowRoot!.activeElement?.textContent === text,
          text,
          `focus on "${text}"`,
        );
      await page.evaluate(
        () =>
          document
            .getElementById('w')!
            .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup="menu"]')!
            .focus(),
        null,
      );
      // Enter opens the menu on the language shown; Down moves without switching.
      await page.press('Enter');
      await focusOn('English');
      await page.press('ArrowDown');
      await focusOn('Español');
      expect(await state()).toEqual({ lang: 'en', focus: 'menuitemradio Español', open: true });
      // Escape closes it, back on its button, with nothing chosen.
      await page.press('Escape');
      await focusOn('LanguageEnglish');
      expect(await state()).toEqual({ lang: 'en', focus: 'button LanguageEnglish', open: false });
      // Down on the closed button opens it (it does not switch); Enter picks.
      await page.press('ArrowDown');
      await focusOn('English');
      await page.press('ArrowDown');
      await focusOn('Español');
      expect((await state()).lang).toBe('en');
      await page.press('Enter');
      const seen = await waitUntil(
        page,
        () => {
          const root = document.getElementById('w')!.shadowRoot!;
          const widget = root.querySelector('[lang]')!;
          if (widget.getAttribute('lang') !== 'es') return null;
          return {
            title: root.querySelector('h2')!.textContent,
            focus: root.activeElement?.getAttribute('aria-haspopup'),
            open: !!root.querySelector('[role="menu"]'),
          };
        },
        null,
        'Spanish',
      );
      expect(seen!.title).toMatch(/^Terapia capilar/);
      expect(seen!.focus).toBe('menu');
      expect(seen!.open).toBe(false);
      await page.close();
    },
  },
];
