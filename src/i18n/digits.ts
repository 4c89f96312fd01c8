/**
 * Small whole numbers as a language writes them (٢ where a language writes ٠–٩), without
 * Intl.NumberFormat on the visitor's page: the first Intl formatter of a page loads the
 * platform's locale data, a long task at 4× CPU (docs/performance.md). The build writes down
 * the digits of every shipped language whose digits are not 0–9 (`__CLINIC_WIDGET_DIGITS__`,
 * scripts/build-targets.ts); other numbers and other languages go through Intl. Pure.
 */
export type DigitTable = Record<string, string>;

const ASCII_DIGITS = '0123456789';

/** `value` as Intl.NumberFormat writes it in `locale`; as String() if it cannot. */
export function intlNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/** The shipped languages whose digits are not 0–9, and their ten digits (for the build). */
export const digitTable = (tags: readonly string[]): DigitTable =>
  Object.fromEntries(
    tags
      .map((tag) => [
        tag,
        [...ASCII_DIGITS].map((digit) => intlNumber(Number(digit), tag)).join(''),
      ])
      .filter(([, digits]) => digits !== ASCII_DIGITS),
  );

/**
 * `value` in `locale`'s digits: from the table for a shipped language and a whole number below
 * 1000 (no grouping separator to know), else through Intl.
 */
export function formatSmallNumber(
  value: number,
  locale: string,
  table: DigitTable,
  shipped: readonly string[],
): string {
  if (!Number.isInteger(value) || value < 0 || value >= 1000 || !shipped.includes(locale))
    return intlNumber(value, locale);
  const digits = Object.prototype.hasOwnProperty.call(table, locale)
    ? table[locale]!
    : ASCII_DIGITS;
  return String(value).replace(/\d/g, (digit) => [...digits][Number(digit)]!);
}
