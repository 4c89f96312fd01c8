import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import type { Engine, EnginePage, Key } from './engine';

const KEYS: Record<Key, string> = {
  Tab: 'Tab',
  'Shift+Tab': 'Shift+Tab',
  Enter: 'Enter',
  Escape: 'Escape',
  Space: 'Space',
  ArrowDown: 'ArrowDown',
};

/** Chromium through playwright-core, as the rest of the browser tests drive it. */
export async function chromiumEngine(): Promise<Engine> {
  const browser: Browser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(url);
      const enginePage: EnginePage = {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        press: (key) => page.keyboard.press(KEYS[key]),
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      };
      return enginePage;
    },
    close: () => browser.close(),
  };
}
