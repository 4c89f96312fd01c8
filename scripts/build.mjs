// `npm run build`: the six targets in order, in one process. Each target's Vite config is in
// scripts/build-targets.ts (loaded through Vite, which reads TypeScript); the loader is built
// from what the first two builds returned (file names and SRI of the bytes they wrote), not
// from files read back. docs/architecture.md ("How the build fits together") draws it.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

// As `vite build` does: production builds of the dependencies (Preact) too.
process.env.NODE_ENV = 'production';

const targets = (await runnerImport(fileURLToPath(new URL('build-targets.ts', import.meta.url))))
  .module;

/** Subresource Integrity of a chunk as written (SHA-384, as browsers and CDNs use). */
const integrityOf = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** The chunks of one build's output. */
const chunksOf = (result) =>
  (Array.isArray(result) ? result : [result])
    .flatMap((out) => out.output)
    .filter((f) => f.type === 'chunk');

const entryOf = (chunks) => {
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('scripts/build.mjs: a build gave no entry chunk');
  return { file: entry.fileName, integrity: integrityOf(entry.code) };
};

const mainChunks = chunksOf(await build(targets.mainTarget()));
const launcherChunks = chunksOf(await build(targets.launcherTarget()));

// By source module, not by file name: chunks/quiz-steps-… also starts with "quiz-".
const sectionChunks = ['compare', 'quiz'].flatMap((section) => {
  const chunk = mainChunks.find((c) =>
    c.facadeModuleId?.endsWith(`/src/widget/${section}/${section}.tsx`),
  );
  return chunk ? [[section, chunk.fileName, integrityOf(chunk.code)]] : [];
});

// The code that translates, and the chunks it imports that the main module does not hold: a
// visitor in another language needs them at once, so the loader asks for them beside main.
const mainEntry = mainChunks.find((chunk) => chunk.isEntry);
const translation = mainChunks.find((c) => c.facadeModuleId?.endsWith('/src/i18n/translation.ts'));
if (!mainEntry || !translation)
  throw new Error('scripts/build.mjs: no main entry or translation chunk');
// The checker of language files (template-merge) is a chunk the translation code imports
// when a language file arrives (retried at a new address if it fails): asked for at once too.
const templateMerge = mainChunks.find((c) =>
  c.facadeModuleId?.endsWith('/src/content/template-merge.ts'),
);
if (!templateMerge) throw new Error('scripts/build.mjs: no template-merge chunk');
const translationChunks = [translation.fileName, ...translation.imports, templateMerge.fileName]
  .filter((file, index, all) => file !== mainEntry.fileName && all.indexOf(file) === index)
  // No SRI: like every chunk after the first view, these are not pinned (docs/installing.md);
  // 64 incompressible characters each would weigh on every visitor's loader.
  .map((file) => [file]);

await build(
  targets.loaderTarget({
    main: entryOf(mainChunks),
    launcher: entryOf(launcherChunks),
    sectionChunks,
    translationChunks,
  }),
);
await build(targets.npmTarget());
await build(targets.reactTarget());
await build(targets.configuratorTarget());
