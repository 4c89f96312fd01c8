import { describe, expect, it } from 'vitest';
import { FONT_STACK } from '../../src/styles/font';
import { FIRST_VIEW_TYPE } from '../../src/styles/font-warmup';
import { openPage, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

/** "weight px" of each entry the loader warms (src/styles/font-warmup.ts). */
const warmed = FIRST_VIEW_TYPE.split(',').flatMap((group) => {
  const [weight, ...sizes] = group.split(' ');
  return sizes.map((size) => `${weight} ${size}`);
});

interface Measured {
  __measured: string[];
}

/** An init script: records the font and text of every offscreen canvas's measureText call. */
function recordMeasuredFonts() {
  const fonts: string[] = ((window as unknown as Measured).__measured = []);
  const measure = OffscreenCanvasRenderingContext2D.prototype.measureText;
  OffscreenCanvasRenderingContext2D.prototype.measureText = function (text) {
    fonts.push(`${this.font}|${text}`);
    return measure.call(this, text);
  };
}

/** The weights and sizes the plain page's complete first view draws at `width`. */
async function firstView(width: number) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
  await waitForWidgets(page);
  const drawn = await page.evaluate(() => {
    const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
    const found = new Set<string>();
    const families = new Set<string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent!.trim() || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      found.add(`${style.fontWeight} ${parseFloat(style.fontSize)}`);
      families.add(style.fontFamily);
    }
    return { type: [...found].sort(), families: [...families] };
  });
  expect(log.errors).toEqual([]);
  await context.close();
  return drawn;
}

describe("the loader's font warm-up", () => {
  it('warms every weight and size the first view draws, in its font, and nothing else', async () => {
    const phone = await firstView(412);
    const desktop = await firstView(1280);
    for (const view of [phone, desktop]) {
      // Every text drawn is in a weight and size the loader warmed...
      expect(view.type.filter((entry) => !warmed.includes(entry))).toEqual([]);
      // ...in the font stack it warmed (Chromium writes the family list as it was given).
      expect(view.families).toEqual([FONT_STACK]);
    }
    // ...and every entry warmed is drawn at one of the two widths.
    const drawn = new Set([...phone.type, ...desktop.type]);
    expect(warmed.filter((entry) => !drawn.has(entry))).toEqual([]);
  });

  it('measures each entry once on an offscreen canvas, one per idle moment, adding nothing to the page', async () => {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 900 } });
    await context.addInitScript(recordMeasuredFonts);
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForWidgets(page);
    const measured = () => page.evaluate(() => (window as unknown as Measured).__measured);
    // Idle callbacks: the last weight may come after the widget is drawn.
    await expect
      .poll(async () => (await measured()).length, { timeout: 15_000 })
      .toBe(warmed.length);
    const canonical = (font: string) => font.replace(/"/g, '');
    expect((await measured()).map(canonical)).toEqual(
      warmed.map((entry) => {
        const [weight, size] = entry.split(' ');
        // A canvas reads its font back as CSS serialises it: 400 left out, 700 as bold.
        const written = { '400': '', '700': 'bold ' }[weight!] ?? `${weight} `;
        return canonical(`${written}${size}px ${FONT_STACK}|Aa`);
      }),
    );
    // No element is made for it: the soak and leak tests count the document's nodes.
    expect(await page.evaluate(() => document.querySelectorAll('canvas').length)).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
