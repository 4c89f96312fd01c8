// `npm run build`'s last step: the WordPress plugin ships the built widget. Copies dist/
// (without the build's .vite manifests) into wordpress/clinic-widget/dist/, so that the
// folder wordpress/clinic-widget/ is the installable plugin (zip it, or copy it to
// wp-content/plugins/). The plugin's version is checked against package.json's.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const plugin = join(root, 'wordpress/clinic-widget');
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
