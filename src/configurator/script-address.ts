/**
 * Where the snippet's script comes from. By default the versioned address of this release on
 * a public npm CDN: every published npm version is served there with CORS and a path that
 * never changes, so the snippet works on any site (WordPress, Wix, plain HTML) with no upload.
 * "My own host" is the alternative, checked here with messages in a web admin's words. Pure.
 */
export const PACKAGE_NAME = 'clinic-widget';
export const LOADER_FILE = 'clinic-widget.js';

export type ScriptHost = 'jsdelivr' | 'unpkg' | 'own';

export const CDN_NAMES: Record<Exclude<ScriptHost, 'own'>, string> = {
  jsdelivr: 'jsDelivr',
  unpkg: 'unpkg',
};

/** The loader's address on a CDN, pinned to one version (what an integrity check needs). */
export function cdnAddress(host: Exclude<ScriptHost, 'own'>, version: string): string {
  const path = `${PACKAGE_NAME}@${version}/dist/${LOADER_FILE}`;
  return host === 'jsdelivr' ? `https://cdn.jsdelivr.net/npm/${path}` : `https://unpkg.com/${path}`;
}

export interface AddressCheck {
  /** Why the snippet cannot use this address (the snippet is not offered until it is fixed). */
  error?: string;
  /** The snippet works, but not for the clinic's visitors. */
  warning?: string;
}

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** Checks an address typed for "my own host". */
export function checkScriptAddress(value: string): AddressCheck {
  const typed = value.trim();
  if (!typed) return { error: `Enter the address of ${LOADER_FILE} on your site.` };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return {
      error: `Enter the full address, starting with https://, for example https://www.your-clinic.com/clinic-widget/${LOADER_FILE}.`,
    };
  }
  const local = LOCAL_HOSTS.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    return {
      error:
        url.protocol === 'http:'
          ? 'The address must start with https://. Browsers block a script from an http:// address on a secure page.'
          : `Enter a web address starting with https://, not a ${url.protocol.replace(':', '')} address.`,
    };
  if (!url.pathname.endsWith(`/${LOADER_FILE}`))
    return {
      error: `The address must end in /${LOADER_FILE}: the file of that name in the uploaded dist folder, not the folder or another file.`,
    };
  if (local)
    return {
      warning:
        'This address works on this computer only: your visitors cannot reach it. Use it to test, then choose a CDN or your site’s address.',
    };
  return {};
}

/** The release manifest beside the loader (dist/release.json): it gives the loader's SRI hash. */
export const manifestAddress = (scriptAddress: string): string =>
  new URL('release.json', scriptAddress).href;
