import { useMemo } from 'preact/hooks';
import { countryChoices } from './countries';
import { Field, type FormPartProps } from './field';
import * as styles from './configurator.css';

/**
 * The first question: the clinic's country. No default is guessed (not from the browser, not
 * from a language): a wrong country shows patients an emergency number that does not work.
 */
export function CountryField({ config, errors, set }: FormPartProps) {
  const countries = useMemo(() => countryChoices(), []);
  const chosen = countries.find((country) => country.code === config.country);
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>Your clinic’s country</legend>
      <Field
        id="country"
        label="Country"
        hint="It sets the emergency number the widget tells patients to call."
        error={errors.country}
      >
        {(describedBy) => (
          <select
            id="country"
            value={config.country}
            aria-describedby={describedBy}
            aria-required="true"
            onChange={(event) => set('country', event.currentTarget.value)}
          >
            <option value="">Choose your country</option>
            {countries.map(({ code, name, emergencyNumber }) => (
              <option value={code} key={code}>
                {name} ({emergencyNumber ?? 'no number: “your local emergency number”'})
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen ? (
        <p class={styles.hint} id="country-number">
          {chosen.emergencyNumber
            ? `Patients will be told to call ${chosen.emergencyNumber} in an emergency.`
            : 'The widget does not know this country’s number: it will say “your local emergency number”. You can add the number later with data-emergency-number.'}
        </p>
      ) : null}
    </fieldset>
  );
}
