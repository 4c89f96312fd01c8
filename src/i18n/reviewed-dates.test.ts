import { describe, expect, it } from 'vitest';
import englishContent from './locales/en/content.json';
import { SHIPPED_LOCALES } from './locales';
import { formatReviewedDate, prebuiltReviewedDate, reviewedDates } from './reviewed-dates';

declare const __CLINIC_WIDGET_REVIEWED_DATES__: ReturnType<typeof reviewedDates>;

describe('reviewed dates', () => {
  it('formats a date as the visitor’s language writes it, or leaves it as given', () => {
    expect(formatReviewedDate('2026-05-01', 'en')).toBe('May 1, 2026');
    expect(formatReviewedDate('2026-05-01', 'de')).toBe('1. Mai 2026');
    // UTC: the date does not move with the visitor's time zone.
    expect(formatReviewedDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatReviewedDate('2026-05-01', 'not a tag!')).toBe('2026-05-01');
  });

  it('the build’s table holds the shipped content’s date in every shipped language', () => {
    const table = __CLINIC_WIDGET_REVIEWED_DATES__;
    expect(table.iso).toBe(englishContent.meta.lastReviewed);
    expect(Object.keys(table.text).sort()).toEqual([...SHIPPED_LOCALES].sort());
    for (const tag of SHIPPED_LOCALES)
      expect(table.text[tag]).toBe(formatReviewedDate(table.iso, tag));
  });

  it('serves only the date and languages the table was built for', () => {
    const table = reviewedDates('2026-05-01', ['en', 'es']);
    expect(prebuiltReviewedDate(table, '2026-05-01', 'es')).toBe(
      formatReviewedDate('2026-05-01', 'es'),
    );
    expect(prebuiltReviewedDate(table, '2026-05-02', 'es')).toBeNull();
    expect(prebuiltReviewedDate(table, '2026-05-01', 'fr')).toBeNull();
    expect(prebuiltReviewedDate(table, '2026-05-01', 'constructor')).toBeNull();
  });
});
