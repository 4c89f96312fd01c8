import { resolveCssColor } from '../embed/resolve-color';
import { LANGUAGES } from '../i18n/locales';
import { deriveAccent } from '../styles/accent';
import { Field, type FormPartProps } from './field';
import * as styles from './configurator.css';

const SCHEMES = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['auto', 'Match the visitor’s device setting'],
] as const;

/** Language, accent colour (with what the widget makes of it) and colour scheme. */
export function LookFields({ config, errors, set }: FormPartProps) {
  const accentRgb = !errors.accent && config.accent.trim() ? resolveCssColor(config.accent) : null;
  const accentInfo = accentRgb ? deriveAccent(accentRgb) : null;
  const setAccent = (event: Event) =>
    set('accent', (event.currentTarget as HTMLInputElement).value);
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>Language and look</legend>
      <Field
        id="lang"
        label="Language"
        hint="Automatic shows each visitor the language of your page, or of their browser."
        error={errors.lang}
      >
        {(describedBy) => (
          <select
            id="lang"
            value={config.lang}
            aria-describedby={describedBy}
            onChange={(event) => set('lang', event.currentTarget.value)}
          >
            <option value="">Automatic (recommended)</option>
            {LANGUAGES.map((language) => (
              <option value={language.tag} key={language.tag}>
                {language.name} ({language.tag})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="accent"
        label="Accent colour"
        hint="Your brand colour for buttons and links, e.g. #0b6e69. Leave empty for the default teal."
        error={errors.accent}
      >
        {(describedBy) => (
          <div class={styles.row}>
            <input
              type="text"
              id="accent"
              value={config.accent}
              aria-describedby={describedBy}
              aria-invalid={errors.accent ? 'true' : undefined}
              onInput={setAccent}
              autocomplete="off"
              spellcheck={false}
            />
            <input
              type="color"
              aria-label="Pick the accent colour"
              value={accentInfo?.fill ?? '#0b6e69'}
              onInput={setAccent}
            />
          </div>
        )}
      </Field>
      {accentInfo ? (
        <p class={styles.hint} id="accent-info">
          Buttons: {accentInfo.onFill === '#ffffff' ? 'white' : 'black'} text on your colour. Links
          and outlines: {accentInfo.inkLight} on light backgrounds, {accentInfo.inkDark} on dark
          ones
          {accentInfo.inkLight !== accentInfo.fill ? ' (adjusted so that they stay readable)' : ''}.
        </p>
      ) : null}
      <div class={styles.field} role="radiogroup" aria-labelledby="scheme-label">
        <span class={styles.label} id="scheme-label">
          Colours
        </span>
        {SCHEMES.map(([value, name]) => (
          <label class={styles.choice} key={value}>
            <input
              type="radio"
              name="colorScheme"
              value={value}
              checked={config.colorScheme === value}
              onChange={() => set('colorScheme', value)}
            />
            {name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
