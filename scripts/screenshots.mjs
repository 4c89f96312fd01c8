// `npm run screenshots [-- words…]`: the gallery of the widget's key states in Chromium, Firefox
// and WebKit, written to screenshots/ (git-ignored) with an index.html. Words narrow it to some
// engines, states or variants (tools/screenshots/gallery.ts lists them), e.g.
// `npm run screenshots -- webkit phone check-emergency`; `--out=DIR` writes elsewhere.
// The code is TypeScript (tools/screenshots/), loaded through Vite as scripts/build.mjs does.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const out =
  args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? `${root}screenshots`;
const words = args.filter((arg) => !arg.startsWith('--out='));

const { takeScreenshots } = (
  await runnerImport(fileURLToPath(new URL('../tools/screenshots/run.ts', import.meta.url)))
).module;
try {
  const failed = await takeScreenshots(root, words, out);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
