import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDirectory, kb } from '../../tools/file-sizes';

/**
 * Deterministic size gate over dist/ (gzip level 9, as CDNs serve it). What the browser
 * fetches for the English FAQ is the loader (clinic-widget.js) and the main module with
 * everything it imports statically: the CSS and the English content are inlined into it.
 * Sections other than the FAQ are chunks fetched only when shown; the browser tests pin which
 * files each page requests.
 */
const BUDGET = {
  // Issue 2's ceiling for the English FAQ.
  englishFaq: 45 * 1024,
  // Issue 7's budget for the English first view with every section (35 KB), tightened to the
  // figure measured when it was first met (32.9 KB) plus a little.
  englishFirstView: 34 * 1024,
  perLocale: 8 * 1024,
  // i18next and the checks of a language file: fetched once, with the first language other
  // than English (measured 16.8 KB).
  translationCode: 17.5 * 1024,
  // The lazy launcher's placeholder, all a data-lazy launcher page fetches before a press:
  // measured 5,049 B when its bundle was cut to the button's own options and rules (it was
  // 6,950 B). Issue 17 asks for 2 KB; docs/architecture.md says what the rest is.
  launcherPlaceholder: 5 * 1024,
};

const dist = join(import.meta.dirname, '../../dist');
const files = measureDirectory(dist);
const gzipOf = (file: string) => files.find((entry) => entry.file === file)?.gzip ?? NaN;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!;

/** A chunk's file and every file it imports statically (what the browser must fetch). */
function staticClosure(chunk: ManifestChunk, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const key of chunk.imports ?? []) staticClosure(manifest[key]!, seen);
  return seen;
}

describe('size budget', () => {
  it(`keeps what the English FAQ needs within ${kb(BUDGET.englishFaq)} gzip`, () => {
    const needed = ['clinic-widget.js', ...staticClosure(entry)];
    const total = needed.reduce((sum, file) => sum + gzipOf(file), 0);
    expect(total).toBeLessThanOrEqual(BUDGET.englishFaq);
  });

  it(`keeps the English first view, every section, within ${kb(BUDGET.englishFirstView)} gzip`, () => {
    // The default snippet shows the FAQ, the comparison and the check's start screen: the
    // loader, the main module and the two section chunks that are preloaded with it.
    const sections = (entry.dynamicImports ?? [])
      .map((key) => manifest[key]!)
      .filter((chunk) => /^chunks\/(compare|quiz)-/.test(chunk.file));
    expect(sections).toHaveLength(2);
    const needed = new Set(['clinic-widget.js', ...staticClosure(entry)]);
    for (const chunk of sections) staticClosure(chunk, needed);
    const total = [...needed].reduce((sum, file) => sum + gzipOf(file), 0);
    expect(total).toBeLessThanOrEqual(BUDGET.englishFirstView);
  });

  it(`keeps the code that translates (fetched once, for a first other language) within ${kb(BUDGET.translationCode)}`, () => {
    const translation = Object.values(manifest).find((chunk) =>
      chunk.file.startsWith('chunks/translation-'),
    )!;
    // What it adds to what the page already has (it shares modules with the main module).
    const alreadyHere = staticClosure(entry);
    const added = [...staticClosure(translation)].filter((file) => !alreadyHere.has(file));
    const total = added.reduce((sum, file) => sum + gzipOf(file), 0);
    expect(total).toBeLessThanOrEqual(BUDGET.translationCode);
  });

  it('leaves i18next out of what English visitors download', () => {
    const english = [...staticClosure(entry)].map((file) => readFileSync(join(dist, file), 'utf8'));
    // i18next's own error text: present only where i18next's code is.
    expect(english.some((code) => code.includes('i18next'))).toBe(false);
  });

  it('loads every other section lazily, as its own chunk', () => {
    const lazy = (entry.dynamicImports ?? []).map((key) => manifest[key]!.file);
    expect(lazy.some((file) => file.startsWith('chunks/quiz-'))).toBe(true);
    expect(lazy.some((file) => file.startsWith('chunks/custom-content-'))).toBe(true);
  });

  it('loads the search (engine, results page, keywords) lazily, never in the first view', () => {
    const search = manifest['src/widget/faq/search-results.tsx']!;
    expect(entry.dynamicImports).toContain('src/widget/faq/search-results.tsx');
    const firstView = staticClosure(entry);
    expect(firstView.has(search.file)).toBe(false);
    // Each language's keywords are a chunk of their own, fetched with the search.
    const keywords = (search.dynamicImports ?? []).map((key) => manifest[key]!.file);
    expect(keywords.length).toBeGreaterThanOrEqual(11);
    for (const file of keywords) {
      expect(firstView.has(file)).toBe(false);
      expect(gzipOf(file), file).toBeLessThanOrEqual(BUDGET.perLocale);
    }
    // The engine's own words stay out of the main module.
    const main = [...firstView].map((file) => readFileSync(join(dist, file), 'utf8')).join('');
    expect(main.includes('ically ations')).toBe(false);
  });

  it(`keeps each further language within ${kb(BUDGET.perLocale)} gzip`, () => {
    const locales = files.filter((file) => file.file.startsWith('locales/'));
    expect(locales.length).toBeGreaterThan(0);
    for (const locale of locales)
      expect(locale.gzip, locale.file).toBeLessThanOrEqual(BUDGET.perLocale);
  });

  it(`keeps the lazy launcher's placeholder within ${kb(BUDGET.launcherPlaceholder)} gzip`, () => {
    const launcher = JSON.parse(
      readFileSync(join(dist, '.vite/manifest-launcher.json'), 'utf8'),
    ) as Record<string, ManifestChunk>;
    const placeholder = Object.values(launcher).find((chunk) => chunk.isEntry)!;
    // One file: the loader imports it alone, before the widget is asked for.
    expect(placeholder.imports ?? []).toEqual([]);
    expect(placeholder.dynamicImports ?? []).toEqual([]);
    expect(gzipOf(placeholder.file)).toBeLessThanOrEqual(BUDGET.launcherPlaceholder);
  });

  it('ships no CSS file: the styles travel inside the script', () => {
    expect(files.filter((file) => file.file.endsWith('.css'))).toEqual([]);
  });
});
