import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDirectory } from '../../tools/file-sizes';
import { PLUGIN_ZIP, pluginEntries } from '../../tools/wordpress-plugin.mjs';
import { readZip, writeZip } from '../../tools/zip.mjs';

/*
 * `npm run build` writes the installable WordPress plugin, wordpress/clinic-widget.zip: what
 * an admin uploads under Plugins → Add New → Upload Plugin. It must hold the plugin's own files
 * and the built widget, byte for byte, and nothing stray. (test/browser/wordpress.test.ts
 * unpacks it with WordPress's own unzip code.)
 */
const root = join(import.meta.dirname, '../..');
const zip = readFileSync(PLUGIN_ZIP);
const entries = readZip(zip);
const files = entries.filter(({ name }) => !name.endsWith('/'));

describe('the WordPress plugin zip', () => {
  it('holds the plugin in clinic-widget/: its PHP, its block script and the whole built dist/', () => {
    const pluginSources = execFileSync('git', ['ls-files', 'wordpress/clinic-widget'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^wordpress\//, ''));
    expect(pluginSources).toContain('clinic-widget/clinic-widget.php');
    const built = measureDirectory(join(root, 'dist'))
      .map(({ file }) => file)
      .filter((file) => !file.startsWith('.vite/'));
    expect(built).toContain('clinic-widget.js');
    const expected = [...pluginSources, ...built.map((file) => `clinic-widget/dist/${file}`)];
    expect(files.map(({ name }) => name).sort()).toEqual(expected.sort());
    for (const file of built)
      expect(
        files
          .find(({ name }) => name === `clinic-widget/dist/${file}`)!
          .data.equals(readFileSync(join(root, 'dist', file))),
        file,
      ).toBe(true);
    const php = files.find(({ name }) => name === 'clinic-widget/clinic-widget.php')!;
    expect(php.data.toString('utf8')).toContain('Plugin Name:       Clinic Widget');
  });

  it('has nothing stray: no build manifests, no tests, no hidden files, nothing outside clinic-widget/', () => {
    for (const { name } of entries) {
      expect(name.startsWith('clinic-widget/'), name).toBe(true);
      expect(name, name).not.toMatch(/(^|\/)\.|\.vite|(^|\/)tests?\//);
    }
  });

  it('is deterministic: the same files give the same bytes, with one fixed date', () => {
    expect(writeZip(pluginEntries()).equals(zip)).toBe(true);
    for (const entry of entries) {
      expect([entry.date, entry.time]).toEqual([(1 << 5) | 1, 0]);
      expect(entry.mode).toBe(entry.name.endsWith('/') ? 0o40755 : 0o100644);
    }
  });
});
