import type { VNode } from 'preact';
import { useWidget } from '../widget-context';
import { button } from './button.css';
import * as styles from '../widget.css';

/**
 * A section's stand-in: "Loading…" while its code downloads; after a failure, a short
 * message and a "Try again" button (the widget also tries again when the browser is back
 * online). Everything else in the widget, the emergency line first, is shown meanwhile.
 */
function SectionFallback({ failed, retry }: { failed: boolean; retry: () => void }) {
  const { t } = useWidget();
  if (!failed)
    return (
      <p role="status" class={styles.muted}>
        {t('error.loading')}
      </p>
    );
  return (
    <div role="alert">
      <p class={styles.errorMessage}>{t('error.render')}</p>
      <button type="button" class={button.secondary} onClick={retry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

export const sectionFallback = <P,>(_props: P, failed: boolean, retry: () => void): VNode => (
  <SectionFallback failed={failed} retry={retry} />
);
