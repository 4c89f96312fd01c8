/**
 * Fault injection, table-driven: each lazily loaded dist/ file (and a clinic's content URL) in
 * turn is blocked, refused (404, 500), stalled, truncated, replaced by garbage or by a module
 * that throws; one case per file and fault (CASES × FAULTS). Whatever happens, the visitor sees
 * the emergency line and what the case says (`failed`), nothing throws into the host page, and
 * once the network is back the visitor's next step (the widget's "Try again", a language
 * choice, the search box, the browser going back online) brings the feature back (`works`):
 * retries ask at a new address, so the browser's module map cannot hold on to a bad copy.
 * Pages run side by side in one browser, one context each; a stall is a route the test holds
 * and releases. Then: hostile API calls and targets, and content over the limits.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openPage, pickLanguage, repoRoot, useBrowser, widgetText, type PageLog } from './harness';

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
/** Picks a language in the first widget's menu, by its tag. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español', fr: 'Français' };
const pick = (page: Page, tag: string) => pickLanguage(page, LANGUAGE_NAMES[tag] ?? tag);

/** Something the visitor (or the host page) can see: checked now, without waiting. */
type Check = (page: Page, log: PageLog) => Promise<boolean>;

const shows =
  (text: string): Check =>
  async (page) =>
    (await textOf(page)).includes(text);

/** The widget said so in the console (what tells the failure from a first paint). */
const logged =
  (text: string): Check =>
  async (_page, log) =>
    [...log.errors, ...log.warnings].some((line) => line.includes(text));

const both =
  (one: Check, other: Check): Check =>
  async (page, log) =>
    (await one(page, log)) && (await other(page, log));

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
  /**
   * Once it works: the visitor's next step and what it shows, when that step loads a file of
   * its own. A file loaded after the broken one must not be held back by its bad copy.
   */
  then?: { step: (page: Page) => Promise<unknown>; works: Check };
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
/** The FAQPage JSON-LD is in the host page's <head>. */
const hasJsonLd: Check = (page) =>
  page.evaluate(() => !!document.head.querySelector('script[type="application/ld+json"]'));

