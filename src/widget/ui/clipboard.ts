/**
 * Copies text; resolves to whether it worked. Never throws: the Clipboard API is missing on
 * insecure pages and may be refused by the browser or a permissions policy.
 */
export function copyText(text: string | null): Promise<boolean> {
  try {
    if (!text || !navigator.clipboard) return Promise.resolve(false);
    return navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
