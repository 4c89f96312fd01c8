/**
 * Fault injection: each lazily loaded dist/ file in turn is blocked, refused (404, 500),
 * stalled, truncated, replaced by garbage or by a module that throws. Whatever happens, the
 * visitor sees the emergency line, nothing throws into the host page, and once the network is
 * back a retry (the widget's "Try again", or the browser going back online) brings the
 * feature back: retries ask at a new address, so the browser's module map cannot hold on to
 * the bad copy. Pages run side by side in one browser; a stall is a route the test releases.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser, widgetText, type PageLog } from './harness';

const env = useBrowser();

const FAULTS = ['abort', '404', '500', 'stall', 'truncated', 'garbage', 'throws'] as const;
type Fault = (typeof FAULTS)[number];

const EMERGENCY = 'In an emergency, call';

/**
 * Routes requests for `file` (a regular expression on the path) through `fault` until
 * `restore()` is called; a stalled request waits for it too. After that, the real file. A
 * JSON file (the clinic's content) gets JSON's faults: garbage is not JSON, and the body that
 * "throws" is JSON built to trip a naive reader (only `__proto__` and `constructor` keys).
 */
async function inject(context: BrowserContext, file: RegExp, fault: Fault, json = false) {
  let broken = true;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const hits: string[] = [];
  await context.route(
    (url) => file.test(url.pathname),
    async (route: Route) => {
      hits.push(route.request().url());
      if (!broken) return route.continue();
      if (fault === 'abort') return route.abort('internetdisconnected');
      if (fault === '404' || fault === '500')
        return route.fulfill({ status: Number(fault), body: 'Not here' });
      if (fault === 'stall') {
        await released;
        return route.continue();
      }
      const type = json
        ? { status: 200, contentType: 'application/json' }
        : { status: 200, contentType: 'text/javascript' };
      if (fault === 'garbage')
        return route.fulfill({
          ...type,
          body: json ? '@@ not JSON @@ <html>' : '@@ not a module @@ <html>',
        });
      if (fault === 'throws')
        return route.fulfill({
          ...type,
          body: json
            ? '{"__proto__": {"en": {"meta": 1}}, "constructor": {"prototype": {}}}'
            : 'throw new Error("injected failure");',
        });
      const real = await route.fetch();
      const body = await real.text();
      return route.fulfill({ ...type, body: body.slice(0, Math.floor(body.length / 2)) });
    },
  );
  return {
    hits,
    restore() {
      broken = false;
      release();
    },
  };
}

/** The first widget's rendered text. */
const textOf = (page: Page) => widgetText(page, '[data-clinic-widget]');

/** The widget's shadow root text, waited on until it contains `text`. */
const waitForText = (page: Page, text: string, selector = '[data-clinic-widget]') =>
  page.waitForFunction(
    ({ text, selector }) =>
      (
        (
          document
            .querySelector(selector)
            ?.shadowRoot?.querySelector('[lang]') as HTMLElement | null
        )?.innerText ?? ''
      ).includes(text),
    { text, selector },
  );

/** Presses a button of the widget by its text. */
const press = (page: Page, name: string | RegExp) =>
  page.locator('[data-clinic-widget]').getByRole('button', { name }).first().click();

/** Picks a language in the widget's menu. */
const pick = (page: Page, tag: string) =>
  page.locator('[data-clinic-widget]').first().locator('select').selectOption(tag);

/** Something the visitor (or the host page) can see: checked now, without waiting. */
type Check = (page: Page, log: PageLog) => Promise<boolean>;

const shows =
  (text: string): Check =>
  async (page) =>
    (await textOf(page)).includes(text);

/** What a case needs: the file to break, the page, how the feature fails and recovers. */
interface Case {
  file: RegExp;
  /** A fixture page, or the data-* attributes of a container added to dynamic.html. */
  page: string | Record<string, string>;
  /** The clinic's JSON, not a module: JSON's faults, and no module map to get around. */
  json?: boolean;
  /** What the feature shows once it works. */
  works: Check;
  /** What the visitor sees while the file fails (not stalls): checked once it has failed. */
  failed: Check;
  /** Before the file is asked for (the check's later screens load on "Start the check"). */
  trigger?: (page: Page) => Promise<void>;
  /** After the network is back: what the visitor (or the browser) does. */
  recover: (page: Page) => Promise<unknown>;
}

const tryAgain = (page: Page) => press(page, 'Try again');
const FAILED_SECTION = 'Sorry, this information cannot be shown right now';
const SHIPPED_TITLE = 'Exosome hair therapy: side effects and when to get help';
const CLINIC_TITLE = 'Riverside Clinic: your questions after scalp treatment';
const CLINIC_CONTENT = { 'data-content-url': '/test/fixtures/clinic-content.json' };
/** The search engine's results mark the words found; the plain fallback marks nothing. */
const searchRanks: Check = (page) =>
  page.evaluate(
    () => !!document.querySelector('[data-clinic-widget]')?.shadowRoot?.querySelector('mark'),
  );
