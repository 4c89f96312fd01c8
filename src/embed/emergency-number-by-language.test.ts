import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, emergencyNumberFor } from '../content/emergency-numbers';
import { LANGUAGES } from '../i18n/locales';
import { parseOptions } from './options';
import { parseColor } from '../styles/parse-color';

/** The number a container with these attributes shows, through the real option parser. */
function numberFor(attributes: Record<string, string>): string | null {
  const { options } = parseOptions(attributes, 'attribute', parseColor);
  return emergencyNumberFor({
    explicit: options.emergencyNumber ?? null,
    country: options.country ?? null,
  });
}

/** Every tag a shipped language can carry with a region: "ko-KR", "zh-Hans-TW", "pt-BR", … */
const REGIONS = Object.keys(EMERGENCY_NUMBERS);
const taggedLanguages = LANGUAGES.flatMap(({ tag }) => [
  tag,
  ...REGIONS.map((region) => `${tag.split('-')[0]}-${region}`),
  ...(tag.includes('-') ? REGIONS.map((region) => `${tag}-${region}`) : []),
]);

describe('a language never decides the emergency number', () => {
  it('covers every shipped language with every region that has a number', () => {
    expect(taggedLanguages.length).toBeGreaterThan(LANGUAGES.length * REGIONS.length);
  });

  it('shows no number for any language and region when the clinic sets no country', () => {
    for (const lang of taggedLanguages) expect(numberFor({ lang }), lang).toBeNull();
  });

  it('shows 911 in every language for data-country="US"', () => {
    for (const lang of taggedLanguages)
      expect(numberFor({ lang, country: 'US' }), lang).toBe('911');
  });

  it('shows 999 for data-country="GB" with data-lang="pt-BR" (192 is Brazil’s)', () => {
    expect(numberFor({ lang: 'pt-BR', country: 'GB' })).toBe('999');
    expect(numberFor({ lang: 'ko-KR', country: 'US', emergencyNumber: '112' })).toBe('112');
  });
});
