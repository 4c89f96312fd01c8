import { describe, expect, it } from 'vitest';
import { ENGLISH } from './content';
import {
  MAX_CONTENT_BYTES,
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_LISTED_PROBLEMS,
  MAX_TEXT_LENGTH,
  isOverBytes,
  listProblems,
  overLimits,
} from './content-limits';

describe('overLimits', () => {
  it('finds nothing in the shipped content, in every language slot', () => {
    expect(overLimits({ en: ENGLISH.content, es: ENGLISH.content })).toEqual([]);
  });

  it('names each list, object and text over its limit by path', () => {
    const content = structuredClone(ENGLISH.content) as unknown as Record<string, unknown> & {
      faq: { items: unknown[] };
      meta: Record<string, unknown>;
    };
    content.faq.items = Array.from({ length: 20_000 }, (_, i) => ({ id: `q${i}` }));
    content.meta.title = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    content.meta.extra = Object.fromEntries(
      Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`f${i}`, 1]),
    );
    expect(overLimits({ en: content })).toEqual([
      'en.meta.title: 5,001 characters; the limit is 5,000',
      'en.meta.extra: 201 fields; the limit is 200',
      'en.faq.items: 20,000 entries; the limit is 200',
    ]);
  });

  it('takes lists and texts exactly at the limits', () => {
    const at = {
      en: { list: Array.from({ length: MAX_ENTRIES }, () => 'x'.repeat(MAX_TEXT_LENGTH)) },
    };
    expect(overLimits(at)).toEqual([]);
  });

  it('stops at a depth a topic never needs, without overflowing the stack', () => {
    let deep: unknown = 'end';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(overLimits({ en: deep })).toEqual([
      `en${'[0]'.repeat(MAX_DEPTH - 1)}: nested more than ${MAX_DEPTH} levels deep`,
    ]);
  });
});

describe('listProblems', () => {
  it('lists every problem while there are few', () => {
    expect(listProblems(['a: bad', 'b: worse'])).toBe('\n- a: bad\n- b: worse');
  });

  it('lists the first ten, shortened, and counts the rest', () => {
    const problems = Array.from({ length: 80_000 }, (_, i) => `item ${i}: ${'y'.repeat(200)}`);
    const text = listProblems(problems);
    const lines = text.split('\n- ').slice(1);
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(lines.at(-1)).toBe('and 79,990 more');
    expect(lines[0]!.length).toBeLessThanOrEqual(160);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(2_000);
  });
});

describe('isOverBytes', () => {
  it('counts UTF-8 bytes, not characters, near the limit', () => {
    expect(isOverBytes('a'.repeat(MAX_CONTENT_BYTES))).toBe(false);
    expect(isOverBytes('a'.repeat(MAX_CONTENT_BYTES + 1))).toBe(true);
    // "é" is 2 bytes: 1,000,001 of them are 2,000,002 bytes.
    expect(isOverBytes('é'.repeat(MAX_CONTENT_BYTES / 2))).toBe(false);
    expect(isOverBytes('é'.repeat(MAX_CONTENT_BYTES / 2 + 1))).toBe(true);
  });
});
