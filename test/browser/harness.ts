import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** Repository root: fixtures are served from /test/fixtures/, the build from /dist/. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export { chromePath, launchChromium } from '../../scripts/chromium.mjs';

/** The strict policy the CSP fixtures are served with; the README lists the same directives. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types',
].join('; ');

export type HeaderRule = (urlPath: string) => Record<string, string> | undefined;

export async function startFixtureServer(headers?: HeaderRule, onRequest?: (path: string) => void) {
  return startStaticServer({ mounts: { '/': repoRoot }, headers, onRequest });
}

export interface PageLog {
  errors: string[];
  warnings: string[];
  /** CSP violations reported by the page's securitypolicyviolation event. */
  violations: string[];
}

/** Opens a page that records console errors and warnings, uncaught errors and CSP violations. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { errors: [], warnings: [], violations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__recordViolation', (text: string) => log.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __recordViolation(t: string): void }).__recordViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || event.sample}`,
      );
    });
  });
  await page.goto(url);
  return { page, log };
}

/** Waits until `selector` (default: every widget container) has rendered its widget. */
export async function waitForWidgets(page: Page, count = 1, selector = '[data-clinic-widget]') {
  await page.waitForFunction(
    ({ selector, count }) =>
      Array.from(document.querySelectorAll(selector)).filter((el) => {
        // Drawn completely: the widget's root (the first element with a language: the menu's
        // items have theirs too) is aria-busy until its first view's last stage.
        const root = el.shadowRoot?.querySelector('[lang]');
        return root && !root.hasAttribute('aria-busy');
      }).length >= count,
    { selector, count },
  );
}

/**
 * Picks a language in a widget's language menu with the pointer, as a visitor would: opens
 * the menu and clicks the language by its own name ("Español").
 */
export async function pickLanguage(page: Page, name: string, selector = '[data-clinic-widget]') {
  const widget = page.locator(selector).first();
  await widget.locator('button[aria-haspopup="menu"]').click();
  await widget.getByRole('menuitemradio', { name, exact: true }).click();
}

/** Text a visitor sees in the first widget (its shadow root's rendered text). */
export const widgetText = (page: Page, selector = '[data-clinic-widget]') =>
  page.evaluate(
    (selector) =>
      (document.querySelector(selector)?.shadowRoot?.querySelector('[lang]') as HTMLElement | null)
        ?.innerText ?? '',
    selector,
  );

/** One browser and one fixture server per test file, closed afterwards. */
export function useBrowser(headers?: HeaderRule) {
  const state = {} as {
    browser: Browser;
    server: Awaited<ReturnType<typeof startFixtureServer>>;
    requests: string[];
  };
  beforeAll(async () => {
    state.requests = [];
    state.server = await startFixtureServer(headers, (path) => state.requests.push(path));
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/** Computed styles of elements inside the first widget's shadow root. */
export const shadowStyles = (page: Page, selector: string, properties: readonly string[]) =>
  page.evaluate(
    ({ selector, properties }) => {
      const root = document.querySelector('[data-clinic-widget]')!.shadowRoot!;
      const element = root.querySelector(selector)!;
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    },
    { selector, properties },
  );

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core over the whole page (it descends into open shadow roots). */
export async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary),
    }));
  }, WCAG_TAGS);
}
