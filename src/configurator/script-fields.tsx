import { Field } from './field';
import * as styles from './configurator.css';

export interface ScriptChoice {
  url: string;
  withIntegrity: boolean;
}

interface ScriptFieldsProps {
  script: ScriptChoice;
  onChange(script: ScriptChoice): void;
}

/** Where the snippet loads clinic-widget.js from, and whether it pins its integrity. */
export function ScriptFields({ script, onChange }: ScriptFieldsProps) {
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>The snippet</legend>
      <Field
        id="scriptUrl"
        label="Address of clinic-widget.js"
        hint="Where you (or your developer) uploaded the dist folder."
      >
        {(describedBy) => (
          <input
            type="url"
            id="scriptUrl"
            value={script.url}
            aria-describedby={describedBy}
            onInput={(event) => onChange({ ...script, url: event.currentTarget.value })}
          />
        )}
      </Field>
      <label class={styles.choice}>
        <input
          type="checkbox"
          checked={script.withIntegrity}
          onChange={(event) => onChange({ ...script, withIntegrity: event.currentTarget.checked })}
        />
        Add an integrity check (the browser refuses a changed file)
      </label>
    </fieldset>
  );
}
