import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pickLanguage, useBrowser, waitForWidgets, widgetText } from './harness';

const env = useBrowser();

async function addWidget(page: Page, attributes: Record<string, string>, id = 'w') {
  await page.evaluate(
    ({ attributes, id }) => {
      const el = document.createElement('div');
      el.id = id;
      el.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('app')!.append(el);
    },
    { attributes, id },
  );
  await waitForWidgets(page, 1, `#${id}`);
}

/** The widget's language menu button, and its root's lang and dir. */
const menuButton = (page: Page) =>
  page.locator('[data-clinic-widget] button[aria-haspopup="menu"]');
const shown = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const widget = root.querySelector('[dir]')!;
    return { lang: widget.getAttribute('lang'), dir: widget.getAttribute('dir') };
  });

describe('language menu', () => {
  it('switches language in place, keeping open answers, downloading each language once', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const button = menuButton(page);
    // A menu button (WAI-ARIA APG) named by its visible label and the language shown. Closed,
    // no aria-expanded (as APG recommends): "button[aria-expanded]" still means FAQ questions.
    expect(await button.getAttribute('aria-expanded')).toBeNull();
    expect(
      await page
        .locator('[data-clinic-widget]')
        .getByRole('button', { name: 'Language English' })
        .count(),
    ).toBe(1);
    // Open the fourth answer, then switch languages by keyboard.
    await page.locator('[data-clinic-widget] button[aria-expanded]').nth(3).click();
    env.requests.length = 0;
    await button.focus();
    await page.keyboard.press('Enter');
    const items = page.locator('[data-clinic-widget] [role="menu"] [role="menuitemradio"]');
    await items.first().waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await items.allTextContents()).toEqual([
      'English',
      'Español',
      '简体中文',
      'Tiếng Việt',
      '한국어',
      'Tagalog',
      'Русский',
      'العربية',
      'Français',
      'Deutsch',
      'Português (Brasil)',
    ]);
    // Each language in its own language, with its lang; the one shown is checked.
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual([
      'en',
      'es',
      'zh-Hans',
      'vi',
      'ko',
      'tl',
      'ru',
      'ar',
      'fr',
      'de',
      'pt-BR',
    ]);
    expect(
      await items.evaluateAll((els) => els.map((el) => el.getAttribute('aria-checked'))),
    ).toEqual(['true', ...Array(10).fill('false')]);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir][lang="de"]'),
    );
    expect(await page.locator('[data-clinic-widget] button[aria-expanded="true"]').count()).toBe(1);
    expect(
      await page
        .locator('[data-clinic-widget] button[aria-expanded]')
        .nth(3)
        .getAttribute('aria-expanded'),
    ).toBe('true');
    await pickLanguage(page, 'English');
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir][lang="en"]'),
    );
    await pickLanguage(page, 'Deutsch');
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('[dir][lang="de"]'),
    );
    // German was fetched once, with (once, for the first language other than English) the code
    // that translates, and the menu's list once (when the button was focused); English needed
    // no request at all.
    expect(
      env.requests
        .filter((path) => path.startsWith('/dist/'))
        .map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))
        .sort(),
    ).toEqual([
      '/dist/chunks/language-list.js',
      '/dist/chunks/template-merge.js',
      '/dist/chunks/translation.js',
      '/dist/locales/de.js',
    ]);
    // Focus is back on the menu button after the switch, which names the new language.
    expect(
      await page.evaluate(() => {
        const active = document.querySelector('[data-clinic-widget]')!.shadowRoot!.activeElement;
        return [active?.getAttribute('aria-haspopup'), active?.textContent];
      }),
    ).toEqual(['menu', 'SpracheDeutsch']);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('3.2.2: arrow keys alone never change the language, open or closed, nor fetch one', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const button = menuButton(page);
    const items = page.locator('[data-clinic-widget] [role="menuitemradio"]');
    await button.focus();
    await page.waitForLoadState('networkidle');
    env.requests.length = 0;
    // On the closed button, as on a closed <select> under Windows or Linux.
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press('Escape');
      await button.focus();
      await page.keyboard.press(key);
    }
    // Open: through the whole list and round again, past Arabic (right to left) and back.
    await page.keyboard.press('Escape');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await items.first().waitFor();
    for (let i = 0; i < 24; i += 1) {
      await page.keyboard.press(i < 12 ? 'ArrowDown' : 'ArrowUp');
      expect(await shown(page)).toEqual({ lang: 'en', dir: 'ltr' });
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    // Escape closed the menu, with focus back on its button, and nothing was chosen.
    expect(await button.getAttribute('aria-expanded')).toBeNull();
    expect(
      await page.evaluate(() =>
        document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.activeElement?.getAttribute('aria-haspopup'),
      ),
    ).toBe('menu');
    await page.waitForLoadState('networkidle');
    expect(await shown(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(env.requests.filter((path) => path.startsWith('/dist/locales/'))).toEqual([]);
    expect(await widgetText(page)).toContain('Questions and answers');
    // Only an explicit choice changes it: Enter on a language.
    await page.keyboard.press('ArrowUp');
    await items.first().waitFor();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.activeElement?.textContent,
      ),
    ).toBe('العربية');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector('[dir="rtl"][lang="ar"]'),
    );
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('works in right to left, and Escape in the launcher dialog closes the menu only', async () => {
    const context = await env.browser.newContext();
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
    await page.waitForFunction(() =>
      document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
    );
    await page.locator('[data-clinic-widget] button[aria-haspopup="dialog"]').click();
    await page.locator('[data-clinic-widget] dialog [lang] h3').first().waitFor();
    await pickLanguage(page, 'العربية');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-clinic-widget]')!
        .shadowRoot!.querySelector('dialog [dir="rtl"][lang="ar"]'),
    );
    const button = page.locator('[data-clinic-widget] dialog button[aria-haspopup="menu"]');
    await button.focus();
    await page.keyboard.press('Enter');
    const items = page.locator('[data-clinic-widget] [role="menuitemradio"]');
    await items.first().waitFor();
    // The language shown (Arabic) has focus; Down moves to the next one, as in left to right.
    const active = () =>
      page.evaluate(
        () =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.activeElement?.textContent,
      );
    expect(await active()).toBe('العربية');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('Français');
    await page.keyboard.press('Escape');
    expect(await items.count()).toBe(0);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')!.open,
      ),
    ).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBeNull();
    // A second Escape, on the button, closes the dialog as before.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')!.open,
    );
    await context.close();
  });
});

