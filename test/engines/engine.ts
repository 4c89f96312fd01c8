/**
 * What the cross-engine scenarios need from a browser, and nothing more: open a page at a
 * viewport size, run a function in it, press keys. One small adapter per engine implements it
 * (chromium.ts over playwright-core, firefox.ts over puppeteer-core and WebDriver BiDi,
 * webkit.ts over W3C WebDriver), so every scenario runs unchanged in all three.
 */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Escape' | 'Space' | 'ArrowDown';

export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  /** Runs `fn(arg)` in the page (it must be self-contained) and returns its JSON result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>>;
  /** Presses a key as a visitor would: a trusted key event on what has focus. */
  press(key: Key): Promise<void>;
  /** A PNG of the viewport as it is drawn now (for the gallery, `npm run screenshots`). */
  screenshot(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  open(url: string, viewport: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engines to run: all three, or those named in ENGINES (e.g. ENGINES=webkit). */
export function selectedEngines(env = process.env.ENGINES): EngineName[] {
  if (!env) return [...ENGINE_NAMES];
  const names = env.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')}`);
  return names as EngineName[];
}

/** Polls `fn(arg)` in the page until it returns something truthy, and returns that. */
export async function waitUntil<A, R>(
  page: EnginePage,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  what: string,
  timeout = 30_000,
): Promise<Awaited<R>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
