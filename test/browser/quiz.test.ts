import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pickLanguage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function quizPage(attributes: Record<string, string> = {}) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  await page.addScriptTag({ path: axePath });
  await page.evaluate(() => {
    (window as unknown as { quizResults: unknown[] }).quizResults = [];
    document.addEventListener('clinic-widget:quiz-result', (event) =>
      (window as unknown as { quizResults: unknown[] }).quizResults.push(
        (event as CustomEvent).detail,
      ),
    );
  });
  await page.evaluate(
    (attributes) => {
      const el = document.createElement('div');
      el.id = 'w';
      el.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('app')!.append(el);
    },
    {
      'data-sections': 'quiz',
      'data-clinic-phone': '+1 555 0100',
      'data-country': 'US',
      ...attributes,
    },
  );
  await waitForWidgets(page, 1, '#w');
  return { context, page, log };
}

/** What has focus inside the widget: its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.getElementById('w')!.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) return { tag: '', text: '' };
    const label = active.closest('label')?.textContent ?? '';
    return { tag: active.localName, text: (label || active.textContent || '').trim() };
  });

/**
 * Presses Enter on a start button and waits for the first step's heading to take focus. The
 * check's later screens are a chunk fetched when a start button is focused; until it has
 * arrived, the press waits, and then focus moves.
 */
async function start(page: Page) {
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.getElementById('w')!.shadowRoot!.activeElement?.localName === 'h4',
  );
}

/** Presses Tab until the focused control's text starts with `text` (keyboard only). */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text.startsWith(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

async function axe(page: Page) {
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: tags },
      },
    );
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, WCAG_TAGS);
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { quizResults: unknown[] }).quizResults);

/** Answers "yes" to the red flags with the mouse and returns what the emergency result looks like. */
async function emergencyResult(page: Page) {
  const w = page.locator('#w');
  await w.getByRole('button', { name: 'Start the check' }).click();
  await w.getByRole('radio', { name: 'Yes, I have at least one of these' }).check();
  await w.getByRole('button', { name: 'Next' }).click();
  await w.getByRole('heading', { name: /^Emergency/ }).waitFor();
  return page.evaluate(() => {
    const root = document.getElementById('w')!.shadowRoot!;
    const heading = root.querySelector('h4')!;
    const box = heading.parentElement!;
    const call = box.querySelector('a[href^="tel:"], p[class]:not(:first-child)') as HTMLElement;
    const number = call.querySelector('[dir="ltr"]') as HTMLElement | null;
    const style = getComputedStyle(call);
    const lineHeight = number ? parseFloat(getComputedStyle(number).lineHeight) : 0;
    return {
      order: [...box.children].map((el) => el.localName),
      callTag: call.localName,
      callText: call.textContent,
      callBackground: style.backgroundColor,
      boxBackground: getComputedStyle(box).backgroundColor,
      callWidth: call.getBoundingClientRect().width,
      boxContentWidth: box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) * 2,
      headingWidth: heading.getBoundingClientRect().width,
      viewport: window.innerWidth,
      numberLines: number ? Math.round(number.getBoundingClientRect().height / lineHeight) : 0,
    };
  });
}

