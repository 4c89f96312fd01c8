import type { Plugin } from 'vite';

/**
 * V8's per-file compile hint (https://v8.dev/blog/explicit-compile-hints): Chromium compiles
 * every function of a file that starts with this comment on the thread that streams the
 * download, instead of compiling each one on the main thread the first time it is called.
 * Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts the compile hint at the top of the entry chunk only: the first view calls nearly all of
 * the main module, which arrives while the page waits on the network, so compiling it there
 * takes that work out of the first render's task (measured in docs/performance.md, "Fourth
 * pass"). Lazily loaded chunks stay lazily compiled: most of their code may never run.
 * Runs after minification, which would drop the comment, and before scripts/build.mjs takes
 * the SRI hash of the code it returns.
 */
export function compileHint(): Plugin {
  return {
    name: 'clinic-widget:compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    },
  };
}
