import { Field, RadioChoices } from './field';
import * as styles from './configurator.css';
import { CDN_NAMES, checkScriptAddress, type ScriptHost } from './script-address';
import type { ScriptChoice } from './script-choice';

interface ScriptFieldsProps {
  script: ScriptChoice;
  onChange(script: ScriptChoice): void;
  /** What the integrity check found (or why it could not), when it is on. */
  integrityNote: string;
}

const HOSTS: [ScriptHost, string][] = [
  ['jsdelivr', `From ${CDN_NAMES.jsdelivr}, a free public CDN (recommended: nothing to upload)`],
  ['unpkg', `From ${CDN_NAMES.unpkg}, another free public CDN`],
  ['own', 'From my own host (I uploaded the dist folder)'],
];

/** Where the snippet loads clinic-widget.js from, and whether it pins its integrity. */
export function ScriptFields({ script, onChange, integrityNote }: ScriptFieldsProps) {
  const check = script.host === 'own' ? checkScriptAddress(script.ownUrl) : {};
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>Where the widget’s file comes from</legend>
      <RadioChoices
        name="scriptHost"
        choices={HOSTS}
        value={script.host}
        onChange={(host) => onChange({ ...script, host })}
      />
      {script.host === 'own' ? (
        <Field
          id="scriptUrl"
          label="Address of clinic-widget.js"
          hint="The full address on your site, e.g. https://www.your-clinic.com/clinic-widget/clinic-widget.js."
          error={check.error}
          warning={check.warning}
        >
          {(describedBy) => (
            <input
              type="url"
              id="scriptUrl"
              value={script.ownUrl}
              aria-describedby={describedBy}
              aria-invalid={check.error ? 'true' : undefined}
              onInput={(event) => onChange({ ...script, ownUrl: event.currentTarget.value })}
            />
          )}
        </Field>
      ) : (
        <p class={styles.hint} id="scriptUrl-hint">
          The address names this version of the widget, so it never changes under your page. To
          upgrade, make a new snippet.
        </p>
      )}
      <label class={styles.choice}>
        <input
          type="checkbox"
          id="integrity"
          checked={script.withIntegrity}
          onChange={(event) => onChange({ ...script, withIntegrity: event.currentTarget.checked })}
        />
        Add an integrity check (the browser refuses a changed file)
      </label>
      {script.withIntegrity ? (
        <p class={styles.hint} id="integrity-note" aria-live="polite">
          {integrityNote}
        </p>
      ) : null}
    </fieldset>
  );
}
