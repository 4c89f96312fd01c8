import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, repoRoot, useBrowser, waitForWidgets } from './harness';

/**
 * What the widget looks like, held by geometry: where a bullet sits, whether a word is broken,
 * how big the phone's launcher is and what it covers, what the dialog's header holds, where the
 * demo pages' blocks start. (The screenshots of these states: `npm run screenshots`.)
 */
const env = useBrowser();

interface WidgetPageOptions {
  viewport?: { width: number; height: number };
  /** The container's own width, in CSS px (else the page's). */
  width?: number;
}

/** dynamic.html with one widget (#w) with these attributes, once it has rendered. */
async function widgetPage(attributes: Record<string, string>, options: WidgetPageOptions = {}) {
  const context = await env.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/dynamic.html`);
  await page.evaluate(
    ({ attributes, width }) => {
      const el = document.createElement('div');
      el.id = 'w';
      if (width) el.style.width = `${width}px`;
      el.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.getElementById('app')!.append(el);
    },
    { attributes, width: options.width },
  );
  await waitForWidgets(page, 1, '#w');
  const lang = attributes['data-lang'] ?? 'en';
  await page.waitForFunction(
    (lang) => document.getElementById('w')!.shadowRoot!.querySelector(`[lang="${lang}"] h2`),
    lang,
  );
  return { context, page, log, w: page.locator('#w') };
}

/**
 * Words of the text under `selector` in #w that the browser broke across two lines: the rects
 * of a Range over each word, on more than one line. Breaks after a hyphen or a slash are the
 * language's own and do not count.
 */
const brokenWords = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const root = document.getElementById('w')!.shadowRoot!;
    const broken: string[] = [];
    for (const scope of root.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        for (const match of text.data.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);

describe('dark scheme', () => {
  it('draws the checkboxes dark, not as bright white squares', async () => {
    const { context, page, w } = await widgetPage({
      'data-sections': 'compare',
      'data-color-scheme': 'dark',
    });
    const box = w.locator('input[type="checkbox"]').first();
    const png = (await box.screenshot()).toString('base64');
    // The mean brightness of the unchecked box as drawn (0 black … 255 white).
    const brightness = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4);
    }, png);
    expect(brightness).toBeLessThan(100);
    await context.close();
  });
});

/**
 * For every list item whose text button wraps: how far the item's first line box (where its
 * bullet is) is from the button's first line. A probe (a zero-width space) put before the
 * button sits on the item's first line box, on its baseline, as the bullet does.
 */
const bulletOffsets = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const root = document.getElementById('w')!.shadowRoot!;
    const offsets: { text: string; lines: number; offset: number }[] = [];
    for (const li of root.querySelectorAll<HTMLLIElement>(selector)) {
      const button = li.querySelector('button');
      if (!button || getComputedStyle(li).display === 'none' || !li.getClientRects().length)
        continue;
      const range = document.createRange();
      range.selectNodeContents(button);
      const lines = [...range.getClientRects()].map((r) => Math.round(r.top));
      const first = range.getClientRects()[0]!;
      if (new Set(lines).size < 2) continue;
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      li.prepend(probe);
      const mark = probe.getBoundingClientRect();
      probe.remove();
      offsets.push({
        text: button.textContent!,
        lines: new Set(lines).size,
        offset: Math.abs(mark.bottom - first.bottom),
      });
    }
    return offsets;
  }, selector);

describe('list bullets beside wrapped links', () => {
  it.each([
    ['the table', 1024, 'table li'],
    ['the cards', 375, 'ul[aria-label] li li'],
  ] as const)(
    '"Related questions" in %s: each bullet is on its link’s first line',
    async (_, width, selector) => {
      const { context, page } = await widgetPage(
        { 'data-sections': 'faq compare' },
        { viewport: { width, height: 900 } },
      );
      const offsets = await bulletOffsets(page, selector);
      expect(offsets.length, 'some related question wraps').toBeGreaterThan(0);
      for (const item of offsets) expect(item.offset, item.text).toBeLessThanOrEqual(2);
      await context.close();
    },
  );

  it('the check’s "Read more" links: each bullet is on its link’s first line', async () => {
    const { context, page, w } = await widgetPage(
      { 'data-sections': 'faq quiz', 'data-country': 'US' },
      { viewport: { width: 375, height: 800 } },
    );
    const quiz = w.locator('section[aria-labelledby$="-quiz"]');
    const next = () => quiz.locator('button[type="submit"]').click();
    await quiz.locator('button').first().click(); // Start the check
    for (const answer of [1, 2, 0, 0]) {
      await quiz.locator('form input').nth(answer).check();
      await next();
    }
    await w.getByText('Read more in the questions and answers:').waitFor();
    const offsets = await bulletOffsets(page, 'section[aria-labelledby$="-quiz"] li');
    expect(offsets.length, 'some "Read more" link wraps').toBeGreaterThan(0);
    for (const item of offsets) expect(item.offset, item.text).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('the comparison in an ordinary content column', () => {
  it.each(['en', 'de', 'ru'])(
    '%s: no word broken at 750 to 1100 px, cards below 832 px, and a readable badge',
    async (lang) => {
      const { context, page } = await widgetPage({
        'data-sections': 'faq compare',
        'data-lang': lang,
      });
      const seen: string[] = [];
      for (const width of [750, 780, 800, 831, 832, 900, 1100]) {
        await page.evaluate((width) => {
          document.getElementById('w')!.style.width = `${width}px`;
        }, width);
        const layout = await page.evaluate(() => {
          const root = document.getElementById('w')!.shadowRoot!;
          const widget = root.querySelector<HTMLElement>('[lang]')!;
          const table = getComputedStyle(root.querySelector('table')!.parentElement!).display;
          const visible = table === 'none' ? 'ul[aria-label]' : 'table';
          const badge = root.querySelector(`${visible} th > span, ${visible} article > span`);
          return {
            visible,
            overflow: widget.scrollWidth > widget.clientWidth + 1,
            badge: badge ? parseFloat(getComputedStyle(badge).fontSize) : 0,
            badgeText: badge?.textContent,
          };
        });
        expect(layout.visible, `${width} px`).toBe(width < 832 ? 'ul[aria-label]' : 'table');
        expect(layout.overflow, `${width} px`).toBe(false);
        expect(layout.badge, `${width} px: ${layout.badgeText}`).toBeGreaterThanOrEqual(14);
        for (const word of await brokenWords(page, layout.visible)) seen.push(`${width}: ${word}`);
      }
      expect(seen).toEqual([]);
      await context.close();
    },
  );
});

/** The launcher button's box, its visible text and the viewport. */
const launcherBox = (page: Page) =>
  page.evaluate(() => {
    const button = document
      .querySelector('[data-clinic-widget]')!
      .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup="dialog"]')!;
    const rect = button.getBoundingClientRect();
    return {
      text: button.innerText,
      width: rect.width,
      height: rect.height,
      rect: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
      viewport: innerWidth,
    };
  });

const launcherReady = (page: Page) =>
  page.waitForFunction(() =>
    document
      .querySelector('[data-clinic-widget]')
      ?.shadowRoot?.querySelector('button[aria-haspopup="dialog"]'),
  );

describe('the launcher on a phone', () => {
  it('is a compact pill with the icon and a short label, named by what it shows', async () => {
    for (const [width, label] of [
      [375, 'Questions?'],
      [1024, 'Questions about your treatment?'],
    ] as const) {
      const context = await env.browser.newContext({ viewport: { width, height: 760 } });
      const { page } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
      await launcherReady(page);
      const box = await launcherBox(page);
      expect(box.text).toBe(label);
      // Its accessible name is the label it shows (WCAG 2.5.3), not both.
      expect(await page.getByRole('button', { name: label, exact: true }).count()).toBe(1);
      if (width === 375) {
        expect(box.height).toBeLessThanOrEqual(56);
        expect(box.width).toBeLessThan(0.6 * width);
      }
      await context.close();
    }
  });

  it('looks the same before it loads (the lazy placeholder) as after', async () => {
    const fixture = readFileSync(`${repoRoot}test/fixtures/lazy-launcher.html`, 'utf8');
    for (const width of [375, 1024]) {
      const context = await env.browser.newContext({ viewport: { width, height: 760 } });
      // The same page without data-lazy: the widget's own button, at once.
      await context.route('**/eager-launcher.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: fixture.replace('data-lazy', '') }),
      );
      const looks: { box: unknown; png: Buffer }[] = [];
      for (const path of ['lazy-launcher.html', 'eager-launcher.html']) {
        const { page } = await openPage(context, `${env.server.url}/test/fixtures/${path}`);
        await launcherReady(page);
        if (path.startsWith('eager'))
          await page.waitForFunction(() =>
            document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog'),
          );
        const button = page.locator('[data-clinic-widget] button[aria-haspopup="dialog"]');
        looks.push({ box: await launcherBox(page), png: await button.screenshot() });
        await page.close();
      }
      expect(looks[0]!.box, `${width} px`).toEqual(looks[1]!.box);
      expect(looks[0]!.png.equals(looks[1]!.png), `${width} px: the same pixels`).toBe(true);
      await context.close();
    }
  });

  it('looks the same before it loads as after when focused, in the dark scheme, bottom-left', async () => {
    // The placeholder's own sheet is pruned to the button's tokens: its focus ring (the accent's
    // dark-scheme ink), its scheme and its corner must still be the widget's.
    const fixture = readFileSync(`${repoRoot}test/fixtures/lazy-launcher.html`, 'utf8').replace(
      'data-accent="#6a1b9a"',
      'data-accent="#6a1b9a" data-color-scheme="dark" data-launcher-position="bottom-left"',
    );
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 760 } });
    await context.route('**/dark-lazy-launcher.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: fixture }),
    );
    await context.route('**/dark-eager-launcher.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: fixture.replace('data-lazy', '') }),
    );
    const looks: { box: unknown; png: Buffer }[] = [];
    for (const path of ['dark-lazy-launcher.html', 'dark-eager-launcher.html']) {
      const { page } = await openPage(context, `${env.server.url}/test/fixtures/${path}`);
      await launcherReady(page);
      if (path.includes('eager'))
        await page.waitForFunction(() =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog'),
        );
      await page.keyboard.press('Tab');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.activeElement?.localName ===
          'button',
      );
      const box = await launcherBox(page);
      // The ring is drawn outside the button (3 px wide, 3 px away): take some room around it.
      const { rect } = box as {
        rect: { top: number; left: number; bottom: number; right: number };
      };
      const png = await page.screenshot({
        clip: {
          x: rect.left - 10,
          y: rect.top - 10,
          width: rect.right - rect.left + 20,
          height: rect.bottom - rect.top + 20,
        },
      });
      looks.push({ box, png });
      await page.close();
    }
    expect(looks[0]!.box).toEqual(looks[1]!.box);
    expect(looks[0]!.png.equals(looks[1]!.png), 'the same pixels, focus ring and all').toBe(true);
    await context.close();
  });

  /** Every host link, focused by Tab: the ones that the launcher hides entirely. */
  async function hiddenFocus(page: Page) {
    const hidden: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active.shadowRoot || active === document.body) return null;
        const button = document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('button[aria-haspopup="dialog"]')!
          .getBoundingClientRect();
        const rect = active.getBoundingClientRect();
        const under =
          rect.left >= button.left &&
          rect.right <= button.right &&
          rect.top >= button.top &&
          rect.bottom <= button.bottom;
        return { text: active.textContent!.trim(), under };
      });
      if (seen?.under) hidden.push(seen.text);
    }
    return hidden;
  }

  it.each(['index.html', 'contact.html'])(
    'demo %s, scrolled to the end: the button covers neither the last line nor a focused link',
    async (file) => {
      const context: BrowserContext = await env.browser.newContext({
        viewport: { width: 375, height: 760 },
      });
      const { page } = await openPage(context, `${env.server.url}/demo/${file}`);
      await launcherReady(page);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const overlap = await page.evaluate(() => {
        const button = document
          .querySelector('[data-clinic-widget]')!
          .shadowRoot!.querySelector('button[aria-haspopup="dialog"]')!
          .getBoundingClientRect();
        const last = [...document.querySelectorAll('body *')]
          .filter((el) => el.closest('[data-clinic-widget]') === null)
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
          .at(-1)!;
        const range = document.createRange();
        range.selectNodeContents(last);
        return [...range.getClientRects()]
          .filter(
            (r) =>
              r.width > 0 &&
              r.left < button.right &&
              r.right > button.left &&
              r.top < button.bottom &&
              r.bottom > button.top,
          )
          .map(() => last.textContent!.trim());
      });
      expect(overlap).toEqual([]);
      expect(await hiddenFocus(page)).toEqual([]);
      await context.close();
    },
  );
});

/** Opens the launcher dialog of launcher.html, for a clinic in `country`. */
async function openDialog(width: number, attributes: Record<string, string>) {
  const context = await env.browser.newContext({ viewport: { width, height: 760 } });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/launcher.html`);
  await page.evaluate((attributes) => {
    const el = document.querySelector('[data-clinic-widget]')!;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  }, attributes);
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('dialog'),
  );
  await page.locator('[data-clinic-widget] button[aria-haspopup="dialog"]').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog [lang] h3'),
  );
  return { context, page, log };
}

