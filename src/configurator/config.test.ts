import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  configAttributes,
  isTranslucent,
  reservesSpace,
  snippetBlockers,
  validateConfig,
} from './config';

describe('validateConfig', () => {
  it('accepts the defaults, and the snippet then has no options at all', () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual({});
    expect(configAttributes(DEFAULT_CONFIG)).toEqual([]);
  });

  it.each([
    ['clinicPhone', 'call 555 0100', 'cannot contain letters'],
    ['clinicPhone', '12', 'at least 3 digits'],
    ['bookingUrl', 'http://clinic.example/book', 'must be a secure address starting with https://'],
    ['bookingUrl', 'javascript:alert(1)', 'must be a secure address'],
    ['bookingUrl', 'clinic.example/book', 'full address'],
    ['accent', 'not-a-colour', 'not a colour'],
    ['accent', '#0b6e6980', 'see-through'],
    ['accent', 'rgb(11 110 105 / 50%)', 'see-through'],
    ['clinicName', 'x'.repeat(121), 'under 120 characters'],
    ['country', 'XX', 'Choose a country'],
  ] as const)('explains what is wrong with %s=%j', (field, value, message) => {
    const errors = validateConfig({ ...DEFAULT_CONFIG, [field]: value });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toContain(message);
  });

  it('checks the launcher fields only in launcher mode', () => {
    const bad = { ...DEFAULT_CONFIG, zIndex: 'top', launcherOffset: '50vh' };
    expect(validateConfig(bad)).toEqual({});
    const errors = validateConfig({ ...bad, mode: 'launcher' });
    expect(errors.zIndex).toContain('whole number');
    expect(errors.launcherOffset).toContain('400px');
  });

  it('needs at least one section', () => {
    expect(validateConfig({ ...DEFAULT_CONFIG, sections: [] }).sections).toContain('at least one');
  });

  it('leaves invalid fields out of the snippet', () => {
    expect(
      configAttributes({ ...DEFAULT_CONFIG, clinicPhone: 'abc', clinicName: 'Riverside' }),
    ).toEqual([['data-clinic-name', 'Riverside']]);
  });
});

describe('reservesSpace', () => {
  it('reserves a screen for an in-page widget with its FAQ, and nothing for a launcher', () => {
    expect(reservesSpace(DEFAULT_CONFIG)).toBe(true);
    expect(reservesSpace({ ...DEFAULT_CONFIG, mode: 'launcher' })).toBe(false);
    expect(reservesSpace({ ...DEFAULT_CONFIG, sections: ['quiz'] })).toBe(false);
  });
});

describe('isTranslucent', () => {
  it.each([
    ['#0b6e69', false],
    ['#0b6e69ff', false],
    ['#0b6e6980', true],
    ['#abcf', false],
    ['#abc8', true],
    ['rgb(1 2 3)', false],
    ['rgb(1, 2, 3)', false],
    ['rgba(1, 2, 3, 0.5)', true],
    ['rgb(1 2 3 / 1)', false],
    ['hsl(177 82% 24% / 40%)', true],
    ['transparent', true],
    ['teal', false],
  ])('%s → %s', (value, expected) => {
    expect(isTranslucent(value)).toBe(expected);
  });
});

describe('snippetBlockers', () => {
  it('starts with no country, and no snippet until one is chosen', () => {
    expect(DEFAULT_CONFIG.country).toBe('');
    const blockers = snippetBlockers(DEFAULT_CONFIG);
    expect(blockers).toHaveLength(1);
    expect(blockers[0]!.fieldId).toBe('country');
    expect(blockers[0]!.message).toContain('emergency number');
    expect(snippetBlockers({ ...DEFAULT_CONFIG, country: '   ' })).toHaveLength(1);
  });

  it('lets the snippet through once a country is chosen, and the snippet carries it', () => {
    const config = { ...DEFAULT_CONFIG, country: 'US' };
    expect(snippetBlockers(config)).toEqual([]);
    expect(configAttributes(config)).toEqual([['data-country', 'US']]);
  });
});
