import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, emergencyNumberFor, regionOf } from './emergency-numbers';

describe('emergencyNumberFor', () => {
  it.each([
    ['US', '911'],
    ['GB', '999'],
    ['AU', '000'],
    ['DE', '112'],
    ['fr', '112'],
    ['NZ', '111'],
  ])('%s → %s', (country, number) => {
    expect(emergencyNumberFor({ explicit: null, country, languageRegion: null })).toBe(number);
  });

  it('prefers the explicit number, then the country, then the language region', () => {
    expect(emergencyNumberFor({ explicit: '000', country: 'US', languageRegion: 'GB' })).toBe(
      '000',
    );
    expect(emergencyNumberFor({ explicit: null, country: 'US', languageRegion: 'GB' })).toBe('911');
    expect(emergencyNumberFor({ explicit: null, country: null, languageRegion: 'MX' })).toBe('911');
  });

  it('does not guess for an unlisted country, or when nothing is known', () => {
    expect(emergencyNumberFor({ explicit: null, country: 'AQ', languageRegion: 'US' })).toBeNull();
    expect(emergencyNumberFor({ explicit: null, country: null, languageRegion: null })).toBeNull();
  });

  it('lists 112 for every EU member state', () => {
    const eu = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK';
    for (const country of eu.split(' ')) expect(EMERGENCY_NUMBERS[country], country).toBe('112');
  });
});

describe('regionOf', () => {
  it.each([
    ['es-MX', 'MX'],
    ['en-GB', 'GB'],
    ['zh-Hans-SG', 'SG'],
    ['en', null],
    ['not a tag', null],
    [null, null],
  ])('%j → %j', (tag, region) => {
    expect(regionOf(tag)).toBe(region);
  });
});