describe('the launcher dialog', () => {
  it.each([375, 1024])(
    '%i px: the title is in the header bar beside Close, and the first screen has the emergency line',
    async (width) => {
      for (const [country, number] of [
        ['US', '911'],
        ['DE', '112'],
      ]) {
        const { context, page, log } = await openDialog(width, { 'data-country': country! });
        const seen = await page.evaluate(() => {
          const dialog = document
            .querySelector('[data-clinic-widget]')!
            .shadowRoot!.querySelector('dialog')!;
          const bar = dialog.firstElementChild!;
          const heading = bar.querySelector('h2');
          const close = bar.querySelector('button')!;
          const box = (el: Element) => el.getBoundingClientRect();
          const links = [...dialog.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
          const first = links[0];
          const screen = box(dialog);
          return {
            title: heading?.textContent,
            sameRow:
              !!heading &&
              box(heading).top < box(close).bottom &&
              box(close).top < box(heading).bottom,
            titles: [...dialog.querySelectorAll('h2')].length,
            numbers: [...new Set(links.map((a) => a.getAttribute('href')))],
            firstInView:
              !!first &&
              box(first).top >= screen.top &&
              box(first).bottom <= Math.min(screen.bottom, innerHeight),
            firstText: first?.closest('p')?.textContent,
          };
        });
        expect(seen.title).toBe('Exosome hair therapy: side effects and when to get help');
        expect(seen.sameRow).toBe(true);
        // The widget inside does not repeat its title.
        expect(seen.titles).toBe(1);
        // The number of the clinic's country, and no other.
        expect(seen.numbers).toContain(`tel:${number}`);
        expect(seen.numbers.filter((n) => /^tel:\d{3}$/.test(n!))).toEqual([`tel:${number}`]);
        expect(seen.firstInView, `${country}: the emergency line on the first screen`).toBe(true);
        expect(seen.firstText).toBe(`In an emergency, call ${number} now.`);
        expect(log.errors).toEqual([]);
        await context.close();
      }
    },
  );

  it('is drawn in the dark scheme too (its scroll bar and controls)', async () => {
    const { context, page } = await openDialog(375, { 'data-color-scheme': 'dark' });
    const scheme = await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('dialog')!,
        ).colorScheme,
    );
    expect(scheme).toBe('dark');
    await context.close();
  });
});

describe('the demo clinic pages', () => {
  it.each(['index.html', 'exosome-hair-therapy.html', 'contact.html'])(
    '%s: every block in the main column starts at the heading’s edge',
    async (file) => {
      for (const width of [1280, 375]) {
        const context = await env.browser.newContext({ viewport: { width, height: 800 } });
        const { page } = await openPage(context, `${env.server.url}/demo/${file}`);
        const edges = await page.evaluate(() => {
          const h1 = document.querySelector('main h1')!.getBoundingClientRect().left;
          // The blocks of <main> and of its sections; the cards' insides are boxed, and the
          // launcher's container takes no room.
          const blocks = [...document.querySelectorAll('main > *, main > section > *')].filter(
            (el) =>
              !el.matches('script, .cards > *, [data-mode="launcher"]') &&
              el.getClientRects().length,
          );
          return blocks
            .map((el) => ({
              what: `${el.localName}${el.className ? `.${el.className}` : ''}`,
              off: Math.round(el.getBoundingClientRect().left - h1),
            }))
            .filter((block) => block.off !== 0);
        });
        expect(edges, `${width} px`).toEqual([]);
        await context.close();
      }
    },
  );
});
