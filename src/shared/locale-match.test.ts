import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage, forgetLikelySubtags, matchLocale } from './locale-match';

const ELEVEN = ['en', 'es', 'zh-Hans', 'vi', 'ko', 'tl', 'ru', 'ar', 'fr', 'de', 'pt-BR'];

describe('matchLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['es-MX', 'es'],
    ['ES', 'es'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['fil', 'tl'],
    ['tl-PH', 'tl'],
    ['ar-EG', 'ar'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['ko-KR', 'ko'],
    ['vi-VN', 'vi'],
    ['ru-RU', 'ru'],
  ])('%s → %s', (tag, expected) => {
    expect(matchLocale([tag], ELEVEN)).toBe(expected);
  });

  it.each(['zh-TW', 'zh-Hant', 'zh-HK', 'ja', 'xx', 'not a tag', ''])(
    'does not guess for %j',
    (tag) => {
      expect(matchLocale([tag], ELEVEN)).toBeNull();
    },
  );

  it('tries requested tags in order', () => {
    expect(matchLocale(['ja', 'de-CH', 'en'], ELEVEN)).toBe('de');
  });

  it('only offers what is shipped', () => {
    expect(matchLocale(['fr'], ['en', 'es'])).toBeNull();
  });
});

describe('chooseLanguage', () => {
  const shipped = ['en', 'es'];
  it('prefers the option, then the page, then the browser', () => {
    expect(
      chooseLanguage({ option: 'es', documentLang: 'en', browser: ['en'] }, shipped, 'en'),
    ).toEqual({ locale: 'es', from: 'option', unmatched: null });
    expect(
      chooseLanguage({ option: null, documentLang: 'es-419', browser: ['en'] }, shipped, 'en'),
    ).toEqual({ locale: 'es', from: 'document', unmatched: null });
    expect(
      chooseLanguage({ option: null, documentLang: '', browser: ['fr', 'es-ES'] }, shipped, 'en'),
    ).toEqual({ locale: 'es', from: 'browser', unmatched: null });
    expect(
      chooseLanguage({ option: null, documentLang: null, browser: [] }, shipped, 'en'),
    ).toEqual({ locale: 'en', from: 'default', unmatched: null });
  });

  it('falls back to the default when the deciding source is not shipped', () => {
    expect(
      chooseLanguage({ option: 'zh-TW', documentLang: 'es', browser: [] }, shipped, 'en'),
    ).toEqual({ locale: 'en', from: 'option', unmatched: 'zh-TW' });
  });
});

describe('matchLocale cost', () => {
  it('asks for likely subtags only of the tags that need them, once per tag', () => {
    // The first maximize() loads the platform's likely-subtags data: on a slow phone it was a
    // measurable part of the widget's first long task when all eleven shipped tags were asked.
    forgetLikelySubtags();
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize');
    try {
      expect(matchLocale(['fr-BE'], ELEVEN)).toBe('fr');
      // fr-BE itself and the one shipped tag of its language (fr).
      expect(maximize).toHaveBeenCalledTimes(2);
      expect(matchLocale(['fr-BE'], ELEVEN)).toBe('fr');
      expect(maximize).toHaveBeenCalledTimes(2);
      expect(matchLocale(['en'], ELEVEN)).toBe('en');
      expect(maximize).toHaveBeenCalledTimes(2);
    } finally {
      maximize.mockRestore();
    }
  });
});
