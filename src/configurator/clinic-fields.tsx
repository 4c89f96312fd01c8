import { TextField, type FormPartProps } from './field';
import * as styles from './configurator.css';

/** The clinic's name, phone and booking page. */
export function ClinicFields(props: FormPartProps) {
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>Your clinic</legend>
      <TextField {...props} field="clinicName" label="Clinic name" autocomplete="organization" />
      <TextField
        {...props}
        field="clinicPhone"
        label="Phone number"
        hint="Shown as a call link, e.g. +1 555 0100."
        type="tel"
        autocomplete="tel"
      />
      <TextField
        {...props}
        field="bookingUrl"
        label="Booking page"
        hint="A secure address starting with https://."
        type="url"
        autocomplete="url"
      />
    </fieldset>
  );
}
