import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { packTexts } from '../src/content/compact-content.ts';
import { contentSchema } from './content-schema.mjs';
import { CONTENT_LIMITS } from '../src/content/content-limits.ts';
import { pseudoLocalize } from './pseudo-locale.mjs';

/**
 * Every locale except English (which is bundled) becomes `dist/locales/<tag>.js`, an ES module
 * whose default export is `{ ui, content }`; the pseudo-locale en-XA is generated from
 * English. The widget loads them with `import()` from a URL resolved against its own script
 * URL: `import()` is not a Trusted Types sink and needs no `connect-src`, so the CSP a clinic
 * needs stays as short as possible.
 */
export function emitLazyLocales(localesDir: string, bundledLocale = 'en'): Plugin {
  const readPack = (tag: string): Record<string, unknown> => {
    const pack: Record<string, unknown> = {};
    for (const part of ['ui', 'content']) {
      const file = join(localesDir, tag, `${part}.json`);
      if (existsSync(file)) pack[part] = JSON.parse(readFileSync(file, 'utf8'));
    }
    return pack;
  };
  const english = readPack(bundledLocale);
  const asModule = ({ ui, content }: Record<string, unknown>): string => {
    // Content travels as its texts only (src/content/compact-content.ts). JSON.parse of a string
    // literal is parsed faster than the same object literal.
    const pack = { ui, content: packTexts(english.content, content) };
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`;
  };

  return {
    name: 'clinic-widget:emit-locales',
    apply: 'build',
    generateBundle() {
      for (const tag of readdirSync(localesDir).sort()) {
        if (tag === bundledLocale) continue;
        this.emitFile({
          type: 'asset',
          fileName: `locales/${tag}.js`,
          source: asModule(readPack(tag)),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'content.schema.json',
        source: `${JSON.stringify(contentSchema(english.content, CONTENT_LIMITS), null, 2)}\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: 'locales/en-XA.js',
        source: asModule(pseudoLocalize(english)),
      });
    },
  };
}