const CASES: Record<string, Case> = {
  'the check (chunks/quiz-*)': {
    file: /\/dist\/chunks\/quiz-(?!steps)[\w-]+\.js$/,
    page: '/test/fixtures/plain.html',
    works: shows('Start the check'),
    failed: shows(FAILED_SECTION),
    recover: tryAgain,
    // The later screens' chunk comes after the start screen's: it must load and work too.
    then: { step: (page) => press(page, 'Start the check'), works: shows('Step 1 of') },
  },
  // A container added after the loader ran: the chunk comes without a preload's integrity
  // check, so a bad body reaches the module map as a module that fails to parse or throws.
  'the check, added later (chunks/quiz-*)': {
    file: /\/dist\/chunks\/quiz-(?!steps)[\w-]+\.js$/,
    page: { 'data-sections': 'quiz' },
    works: shows('Start the check'),
    failed: shows(FAILED_SECTION),
    recover: tryAgain,
    then: { step: (page) => press(page, 'Start the check'), works: shows('Step 1 of') },
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
    failed: both(shows('Questions and answers'), logged('showing English')),
    recover: (page) => pick(page, 'es'),
  },
  'the language files’ check (chunks/template-merge-*)': {
    file: /\/dist\/chunks\/template-merge-[\w-]+\.js$/,
    page: '/test/fixtures/spanish.html',
    works: shows('En una emergencia'),
    failed: both(shows('Questions and answers'), logged('Could not load the "es" language file')),
    recover: (page) => pick(page, 'es'),
  },
  'a language (locales/es.js)': {
    file: /\/dist\/locales\/es\.js$/,
    page: '/test/fixtures/spanish.html',
    works: shows('En una emergencia'),
    failed: both(shows('Questions and answers'), logged('Could not load the "es" language file')),
    recover: (page) => pick(page, 'es'),
  },
  'the search (chunks/search-results-*)': {
    file: /\/dist\/chunks\/search-results-[\w-]+\.js$/,
    page: { 'data-sections': 'faq' },
    works: searchRanks,
    // Search still finds the words as typed.
    failed: both(shows('found'), logged('Search failed')),
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
    failed: both(shows('found'), logged('Search failed')),
    trigger: search,
    recover: async (page) => {
      await searchBox(page).blur();
      await searchBox(page).focus();
    },
  },
  'structured data (chunks/structured-data-*)': {
    file: /\/dist\/chunks\/structured-data-[\w-]+\.js$/,
    page: { 'data-sections': 'faq', 'data-structured-data': '' },
    works: hasJsonLd,
    // Nothing for the visitor to miss: the FAQ is there, the page has no JSON-LD.
    failed: both(
      logged('The structured data could not be added'),
      async (page, log) =>
        (await shows('Questions and answers')(page, log)) && !(await hasJsonLd(page, log)),
    ),
    recover: (page) => pick(page, 'es'),
  },
  'clinic content code (chunks/custom-content-*)': {
    file: /\/dist\/chunks\/custom-content-[\w-]+\.js$/,
    page: CLINIC_CONTENT,
    works: shows(CLINIC_TITLE),
    failed: both(shows(SHIPPED_TITLE), logged('clinic content could not be loaded')),
    recover: redraw,
  },
  'the clinic’s content (data-content-url)': {
    file: /\/test\/fixtures\/clinic-content\.json$/,
    page: CLINIC_CONTENT,
    json: true,
    works: shows(CLINIC_TITLE),
    failed: both(shows(SHIPPED_TITLE), logged("The clinic's own content")),
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
    // A later problem with the options asks for the words again.
    recover: async (page) => {
      await page.evaluate(() =>
        document.querySelector('[data-clinic-widget]')!.setAttribute('data-heading-level', '9'),
      );
    },
  },
};

/** Opens a case's page: a fixture, or dynamic.html with the case's container added. */
async function openCase(context: BrowserContext, where: Case['page']) {
  const opened = await openPage(
    context,
    `${env.server.url}${typeof where === 'string' ? where : '/test/fixtures/dynamic.html'}`,
  );
  if (typeof where !== 'string')
    await opened.page.evaluate((attributes) => {
      const container = document.createElement('div');
      container.setAttribute('data-clinic-widget', '');
      for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
      document.getElementById('app')!.append(container);
    }, where);
  return opened;
}

/** Waits for `check`; `expect` is the test's own (concurrent tests each have theirs). */
const until = (expect: ExpectStatic, check: Check, page: Page, log: PageLog) =>
  expect.poll(() => check(page, log), { timeout: 30_000 }).toBe(true);

