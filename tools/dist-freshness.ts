import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the dist tests run against: every build's last file (see scripts/build.mjs). */
export const BUILT_FILES = ['dist/clinic-widget.js', 'dist/release.json', 'lib/index.js'];
/** What the build is made from; tests in src/ are not. */
export const BUILD_INPUTS = ['src', 'tools', 'scripts', 'vite.config.ts', 'package.json'];

const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);

/** The newest build input under `root`: [path, mtime]. */
function newestInput(root: string): [string, number] {
  let newest: [string, number] = ['', 0];
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!isTest(path) && stat.mtimeMs > newest[1]) {
      newest = [relative(root, path), stat.mtimeMs];
    }
  };
  for (const input of BUILD_INPUTS) visit(join(root, input));
  return newest;
}

/**
 * Why the build under `root` cannot be tested as it is (missing, or older than a source
 * file), or null when it is fresh. The dist tests must test what the sources build today.
 */
export function staleBuildReason(root: string): string | null {
  const missing = BUILT_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length) return `${missing.join(', ')} missing`;
  const [input, inputTime] = newestInput(root);
  const [oldest, builtTime] = BUILT_FILES.map(
    (file) => [file, statSync(join(root, file)).mtimeMs] as const,
  ).reduce((a, b) => (b[1] < a[1] ? b : a));
  if (inputTime > builtTime)
    return `${input} changed after ${oldest} was built (${new Date(inputTime).toISOString()} > ${new Date(builtTime).toISOString()})`;
  return null;
}
