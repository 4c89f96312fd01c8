import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, emergencyNumberFor } from './emergency-numbers';

describe('emergencyNumberFor', () => {
  it.each([
    ['US', '911'],
    ['GB', '999'],
    ['AU', '000'],
    ['DE', '112'],
    ['fr', '112'],
    ['NZ', '111'],
  ])('%s → %s', (country, number) => {
    expect(emergencyNumberFor({ explicit: null, country })).toBe(number);
  });

  it('prefers the explicit number, then the country', () => {
    expect(emergencyNumberFor({ explicit: '000', country: 'US' })).toBe('000');
    expect(emergencyNumberFor({ explicit: null, country: 'US' })).toBe('911');
  });

  it('does not guess for an unlisted country, or when nothing is known', () => {
    expect(emergencyNumberFor({ explicit: null, country: 'AQ' })).toBeNull();
    expect(emergencyNumberFor({ explicit: null, country: null })).toBeNull();
  });

  it('lists 112 for every EU member state', () => {
    const eu = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK';
    for (const country of eu.split(' ')) expect(EMERGENCY_NUMBERS[country], country).toBe('112');
  });
});
