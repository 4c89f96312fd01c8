import { useState } from 'preact/hooks';
import { button, actions as actionsClass } from '../ui/button.css';
import { copyText } from '../ui/clipboard';
import { Heading } from '../ui/heading';
import { useWidget } from '../widget-context';
import * as sectionStyles from '../ui/section.css';
import * as styles from './quiz.css';

/** "What to tell your clinic": the answers as lines to copy or print. */
export function Summary({ lines, headingLevel }: { lines: string[]; headingLevel: number }) {
  const { t } = useWidget();
  const [status, setStatus] = useState('');
  const copy = () =>
    void copyText(lines.join('\n')).then((ok) =>
      setStatus(ok ? t('quiz.copied') : t('quiz.copyFailed')),
    );
  return (
    <>
      <Heading level={headingLevel} class={styles.subheading}>
        {t('quiz.summaryTitle')}
      </Heading>
      <ul class={styles.summary}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <div class={actionsClass}>
        <button type="button" class={button.secondary} onClick={copy}>
          {t('quiz.copy')}
        </button>
        <button type="button" class={button.secondary} onClick={() => window.print()}>
          {t('quiz.print')}
        </button>
      </div>
      <p role="status" class={sectionStyles.note}>
        {status}
      </p>
    </>
  );
}