describe('right to left', () => {
  it('renders Arabic with dir="rtl", mirrored through logical properties', async () => {
    const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await addWidget(page, { 'data-lang': 'ar', 'data-booking-url': 'https://clinic.example/book' });
    await page.waitForFunction(() =>
      document.querySelector('#w')!.shadowRoot!.querySelector('[dir="rtl"][lang="ar"]'),
    );
    const layout = await page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      // The emergency notice: the first paragraph of the footer, the root's last child.
      const notice = getComputedStyle(root.querySelector('[dir] > div:last-child > p')!);
      const arrow = root.querySelector('a[href^="https:"] svg')!;
      return {
        title: box('h2'),
        menu: box('button[aria-haspopup="menu"]'),
        rootBox: box('[dir]'),
        noticeRight: notice.borderRightWidth,
        noticeLeft: notice.borderLeftWidth,
        arrowTransform: getComputedStyle(arrow).transform,
        questionAlign: getComputedStyle(root.querySelector('button[aria-expanded]')!).textAlign,
      };
    });
    // The title starts at the right; the language menu sits at the left end of the header.
    expect(layout.title.right).toBeGreaterThan(layout.menu.right);
    expect(layout.noticeRight).toBe('4px');
    expect(layout.noticeLeft).toBe('0px');
    // The forward arrow of the booking link is mirrored.
    expect(layout.arrowTransform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(layout.questionAlign).toBe('start');
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe('clinic details', () => {
  it('shows the emergency number for the clinic country as a tel: link', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await addWidget(page, { 'data-country': 'AU', 'data-clinic-name': 'Harbour Clinic' });
    const text = await widgetText(page, '#w');
    expect(text).toContain('In an emergency, call 000 now.');
    // In the footer and at the top of the quick check: emergency help is on every screen.
    const link = page.locator('#w a[href="tel:000"]');
    expect(await link.count()).toBe(2);
    // Placeholders in the content are filled too.
    await page.locator('#w button[aria-expanded]').nth(5).click();
    expect(await widgetText(page, '#w')).toContain('Contact Harbour Clinic or a doctor');
    expect(await widgetText(page, '#w')).toContain('Call 000 now');
    expect(log.warnings.filter((w) => !w.includes('not available in this version'))).toEqual([]);
    await context.close();
  });

  it('never takes the number from a language: only data-country or data-emergency-number', async () => {
    const context = await env.browser.newContext();
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    // Each shipped language with a region whose number differs from the clinic's country.
    const tags = ['en-GB', 'es-MX', 'zh-Hans-CN', 'vi-VN', 'ko-KR', 'tl-PH'];
    tags.push('ru-RU', 'ar-SA', 'fr-FR', 'de-DE', 'pt-BR');
    for (const [i, lang] of tags.entries()) await addWidget(page, { 'data-lang': lang }, `n${i}`);
    for (const [i, lang] of tags.entries()) {
      expect(await page.locator(`#n${i} a[href^="tel:"]`).count(), lang).toBe(0);
      expect(await widgetText(page, `#n${i}`), lang).not.toMatch(
        /\b(999|911|120|115|119|103|997|112|192)\b/,
      );
    }
    for (const [i, lang] of tags.entries())
      await addWidget(page, { 'data-lang': lang, 'data-country': 'US' }, `us${i}`);
    for (const [i, lang] of tags.entries())
      expect(await page.locator(`#us${i} a[href="tel:911"]`).count(), lang).toBeGreaterThan(0);
    await addWidget(page, { 'data-lang': 'pt-BR', 'data-country': 'GB' }, 'gb');
    expect(await page.locator('#gb a[href="tel:999"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#gb a[href="tel:192"]').count()).toBe(0);
    await addWidget(page, { 'data-lang': 'en' }, 'nowhere');
    expect(await widgetText(page, '#nowhere')).toContain('call your local emergency number now');
    await context.close();
  });

  it('warns about a bad country and guesses no number', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await addWidget(page, { 'data-country': 'Narnia', 'data-lang': 'en' });
    expect(await widgetText(page, '#w')).toContain('call your local emergency number now');
    expect(log.warnings.join('\n')).toContain(
      'data-country="Narnia" is ignored (not a country code)',
    );
    await context.close();
  });
});

describe("a clinic's own content", () => {
  it('uses valid content, and shows the shipped content with one error for bad content', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(
      context,
      `${env.server.url}/test/fixtures/custom-content.html`,
    );
    await waitForWidgets(page, 4);
    expect(await widgetText(page, '#from-url')).toContain('Where can I park?');
    expect(await widgetText(page, '#from-url')).toContain(
      'Riverside Clinic: your questions after scalp treatment',
    );
    await page.locator('#from-url button[aria-expanded]').nth(1).click();
    expect(await widgetText(page, '#from-url')).toContain('A nurse from Riverside Clinic answers');
    for (const id of ['hostile', 'missing']) {
      expect(await widgetText(page, `#${id}`)).toContain('Which side effects are normal?');
    }
    expect(await widgetText(page, '#incomplete')).toContain(
      '¿Qué efectos secundarios son normales?',
    );
    expect(
      await page.evaluate(
        () => document.querySelector('#hostile')!.shadowRoot!.querySelectorAll('script').length,
      ),
    ).toBe(0);
    const errors = log.errors.filter((e) => e.startsWith('[clinic-widget]'));
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.includes('clinic-content-with-script.json'))).toContain(
      'en.faq.items[id=parking].answer: contains HTML, which is not allowed',
    );
    expect(errors.find((e) => e.includes('no-such-file.json'))).toContain(
      'the server answered 404',
    );
    expect(errors.find((e) => e.includes('riverside-content'))).toContain(
      'es.faq: expected an object, found missing',
    );
    await context.close();
  });
});

