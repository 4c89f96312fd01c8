import { telHref } from '../../shared/phone';
import { useWidget } from '../widget-context';
import { SlottedText } from './slotted-text';
import * as styles from './emergency-notice.css';

/**
 * "In an emergency, call 911 now", with the number as a call link when it is known. Shown in
 * the footer and at the top of every step of the check.
 */
export function EmergencyNotice() {
  const { template, clinic, fill } = useWidget();
  const href = telHref(clinic.emergencyNumber);
  return (
    <p class={styles.notice}>
      <SlottedText
        template={template('footer.emergency')}
        slots={{
          emergency: href ? <a href={href}>{clinic.emergencyNumber}</a> : fill('{{emergency}}'),
        }}
      />
    </p>
  );
}
