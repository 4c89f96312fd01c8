import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LAUNCHER_POSITIONS, SECTION_IDS, type SectionId } from '../shared/option-types';
import { resolveCssColor } from '../embed/resolve-color';
import { EMERGENCY_NUMBERS } from '../content/emergency-numbers';
import { LANGUAGES } from '../i18n/locales';
import { deriveAccent } from '../styles/accent';
import {
  CONFIG_FIELDS,
  DEFAULT_CONFIG,
  configAttributes,
  configOptions,
  reservesSpace,
  validateConfig,
  type AdminConfig,
} from './config';
import * as styles from './configurator.css';
import { RESERVED_SPACE, buildSnippet } from './snippet';
import { whenWidgetLoaded, type PreviewHandle } from './widget-api';

const SECTION_NAMES: Record<SectionId, string> = {
  faq: 'Questions and answers (FAQ)',
  compare: 'Side-effect comparison with other treatments',
  quiz: '“When to get help” check after treatment',
};

const POSITION_NAMES = { 'bottom-right': 'Bottom right', 'bottom-left': 'Bottom left' };

function countryOptions(): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    // Old browsers: codes alone.
  }
  return Object.keys(EMERGENCY_NUMBERS)
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** A labelled control with its hint and, when invalid, its message (announced politely). */
function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
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
      <span class={styles.error} id={`${id}-error`} aria-live="polite">
        {error ?? ''}
      </span>
    </div>
  );
}

const defaultScriptUrl = () => new URL('/dist/clinic-widget.js', window.location.href).href;

/**
 * The admin configurator: every option as a form field with an inline message, a live
 * preview of the real widget, and the snippet to paste, with a copy button.
 */
