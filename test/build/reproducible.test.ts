import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDirectory } from '../../tools/file-sizes';

/*
 * A release is reproducible: the same commit built in another folder gives the same bytes in
 * every file of dist/ and lib/ (names, SRI hashes, content). The sources are copied to a
 * folder elsewhere and built there with the same dependencies; every file's digest must match
 * the build under test (fresh: the dist project's global setup checks it).
 */

const root = join(import.meta.dirname, '../..');
const BUILD_INPUTS = ['src', 'tools', 'scripts', 'package.json', 'tsconfig.json'];

const digests = (dir: string): Record<string, string> =>
  Object.fromEntries(
    measureDirectory(dir).map(({ file }) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

describe('the build does not depend on where the checkout lives', () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'clinic-widget-elsewhere-'));
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  it(
    'gives the same dist/ and lib/, byte for byte, in another folder',
    { timeout: 600_000 },
    () => {
      for (const input of BUILD_INPUTS)
        cpSync(join(root, input), join(elsewhere, input), { recursive: true });
      // The same dependencies, under the other folder's own path where the system allows.
      try {
        execFileSync('cp', ['-al', join(root, 'node_modules'), join(elsewhere, 'node_modules')]);
      } catch {
        symlinkSync(join(root, 'node_modules'), join(elsewhere, 'node_modules'), 'dir');
      }
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: elsewhere, stdio: 'pipe' });

      for (const dir of ['dist', 'lib']) {
        const here = digests(join(root, dir));
        expect(Object.keys(here).length).toBeGreaterThan(0);
        expect(digests(join(elsewhere, dir)), `${dir}/ built in ${elsewhere}`).toEqual(here);
      }
    },
  );
});
