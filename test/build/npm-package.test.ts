import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/locales';

const root = join(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  it('packs the widget, the script-tag release and the types, and nothing else', () => {
    const [pack] = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    for (const expected of [
      'package.json',
      'README.md',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/public-types.d.ts',
      'dist/clinic-widget.js',
      'dist/release.json',
      'docs/installing.md',
      'lib/react.js',
      'lib/react.d.ts',
      'LICENSE',
    ])
      expect(files).toContain(expected);
    // The build's manifests are for the build, not for users.
    expect(files.filter((file) => file.includes('.vite/'))).toEqual([]);
    // The React entry imports the package's own widget module, not a second copy of it.
    const react = readFileSync(join(root, 'lib/react.js'), 'utf8');
    expect(react).toContain('from "./index.js"');
    expect(react.length).toBeLessThan(5_000);
    expect(files.filter((file) => /^(src|test|demo|tools|node_modules)\//.test(file))).toEqual([]);
    // Every language is in the package, in chunks the developer's bundler can split out: each
    // one's launcher label is in a chunk, not in lib/index.js.
    const chunks = files
      .filter((file) => file.startsWith('lib/chunks/'))
      .map((file) => readFileSync(join(root, file), 'utf8'));
    for (const { tag } of LANGUAGES.filter(({ tag }) => tag !== 'en')) {
      const ui = JSON.parse(
        readFileSync(join(root, `src/i18n/locales/${tag}/ui.json`), 'utf8'),
      ) as { launcher: { open: string } };
      expect(
        chunks.some((code) => code.includes(ui.launcher.open)),
        tag,
      ).toBe(true);
    }
  });

  it("type-checks a developer's code against the package's declarations", () => {
    // Throws (with tsc's messages) if consumer.ts does not compile.
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/fixtures/npm-consumer'],
      { cwd: root, encoding: 'utf8' },
    );
  });

  it('imports and mounts during server rendering without a word: an inert handle', () => {
    // Plain Node, no DOM: what a framework's server build does with the package.
    const script = `
      const { mount } = await import(${JSON.stringify(join(root, 'lib/index.js'))});
      const handle = mount('#faq-box', { country: 'US' });
      handle.update({ lang: 'es' }); handle.open(); handle.close(); handle.unmount();
      const React = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { ClinicWidget } = await import(${JSON.stringify(join(root, 'lib/react.js'))});
      process.stdout.write(renderToString(React.createElement(ClinicWidget, { id: 'w', country: 'US' })));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('<div id="w"></div>');
  });

  it('declares exactly the two exports that lib/index.js has', () => {
    const declarations = readFileSync(join(root, 'lib/index.d.ts'), 'utf8');
    expect(declarations).toContain('export declare function mount(');
    expect(declarations).toContain('export declare const version: string;');
    const code = readFileSync(join(root, 'lib/index.js'), 'utf8');
    expect(code).toMatch(
      /export\s*\{[^}]*\bmount\b[^}]*\bversion\b[^}]*\}|export\s*\{[^}]*\bversion\b[^}]*\bmount\b[^}]*\}/,
    );
  });
});