describe.concurrent('a lazily loaded file fails, then the network is back', () => {
  for (const [name, item] of Object.entries(CASES)) {
    for (const fault of FAULTS) {
      it(`${name}: ${fault}`, async ({ expect }) => {
        const context = await env.browser.newContext();
        const fault$ = await inject(context, item.file, fault, item.json);
        const { page, log } = await openCase(context, item.page);
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
            await until(expect, item.works, page, log);
          } else {
            await until(expect, item.failed, page, log);
            fault$.restore();
            await item.recover(page);
            await until(expect, item.works, page, log);
            if (!item.json && fault !== 'abort' && fault !== '404' && fault !== '500')
              // A bad body stays in the module map: the retry had to use a new address.
              expect(fault$.hits.some((url) => /\?retry=\d+$/.test(url))).toBe(true);
          }
          if (item.then) {
            await item.then.step(page);
            await until(expect, item.then.works, page, log);
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

describe('content over the limits, and content with nothing in it', () => {
  const MAX_BYTES = 2_000_000;
  const english = JSON.parse(
    readFileSync(join(repoRoot, 'src/i18n/locales/en/content.json'), 'utf8'),
  ) as { faq: { categories: { id: string }[]; items: unknown[] } };
  const withItems = (items: unknown[]) => ({
    en: { ...english, faq: { ...english.faq, items } },
  });
  const question = (i: number, padding = '') => ({
    id: `q${i}`,
    category: english.faq.categories[0]!.id,
    question: `Question ${i}?`,
    answer: `An answer.${padding}`,
  });
  /** Each file, built when a test asks for it (the 50 MB one only in its own test). */
  const FILES: Record<string, () => string> = {
    // 50 MB and 20,000 questions: the file that froze a host page for 14 s.
    'huge.json': () =>
      JSON.stringify(
        withItems(Array.from({ length: 20_000 }, (_, i) => question(i, ' more'.repeat(500)))),
      ),
    // Just over the limit: sent as it is, its Content-Length says so.
    'large.json': () =>
      JSON.stringify(
        withItems(Array.from({ length: 150 }, (_, i) => question(i, ' more'.repeat(3_000)))),
      ),
    // Small enough to download, too many questions to show.
    'many.json': () =>
      JSON.stringify(withItems(Array.from({ length: 20_000 }, (_, i) => question(i)))),
    // Within every limit, with 40,000 unknown fields: as many problems.
    'problems.json': () =>
      JSON.stringify(
        withItems(
          Array.from({ length: 200 }, (_, i) => ({
            ...question(i),
            ...Object.fromEntries(Array.from({ length: 195 }, (_, f) => [`field${f}`, f])),
          })),
        ),
      ),
    'null.json': () => 'null',
    'proto.json': () => '{"__proto__": {"en": {"meta": {}}}, "constructor": {"prototype": {}}}',
  };

  /** dynamic.html with one widget reading `file`, the page's JSON.parse calls measured. */
  /**
   * Where the 50 MB file comes from: a server of its own, streaming it, since a routed body
   * crosses to the browser whole before the page sees a byte (slower than the widget's 10 s
   * wait on a busy machine). The route hands the request over to it. It counts what it sent.
   */
  const huge = { url: '', sent: 0, closed: false, close: async () => {} };
  let hugeBody: Buffer | null = null;
  beforeAll(async () => {
    const server = createServer((request, response) => {
      const body = (hugeBody ??= Buffer.from(FILES['huge.json']!()));
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(request.url?.includes('announced') ? { 'content-length': String(body.length) } : {}),
      });
      huge.sent = 0;
      huge.closed = false;
      let offset = 0;
      const pump = () => {
        while (offset < body.length) {
          const part = body.subarray(offset, (offset += 256 * 1024));
          huge.sent += part.length;
          if (!response.write(part)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => {
        offset = body.length;
        huge.closed = true;
      });
      pump();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    huge.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    huge.close = () => new Promise((done) => server.close(() => done()));
  });
  afterAll(() => huge.close());

  async function open(file: string, query = '') {
    const text = file === 'huge.json' ? '' : FILES[file]!();
    const context = await env.browser.newContext();
    await context.route('**/limits/*.json', (route) =>
      file === 'huge.json'
        ? route.continue({ url: `${huge.url}/huge.json${query}` })
        : route.fulfill({ status: 200, contentType: 'application/json', body: text }),
    );
    // The proxy for "the page froze": how much text JSON.parse was ever given.
    await context.addInitScript(() => {
      const parse = JSON.parse;
      const sizes: number[] = [];
      (window as unknown as { __parsed: number[] }).__parsed = sizes;
      JSON.parse = function (this: JSON, text: string, reviver?: Parameters<typeof parse>[1]) {
        sizes.push(String(text).length);
        return parse.call(this, text, reviver);
      } as typeof JSON.parse;
    });
    const { page, log } = await openCase(context, { 'data-content-url': `/limits/${file}` });
    await waitForText(page, EMERGENCY);
    // The one error about the file has arrived (or the test fails waiting for it).
    await expect
      .poll(() => log.errors.filter((e) => e.startsWith('[clinic-widget]')).length, {
        timeout: 30_000,
      })
      .toBe(1);
    const parsed = await page.evaluate(
      () => (window as unknown as { __parsed: number[] }).__parsed,
    );
    const [error] = log.errors.filter((e) => e.startsWith('[clinic-widget]'));
    return {
      context,
      page,
      log,
      error: error!,
      parsed,
      size: file === 'huge.json' ? hugeBody!.length : Buffer.byteLength(text),
    };
  }

  it.each([
    ['announced by its Content-Length: refused unread', '?announced', 'the server says 5'],
    ['streamed without a Content-Length: abandoned at 2 MB', '', 'more than 2,000,000 arrived'],
  ])('a 50 MB file %s, unparsed, with one short error', async (_, query, why) => {
    const { context, page, log, error, parsed, size } = await open('huge.json', query);
    expect(size).toBeGreaterThan(50_000_000);
    expect(await textOf(page)).toContain(SHIPPED_TITLE);
    expect(error).toContain(`larger than the limit of 2,000,000 bytes (${why}`);
    expect(error.length).toBeLessThan(2_000);
    // The parser never saw the body: no long task could have come from it.
    expect(parsed.every((length) => length <= MAX_BYTES)).toBe(true);
    expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    // The browser let go of the download: the server sent a few MB of its 50.
    await expect.poll(() => huge.closed, { timeout: 30_000 }).toBe(true);
    expect(huge.sent).toBeLessThan(size / 4);
    await context.close();
  });

  it('a file whose Content-Length is over the limit: refused unread', async () => {
    const { context, page, error, parsed, size } = await open('large.json');
    expect(size).toBeGreaterThan(MAX_BYTES);
    expect(error).toContain(
      `larger than the limit of 2,000,000 bytes (the server says ${size.toLocaleString('en-US')})`,
    );
    expect(error.length).toBeLessThan(2_000);
    expect(parsed.every((length) => length <= MAX_BYTES)).toBe(true);
    expect(await textOf(page)).toContain(SHIPPED_TITLE);
    await context.close();
  });

  it('20,000 questions: refused before they are checked or drawn, with one short error', async () => {
    const { context, page, error } = await open('many.json');
    expect(error).toContain('en.faq.items: 20,000 entries; the limit is 200');
    expect(error.length).toBeLessThan(2_000);
    expect(await textOf(page)).toContain(SHIPPED_TITLE);
    // The shipped FAQ's 15 questions, not the file's 20,000.
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('[data-clinic-widget]')!
            .shadowRoot!.querySelectorAll('button[aria-expanded]').length,
      ),
    ).toBe(english.faq.items.length);
    await context.close();
  });

  it('40,000 problems: one error listing ten and counting the rest, under 2 kB', async () => {
    const { context, page, error } = await open('problems.json');
    expect(error).toContain('is invalid, so the shipped content is shown. 39,000 problem(s):');
    expect(error.split('\n- ')).toHaveLength(12);
    expect(error).toMatch(/\n- and 38,990 more$/);
    expect(error.length).toBeLessThan(2_000);
    expect(await textOf(page)).toContain(SHIPPED_TITLE);
    await context.close();
  });

  it.each([
    ['null', 'null.json', 'found null'],
    ['only __proto__ and constructor', 'proto.json', 'none of its 2 key(s) is a language tag'],
  ])('a file holding %s: one error saying it held no usable content', async (_, file, why) => {
    const { context, page, error } = await open(file);
    expect(error).toContain('holds no usable content');
    expect(error).toContain(why);
    expect(await textOf(page)).toContain(SHIPPED_TITLE);
    expect(await page.evaluate(() => 'en' in Object.prototype)).toBe(false);
    await context.close();
  });
});