describe('the emergency result', () => {
  it('has its own fixed colours, whatever the accent, with the call button first, full width on a phone', async () => {
    const looks = [];
    for (const accent of ['#0b6e69', '#1a4d1a', '#ffeb3b']) {
      const { context, page } = await quizPage({
        'data-accent': accent,
        'data-emergency-number': '+1 555 0100',
      });
      await page.setViewportSize({ width: 375, height: 800 });
      const look = await emergencyResult(page);
      looks.push(look);
      // Label, heading, then the call button, before the explanation.
      expect(look.order.slice(0, 3)).toEqual(['p', 'h4', 'a']);
      expect(look.callTag).toBe('a');
      expect(look.callText).toBe('Call +1 555 0100');
      // The number is never broken across lines.
      expect(look.numberLines).toBe(1);
      // Full width of its box on a phone, and the result keeps most of the phone's width.
      expect(look.callWidth).toBeGreaterThanOrEqual(look.boxContentWidth - 1);
      expect(look.headingWidth).toBeGreaterThan(look.viewport * 0.7);
      await context.close();
    }
    // No accent changes the emergency colours.
    expect(new Set(looks.map((look) => look.callBackground)).size).toBe(1);
    expect(new Set(looks.map((look) => look.boxBackground)).size).toBe(1);
    expect(looks[0]!.callBackground).toBe('rgb(179, 38, 30)');
  });

  it('says plainly to call the local emergency number when none is known, with the same salience', async () => {
    const { context, page } = await quizPage({ 'data-country': '' });
    await page.evaluate(() => document.getElementById('w')!.removeAttribute('data-country'));
    const look = await emergencyResult(page);
    expect(look.callTag).toBe('p');
    expect(look.callText).toBe('Call your local emergency number');
    expect(look.callBackground).toBe('rgb(179, 38, 30)');
    // Only the clinic's own phone is a call link: no emergency number is guessed.
    const calls = await page
      .locator('#w a[href^="tel:"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(calls)).toEqual(new Set(['tel:+15550100']));
    await context.close();
  });
});

describe('quiz by keyboard alone', () => {
  it('red flag → emergency, with a call button and the event carrying only the level', async () => {
    const { context, page, log } = await quizPage();
    await tabTo(page, 'Start the check');
    await start(page);
    expect(await focused(page)).toEqual({
      tag: 'h4',
      text: 'Step 1 of 4 Do you have any of these right now?',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await focused(page)).toMatchObject({
      tag: 'input',
      text: 'Yes, I have at least one of these',
    });
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ tag: 'h4', text: 'Emergency: call 911 now' });
    expect(await page.locator('#w a[href="tel:911"]').count()).toBeGreaterThanOrEqual(2);
    expect(await events(page)).toEqual([{ level: 'emergency' }]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('mild redness on day one → expected, with self-care tips', async () => {
    const { context, page } = await quizPage();
    await tabTo(page, 'Start the check');
    await start(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // to "No, none of these", which selects it
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({
      text: 'Step 2 of 4 How long ago was your treatment?',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Less than 24 hours ago
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Redness');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({
      text: 'Step 4 of 4 Since they started, are your symptoms…',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Getting better
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({
      text: 'This sounds expected. It most often goes away within 24 to 48 hours',
    });
    expect(await widgetText(page, '#w')).toContain('Looking after your scalp');
    expect(await events(page)).toEqual([{ level: 'expected' }]);
    await context.close();
  });

  it('fever on day three → contact your clinic now, with the clinic phone', async () => {
    const { context, page } = await quizPage({ 'data-clinic-name': 'Riverside Clinic' });
    await tabTo(page, 'Start the check');
    await start(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 48 to 72 hours ago (2 to 3 days)
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Fever');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Staying the same
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ text: 'Contact your clinic now' });
    expect(await page.locator('#w a[href="tel:+15550100"]').first().textContent()).toBe(
      'Call Riverside Clinic (+1 555 0100)',
    );
    expect(await widgetText(page, '#w')).toContain('Treatment: 48 to 72 hours ago (2 to 3 days)');
    // Back and Start again, by keyboard.
    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({
      text: 'Step 4 of 4 Since they started, are your symptoms…',
    });
    await tabTo(page, 'Start again');
    await page.keyboard.press('Enter');
    expect(await widgetText(page, '#w')).toContain('Start the check');
    // Back at the start: focus on the section's heading, which the start screen does not repeat.
    expect(await focused(page)).toEqual({ tag: 'h3', text: 'When to get help: a quick check' });
    expect(await events(page)).toEqual([{ level: 'contact' }]);
    await context.close();
  });
});

describe('quiz answers', () => {
  it('survive a language switch and an options update, and are cleared on unmount', async () => {
    const { context, page, log } = await quizPage();
    const w = page.locator('#w');
    await w.getByRole('button', { name: 'Start the check' }).click();
    await w.getByRole('radio', { name: 'No, none of these' }).check();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('radio', { name: '48 to 72 hours ago (2 to 3 days)' }).check();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('checkbox', { name: 'Fever' }).check();
    await pickLanguage(page, 'Español', '#w');
    await page.waitForFunction(() =>
      document.getElementById('w')!.shadowRoot!.querySelector('[dir][lang="es"]'),
    );
    expect(await widgetText(page, '#w')).toContain('Paso 3 de 4');
    expect(await w.locator('form input').nth(6).isChecked()).toBe(true);
    await page.evaluate(() =>
      document.getElementById('w')!.setAttribute('data-clinic-name', 'Riverside'),
    );
    await w.getByRole('button', { name: 'Atrás' }).click();
    expect(await w.locator('form input').nth(2).isChecked()).toBe(true);
    // Unmount and mount again: a fresh start.
    await page.evaluate(() => {
      const el = document.getElementById('w')!;
      el.remove();
      setTimeout(() => document.getElementById('app')!.append(el), 0);
    });
    await page.waitForFunction(() => document.getElementById('w')?.isConnected === true);
    await waitForWidgets(page, 1, '#w');
    expect(await w.locator('form').count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('quiz privacy', () => {
  it('makes no network request, sets no cookie and stores nothing while the check runs', async () => {
    const { context, page } = await quizPage();
    const requests: string[] = [];
    page.on('request', (request) =>
      requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`.trim()),
    );
    const pass = page.locator('#w');
    await pass.getByRole('button', { name: 'Start the check' }).click();
    await pass.getByRole('radio', { name: 'No, none of these' }).check();
    await pass.getByRole('button', { name: 'Next' }).click();
    await pass.getByRole('radio', { name: '24 to 48 hours ago (1 to 2 days)' }).check();
    await pass.getByRole('button', { name: 'Next' }).click();
    await pass.getByRole('checkbox', { name: 'Very strong itching' }).check();
    await pass.getByRole('button', { name: 'Next' }).click();
    await pass.getByRole('radio', { name: 'Getting worse' }).check();
    await pass.getByRole('button', { name: 'Next' }).click();
    await pass.getByRole('button', { name: 'Copy the summary' }).click();
    // The only request is for the widget's own code (the check's later screens, fetched when
    // Start is first pointed at): a GET of a static file, with no query and nothing sent.
    const origin = new URL(env.server.url).origin;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(
      new RegExp(`^GET ${origin}/dist/chunks/quiz-steps-[\\w-]{8}\\.js$`),
    );
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
    await context.close();
  });
});

describe('quiz accessibility', () => {
  for (const lang of ['en', 'ar']) {
    it(`axe finds nothing on any step or result, and targets are at least 24 px (${lang})`, async () => {
      const { context, page, log } = await quizPage({
        'data-lang': lang,
        'data-sections': 'quiz faq',
      });
      await page.waitForFunction(
        (lang) => document.getElementById('w')!.shadowRoot!.querySelector(`[dir][lang="${lang}"]`),
        lang,
      );
      const w = page.locator('#w');
      const checks: string[] = [];
      const check = async (state: string) => {
        const violations = await axe(page);
        if (violations.length) checks.push(`${state}: ${violations.join('; ')}`);
        const small = await page.evaluate(
          () =>
            Array.from(
              document
                .getElementById('w')!
                .shadowRoot!.querySelectorAll<HTMLElement>(
                  'section[aria-labelledby$="-quiz"] input, section[aria-labelledby$="-quiz"] button',
                ),
            )
              .map((el) => el.getBoundingClientRect())
              .filter((box) => box.width < 24 || box.height < 24).length,
        );
        if (small) checks.push(`${state}: ${small} target(s) smaller than 24 px`);
      };
      const quiz = w.locator('section[aria-labelledby$="-quiz"]');
      const next = () => quiz.locator('button[type="submit"]').click();
      const pick = (index: number) => quiz.locator('form input').nth(index).check();
      const startAgain = () => quiz.locator('button').last().click();
      await check('start');
      await quiz.locator('button').first().click(); // Start the check
      await quiz.locator('form').waitFor();
      await check('red flags');
      await next();
      await check('red flags, error shown');
      await pick(0);
      await next();
      await check('result: emergency');
      for (const [time, symptom, trend, name] of [
        [0, 0, 0, 'result: expected'],
        [2, 0, 0, 'result: watch'],
        [3, 4, 1, 'result: contact'],
      ] as const) {
        await startAgain();
        await quiz.locator('button').first().click();
        await pick(1);
        await next();
        await check('time');
        await pick(time);
        await next();
        await check('symptoms');
        await pick(symptom);
        await next();
        await check('trend');
        await pick(trend);
        await next();
        await check(name);
      }
      await startAgain();
      await quiz.locator('button').nth(1).click(); // Is this treatment right for me?
      await check('pre-check');
      await pick(0);
      await next();
      await check('pre-check result');
      // Every result was reached, in order.
      expect(await events(page)).toEqual([
        { level: 'emergency' },
        { level: 'expected' },
        { level: 'watch' },
        { level: 'contact' },
      ]);
      expect(checks).toEqual([]);
      expect(log.errors).toEqual([]);
      await context.close();
    });
  }
});
