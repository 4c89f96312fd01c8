import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLocale } from '../../tools/translation-check.mjs';
import type { TopicContent } from './content';
import { SHIPPED_LOCALES } from '../i18n/locales';
import { markupToText } from './safe-markup';
import { findMatches, foldForSearch, normalizeQuery } from './search';
import { splitByMatches } from './search/marks';

const matched = (text: string, query: string) =>
  findMatches(text, normalizeQuery(query)).map(({ start, end }) => text.slice(start, end));

describe('search folding', () => {
  it.each([
    ['German umlauts and ß', 'Übelkeit und Schwellung, Straße', 'ubelkeit', 'Übelkeit'],
    ['German ß typed as ss', 'Straße', 'strasse', 'Straße'],
    ['Spanish accents', '¿Cuánto duran los efectos?', 'cuanto', 'Cuánto'],
    ['French accents and case', 'ÉRUPTION cutanée', 'eruption cutanee', 'ÉRUPTION cutanée'],
    ['Portuguese', 'inchaço e coceira', 'inchaco', 'inchaço'],
    ['Vietnamese diacritics', 'Sưng đỏ và đau', 'sung do', 'Sưng đỏ'],
    ['Vietnamese đ', 'Đau đầu', 'dau dau', 'Đau đầu'],
    ['Vietnamese with diacritics in the query', 'Sưng đỏ và đau', 'SƯNG', 'Sưng'],
    ['Russian case', 'Сильный ЗУД', 'зуд', 'ЗУД'],
    ['Russian ё', 'Её отёк', 'отек', 'отёк'],
    ['Korean', '붓기와 발적', '발적', '발적'],
    ['Tagalog', 'Pamamaga at PANGANGATI', 'pangangati', 'PANGANGATI'],
    ['Chinese without spaces', '治疗后头皮发红是正常的吗', '头皮发红', '头皮发红'],
    ['Arabic with tashkeel', 'الْحُمَّى', 'الحمى', 'الْحُمَّى'],
    ['Arabic alef forms', 'إحمرار', 'احمرار', 'إحمرار'],
    ['Arabic ta marbuta', 'حكة شديدة', 'حكه', 'حكة'],
    ['full-width Latin', 'ＰＲＰ治疗', 'prp', 'ＰＲＰ'],
  ])('%s', (_, text, query, expected) => {
    expect(matched(text, query)).toEqual([expected]);
  });

  it('finds every occurrence and merges overlaps', () => {
    expect(matched('aaa ba', 'a')).toEqual(['aaa', 'a']);
    expect(splitByMatches('Red and red', findMatches('Red and red', 'red'))).toEqual([
      { text: 'Red', match: true },
      { text: ' and ', match: false },
      { text: 'red', match: true },
    ]);
  });

  it('maps emoji and other astral characters back correctly', () => {
    expect(matched('💉 PRP 💉', 'prp')).toEqual(['PRP']);
    expect(matched('a😀b', '😀')).toEqual(['😀']);
  });

  it('treats regular-expression characters as text', () => {
    expect(matched('a.*(?[b', '.*(?[')).toEqual(['.*(?[']);
    expect(matched('anything', '.*')).toEqual([]);
  });

  it('stays fast and safe with a 10,000-character query', () => {
    const query = '.*(?['.repeat(2_000);
    expect(() => matched('x'.repeat(10_000), query)).not.toThrow();
    // The query is capped, and matching is a plain indexOf scan: linear, whatever the input.
    expect(normalizeQuery(query).length).toBeLessThanOrEqual(200);
  });

  it('never throws and always returns ranges inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, query) => {
        const ranges = findMatches(text, normalizeQuery(query));
        return ranges.every(
          (r, i) =>
            r.start >= 0 &&
            r.end <= text.length &&
            r.start < r.end &&
            (i === 0 || r.start > ranges[i - 1]!.end - 1),
        );
      }),
    );
  });

  it('folds text into something no longer than the characters it came from allow', () => {
    expect(foldForSearch('ß').text).toBe('ss');
    expect(foldForSearch('ß').source).toEqual([0, 0]);
  });

  describe.each(SHIPPED_LOCALES)('shipped %s content', (tag) => {
    const content = readLocale(tag).content as TopicContent;
    it('finds every FAQ question by a word of it typed without accents or capitals', () => {
      for (const item of content.faq.items) {
        // The longest run of letters in the question, folded: what a visitor might type.
        const words = item.question.split(/[\s\p{P}]+/u).filter(Boolean);
        const word = words.sort((a, b) => b.length - a.length)[0]!;
        const typed = foldForSearch(word).text.toUpperCase().toLowerCase();
        expect(
          findMatches(item.question, normalizeQuery(typed)).length,
          `${tag}: ${word}`,
        ).toBeGreaterThan(0);
        expect(findMatches(markupToText(item.answer), normalizeQuery('zzzqqq')).length).toBe(0);
      }
    });
  });
});
