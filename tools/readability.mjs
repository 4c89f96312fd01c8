// The reading level of the English texts, by the Flesch–Kincaid grade formula, shared by the
// unit test (src/content/readability.test.ts) and writers (`node tools/readability.mjs`, which
// prints every text above the limit and each part's grade).
//
// Health-literacy guidance (NIH, AMA, the CDC Clear Communication Index) asks for a 6th to 8th
// grade reading level. Syllables are counted by `syllable` (a maintained English syllable
// counter); the formula is the standard one:
//   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syllable } from 'syllable';

export const GRADE_LIMIT = 8;
/** Shorter texts are labels or names ("Fever", "Hair transplant surgery"): the formula needs sentences. */
export const MIN_WORDS = 4;
/** Labels and headings are measured only from this length on: shorter ones are not sentences. */
export const PROSE_MIN_WORDS = 8;

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/i18n/locales');

/** Fields that are identifiers, dates or proper names, never prose. */
const NOT_PROSE = new Set(['id', 'category', 'topic', 'lastReviewed', 'name']);

/** What a reader sees for each placeholder, so it is counted as read. */
const PLACEHOLDER_WORDS = {
  clinic: 'your clinic',
  clinicName: 'the clinic',
  emergency: '911',
  number: '911',
};

/** Plain text as read: placeholders filled, markup (bold, list dashes) removed. */
export function readableText(text) {
  return text
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => PLACEHOLDER_WORDS[name] ?? 'it')
    .replace(/\*\*/g, '');
}

/**
 * Sentences: ended by . ! ? or a colon, and each line (a list item or a paragraph) on its own,
 * since a list item is read as one unit even without a full stop.
 */
function sentencesOf(text) {
  return readableText(text)
    .split('\n')
    .map((line) => line.replace(/^\s*-\s+/, ''))
    .flatMap((line) => line.split(/(?<=[.!?:;…])\s+/))
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

const wordsOf = (sentence) => sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

/** Numbers are read as words ("24" as "twenty-four"): counted as two syllables. */
const syllablesOf = (word) => (/^\p{N}+$/u.test(word) ? 2 : Math.max(1, syllable(word)));

/** Counts of one text, or of several added up. */
export function counts(texts) {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const list = wordsOf(sentence);
      if (!list.length) continue;
      sentences += 1;
      words += list.length;
      for (const word of list) syllables += syllablesOf(word);
    }
  }
  return { sentences, words, syllables };
}

/** The Flesch–Kincaid grade of a text, or of several texts read together. */
export function grade(...texts) {
  const { sentences, words, syllables } = counts(texts);
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Every prose string of a locale file, with its path; list entries named by their id. */
export function proseStrings(value, path = '', out = []) {
  if (typeof value === 'string') {
    if (!NOT_PROSE.has(path.split('.').pop().replace(/\[.*$/, ''))) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => proseStrings(item, `${path}[${item?.id ?? i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value))
      proseStrings(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

export function readEnglish(dir = LOCALES_DIR) {
  const read = (part) => JSON.parse(readFileSync(join(dir, 'en', `${part}.json`), 'utf8'));
  return { content: read('content'), ui: read('ui') };
}

/**
 * What the gate measures, each as one text a visitor reads: every FAQ answer; every result of
 * the check, its title and body together; every comparison cell and the comparison's prose;
 * and any other text of at least PROSE_MIN_WORDS words (intros, guidance, tips, notes).
 */
export function readingUnits(english) {
  const { content, ui } = english;
  const units = content.faq.items.map((item) => [`faq.items[${item.id}].answer`, item.answer]);
  for (const result of content.seekHelp.results)
    units.push([`seekHelp.results[${result.id}]`, `${result.title}.\n${result.body}`]);
  const measured = new Set(['answer', 'results']);
  const compare = proseStrings(content.compare, 'compare').filter(
    ([path]) => !/\.(title|caption|takeawaysTitle)$|\.columns\.|\.label$/.test(path),
  );
  units.push(...compare);
  const compared = new Set(compare.map(([path]) => path));
  const others = [...proseStrings(content), ...proseStrings(ui, 'ui')].filter(
    ([path, text]) =>
      !compared.has(path) &&
      ![...measured].some((key) => path.includes(`.${key}`)) &&
      counts([text]).words >= PROSE_MIN_WORDS,
  );
  return [...units, ...others];
}

/** Units of at least MIN_WORDS words above the limit: [path, grade, text]. */
export function textsAboveLimit(english, limit = GRADE_LIMIT) {
  return readingUnits(english)
    .filter(([, text]) => counts([text]).words >= MIN_WORDS)
    .map(([path, text]) => [path, grade(text), text])
    .filter(([, g]) => g > limit);
}

/** The grade of each part a visitor reads, all its texts read together. */
export function gradesByPart(english) {
  const { content } = english;
  const of = (prefix) =>
    proseStrings(content)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, text]) => text);
  const result = (id) =>
    content.seekHelp.results
      .filter((entry) => entry.id === id)
      .flatMap((entry) => [entry.title, entry.body]);
  return {
    'FAQ answers': grade(...content.faq.items.map((item) => item.answer)),
    'FAQ questions': grade(...content.faq.items.map((item) => item.question)),
    comparison: grade(...of('compare.')),
    'check: questions and answers': grade(
      ...of('seekHelp.').filter((text) => !content.seekHelp.results.some((r) => r.body === text)),
    ),
    ...Object.fromEntries(
      content.seekHelp.results.map((entry) => [`result: ${entry.id}`, grade(...result(entry.id))]),
    ),
    'self-care tips': grade(...content.seekHelp.selfCare),
    'before treatment': grade(...of('contraindications.'), ...of('questionsToAsk.')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? LOCALES_DIR;
  const english = readEnglish(dir);
  for (const [part, g] of Object.entries(gradesByPart(english)))
    console.log(`${part.padEnd(32)} grade ${g.toFixed(1)}`);
  const above = textsAboveLimit(english);
  console.log(`\n${above.length} text(s) above grade ${GRADE_LIMIT}:`);
  for (const [path, g, text] of above)
    console.log(`  ${g.toFixed(1)}  ${path}: ${text.slice(0, 100)}`);
  process.exit(above.length ? 1 : 0);
}
