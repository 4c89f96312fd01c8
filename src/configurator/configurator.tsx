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
import { ScriptFields, type ScriptChoice } from './script-fields';
import { SectionsField } from './sections-field';
import { SnippetPanel } from './snippet-panel';
import { RESERVED_SPACE, buildSnippet } from './snippet';

const defaultScriptUrl = () => new URL('/dist/clinic-widget.js', window.location.href).href;

/**
 * The admin configurator: the clinic's country first, then every option as a form field with
 * an inline message, a live preview of the real widget, and the snippet to paste.
 */
export function Configurator() {
  const [config, setConfig] = useState<AdminConfig>(DEFAULT_CONFIG);
  const [script, setScript] = useState<ScriptChoice>(() => ({
    url: defaultScriptUrl(),
    withIntegrity: false,
  }));
  const [integrity, setIntegrity] = useState<string | null>(null);

  const errors = validateConfig(config, resolveCssColor);
  const set = <K extends keyof AdminConfig>(key: K, value: AdminConfig[K]) =>
    setConfig((current) => ({ ...current, [key]: value }));
  const form = { config, errors, set };

  const options = configOptions(config, resolveCssColor);
  const previewOptions = Object.fromEntries(
    CONFIG_FIELDS.map((field) => [field, options[field] ?? null]),
  );

  useEffect(() => {
    setIntegrity(null);
    if (!script.withIntegrity) return;
    fetch(new URL('release.json', script.url))
      .then((response) => response.json())
      .then((manifest: { files: { path: string; integrity: string }[] }) =>
        setIntegrity(manifest.files.find((f) => f.path === 'clinic-widget.js')?.integrity ?? null),
      )
      .catch(() => setIntegrity(null));
  }, [script.withIntegrity, script.url]);

  const snippet = buildSnippet(
    configAttributes(config, resolveCssColor),
    { src: script.url, integrity: script.withIntegrity ? integrity : null },
    reservesSpace(config) ? RESERVED_SPACE : null,
  );

  return (
    <div class={styles.page}>
      <form class={styles.form} onSubmit={(event) => event.preventDefault()} noValidate>
        <CountryField {...form} />
        <SectionsField {...form} />
        <LookFields {...form} />
        <ClinicFields {...form} />
        <PlacementFields {...form} />
        <ScriptFields script={script} onChange={setScript} />
      </form>
      <div class={styles.preview}>
        <SnippetPanel snippet={snippet} blockers={snippetBlockers(config)} />
        <Preview options={previewOptions} launcher={config.mode === 'launcher'} />
      </div>
    </div>
  );
}
