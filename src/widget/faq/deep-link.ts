/**
 * FAQ deep links: "#faq-<id>" in the host page's address opens that answer. Pure.
 */
export type DeepLink = { id: string } | { unknown: string } | null;

/** The FAQ id a location hash points at; `unknown` when it has our prefix but no such entry. */
export function parseDeepLink(hash: string, prefix: string, ids: readonly string[]): DeepLink {
  let target: string;
  try {
    target = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (!prefix || !target.startsWith(prefix)) return null;
  const id = target.slice(prefix.length);
  return ids.includes(id) ? { id } : { unknown: id.slice(0, 80) };
}

/** The page's address with the hash pointing at one question. */
export function deepLinkFor(href: string, prefix: string, id: string): string {
  const url = new URL(href);
  url.hash = `${prefix}${id}`;
  return url.href;
}