const searchBox = (page: Page) => page.locator('[data-clinic-widget] input[type="search"]');
const search = async (page: Page) => {
  await waitForText(page, EMERGENCY);
  await searchBox(page).fill('swelling');
};
/** A language there and back: the widget draws again, and asks for what failed again. */
const redraw = async (page: Page) => {
  await pick(page, 'es');
  await waitForText(page, 'En una emergencia');
  await pick(page, 'en');
};
const jsonLdIn =
  (lang: string): Check =>
  (page) =>
    page.evaluate(
      (lang) =>
        Array.from(document.head.querySelectorAll('script[type="application/ld+json"]')).some(
          (script) => script.textContent?.includes(`"inLanguage":"${lang}"`),
        ),
      lang,
    );

const CASES: Record<string, Case> = {
  'the check (chunks/quiz-*)': {
    file: /\/dist\/chunks\/quiz-(?!steps)[\w-]+\.js$/,
    page: '/test/fixtures/plain.html',
    works: shows('Start the check'),
    failed: shows(FAILED_SECTION),
    recover: tryAgain,
  },
  'the check’s steps (chunks/quiz-steps-*)': {
    file: /\/dist\/chunks\/quiz-steps-[\w-]+\.js$/,
    page: '/test/fixtures/plain.html',
    works: shows('Step 1 of'),
    failed: shows(FAILED_SECTION),
    trigger: (page) => press(page, 'Start the check'),
    recover: tryAgain,
  },
  'the comparison (chunks/compare-*)': {
    file: /\/dist\/chunks\/compare-[\w-]+\.js$/,
    page: '/test/fixtures/plain.html',
    works: shows('Choose 2 or 3 treatments'),
    failed: shows(FAILED_SECTION),
    recover: tryAgain,
  },
  'the launcher (chunks/launcher-*)': {
    file: /\/dist\/chunks\/launcher-[\w-]+\.js$/,
    page: '/test/fixtures/launcher.html',
    works: shows('Questions about your treatment?'),
    // Without the dialog's code, the widget is shown in its container.
    failed: shows('Questions and answers'),
    recover: async (page) => {
      await page.evaluate(() => dispatchEvent(new Event('online')));
    },
  },
  'translation (chunks/translation-*)': {
    file: /\/dist\/chunks\/translation-[\w-]+\.js$/,
    page: '/test/fixtures/spanish.html',
    works: shows('En una emergencia'),
    failed: shows('Questions and answers'),
    recover: (page) => pick(page, 'es'),
  },
  'the language files’ check (chunks/template-merge-*)': {
    file: /\/dist\/chunks\/template-merge-[\w-]+\.js$/,
    page: '/test/fixtures/spanish.html',
    works: shows('En una emergencia'),
    failed: shows('Questions and answers'),
    recover: (page) => pick(page, 'es'),
  },
  'a language (locales/es.js)': {
    file: /\/dist\/locales\/es\.js$/,
    page: '/test/fixtures/spanish.html',
    works: shows('En una emergencia'),
    failed: shows('Questions and answers'),
    recover: (page) => pick(page, 'es'),
  },
  'the search (chunks/search-results-*)': {
    file: /\/dist\/chunks\/search-results-[\w-]+\.js$/,
    page: { 'data-sections': 'faq' },
    works: searchRanks,
    // Search still finds the words as typed.
    failed: shows('Can the treatment cause an allergic reaction?'),
    trigger: search,
    recover: async (page) => {
      await searchBox(page).blur();
      await searchBox(page).focus();
    },
  },
  'the search’s words (chunks/search-*)': {
    file: /\/dist\/chunks\/search-(?!results)[\w-]+\.js$/,
    page: { 'data-sections': 'faq' },
    works: searchRanks,
    failed: shows('Can the treatment cause an allergic reaction?'),
    trigger: search,
    recover: async (page) => {
      await searchBox(page).blur();
      await searchBox(page).focus();
    },
  },
  'structured data (chunks/structured-data-*)': {
    file: /\/dist\/chunks\/structured-data-[\w-]+\.js$/,
    page: { 'data-sections': 'faq', 'data-structured-data': '' },
    works: jsonLdIn('es'),
    // Nothing for the visitor to miss: the FAQ is there, the page has no JSON-LD.
    failed: async (page) =>
      (await shows('Questions and answers')(page, {} as PageLog)) &&
      !(await jsonLdIn('en')(page, {} as PageLog)),
    recover: (page) => pick(page, 'es'),
  },
  'clinic content code (chunks/custom-content-*)': {
    file: /\/dist\/chunks\/custom-content-[\w-]+\.js$/,
    page: CLINIC_CONTENT,
    works: shows(CLINIC_TITLE),
    failed: shows(SHIPPED_TITLE),
    recover: redraw,
  },
  'the clinic’s content (data-content-url)': {
    file: /\/test\/fixtures\/clinic-content\.json$/,
    page: CLINIC_CONTENT,
    json: true,
    works: shows(CLINIC_TITLE),
    failed: shows(SHIPPED_TITLE),
    recover: redraw,
  },
  'option warnings (chunks/option-warnings-*)': {
    file: /\/dist\/chunks\/option-warnings-[\w-]+\.js$/,
    page: { 'data-color-scheme': 'purple' },
    // The console names what is accepted; meanwhile a shorter warning names the option.
    works: async (_page, log) =>
      log.warnings.some((w) => w.includes('data-color-scheme') && w.includes('one of')),
    failed: async (page, log) =>
      (await shows('Questions and answers')(page, log)) &&
      log.warnings.some((w) => w.includes('"data-color-scheme" (details could not be loaded)')),
    // A later change to the options asks for the words again.
    recover: async (page) => {
      await page.evaluate(() =>
        document.querySelector('[data-clinic-widget]')!.setAttribute('data-heading-level', '9'),
      );
    },
  },
};

