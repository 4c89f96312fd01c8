import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Every locale except English (which is bundled) becomes `dist/locales/<tag>.js`, an ES module
 * whose default export is `{ ui, content }`. The widget loads it with `import()` from a URL
 * resolved against its own script URL: `import()` is not a Trusted Types sink and needs no
 * `connect-src`, so the CSP a clinic needs stays as short as possible.
 */
export function emitLazyLocales(localesDir: string, bundledLocale = 'en'): Plugin {
  return {
    name: 'clinic-widget:emit-locales',
    apply: 'build',
    generateBundle() {
      for (const tag of readdirSync(localesDir).sort()) {
        if (tag === bundledLocale) continue;
        const dir = join(localesDir, tag);
        const pack: Record<string, unknown> = {};
        for (const part of ['ui', 'content']) {
          const file = join(dir, `${part}.json`);
          if (existsSync(file)) pack[part] = JSON.parse(readFileSync(file, 'utf8'));
        }
        this.emitFile({
          type: 'asset',
          fileName: `locales/${tag}.js`,
          source: `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`,
        });
      }
    },
  };
}