export function Configurator() {
  const [config, setConfig] = useState<AdminConfig>(DEFAULT_CONFIG);
  const [scriptUrl, setScriptUrl] = useState(defaultScriptUrl);
  const [withIntegrity, setWithIntegrity] = useState(false);
  const [integrity, setIntegrity] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const [previewError, setPreviewError] = useState('');
  const previewRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<PreviewHandle | null>(null);
  const snippetRef = useRef<HTMLPreElement>(null);
  const countries = useMemo(countryOptions, []);

  const errors = validateConfig(config, resolveCssColor);
  const set = <K extends keyof AdminConfig>(key: K, value: AdminConfig[K]) => {
    setConfig((current) => ({ ...current, [key]: value }));
    setCopyStatus('');
  };
  const text = (key: keyof AdminConfig) => (event: Event) =>
    set(key, (event.currentTarget as HTMLInputElement).value as never);

  /** A text field for one option, with its hint and its inline message. */
  const textField = (
    field: keyof AdminConfig,
    label: string,
    extra: {
      hint?: string;
      type?: 'text' | 'tel' | 'url';
      autocomplete?: string;
      inputMode?: 'numeric';
    } = {},
  ) => (
    <Field id={field} label={label} hint={extra.hint} error={errors[field]}>
      {(describedBy) => (
        <input
          // Preact types each input type apart; these three take the same attributes.
          type={(extra.type ?? 'text') as 'text'}
          id={field}
          value={String(config[field])}
          aria-describedby={describedBy}
          aria-invalid={errors[field] ? 'true' : undefined}
          onInput={text(field)}
          autocomplete={extra.autocomplete}
          inputMode={extra.inputMode}
        />
      )}
    </Field>
  );

  // Every option, null when unset, so that clearing a field clears it in the preview too.
  const options = configOptions(config, resolveCssColor);
  const previewOptions = Object.fromEntries(
    CONFIG_FIELDS.map((field) => [field, options[field] ?? null]),
  );
  const optionsKey = JSON.stringify(previewOptions);

  useEffect(() => {
    let live = true;
    whenWidgetLoaded().then(
      (api) => {
        if (!live || !previewRef.current) return;
        handleRef.current = api.mount(previewRef.current, JSON.parse(optionsKey));
      },
      () => setPreviewError('The widget could not be loaded, so there is no preview.'),
    );
    return () => {
      live = false;
      handleRef.current?.unmount();
    };
  }, []);
  useEffect(() => handleRef.current?.update(JSON.parse(optionsKey)), [optionsKey]);

  useEffect(() => {
    if (!withIntegrity || integrity) return;
    fetch(new URL('release.json', scriptUrl))
      .then((response) => response.json())
      .then((manifest: { files: { path: string; integrity: string }[] }) =>
        setIntegrity(manifest.files.find((f) => f.path === 'clinic-widget.js')?.integrity ?? null),
      )
      .catch(() => setIntegrity(null));
  }, [withIntegrity, scriptUrl]);

  const snippet = buildSnippet(
    configAttributes(config, resolveCssColor),
    { src: scriptUrl, integrity: withIntegrity ? integrity : null },
    reservesSpace(config) ? RESERVED_SPACE : null,
  );

  const accentRgb = !errors.accent && config.accent.trim() ? resolveCssColor(config.accent) : null;
  const accentInfo = accentRgb ? deriveAccent(accentRgb) : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied. Paste it into your page where the widget should appear.');
    } catch {
      // No clipboard permission: select the snippet so that Ctrl+C (⌘C) copies it.
      const range = document.createRange();
      if (snippetRef.current) range.selectNodeContents(snippetRef.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      setCopyStatus('The snippet is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.');
    }
  };

  return (
    <div class={styles.page}>
      <form class={styles.form} onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset
          class={styles.fieldset}
          aria-describedby={errors.sections ? 'sections-error' : undefined}
        >
          <legend class={styles.legend}>What to show</legend>
          {SECTION_IDS.map((section) => (
            <label class={styles.choice} key={section}>
              <input
                type="checkbox"
                name="sections"
                value={section}
                checked={config.sections.includes(section)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  set(
                    'sections',
                    SECTION_IDS.filter((s) => (s === section ? on : config.sections.includes(s))),
                  );
                }}
              />
              {SECTION_NAMES[section]}
            </label>
          ))}
          <span class={styles.error} id="sections-error" aria-live="polite">
            {errors.sections ?? ''}
          </span>
        </fieldset>

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
                onChange={text('lang')}
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
                  onInput={text('accent')}
                  autocomplete="off"
                  spellcheck={false}
                />
                <input
                  type="color"
                  aria-label="Pick the accent colour"
                  value={accentInfo?.fill ?? '#0b6e69'}
                  onInput={text('accent')}
                />
              </div>
            )}
          </Field>
          {accentInfo ? (
            <p class={styles.hint} id="accent-info">
              Buttons: {accentInfo.onFill === '#ffffff' ? 'white' : 'black'} text on your colour.
              Links and outlines: {accentInfo.inkLight} on light backgrounds, {accentInfo.inkDark}{' '}
              on dark ones
              {accentInfo.inkLight !== accentInfo.fill
                ? ' (adjusted so that they stay readable)'
                : ''}
              .
            </p>
          ) : null}
          <div class={styles.field} role="radiogroup" aria-labelledby="scheme-label">
            <span class={styles.label} id="scheme-label">
              Colours
            </span>
            {(
              [
                ['light', 'Light'],
                ['dark', 'Dark'],
                ['auto', 'Match the visitor’s device setting'],
              ] as const
            ).map(([value, name]) => (
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

        <fieldset class={styles.fieldset}>
          <legend class={styles.legend}>Your clinic</legend>
          {textField('clinicName', 'Clinic name', { autocomplete: 'organization' })}
          {textField('clinicPhone', 'Phone number', {
            hint: 'Shown as a call link, e.g. +1 555 0100.',
            type: 'tel',
            autocomplete: 'tel',
          })}
          {textField('bookingUrl', 'Booking page', {
            hint: 'A secure address starting with https://.',
            type: 'url',
            autocomplete: 'url',
          })}
          <Field
            id="country"
            label="Country"
            hint="Sets the emergency number the widget shows."
            error={errors.country}
          >
            {(describedBy) => (
              <select
                id="country"
                value={config.country}
                aria-describedby={describedBy}
                onChange={text('country')}
              >
                <option value="">Not set (“your local emergency number”)</option>
                {countries.map(({ code, name }) => (
                  <option value={code} key={code}>
                    {name} ({EMERGENCY_NUMBERS[code]})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset class={styles.fieldset}>
          <legend class={styles.legend}>Where it appears</legend>
          {(
            [
              ['inline', 'In the page, where you paste the snippet'],
              ['launcher', 'As a floating button that opens it in a window'],
            ] as const
          ).map(([value, name]) => (
            <label class={styles.choice} key={value}>
              <input
                type="radio"
                name="mode"
                value={value}
                checked={config.mode === value}
                onChange={() => set('mode', value)}
              />
              {name}
            </label>
          ))}
          {config.mode === 'launcher' ? (
            <>
              <Field
                id="launcherPosition"
                label="Button position"
                hint="Mirrored for right-to-left languages."
              >
                {(describedBy) => (
                  <select
                    id="launcherPosition"
                    value={config.launcherPosition}
                    aria-describedby={describedBy}
                    onChange={text('launcherPosition')}
                  >
                    {LAUNCHER_POSITIONS.map((position) => (
                      <option value={position} key={position}>
                        {POSITION_NAMES[position]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {textField('launcherOffset', 'Distance from the edges', {
                hint: 'e.g. 20px, or 16px 88px to sit above a chat or cookie button.',
              })}
              {textField('zIndex', 'Stacking order (z-index)', {
                hint: 'Lower it if the button covers your cookie banner.',
                inputMode: 'numeric',
              })}
            </>
          ) : null}
          <label class={styles.choice}>
            <input
              type="checkbox"
              checked={config.lazy}
              onChange={(event) => set('lazy', event.currentTarget.checked)}
            />
            Load only when needed (lazy loading)
          </label>
          <span class={styles.hint}>
            The widget downloads when a visitor scrolls near it, or presses the button. The preview
            here always loads at once.
          </span>
        </fieldset>

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
                value={scriptUrl}
                aria-describedby={describedBy}
                onInput={(event) => {
                  setScriptUrl(event.currentTarget.value);
                  setIntegrity(null);
                }}
              />
            )}
          </Field>
          <label class={styles.choice}>
            <input
              type="checkbox"
              checked={withIntegrity}
              onChange={(event) => setWithIntegrity(event.currentTarget.checked)}
            />
            Add an integrity check (the browser refuses a changed file)
          </label>
        </fieldset>
      </form>

      <div class={styles.preview}>
        <h2 class={styles.heading}>Your snippet</h2>
        <pre
          class={styles.snippet}
          ref={snippetRef}
          aria-label="Snippet to paste"
          tabIndex={0}
          id="snippet"
        >
          {snippet}
        </pre>
        <button type="button" class={styles.button} onClick={copy}>
          Copy the snippet
        </button>
        <p role="status" id="copy-status" class={styles.hint}>
          {copyStatus}
        </p>
        <h2 class={styles.heading}>Preview</h2>
        <p class={styles.hint}>
          {config.mode === 'launcher'
            ? 'The launcher button floats in the corner of this page. Press it to try the window.'
            : 'This is the widget exactly as the snippet shows it on your page.'}
        </p>
        {previewError ? <p class={styles.error}>{previewError}</p> : null}
        <div class={styles.previewFrame}>
          <div ref={previewRef} id="preview" />
        </div>
      </div>
    </div>
  );
}
