import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './locale-match';
import { likelyLanguage } from './likely-language';

const OTHERS = 'es zh-Hans vi ko tl ru ar fr de pt-BR';
const ELEVEN = ['en', ...OTHERS.split(' ')];

describe('likelyLanguage (the loader’s early guess)', () => {
  it('follows the widget’s order of sources: data-lang, <html lang>, the browser', () => {
    expect(likelyLanguage(OTHERS, [null, 'es'], 'de', 'fr-FR')).toBe('es');
    expect(likelyLanguage(OTHERS, [null], 'de-AT', 'fr-FR')).toBe('de');
    expect(likelyLanguage(OTHERS, [], null, 'pt-PT')).toBe('pt-BR');
    expect(likelyLanguage(OTHERS, ['en'], 'es', 'es')).toBeNull();
    expect(likelyLanguage(OTHERS, [], null, undefined)).toBeNull();
  });

  it.each([
    'es-MX',
    'ES',
    'zh-CN',
    'zh-Hans',
    'zh_CN',
    'zh',
    'zh-SG',
    'fil',
    'tl-PH',
    'ar-EG',
    'ko-KR',
    'vi-VN',
    'ru-RU',
    'fr-CA',
    'de-CH',
    'pt',
    'pt-BR',
    'en-US',
    'en',
    'zh-TW',
    'zh-Hant',
    'zh-HK',
    'ja',
    'he',
    '',
  ])('guesses for %j what the widget chooses (other than English)', (tag) => {
    const chosen = chooseLanguage({ option: null, documentLang: tag, browser: [] }, ELEVEN, 'en');
    expect(likelyLanguage(OTHERS, [], tag, undefined)).toBe(
      chosen.locale === 'en' ? null : chosen.locale,
    );
  });
});
