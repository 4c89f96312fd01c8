import { type EnginePage, waitUntil } from '../../test/engines/engine';
import type { Shot } from './gallery';

/**
 * Brings a page to a shot's state as a visitor would (press, choose, go on), through the
 * engine-neutral EnginePage: every function passed to `evaluate` runs in the page, so each is
 * self-contained. Every step waits for what it changed, never for a time.
 */

/** The widget container's shadow root in the page (the first container). */
const ROOT = '[data-clinic-widget]';

/** Asks `probe` (which may ask the page) until it answers something truthy. */
async function poll<T>(probe: () => Promise<T>, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function mountWidget(page: EnginePage, shot: Shot) {
  await page.evaluate(
    ({ attributes, column }) => {
      const el = document.createElement('div');
      el.setAttribute('data-clinic-widget', '');
      // A content column: at most this wide, and never wider than the screen.
      if (column) el.style.maxWidth = `${column}px`;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('app')!.append(el);
    },
    { attributes: shot.attributes, column: shot.state.column ?? 0 },
  );
  await waitUntil(
    page,
    ({ lang, sections }) => {
      const root = document.querySelector('[data-clinic-widget]')?.shadowRoot;
      const widget = root?.querySelector(`[lang="${lang}"]`);
      if (!widget) return false;
      // The lazily loaded sections have arrived, not only their stand-ins.
      return (
        (!sections.includes('compare') || !!widget.querySelector('table')) &&
        (!sections.includes('quiz') || !!widget.querySelector('section[aria-labelledby$="-quiz"]'))
      );
    },
    {
      lang: shot.attributes['data-lang'] ?? 'en',
      sections: shot.attributes['data-sections'] ?? 'faq compare quiz',
    },
    'the widget',
  );
}

async function openLauncher(page: EnginePage, shot: Shot) {
  await waitUntil(
    page,
    (selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector('dialog'),
    ROOT,
    'the launcher',
  );
  await page.evaluate(
    ({ selector, attributes }) => {
      const el = document.querySelector(selector)!;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    },
    { selector: ROOT, attributes: shot.attributes },
  );
  await waitUntil(
    page,
    ({ selector, lang }) =>
      !!document.querySelector(selector)!.shadowRoot!.querySelector(`[lang="${lang}"] button`),
    { selector: ROOT, lang: shot.attributes['data-lang'] ?? 'en' },
    'the launcher in its language',
  );
  await page.evaluate(
    (selector) =>
      document
        .querySelector(selector)!
        .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup="dialog"]')!
        .click(),
    ROOT,
  );
  await waitUntil(
    page,
    (selector) => !!document.querySelector(selector)!.shadowRoot!.querySelector('dialog [lang] h3'),
    ROOT,
    'the open dialog',
  );
}

/** The check's step heading that has focus (it takes focus on every step), or ''. */
const focusedHeading = (page: EnginePage) =>
  page.evaluate((selector) => {
    const active = document.querySelector(selector)!.shadowRoot!.activeElement;
    return active && /^h\d$/.test(active.localName) ? active.textContent! : '';
  }, ROOT);

/** Start, then one answer per step, each followed by Next; ends on the result. */
async function runCheck(page: EnginePage, answers: readonly number[]) {
  await page.evaluate(
    (selector) =>
      document
        .querySelector(selector)!
        .shadowRoot!.querySelector<HTMLElement>('section[aria-labelledby$="-quiz"] button')!
        .click(),
    ROOT,
  );
  await poll(() => focusedHeading(page), 'the first step');
  for (const answer of answers) {
    const before = await focusedHeading(page);
    await page.evaluate(
      ({ selector, answer }) => {
        const quiz = document
          .querySelector(selector)!
          .shadowRoot!.querySelector('section[aria-labelledby$="-quiz"]')!;
        quiz.querySelectorAll<HTMLInputElement>('form input')[answer]!.click();
        quiz.querySelector<HTMLElement>('button[type="submit"]')!.click();
      },
      { selector: ROOT, answer },
    );
    await poll(async () => {
      const now = await focusedHeading(page);
      return now !== '' && now !== before;
    }, 'the next step');
  }
}

/** Scrolls the view's element to the top of the screen; a visitor's focus ring comes off. */
async function frame(page: EnginePage, shot: Shot) {
  await page.evaluate(
    ({ selector, view, keepFocus }) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const targets: Record<string, string> = {
        widget: '[lang]',
        compare: '[id$="-compare"]',
        quiz: 'section[aria-labelledby$="-quiz"]',
        answer: ':is(h2, h3, h4, h5, h6) > button[aria-expanded="true"]',
      };
      if (!keepFocus) (root.activeElement as HTMLElement | null)?.blur();
      const target = targets[view] && root.querySelector(targets[view]);
      // A little room above it; above an open answer, its category's heading too.
      if (target) {
        target.scrollIntoView({ block: 'start' });
        scrollBy(0, view === 'answer' ? -56 : -16);
      }
    },
    { selector: ROOT, view: shot.state.view, keepFocus: !!shot.state.openLauncher },
  );
  // Drawn: fonts loaded, transitions over, two frames painted.
  await page.evaluate(async (selector) => {
    await document.fonts.ready;
    const root = document.querySelector(selector)!.shadowRoot!;
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, ROOT);
}

/** Brings a freshly opened page (shot.path) to the shot's state, ready for its screenshot. */
export async function bringToState(page: EnginePage, shot: Shot) {
  if (shot.state.host === 'launcher') await openLauncher(page, shot);
  else await mountWidget(page, shot);
  if (shot.state.openAnswer)
    await page.evaluate(
      (selector) =>
        document
          .querySelector(selector)!
          .shadowRoot!.querySelector<HTMLElement>(
            ':is(h2, h3, h4, h5, h6) > button[aria-expanded]',
          )!
          .click(),
      ROOT,
    );
  if (shot.state.check) await runCheck(page, shot.state.check);
  await frame(page, shot);
}
