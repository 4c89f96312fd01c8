/**
 * One way to load every lazily loaded module (sections, the launcher, translation, clinic
 * content, languages) so that a failure can be retried. Browsers keep a module that failed
 * to download, parse or run in their module map for the page's lifetime: asking again at
 * the same address fails again. So each retry asks at a new address (`?retry=N`).
 */
const failures = new Map<unknown, number>();

/** "" the first time, then "?retry=N" after N failures. */
export const retryQuery = (attempt: number): string => (attempt ? `?retry=${attempt}` : '');

/**
 * Runs `load(attempt)`, where `attempt` counts the earlier failures for `key`; a failure is
 * counted (and rethrown) so that the next call gets a new address.
 */
export function withRetries<T>(key: unknown, load: (attempt: number) => Promise<T>): Promise<T> {
  const attempt = failures.get(key) ?? 0;
  return load(attempt).catch((cause: unknown) => {
    failures.set(key, attempt + 1);
    throw cause;
  });
}

/**
 * A chunk's import, written `(_retryQuery) => import('./x')`: in dist/ the build appends the
 * parameter to the chunk's address (tools/retry-chunks.ts). Elsewhere (unit tests, the npm
 * package, where the developer's bundler owns the chunks) it is unused.
 */
export type ChunkImport<T> = (_retryQuery: string) => Promise<T>;

/**
 * Imports a chunk; after a failure, the next call asks at a new address. Failures are counted
 * by the import's source text, which names the chunk's file: an arrow written anew at each
 * call still counts as the same chunk.
 */
export const importChunk = <T>(load: ChunkImport<T>): Promise<T> =>
  withRetries(String(load), (attempt) => load(retryQuery(attempt)));

/** Test hook: forget earlier failures. */
export const forgetFailures = (): void => failures.clear();
