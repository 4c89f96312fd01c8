import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  checkLocale,
  checkSearch,
  readSearch,
  flattenStrings,
  LOCALES_DIR,
  readLocale,
} from '../../tools/translation-check.mjs';
import { contentSchema } from '../../tools/content-schema.mjs';
import { pseudoLocalize } from '../../tools/pseudo-locale.mjs';
import { ENGLISH } from '../content/content';
import { validateCustomContent } from '../content/custom-content';
import { LANGUAGES, SHIPPED_LOCALES } from './locales';
import { parseMarkup, safeHref } from '../content/safe-markup';
import { mergeWithTemplate } from '../content/template-merge';
import {
  CONTENT_LIMITS,
  MAX_ENTRIES,
  MAX_TEXT_LENGTH,
  overLimits,
} from '../content/content-limits';

/**
 * The translation completeness check (tools/translation-check.mjs): every shipped language
 * has exactly English's keys and entries, the same placeholders and markup shape, the plural
 * forms its language needs, no empty strings, and nothing left in English. Every key the
 * code uses exists, and every key in the files is used.
 */
const english = readLocale('en');

describe('locale files', () => {
  it('exist for exactly the shipped locales', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...SHIPPED_LOCALES].sort());
  });

  it('English: unique FAQ ids, known categories, answers that parse, safe links only', () => {
    const { items, categories } = ENGLISH.content.faq;
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const categoryIds = categories.map((c) => c.id);
    for (const item of items) {
      expect(categoryIds).toContain(item.category);
      expect(parseMarkup(item.answer).length).toBeGreaterThan(0);
      for (const match of item.answer.matchAll(/\]\(([^)]+)\)/g))
        expect(safeHref(match[1]!)).not.toBeNull();
    }
  });

  it.each(SHIPPED_LOCALES)('%s is complete (translation check)', (tag) => {
    expect(checkLocale(tag, english, readLocale(tag))).toEqual([]);
  });

  it.each(SHIPPED_LOCALES)(
    '%s search keywords and strings are complete (translation check)',
    (tag) => {
      expect(checkSearch(tag, readSearch('en'), readSearch(tag))).toEqual([]);
    },
  );

  it.each(SHIPPED_LOCALES)('%s loads without falling back to English anywhere', (tag) => {
    expect(mergeWithTemplate(ENGLISH, readLocale(tag)).problems).toEqual([]);
  });

  it('has every language named in its own language in the menu', () => {
    expect(LANGUAGES.map((language) => language.tag)).toEqual([...SHIPPED_LOCALES]);
    expect(LANGUAGES.every((language) => !language.clinicalReview)).toBe(true);
  });
});

describe('translation check', () => {
  it('catches what a careless translation does', () => {
    const broken = structuredClone(readLocale('es')) as typeof english & {
      ui: { faq: { heading: string } };
    };
    const ui = broken.ui as Record<string, Record<string, string>>;
    ui.faq!.heading = 'Questions and answers';
    ui.footer!.emergency = 'Llame al número de emergencias.';
    const content = broken.content as { faq: { items: { answer: string }[] } };
    content.faq.items[0]!.answer = content.faq.items[0]!.answer.replace(/\n\n- /g, '\n');
    expect(checkLocale('es', english, broken)).toEqual(
      expect.arrayContaining([
        'ui.faq.heading: still in English',
        'ui.footer.emergency: placeholders {} differ from English {emergency}',
        expect.stringMatching(/^content\.faq\.items\[normal-side-effects\]\.answer: markup /),
      ]),
    );
  });

  it('asks for the plural forms each language needs', () => {
    const en = { ui: { n_one: '{{count}} result', n_other: '{{count}} results' }, content: {} };
    const ru = {
      ui: { n_one: '{{count}} результат', n_other: '{{count}} результата' },
      content: {},
    };
    expect(checkLocale('ru', en, ru)).toEqual([
      'ui.n: plural forms one,other, ru needs few,many,one,other',
    ]);
  });
});

describe('pseudo-locale', () => {
  const pseudo = pseudoLocalize(english) as typeof english;
  it('keeps every key, id and placeholder, and is about 40% longer', () => {
    expect(mergeWithTemplate(ENGLISH, pseudo).problems).toEqual([]);
    const source = [...flattenStrings(english).values()].join('').length;
    const target = [...flattenStrings(pseudo).values()].join('').length;
    expect(target / source).toBeGreaterThan(1.3);
    expect(target / source).toBeLessThan(1.5);
  });
});

describe('content.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(contentSchema(ENGLISH.content, CONTENT_LIMITS));

  it('accepts the shipped content of every language', () => {
    for (const tag of SHIPPED_LOCALES) {
      expect(
        validate({ [tag]: readLocale(tag).content }),
        `${tag}: ${ajv.errorsText(validate.errors)}`,
      ).toBe(true);
    }
  });

  it('agrees with the runtime validator on good and bad clinic content', () => {
    const own = structuredClone(ENGLISH.content);
    own.faq.categories = [{ id: 'ours', title: 'About our clinic' }];
    own.faq.items = [
      {
        id: 'parking',
        category: 'ours',
        question: 'Where do I park?',
        answer: 'Behind the clinic.',
      },
    ];
    const scriptInAnswer = structuredClone(own);
    scriptInAnswer.faq.items[0]!.answer = 'Hello <script>alert(1)</script>';
    const missingField = structuredClone(own) as Partial<typeof own>;
    delete missingField.disclaimer;
    const renamedTreatment = structuredClone(own);
    renamedTreatment.compare.treatments[0]!.id = 'magic-cure';
    // A clinic may add red flags of its own after the shipped ones.
    const extraRedFlag = structuredClone(own);
    extraRedFlag.seekHelp.redFlags.push({ id: 'chest-pain', label: 'Chest pain' });
    for (const [sample, valid] of [
      [own, true],
      [scriptInAnswer, false],
      [missingField, false],
      [renamedTreatment, false],
      [extraRedFlag, true],
    ] as const) {
      expect(validate({ en: sample })).toBe(valid);
      expect(validateCustomContent(sample, mergeWithTemplate).content !== null).toBe(valid);
    }
  });

  it('states the limits the widget enforces', () => {
    const own = structuredClone(ENGLISH.content);
    const longAnswer = structuredClone(own);
    longAnswer.faq.items[0]!.answer = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    const manyQuestions = structuredClone(own);
    manyQuestions.faq.items = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({
      ...own.faq.items[0]!,
      id: `q${i}`,
    }));
    for (const [sample, valid] of [
      [own, true],
      [longAnswer, false],
      [manyQuestions, false],
    ] as const) {
      expect(validate({ en: sample })).toBe(valid);
      expect(overLimits({ en: sample }).length === 0).toBe(valid);
    }
  });
});

describe('interface keys', () => {
  const srcDir = join(import.meta.dirname, '..');
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|test-utils/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  const used = new Set(
    sourceFiles(srcDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:t|template)\(\s*'([\w.]+)'/g)].map(
        (m) => m[1]!,
      ),
    ),
  );
  // Plural forms (results_one, results_other) are used through their base key (results).
  const defined = new Set(
    [...flattenStrings(ENGLISH.ui).keys()].map((key) =>
      key.replace(/_(zero|one|two|few|many|other)$/, ''),
    ),
  );

  it('every key used in the code exists in English', () => {
    for (const key of used) expect(defined, key).toContain(key);
  });

  it('every key in the files is used by the code', () => {
    for (const key of defined) expect(used, key).toContain(key);
  });
});
