import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, repoRoot, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();
const outDir = join(repoRoot, '.tmp/react-app');
const hydrateDir = join(repoRoot, '.tmp/react-hydrate');

/** A fresh app's folder, outside the repository: its own node_modules, nothing else. */
const appDir = mkdtempSync(join(tmpdir(), 'clinic-widget-react-app-'));
afterAll(() => rmSync(appDir, { recursive: true, force: true }));

/**
 * Installs the package as npm would: `npm pack` (what is published), unpacked into the app's
 * node_modules/clinic-widget; React is the app's own dependency (linked from ours).
 */
function installPackedPackage(app: string): void {
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], {
      cwd: repoRoot,
      encoding: 'utf8',
    }),
  ) as [{ filename: string }];
  execFileSync('tar', ['-xzf', join(app, pack.filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'clinic-widget'));
  for (const name of ['react', 'react-dom', 'scheduler'])
    symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name), 'dir');
}

beforeAll(async () => {
  // A fresh Vite app in a folder of its own, importing `clinic-widget/react` from the packed
  // package (resolved through its package.json's exports, as in any app), with React's
  // development build: StrictMode mounts, unmounts and mounts every effect.
  cpSync(join(repoRoot, 'test/fixtures/react-app'), appDir, { recursive: true });
  installPackedPackage(appDir);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: appDir,
    base: './',
    mode: 'development',
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: { 'process.env.NODE_ENV': '"development"' },
    build: { outDir, emptyOutDir: true, minify: false },
  });
  // A server-rendered app: its HTML from React in Node, hydrated by the built main.ts.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(repoRoot, 'test/fixtures/react-hydrate'),
    base: './',
    mode: 'development',
    define: { 'process.env.NODE_ENV': '"development"' },
    build: { outDir: hydrateDir, emptyOutDir: true, minify: false },
  });
  const { App } = await import('../fixtures/react-hydrate/app');
  const page = join(hydrateDir, 'index.html');
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace('<!--app-->', renderToString(createElement(App))),
  );
});

const widgetState = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const container = document.getElementById('widget');
    const root = container?.shadowRoot;
    return {
      className: container?.className,
      lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      text: root?.textContent ?? '',
      headings: root ? root.querySelectorAll('h2').length : 0,
      lightChildren: container?.childNodes.length ?? -1,
    };
  });

describe('clinic-widget/react', () => {
  it('mounts once under StrictMode, follows its props, and unmounts with the component', async () => {
    const context = await env.browser.newContext();
    const { page, log } = await openPage(context, `${env.server.url}/.tmp/react-app/index.html`);
    await waitForWidgets(page, 1, '#widget');
    const first = await widgetState(page);
    expect(first.className).toBe('patient-info');
    expect(first.lang).toBe('en');
    expect(first.text).toContain('Riverside Clinic');
    expect(first.text).toContain('911');
    expect(first.headings).toBe(1);
    // Nothing in the container's light DOM: React's own children stay as React rendered them.
    expect(first.lightChildren).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#spanish');
    await expect.poll(async () => (await widgetState(page)).lang).toBe('es');
    expect((await widgetState(page)).headings).toBe(1);
    // A prop taken away resets its option.
    await page.click('#unname');
    await expect.poll(async () => (await widgetState(page)).text).not.toContain('Riverside Clinic');

    await page.click('#remove');
    await expect.poll(() => page.locator('#widget').count()).toBe(0);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });
});

describe('a server-rendered React app with the snippet in its markup', () => {
  it('hydrates without a mismatch: lazy mode writes nothing into the containers', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 720 } });
    const { page, log } = await openPage(
      context,
      `${env.server.url}/.tmp/react-hydrate/index.html`,
    );
    // All the loader does before the widget loads is done: the launcher's placeholder is drawn.
    await page.waitForFunction(() =>
      document.querySelector('#launcher')?.shadowRoot?.querySelector('button[aria-haspopup]'),
    );
    const before = await page.evaluate(() =>
      ['#inline', '#launcher'].map((selector) => {
        const container = document.querySelector<HTMLElement>(selector)!;
        return {
          attributes: container.getAttributeNames().sort(),
          children: Array.from(
            container.childNodes,
            (node) => `${node.nodeName}: ${node.textContent}`,
          ),
          height: container.offsetHeight,
        };
      }),
    );
    // Only the attributes and children React rendered; the space is still kept, and the
    // sentence for when the widget cannot load still shows.
    expect(before.map(({ attributes }) => attributes)).toEqual([
      ['data-clinic-widget', 'data-country', 'data-lazy', 'id'],
      ['data-clinic-widget', 'data-country', 'data-lazy', 'data-mode', 'id'],
    ]);
    expect(before.map(({ children }) => children)).toEqual([
      ['P: Please call Riverside Clinic at +1 555 0100 with any questions.'],
      [],
    ]);
    expect(before[0]!.height).toBeGreaterThan(300);
    expect(
      await page.evaluate(
        () => document.querySelector('#inline p')!.getBoundingClientRect().height,
      ),
    ).toBeGreaterThan(0);

    await page.evaluate(() => (window as unknown as { hydrate(): void }).hydrate());
    await page.click('#count');
    await expect.poll(() => page.textContent('#count')).toBe('Clicked 1');
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);

    // And the widgets work: the in-page one when it comes near, the launcher when pressed.
    await page.evaluate(() => document.querySelector('#inline')!.scrollIntoView());
    await waitForWidgets(page, 1, '#inline');
    await page.evaluate(() =>
      document
        .querySelector('#launcher')!
        .shadowRoot!.querySelector<HTMLElement>('button[aria-haspopup]')!
        .click(),
    );
    await page.waitForFunction(
      () => document.querySelector('#launcher')!.shadowRoot!.querySelector('dialog')?.open,
    );
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });
});
