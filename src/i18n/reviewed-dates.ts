/**
 * The footer's "last updated" date in the visitor's language. The first Intl.DateTimeFormat of
 * a page loads the platform's date data: at 4× CPU it was the widget's longest task
 * (docs/performance.md). The shipped content's date is known when the widget is built, so the
 * build formats it for every shipped language (`__CLINIC_WIDGET_REVIEWED_DATES__`,
 * scripts/build-targets.ts); only another date (a clinic's own content) is formatted in the
 * browser. Pure.
 */
export interface ReviewedDates {
  /** The date the table is for (the shipped content's meta.lastReviewed). */
  iso: string;
  /** That date as Intl.DateTimeFormat writes it (dateStyle "long", UTC), by language tag. */
  text: Record<string, string>;
}

/** `isoDate` (YYYY-MM-DD) as Intl.DateTimeFormat writes it in `locale`; as given if it cannot. */
export function formatReviewedDate(isoDate: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  } catch {
    return isoDate;
  }
}

/** The build's table: the shipped content's date in every shipped language. */
export const reviewedDates = (isoDate: string, tags: readonly string[]): ReviewedDates => ({
  iso: isoDate,
  text: Object.fromEntries(tags.map((tag) => [tag, formatReviewedDate(isoDate, tag)])),
});

/** The date from the build's table, or null when it is another date or language. */
export const prebuiltReviewedDate = (
  table: ReviewedDates,
  isoDate: string,
  locale: string,
): string | null =>
  isoDate === table.iso && Object.prototype.hasOwnProperty.call(table.text, locale)
    ? table.text[locale]!
    : null;