/** Opens a case's page: a fixture, or dynamic.html with the case's container added. */
async function openCase(context: BrowserContext, item: Case) {
  const opened = await openPage(
    context,
    `${env.server.url}${typeof item.page === 'string' ? item.page : '/test/fixtures/dynamic.html'}`,
  );
  if (typeof item.page !== 'string')
    await opened.page.evaluate((attributes) => {
      const container = document.createElement('div');
      container.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
      document.getElementById('app')!.append(container);
    }, item.page);
  return opened;
}

const until = (check: Check, page: Page, log: PageLog) =>
  expect.poll(() => check(page, log), { timeout: 30_000 }).toBe(true);

describe.concurrent('a lazily loaded file fails, then the network is back', () => {
  for (const [name, item] of Object.entries(CASES)) {
    for (const fault of FAULTS) {
      it(`${name}: ${fault}`, async () => {
        const context = await env.browser.newContext();
        const fault$ = await inject(context, item.file, fault, item.json);
        const { page, log } = await openCase(context, item);
        try {
          await item.trigger?.(page);
          // Whatever the file does, the emergency line is there (English without the
          // translation code). The launcher's is in its dialog: without the dialog's code the
          // widget is shown in its container; while that code is on its way, only later.
          if (!(fault === 'stall' && item.page === '/test/fixtures/launcher.html'))
            await waitForText(page, EMERGENCY);
          if (fault === 'stall') {
            expect(await item.works(page, log)).toBe(false);
            fault$.restore();
            await until(item.works, page, log);
          } else {
            await until(item.failed, page, log);
            fault$.restore();
            await item.recover(page);
            await until(item.works, page, log);
            if (!item.json && fault !== 'abort' && fault !== '404' && fault !== '500')
              // A bad body stays in the module map: the retry had to use a new address.
              expect(fault$.hits.some((url) => /\?retry=\d+$/.test(url))).toBe(true);
          }
          expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('what the visitor sees while a file fails', () => {
  it('a failed section says so, with a retry button, and keeps the FAQ and the emergency line', async () => {
    const context = await env.browser.newContext();
    const fault = await inject(context, CASES['the comparison (chunks/compare-*)']!.file, '404');
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForText(page, 'Try again');
    const text = await widgetText(page);
    expect(text).toContain('Questions and answers');
    expect(text).toContain('Sorry, this information cannot be shown right now');
    expect(text).toContain(EMERGENCY);
    expect(log.errors.some((e) => e.includes('[clinic-widget] The compare code'))).toBe(true);
    fault.restore();
    await context.close();
  });

  it('"Start the check" shows that the next screen is loading while its file is slow', async () => {
    const context = await env.browser.newContext();
    const fault = await inject(
      context,
      CASES['the check’s steps (chunks/quiz-steps-*)']!.file,
      'stall',
    );
    const { page } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForText(page, 'Start the check');
    await press(page, 'Start the check');
    await waitForText(page, 'Loading');
    fault.restore();
    await waitForText(page, 'Step 1 of');
    await context.close();
  });
});

describe('hostile calls and targets', () => {
  it('no call throws into the page, and a bad queued call leaves the others alone', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The documented inline stub, with a bad entry first in its queue.
    await page.addInitScript(() => {
      const stub = function (...args: unknown[]) {
        (stub.q = stub.q || []).push(args);
      } as { (...args: unknown[]): void; q?: unknown[] };
      (window as unknown as { ClinicWidget: unknown }).ClinicWidget = stub;
      stub.q = [null as unknown as unknown[]];
      // An element, not a selector: the queue may be replayed before or after the page's
      // parser reaches </body>, and a mount() of a detached element waits for it to be added.
      const extra = document.createElement('div');
      extra.id = 'extra';
      stub('mount', extra, { clinicName: 'Queued Clinic' });
      document.addEventListener('DOMContentLoaded', () => document.body.append(extra));
    });
    await page.goto(`${env.server.url}/test/fixtures/plain.html`);
    await waitForText(page, 'Queued Clinic', '#extra');
    const results = await page.evaluate(() => {
      const api = (window as unknown as { ClinicWidget: (...a: unknown[]) => unknown })
        .ClinicWidget as ((...a: unknown[]) => unknown) & {
        mount(t: unknown, o?: unknown): { update(o: unknown): void; unmount(): void };
      };
      const hostile: unknown[] = [
        {
          toString() {
            throw new Error('toString');
          },
        },
        Object.create(null),
        new Proxy(
          {},
          {
            get() {
              throw new Error('get');
            },
            ownKeys() {
              throw new Error('ownKeys');
            },
          },
        ),
      ];
      const thrown: string[] = [];
      const attempt = (what: string, call: () => unknown) => {
        try {
          call();
        } catch (error) {
          thrown.push(`${what}: ${String(error)}`);
        }
      };
      for (const value of hostile) {
        attempt('ClinicWidget(x)', () => api(value));
        attempt('mount(x)', () => api.mount(value));
        attempt('mount(div, x)', () => {
          const div = document.createElement('div');
          document.body.append(div);
          api.mount(div, value).update(value);
        });
      }
      return thrown;
    });
    expect(results).toEqual([]);
    expect(errors).toEqual([]);
    // The container in the page still got its widget.
    await waitForText(page, EMERGENCY);
    await context.close();
  });

  it('a throwing options getter never stops other containers from mounting', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForText(page, EMERGENCY);
    await page.evaluate(() => {
      const api = (window as unknown as { ClinicWidget: { mount(t: Element, o: object): void } })
        .ClinicWidget;
      const first = document.createElement('div');
      document.body.append(first);
      let reads = 0;
      api.mount(first, {
        get clinicName() {
          reads += 1;
          if (reads > 1) throw new Error('later read');
          return 'Getter Clinic';
        },
      });
      // Later page changes: a batch with a new container and a change to the first one.
      const second = document.createElement('div');
      second.id = 'second';
      second.setAttribute('data-clinic-widget', '');
      first.setAttribute('data-clinic-name', 'Changed');
      document.body.append(second);
    });
    await waitForText(page, EMERGENCY, '#second');
    expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });

  it('refuses <body>, <html>, <head> and another widget’s insides; unmount shows the container’s own content again', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/test/fixtures/plain.html`);
    await waitForText(page, EMERGENCY);
    const outcome = await page.evaluate(() => {
      const api = (
        window as unknown as {
          ClinicWidget: { mount(t: Element, o?: object): { unmount(): void } };
        }
      ).ClinicWidget;
      api.mount(document.body);
      api.mount(document.documentElement);
      api.mount(document.head);
      const inner = document.querySelector('[data-clinic-widget]')!.shadowRoot!.querySelector('p')!;
      api.mount(inner);
      const own = document.createElement('div');
      own.id = 'own';
      const fallback = document.createElement('span');
      fallback.textContent = 'Call the clinic on 555 0100';
      own.append(fallback);
      document.body.append(own);
      const handle = api.mount(own);
      return {
        handle: !!handle,
        bodyRoot: !!document.body.shadowRoot,
        htmlRoot: !!document.documentElement.shadowRoot,
      };
    });
    expect(outcome).toEqual({ handle: true, bodyRoot: false, htmlRoot: false });
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(log.warnings.filter((w) => w.includes('would cover the page'))).toHaveLength(4);
    // The widget in the page is untouched.
    expect(await widgetText(page)).toContain(EMERGENCY);
    await waitForText(page, EMERGENCY, '#own');
    expect(await page.getByText('Call the clinic on 555 0100').isVisible()).toBe(false);
    await page.evaluate(() =>
      (window as unknown as { ClinicWidget: { unmount(t: string): void } }).ClinicWidget.unmount(
        '#own',
      ),
    );
    expect(await page.getByText('Call the clinic on 555 0100').isVisible()).toBe(true);
    await context.close();
  });
});
