import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_DATA_FILES, loadSearchData } from './language-data';

const locales = join(import.meta.dirname, '../../i18n/locales');

describe('search data files', () => {
  it('lists the search.json of every locale folder, and nothing else', () => {
    const folders = readdirSync(locales).filter((tag) =>
      existsSync(join(locales, tag, 'search.json')),
    );
    expect(Object.keys(SEARCH_DATA_FILES).sort()).toEqual(folders.sort());
  });

  it('gives English for a language without its own, and never an inherited key', async () => {
    const english = await loadSearchData('en');
    expect(await loadSearchData('nl')).toBe(english);
    expect(await loadSearchData('constructor')).toBe(english);
    expect((await loadSearchData('de')).keywords).not.toEqual(english.keywords);
  });
});
