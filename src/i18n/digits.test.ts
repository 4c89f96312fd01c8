import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from './locales';
import { digitTable, formatSmallNumber, intlNumber } from './digits';

declare const __CLINIC_WIDGET_DIGITS__: Record<string, string>;

describe('digits', () => {
  it('the build’s table lists the shipped languages whose digits are not 0–9', () => {
    // Empty with today's CLDR: Arabic without a region writes 0–9 (ar-EG writes ٠–٩).
    expect(__CLINIC_WIDGET_DIGITS__).toEqual(digitTable(SHIPPED_LOCALES));
    expect(digitTable(['en', 'ar-EG'])).toEqual({ 'ar-EG': '٠١٢٣٤٥٦٧٨٩' });
  });

  it('writes a number in the table’s digits', () => {
    const table = { 'ar-EG': '٠١٢٣٤٥٦٧٨٩' };
    expect(formatSmallNumber(4, 'ar-EG', table, ['ar-EG'])).toBe('٤');
    expect(formatSmallNumber(12, 'ar-EG', table, ['ar-EG'])).toBe('١٢');
    expect(formatSmallNumber(12, 'ar-EG', table, ['ar-EG'])).toBe(intlNumber(12, 'ar-EG'));
  });

  it('writes small whole numbers as Intl.NumberFormat does, in every shipped language', () => {
    for (const locale of SHIPPED_LOCALES)
      for (const value of [0, 1, 4, 9, 10, 12, 99, 100, 999])
        expect(formatSmallNumber(value, locale, __CLINIC_WIDGET_DIGITS__, SHIPPED_LOCALES)).toBe(
          intlNumber(value, locale),
        );
  });

  it('leaves other numbers and languages to Intl', () => {
    const table = { ar: '٠١٢٣٤٥٦٧٨٩' };
    expect(formatSmallNumber(1234, 'en', table, ['en'])).toBe('1,234');
    expect(formatSmallNumber(1.5, 'de', table, ['de'])).toBe('1,5');
    expect(formatSmallNumber(3, 'hi-IN-u-nu-deva', table, ['en'])).toBe('३');
    expect(formatSmallNumber(3, 'not a tag!', table, ['en'])).toBe('3');
  });
});
