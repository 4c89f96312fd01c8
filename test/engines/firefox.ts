import puppeteer, { type KeyInput } from 'puppeteer-core';
import type { Engine, EnginePage, Key } from './engine';

/** Debian's firefox-esr, or FIREFOX_PATH. */
export const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const KEYS: Record<Key, KeyInput[]> = {
  Tab: ['Tab'],
  'Shift+Tab': ['Shift', 'Tab'],
  Enter: ['Enter'],
  Escape: ['Escape'],
  Space: [' '],
  ArrowDown: ['ArrowDown'],
};

/** Firefox through puppeteer-core over WebDriver BiDi (no download: the system browser). */
export async function firefoxEngine(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // No updates, telemetry or first-run pages reaching for the network.
    extraPrefsFirefox: { 'app.update.enabled': false, 'toolkit.telemetry.enabled': false },
  });
  return {
    name: 'firefox',
    async open(url, viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.goto(url);
      const enginePage: EnginePage = {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async press(key) {
          const [first, second] = KEYS[key];
          if (!second) return page.keyboard.press(first!);
          await page.keyboard.down(first!);
          await page.keyboard.press(second);
          await page.keyboard.up(first!);
        },
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      };
      return enginePage;
    },
    close: () => browser.close(),
  };
}