describe('nothing clipped or overflowing at 320 px', () => {
  it.each(['en-XA', 'de', 'ar', 'ru', 'vi'])('%s, every answer open', async (lang) => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 700 } });
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
    await addWidget(page, {
      'data-lang': lang,
      'data-clinic-name': 'Riverside Hair and Scalp Clinic',
      'data-clinic-phone': '+1 555 0100',
      'data-booking-url': 'https://clinic.example/book',
      'data-country': 'US',
    });
    await page.waitForFunction(
      (lang) => document.querySelector('#w')!.shadowRoot!.querySelector(`[dir][lang="${lang}"]`),
      lang,
    );
    await page.evaluate(() => {
      for (const b of Array.from(
        document
          .querySelector('#w')!
          .shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]'),
      ))
        b.click();
    });
    // The language menu open too: its list fits as well.
    await page.locator('#w button[aria-haspopup="menu"]').click();
    await page.locator('#w [role="menuitemradio"]').first().waitFor();
    const report = await page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!.querySelector('[dir]') as HTMLElement;
      const bounds = root.getBoundingClientRect();
      const overflowing: string[] = [];
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
        // Hidden elements (the layout not in use, closed answers) take no space to overflow.
        if (el.closest('svg') || el.getClientRects().length === 0) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5)
          overflowing.push(`${el.localName}: outside the widget`);
        if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
          overflowing.push(`${el.localName}: clipped`);
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && el.children.length === 0)
          overflowing.push(`${el.localName} "${el.textContent?.slice(0, 30)}": text overflows`);
      }
      return {
        overflowing,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        width: bounds.width,
      };
    });
    expect(report.overflowing).toEqual([]);
    expect(report.pageScrolls).toBe(false);
    expect(report.width).toBeLessThanOrEqual(320);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
