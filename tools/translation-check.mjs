// The translation completeness check, shared by the unit test (src/i18n/locales.test.ts) and
// translators (`node tools/translation-check.mjs de`). It compares a locale's ui.json and
// content.json with English and lists every problem with its path:
//   - missing or extra keys, and FAQ/list entries whose ids differ from English;
//   - identifiers (ids, categories, dates) changed;
//   - {{placeholders}} and safe-markup structure (paragraphs, list items, **bold**) changed;
//   - empty strings, and strings left identical to English (except an allow-list);
//   - plural keys that do not match the language's CLDR plural categories;
//   - search.json (the search's strings, stop words and keywords per FAQ entry, see
//     docs/search.md): the same keys and entry ids as English, no string left in English,
//     and at least three everyday words or phrases for every entry.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths from strings, not URL objects: test environments may replace the URL global.
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/i18n/locales');

/** Fields that are identifiers or dates: the same in every language. */
export const IDENTIFIER_FIELDS = new Set(['id', 'category', 'topic', 'lastReviewed']);
/** Whole strings that may read the same as English in any language (names, abbreviations). */
export const SAME_AS_ENGLISH_ALLOWED = new Set(['PRP', 'FDA']);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** @param {string} tag */
export function readLocale(tag) {
  const read = (part) => JSON.parse(readFileSync(join(LOCALES_DIR, tag, `${part}.json`), 'utf8'));
  return { ui: read('ui'), content: read('content') };
}

/**
 * Every string with its path; list entries are named by their id when they have one.
 * @returns {Map<string, string>}
 */
export function flattenStrings(value, path = '', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value))
    value.forEach((item, i) => flattenStrings(item, `${path}[${item?.id ?? i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value))
      flattenStrings(v, path ? `${path}.${key}` : key, out);
  return out;
}

const placeholders = (text) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** The shape of safe markup: paragraphs and list items per block, and bold runs. */
const markupShape = (text) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.trim().split('\n');
      return lines.every((line) => line.trim().startsWith('- ')) ? `ul${lines.length}` : 'p';
    })
    .join('|') + `;b${(text.match(/\*\*/g) ?? []).length}`;

const lastKey = (path) => path.split('.').pop().replace(/\[.*$/, '');

/**
 * Problems of one locale against English; an empty list means complete.
 * @param {string} tag
 * @param {{ ui: object, content: object }} english
 * @param {{ ui: object, content: object }} candidate
 */
export function checkLocale(tag, english, candidate) {
  const problems = [];
  const source = flattenStrings(english);
  const target = flattenStrings(candidate);
  const base = (path) => path.replace(PLURAL_SUFFIX, '');
  const sourceBases = new Set([...source.keys()].map(base));
  const targetBases = new Set([...target.keys()].map(base));

  for (const key of sourceBases) if (!targetBases.has(key)) problems.push(`${key}: missing`);
  for (const key of targetBases) if (!sourceBases.has(key)) problems.push(`${key}: not in English`);

  let categories;
  try {
    categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  } catch {
    categories = ['other'];
  }
  const pluralBases = new Set([...source.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(base));
  for (const key of pluralBases) {
    const forms = [...target.keys()].filter((k) => PLURAL_SUFFIX.test(k) && base(k) === key);
    const have = forms
      .map((k) => k.match(PLURAL_SUFFIX)[1])
      .sort()
      .join(',');
    const need = [...categories].sort().join(',');
    if (have !== need)
      problems.push(`${key}: plural forms ${have || 'none'}, ${tag} needs ${need}`);
  }

  for (const [path, text] of target) {
    const key = base(path);
    const reference = source.get(path) ?? source.get(`${key}_other`) ?? source.get(`${key}_one`);
    if (reference === undefined) continue;
    if (!text.trim()) problems.push(`${path}: empty`);
    if (IDENTIFIER_FIELDS.has(lastKey(path))) {
      if (text !== reference) problems.push(`${path}: identifier changed from "${reference}"`);
      continue;
    }
    if (placeholders(text) !== placeholders(reference))
      problems.push(
        `${path}: placeholders {${placeholders(text)}} differ from English {${placeholders(reference)}}`,
      );
    if (markupShape(text) !== markupShape(reference))
      problems.push(
        `${path}: markup ${markupShape(text)} differs from English ${markupShape(reference)}`,
      );
    if (tag !== 'en' && text === reference && !SAME_AS_ENGLISH_ALLOWED.has(text))
      problems.push(`${path}: still in English`);
  }
  return problems;
}

/** @param {string} tag */
export const readSearch = (tag) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, tag, 'search.json'), 'utf8'));

/**
 * Problems of a locale's search.json against English's; an empty list means complete.
 * @param {string} tag
 * @param {object} english
 * @param {object} candidate
 */
export function checkSearch(tag, english, candidate) {
  const problems = checkLocale(tag, { search: english }, { search: candidate });
  for (const [id, words] of Object.entries(candidate?.keywords ?? {})) {
    // Comma-separated phrases; a language written without commas between them may use spaces.
    const split = (by) =>
      String(words)
        .split(by)
        .filter((word) => word.trim()).length;
    const count = Math.max(split(/[,，、،\n]/), split(/[\s,，、،]+/));
    if (count < 3) problems.push(`search.keywords.${id}: ${count} keyword(s); give at least 3`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tags = process.argv.slice(2);
  if (!tags.length) {
    console.error('usage: node tools/translation-check.mjs <tag> [<tag> …]');
    process.exit(2);
  }
  const english = readLocale('en');
  let failed = false;
  for (const tag of tags) {
    const problems = [
      ...checkLocale(tag, english, readLocale(tag)),
      ...checkSearch(tag, readSearch('en'), readSearch(tag)),
    ];
    console.log(problems.length ? `${tag}: ${problems.length} problem(s)` : `${tag}: complete`);
    for (const problem of problems) console.log(`  - ${problem}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
