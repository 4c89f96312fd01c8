// The system Chromium the browser tests and the benchmark drive through playwright-core: the
// browser at CHROME_PATH, else Debian's /usr/bin/chromium, with the flags this kind of machine
// needs (no sandbox, no GPU, no network of its own). Nothing is ever downloaded.
import { chromium } from 'playwright-core';

export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Without it each new window starts an omnibox renderer: about 0.9 s of CPU during each
  // first view on the bench machine, noise in every figure (and load on a busy test run).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export const launchChromium = () =>
  chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
