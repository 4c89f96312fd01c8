import { describe, expect, it } from 'vitest';
import { readLocale } from '../../tools/translation-check.mjs';
import { packTexts, unpackTexts } from './compact-content';
import { ENGLISH } from './content';
import { SHIPPED_LOCALES } from '../i18n/locales';

describe('compact content', () => {
  it.each(SHIPPED_LOCALES)('round-trips %s exactly', (tag) => {
    const { content } = readLocale(tag);
    const texts = packTexts(ENGLISH.content, content);
    expect(texts.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    expect(unpackTexts(ENGLISH.content, texts)).toEqual(content);
  });

  it('leaves missing texts undefined, for validation to report', () => {
    const unpacked = unpackTexts({ id: 'x', a: 'A', b: ['B', 'C'] }, ['a', 7]);
    expect(unpacked).toEqual({ id: 'x', a: 'a', b: [undefined, undefined] });
  });
});
