import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDirectory, kb } from '../../tools/file-sizes';

/**
 * Deterministic size gate over dist/ (gzip level 9, as CDNs serve it). The English first view
 * is clinic-widget.js alone: the CSS and the English content are inlined into it, and the
 * browser test "fetches nothing but clinic-widget.js" pins that no other file is requested.
 */
const BUDGET = {
  englishFirstView: 45 * 1024,
  perLocale: 8 * 1024,
};

const files = measureDirectory(join(import.meta.dirname, '../../dist'));

describe('size budget', () => {
  it(`keeps the English first view within ${kb(BUDGET.englishFirstView)} gzip`, () => {
    const main = files.find((file) => file.file === 'clinic-widget.js');
    expect(main, 'dist/clinic-widget.js (run npm run build)').toBeDefined();
    expect(main!.gzip).toBeLessThanOrEqual(BUDGET.englishFirstView);
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
