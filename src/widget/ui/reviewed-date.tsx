import {
  formatReviewedDate,
  prebuiltReviewedDate,
  type ReviewedDates,
} from '../../i18n/reviewed-dates';
import { useWidget } from '../widget-context';
import { useListened } from './listened';

declare const __CLINIC_WIDGET_REVIEWED_DATES__: ReviewedDates;

/**
 * The content's last-reviewed date in the visitor's language. The first Intl.DateTimeFormat of
 * a page loads the platform's date data, at 4× CPU the widget's longest task
 * (docs/performance.md), for a line at the very end of the widget. The shipped content's
 * date comes formatted from the build (i18n/reviewed-dates.ts), in every frame. Another date
 * (a clinic's own content) is shown as the content writes it (2026-05-01), which any reader
 * understands, until the first view's last stage, a task of its own, formats it.
 */
export function ReviewedDate({ isoDate, locale }: { isoDate: string; locale: string }) {
  const { firstView } = useWidget();
  const formatted = useListened(firstView, () => firstView.plan().formattedDate);
  const text =
    prebuiltReviewedDate(__CLINIC_WIDGET_REVIEWED_DATES__, isoDate, locale) ??
    (formatted ? formatReviewedDate(isoDate, locale) : isoDate);
  return <time dateTime={isoDate}>{text}</time>;
}
