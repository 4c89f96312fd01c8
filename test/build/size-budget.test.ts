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
  englishFaq: 45 * 1024,
  perLocale: 8 * 1024,
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

  it('loads every other section lazily, as its own chunk', () => {
    const lazy = (entry.dynamicImports ?? []).map((key) => manifest[key]!.file);
    expect(lazy.some((file) => file.startsWith('chunks/quiz-'))).toBe(true);
    expect(lazy.some((file) => file.startsWith('chunks/custom-content-'))).toBe(true);
  });

  it(`keeps each further language within ${kb(BUDGET.perLocale)} gzip`, () => {
    const locales = files.filter((file) => file.file.startsWith('locales/'));
    expect(locales.length).toBeGreaterThan(0);
    for (const locale of locales)
      expect(locale.gzip, locale.file).toBeLessThanOrEqual(BUDGET.perLocale);
  });

  it('ships no CSS file: the styles travel inside the script', () => {
    expect(files.filter((file) => file.file.endsWith('.css'))).toEqual([]);
  });
});
