import { useEffect, useState } from 'preact/hooks';

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
  const [shown, setShown] = useState(isoDate);
  useEffect(() => {
    const timer = setTimeout(() => setShown(formatDate(isoDate, locale)));
    return () => clearTimeout(timer);
  }, [isoDate, locale]);
  return <time dateTime={isoDate}>{shown}</time>;
}
