import type { Plugin } from 'vite';

/** The parameter that src/shared/retry-import.ts documents for a chunk's import. */
const MARKER = '_retryQuery';

/**
 * Makes every `(_retryQuery) => import("./chunks/x.js")` in the bundle ask for
 * `"./chunks/x.js" + _retryQuery`, so that a failed import can be retried at a new address
 * (src/shared/retry-import.ts). Runs before minification, on code whose import() calls the
 * bundler has already pointed at the chunks' files; a marker left unrewritten fails the build.
 */
export function retryChunks(): Plugin {
  const pattern = new RegExp(
    `\\(${MARKER}\\)\\s*=>\\s*import\\(\\s*(["'\`][^"'\`]+["'\`])\\s*\\)`,
    'g',
  );
  return {
    name: 'clinic-widget:retry-chunks',
    apply: 'build',
    renderChunk(code, chunk) {
      const markers = code.split(`(${MARKER})`).length - 1;
      if (!markers) return null;
      let rewritten = 0;
      const next = code.replace(pattern, (_match, address: string) => {
        rewritten += 1;
        return `(${MARKER}) => import(${address} + ${MARKER})`;
      });
      if (rewritten !== markers)
        this.error(
          `${chunk.fileName}: ${markers - rewritten} ${MARKER} import(s) not rewritten; their retries would fail.`,
        );
      return { code: next, map: null };
    },
  };
}
