import { useEffect, useState } from 'preact/hooks';
import { resolveCssColor } from '../embed/resolve-color';
import {
  CONFIG_FIELDS,
  DEFAULT_CONFIG,
  configAttributes,
  configOptions,
  reservesSpace,
  snippetBlockers,
  validateConfig,
  type AdminConfig,
} from './config';
import { ClinicFields } from './clinic-fields';
import * as styles from './configurator.css';
import { CountryField } from './country-field';
import { LookFields } from './look-fields';
import { PlacementFields } from './placement-fields';
import { Preview } from './preview';
import {
  DEFAULT_SCRIPT,
  integrityFromManifest,
  integritySource,
  scriptAddress,
  scriptBlockers,
  type IntegrityState,
  type ScriptChoice,
} from './script-choice';
import { checkScriptAddress } from './script-address';
import { ScriptFields } from './script-fields';
import { SectionsField } from './sections-field';
import { SnippetPanel } from './snippet-panel';
import { RESERVED_SPACE, buildSnippet, fallbackText } from './snippet';

declare const __CLINIC_WIDGET_VERSION__: string;
/** The version this configurator belongs to: the one its CDN addresses pin. */
const VERSION = __CLINIC_WIDGET_VERSION__;

/** The widget the preview runs: the same build as the version the snippet names. */
const previewScript = () =>
  document.querySelector<HTMLScriptElement>('script[src$="/clinic-widget.js"]')?.src ??
  new URL('/dist/clinic-widget.js', window.location.href).href;

const INTEGRITY_NOTES: Record<IntegrityState['status'], string> = {
  off: '',
  reading: 'Reading the hash of this version…',
  found: 'The snippet pins this exact file: if it ever changes, the browser will not run it.',
  failed: 'The hash could not be read.',
};

/**
 * The admin configurator: the clinic's country first, then every option as a form field with
 * an inline message, a live preview of the real widget, and the snippet to paste.
 */
export function Configurator() {
  const [config, setConfig] = useState<AdminConfig>(DEFAULT_CONFIG);
  const [script, setScript] = useState<ScriptChoice>(DEFAULT_SCRIPT);
  const [integrity, setIntegrity] = useState<IntegrityState>({ status: 'off' });

  const errors = validateConfig(config, resolveCssColor);
  const set = <K extends keyof AdminConfig>(key: K, value: AdminConfig[K]) =>
    setConfig((current) => ({ ...current, [key]: value }));
  const form = { config, errors, set };

  const options = configOptions(config, resolveCssColor);
  const previewOptions = Object.fromEntries(
    CONFIG_FIELDS.map((field) => [field, options[field] ?? null]),
  );

  const src = scriptAddress(script, VERSION);
  const ownOk = script.host !== 'own' || !checkScriptAddress(script.ownUrl).error;
  useEffect(() => {
    if (!script.withIntegrity || !ownOk) return setIntegrity({ status: 'off' });
    let live = true;
    setIntegrity({ status: 'reading' });
    fetch(integritySource(script, previewScript()))
      .then((response) => response.json())
      .then(
        (manifest: unknown) =>
          integrityFromManifest(manifest, script.host === 'own' ? null : VERSION),
        (): IntegrityState => ({
          status: 'failed',
          reason: 'release.json could not be read beside the file; its server must allow it',
        }),
      )
      .then((state) => live && setIntegrity(state));
    return () => {
      live = false;
    };
  }, [script.withIntegrity, src, ownOk]);

  const reserve = reservesSpace(config)
    ? {
        style: RESERVED_SPACE,
        fallback: fallbackText(options.clinicName ?? '', options.clinicPhone ?? ''),
      }
    : null;
  const snippet = buildSnippet(
    configAttributes(config, resolveCssColor),
    { src, integrity: integrity.status === 'found' ? integrity.integrity : null },
    reserve,
  );
  const blockers = [...snippetBlockers(config), ...scriptBlockers(script, integrity)];

  return (
    <div class={styles.page}>
      <form class={styles.form} onSubmit={(event) => event.preventDefault()} noValidate>
        <CountryField {...form} />
        <SectionsField {...form} />
        <LookFields {...form} />
        <ClinicFields {...form} />
        <PlacementFields {...form} />
        <ScriptFields
          script={script}
          onChange={setScript}
          integrityNote={
            integrity.status === 'failed' ? integrity.reason : INTEGRITY_NOTES[integrity.status]
          }
        />
      </form>
      <div class={styles.preview}>
        <SnippetPanel snippet={snippet} blockers={blockers} />
        <Preview options={previewOptions} launcher={config.mode === 'launcher'} />
      </div>
    </div>
  );
}
