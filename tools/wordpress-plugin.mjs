// `npm run build`'s last step: the WordPress plugin ships the built widget. Copies dist/
// (without the build's .vite manifests) into wordpress/clinic-widget/dist/, then writes the
// installable plugin, wordpress/clinic-widget.zip (Plugins → Add New → Upload Plugin): the
// folder clinic-widget/ with the plugin's PHP, its block script and dist/, and nothing else.
// The plugin's version is checked against package.json's.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeZip } from './zip.mjs';

const root = join(import.meta.dirname, '..');
const plugin = join(root, 'wordpress/clinic-widget');
export const PLUGIN_ZIP = join(root, 'wordpress/clinic-widget.zip');

/**
 * The zip's entries: every folder and file under the plugin folder, in a fixed order, under
 * clinic-widget/ (WordPress unpacks a plugin into a folder of that name). Hidden files (an
 * editor's or the system's) stay out.
 */
export function pluginEntries(dir = plugin, prefix = 'clinic-widget/') {
  const entries = [{ name: prefix }];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) entries.push(...pluginEntries(path, `${prefix}${entry.name}/`));
    else entries.push({ name: `${prefix}${entry.name}`, data: readFileSync(path) });
  }
  return entries;
}

// Run as the build's step (imported by the tests for pluginEntries only).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const main = readFileSync(join(plugin, 'clinic-widget.php'), 'utf8');
  if (
    !main.includes(`Version:           ${version}`) ||
    !main.includes(`'CLINIC_WIDGET_VERSION', '${version}'`)
  )
    throw new Error(`wordpress/clinic-widget/clinic-widget.php must say version ${version}.`);
  rmSync(join(plugin, 'dist'), { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(plugin, 'dist'), {
    recursive: true,
    filter: (source) => !source.includes('.vite'),
  });
  writeFileSync(PLUGIN_ZIP, writeZip(pluginEntries()));
  console.log(`  ${PLUGIN_ZIP.slice(root.length + 1)} (the WordPress plugin to upload)`);
}
