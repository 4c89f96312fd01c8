import type { ComponentChildren } from 'preact';
import type { AdminConfig, FieldErrors } from './config';
import * as styles from './configurator.css';

/** What each part of the form gets: the config, its messages, and a setter. */
export interface FormPartProps {
  config: AdminConfig;
  errors: FieldErrors;
  set<K extends keyof AdminConfig>(key: K, value: AdminConfig[K]): void;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A message that is not an error (the value works, with a caveat). */
  warning?: string | undefined;
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled control with its hint and, when invalid, its message (announced politely). */
export function Field({ id, label, hint, error, warning, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error || warning ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={styles.field}>
      <label class={styles.label} for={id}>
        {label}
      </label>
      {hint ? (
        <span class={styles.hint} id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children(describedBy || undefined)}
      <span class={error ? styles.error : styles.warning} id={`${id}-error`} aria-live="polite">
        {error ?? warning ?? ''}
      </span>
    </div>
  );
}

interface TextFieldProps extends FormPartProps {
  field: keyof AdminConfig;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'url';
  autocomplete?: string;
  inputMode?: 'numeric';
}

/** A text field for one option, with its hint and its inline message. */
export function TextField({ field, label, config, errors, set, ...extra }: TextFieldProps) {
  return (
    <Field id={field} label={label} hint={extra.hint} error={errors[field]}>
      {(describedBy) => (
        <input
          // Preact types each input type apart; these three take the same attributes.
          type={(extra.type ?? 'text') as 'text'}
          id={field}
          value={String(config[field])}
          aria-describedby={describedBy}
          aria-invalid={errors[field] ? 'true' : undefined}
          onInput={(event) => set(field, event.currentTarget.value as never)}
          autocomplete={extra.autocomplete}
          inputMode={extra.inputMode}
        />
      )}
    </Field>
  );
}
