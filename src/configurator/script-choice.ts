import { LOADER_FILE, cdnAddress, checkScriptAddress, type ScriptHost } from './script-address';
import type { SnippetBlocker } from './config';

/** The admin's choice of where the script comes from, as the form holds it. */
export interface ScriptChoice {
  host: ScriptHost;
  /** What the admin typed for "my own host". */
  ownUrl: string;
  withIntegrity: boolean;
}

export const DEFAULT_SCRIPT: ScriptChoice = { host: 'jsdelivr', ownUrl: '', withIntegrity: false };

/** The loader's address for a choice: a CDN's, pinned to `version`, or the admin's own. */
export const scriptAddress = (choice: ScriptChoice, version: string): string =>
  choice.host === 'own' ? choice.ownUrl.trim() : cdnAddress(choice.host, version);

/** The integrity check's state: the hash, or what the admin is told instead. */
export type IntegrityState =
  | { status: 'off' }
  | { status: 'reading' }
  | { status: 'found'; integrity: string }
  | { status: 'failed'; reason: string };

/** Where a release.json with this version's hashes is: the preview's own (the same build). */
export function integritySource(choice: ScriptChoice, previewScript: string): string {
  const beside = choice.host === 'own' ? choice.ownUrl.trim() : previewScript;
  return new URL('release.json', beside).href;
}

/**
 * Reads the loader's hash from a release manifest, only if it is the version the snippet
 * names: a hash of another version makes the browser refuse the file.
 */
export function integrityFromManifest(manifest: unknown, version: string | null): IntegrityState {
  const m = manifest as { version?: unknown; files?: { path?: unknown; integrity?: unknown }[] };
  if (!m || typeof m !== 'object' || !Array.isArray(m.files))
    return { status: 'failed', reason: 'release.json is not a release manifest' };
  if (version !== null && m.version !== version)
    return {
      status: 'failed',
      reason: `release.json is of version ${String(m.version)}, not ${version}`,
    };
  const entry = m.files.find((file) => file.path === LOADER_FILE);
  return typeof entry?.integrity === 'string' && entry.integrity.startsWith('sha')
    ? { status: 'found', integrity: entry.integrity }
    : { status: 'failed', reason: `release.json lists no hash for ${LOADER_FILE}` };
}

/** What stands between the admin and a usable snippet, on the script's side. */
export function scriptBlockers(choice: ScriptChoice, integrity: IntegrityState): SnippetBlocker[] {
  const blockers: SnippetBlocker[] = [];
  const check = choice.host === 'own' ? checkScriptAddress(choice.ownUrl) : {};
  if (check.error)
    blockers.push({
      message: `Fix the address of ${LOADER_FILE}: ${check.error}`,
      fieldId: 'scriptUrl',
    });
  else if (integrity.status === 'reading')
    blockers.push({ message: 'Reading the integrity hash…', fieldId: 'integrity' });
  else if (integrity.status === 'failed')
    blockers.push({
      message: `The integrity check could not be added (${integrity.reason}). Untick it, or upload the whole dist folder, release.json included.`,
      fieldId: 'integrity',
    });
  return blockers;
}
