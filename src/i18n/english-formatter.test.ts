import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../content/content';
import { createTranslator } from './i18next-instance';
import { createEnglishTranslator } from './english-formatter';
import { loadTranslator } from './load-translation';

/** Every key in English's ui.json, plural forms folded into their base key. */
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}
const KEYS = [...new Set(keysOf(ENGLISH.ui))];
const NAMES = ['count', 'clinicName', 'current', 'total', 'date', 'emergency', 'number', 'result'];

const values = fc.dictionary(
  fc.constantFrom(...NAMES, 'symptoms', 'time', 'trend', 'unused'),
  fc.oneof(
    fc.integer({ min: -3, max: 1_000_000 }),
    fc.constantFrom(0, 1, 2, 1.5),
    fc.string({ maxLength: 20 }),
    // Text that looks like syntax: it must come out as it went in.
    fc.constantFrom('{{count}}', '$&', '$1', '<b>x</b>', '&amp;', '__proto__'),
  ),
);

describe('the English translator', () => {
  const english = createEnglishTranslator();
  const reference = createTranslator('en', ENGLISH.ui);

  it('gives exactly what i18next gives, for every key and any values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), values, (key, given) => {
        expect(english.t(key, given)).toBe(reference.t(key, given));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every key with no values and its template as i18next does', () => {
    for (const key of KEYS) {
      expect(english.t(key)).toBe(reference.t(key));
      expect(english.template(key)).toBe(reference.template(key));
    }
  });

  it('picks the plural form by count', () => {
    expect(english.t('faq.results', { count: 1 })).toBe('1 question found');
    expect(english.t('faq.results', { count: 3 })).toBe('3 questions found');
  });

  it('is what loadTranslator gives for English, without loading i18next', async () => {
    expect((await loadTranslator('en', ENGLISH.ui))?.t('faq.heading')).toBe(
      reference.t('faq.heading'),
    );
  });
});
