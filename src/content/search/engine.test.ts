import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../content';
import { fillPlaceholders } from '../placeholders';
import { readLocale } from '../../../tools/translation-check.mjs';
import type { TopicContent } from '../content';
import { buildIndex } from './engine';
import { faqSearchIndex } from './faq-search';
import { loadSearchData } from './language-data';
import { withinOneEdit } from './fuzzy';
import { markTerms } from './marks';
import { stem } from './stem';

const fill = (text: string) =>
  fillPlaceholders(text, { clinic: 'your clinic', emergency: 'your local emergency number' });

async function indexFor(tag: string) {
  const content = (tag === 'en' ? ENGLISH.content : readLocale(tag).content) as TopicContent;
  return faqSearchIndex(content.faq.items, fill, tag, await loadSearchData(tag));
}
const ids = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id);

describe('search rules', () => {
  it('splits the query into words: punctuation and filler words do not matter', async () => {
    const index = await indexFor('en');
    expect(ids(index.search('swelling?'))).toEqual(ids(index.search('swelling')));
    expect(ids(index.search('  SWELLING!!! '))).toEqual(ids(index.search('swelling')));
    expect(ids(index.search('is the swelling'))).toEqual(ids(index.search('swelling')));
  });

  it('ranks a question with the word above answers that mention it', async () => {
    const index = await indexFor('en');
    expect(ids(index.search('allergic'))[0]).toBe('allergic-reaction');
    expect(ids(index.search('does it hurt'))[0]).toBe('pain');
  });

  it('folds word forms, and keywords give the words patients use', async () => {
    const index = await indexFor('en');
    for (const word of ['bruise', 'bruises', 'bruising'])
      expect(ids(index.search(word))).toContain('normal-side-effects');
    expect(ids(index.search('swollen'))).toContain('normal-side-effects');
    expect(ids(index.search('nursing'))).toContain('who-should-avoid');
    expect(stem('swelling', 'en')).toBe(stem('swell', 'en'));
    expect(stem('hinchado', 'es')).toBe(stem('hinchada', 'es'));
  });

  it('allows one typo in words of five letters or more, against the FAQ vocabulary', async () => {
    const index = await indexFor('en');
    expect(ids(index.search('swolen'))).toContain('normal-side-effects');
    expect(ids(index.search('bruzing'))).toContain('normal-side-effects');
    expect(ids(index.search('infecton'))).toContain('normal-or-concern');
    expect(ids(index.search('pregant'))).toContain('who-should-avoid');
    // "well" is four letters: no typo, and "swell" is not "well".
    const well = index.search('well');
    expect(ids(well)[0]).toBe('success-rate');
    for (const hit of well.hits) expect(hit.terms.has('swell')).toBe(false);
    expect(withinOneEdit('well', 'swell')).toBe(true); // the length rule is what keeps it out
    expect(withinOneEdit('swelling', 'smelling')).toBe(true);
    expect(withinOneEdit('bleeding', 'breathing')).toBe(false);
  });

  it('returns the closest entries, flagged, when none has every word', () => {
    const docs = [
      { id: 'a', question: 'Red swelling', answer: '', keywords: '' },
      { id: 'b', question: 'An itch', answer: 'Red skin', keywords: '' },
      { id: 'c', question: 'Other things', answer: '', keywords: '' },
    ];
    const index = buildIndex(docs, { tag: 'en', stopWords: new Set() });
    expect(index.search('red swelling')).toMatchObject({ closest: false, hits: [{ id: 'a' }] });
    const closest = index.search('swelling itch');
    expect(closest.closest).toBe(true);
    expect(ids(closest).sort()).toEqual(['a', 'b']);
  });

  it('matches Chinese by characters and pairs', async () => {
    const index = await indexFor('zh-Hans');
    expect(ids(index.search('红肿'))).toContain('normal-side-effects');
    expect(ids(index.search('哺乳期可以做吗'))).toContain('who-should-avoid');
    expect(ids(index.search('痒'))).toContain('normal-or-concern');
  });

  it('Vietnamese: diacritics typed prefer exact matches; typed without, match all', async () => {
    const index = await indexFor('vi');
    // "đau" (pain) is not "đầu" (head): a query for pain does not find the scalp.
    const pain = index.search('đau');
    for (const hit of pain.hits) expect([...hit.terms].some((t) => t.includes('đầu'))).toBe(false);
    expect(ids(pain)[0]).toBe('pain');
    expect(ids(index.search('sung'))).toEqual(
      expect.arrayContaining(ids(index.search('sưng')).slice(0, 1)),
    );
  });

  it('marks the words found, in the original text', async () => {
    const index = await indexFor('en');
    const hit = index.search('swelling').hits[0]!;
    const text = 'Slight swelling, which often goes down.';
    const [mark] = markTerms(text, hit.terms, index.tokenizer);
    expect(text.slice(mark!.start, mark!.end)).toBe('swelling');
  });

  it('survives hostile input: no error, no freeze, a sensible empty result', async () => {
    const index = await indexFor('en');
    for (const query of [
      'a'.repeat(10_000),
      '.*(?[',
      '?!…,;:',
      '😀🙃',
      'swelling 红肿 تورم',
      '\u200f\u202e\u200e',
      '',
    ])
      expect(() => index.search(query)).not.toThrow();
    expect(index.search('?!…,;:').hits).toEqual([]);
    expect(index.search('😀🙃').hits).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const result = index.search(query);
        return Array.isArray(result.hits) && result.hits.every((hit) => hit.score > 0);
      }),
      { numRuns: 200 },
    );
  });
});
