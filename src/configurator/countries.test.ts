import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS } from '../content/emergency-numbers';
import { countryChoices } from './countries';

describe('countryChoices', () => {
  const choices = countryChoices();

  it('offers every country of the emergency-number table, with its number', () => {
    for (const [code, number] of Object.entries(EMERGENCY_NUMBERS))
      expect(choices.find((c) => c.code === code)?.emergencyNumber).toBe(number);
    expect(choices.find((c) => c.code === 'US')).toEqual({
      code: 'US',
      name: 'United States',
      emergencyNumber: '911',
    });
  });

  it('offers countries the table does not know, with no number (never a guess)', () => {
    const unlisted = choices.filter((c) => c.emergencyNumber === null);
    expect(unlisted.length).toBeGreaterThan(50);
    for (const { code } of unlisted) expect(EMERGENCY_NUMBERS[code]).toBeUndefined();
  });

  it('offers no groupings of countries, each country once, sorted by name', () => {
    const codes = choices.map((c) => c.code);
    for (const grouping of ['EU', 'EZ', 'UN', 'ZZ']) expect(codes).not.toContain(grouping);
    expect(new Set(codes).size).toBe(codes.length);
    const names = choices.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('falls back to the table alone where the browser cannot name regions', () => {
    const bare = countryChoices(() => undefined);
    expect(bare.map((c) => c.code).sort()).toEqual(Object.keys(EMERGENCY_NUMBERS).sort());
  });
});
