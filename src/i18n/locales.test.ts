import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';
import { SHIPPED_LOCALES } from './locales';
import { parseMarkup, safeHref } from './safe-markup';
import { mergeWithTemplate } from './template-merge';

/**
 * The translation completeness check: every shipped language has exactly English's keys and
 * FAQ ids, the same placeholders, no empty strings, and nothing left untranslated; every key
 * the code uses exists, and every key in the files is used.
 */
const localesDir = join(import.meta.dirname, 'locales');
const srcDir = join(import.meta.dirname, '..');
const readPack = (tag: string) => ({
  ui: JSON.parse(readFileSync(join(localesDir, tag, 'ui.json'), 'utf8')),
  content: JSON.parse(readFileSync(join(localesDir, tag, 'content.json'), 'utf8')),
});

/** Fields that are identifiers or dates, the same in every language. */
const IDENTIFIER_FIELDS = new Set(['id', 'category', 'topic', 'lastReviewed']);
/** Whole strings that are allowed to read the same as English (names, abbreviations). */
const SAME_AS_ENGLISH_ALLOWED = new Set<string>([]);

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      strings(item, `${path}[${(item as { id?: string })?.id ?? i}]`),
    );
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  return [];
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const lastKey = (path: string) => path.split('.').pop()!.replace(/\[.*$/, '');

describe('locale files', () => {
  it('exist for exactly the shipped locales', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...SHIPPED_LOCALES].sort());
  });

  it('English: unique FAQ ids, known categories, answers that parse, safe links only', () => {
    const { items, categories } = ENGLISH.content.faq;
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    const categoryIds = categories.map((c) => c.id);
    for (const item of items) {
      expect(categoryIds).toContain(item.category);
      const blocks = parseMarkup(item.answer);
      expect(blocks.length).toBeGreaterThan(0);
      for (const match of item.answer.matchAll(/\]\(([^)]+)\)/g))
        expect(safeHref(match[1]!)).not.toBeNull();
    }
  });

  describe.each(SHIPPED_LOCALES.filter((tag) => tag !== 'en'))('%s', (tag) => {
    const pack = readPack(tag);
    const english = new Map(strings(ENGLISH));
    const translated = strings(pack);

    it('has every key and FAQ entry English has, and no others', () => {
      expect(mergeWithTemplate(ENGLISH, pack).problems).toEqual([]);
    });

    it('has no empty strings', () => {
      for (const [path, text] of translated) expect(text.trim(), path).not.toBe('');
    });

    it('keeps identifiers and placeholders identical to English', () => {
      for (const [path, text] of translated) {
        const source = english.get(path);
        if (IDENTIFIER_FIELDS.has(lastKey(path))) expect(text, path).toBe(source);
        else expect(placeholders(text), path).toEqual(placeholders(source ?? ''));
      }
    });

    it('leaves nothing in English', () => {
      for (const [path, text] of translated) {
        if (IDENTIFIER_FIELDS.has(lastKey(path)) || SAME_AS_ENGLISH_ALLOWED.has(text)) continue;
        expect(text, path).not.toBe(english.get(path));
      }
    });
  });
});

describe('interface keys', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  const used = new Set(
    sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
    ),
  );
  const defined = new Set(strings(ENGLISH.ui).map(([path]) => path));

  it('every key used in the code exists in English', () => {
    for (const key of used) expect(defined, key).toContain(key);
  });

  it('every key in the files is used by the code', () => {
    for (const key of defined) expect(used, key).toContain(key);
  });
});
