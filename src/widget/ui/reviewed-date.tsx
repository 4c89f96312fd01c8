import { useEffect, useState } from 'preact/hooks';

/** Dates already formatted on this page, by language and date. */
const formatted = new Map<string, string>();

function formatDate(isoDate: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
  } catch {
    return isoDate;
  }
}

/**
 * The content's last-reviewed date in the visitor's language. The first Intl.DateTimeFormat of
 * a page loads the platform's date data, one of the larger costs of the widget's first frame
 * on a slow phone (docs/performance.md), for a line at the very end of the widget: so the date
 * is formatted in a task of its own after the first paint, shown meanwhile as written in the
 * content (2026-05-01), which any reader understands.
 */
export function ReviewedDate({ isoDate, locale }: { isoDate: string; locale: string }) {
  const key = `${locale} ${isoDate}`;
  const [, setFormatted] = useState(0);
  useEffect(() => {
    if (formatted.has(key)) return;
    const timer = setTimeout(() => {
      formatted.set(key, formatDate(isoDate, locale));
      setFormatted((n) => n + 1);
    });
    return () => clearTimeout(timer);
  }, [key]);
  return <time dateTime={isoDate}>{formatted.get(key) ?? isoDate}</time>;
}
