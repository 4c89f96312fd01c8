import { useWidget } from '../widget-context';

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
 * on a slow phone (docs/performance.md), for a line at the very end of the widget: so the
 * first frame shows the date as the content writes it (2026-05-01), which any reader
 * understands, and the second frame, a task of its own, formats it.
 */
export function ReviewedDate({ isoDate, locale }: { isoDate: string; locale: string }) {
  const { firstFrame } = useWidget();
  return <time dateTime={isoDate}>{firstFrame ? isoDate : formatDate(isoDate, locale)}</time>;
}
