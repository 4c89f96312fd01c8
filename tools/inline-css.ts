import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A digest of every style source (*.css.ts) under `dir`: what the inlined CSS is made from.
 * Paths go in relative to `dir`, with `/` on every system: the digest (and so the main module's
 * file name and SRI) must not depend on where the checkout lives.
 */
export function styleSourcesDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.css.ts') || name === 'palette.ts' || name === 'accent.ts')
        hash.update(relative(dir, path).split(sep).join('/')).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Vite library mode writes the CSS that vanilla-extract produces to a separate file, but the
 * widget renders inside a shadow root, where a document-level <link> cannot reach. This plugin
 * moves that CSS into the JS bundle as a string literal, replacing the placeholder exported by
 * `src/embed/widget-css.ts`; at runtime the string is adopted into the shadow root.
 * (vanilla-extract #488, #1574; Vite #1579.)
 */
export const CSS_PLACEHOLDER = '__CLINIC_WIDGET_CSS__';

/** `transform` rewrites the CSS before it goes in (the launcher's placeholder prunes it). */
export function inlineCssIntoBundle(
  styleSourceDir: string,
  transform: (css: string) => string = (css) => css,
): Plugin {
  let digest = '';
  return {
    name: 'clinic-widget:inline-css',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      digest = styleSourcesDigest(styleSourceDir);
    },
    // The CSS is put in after file names are hashed: mix its sources into the hash, so a
    // change of style alone still gives the main module a new name (safe long-term caching).
    augmentChunkHash(chunk) {
      return chunk.isEntry ? digest : undefined;
    },
    generateBundle(_options, bundle) {
      const cssAssets = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = transform(
        cssAssets.map((asset) => (asset.type === 'asset' ? String(asset.source) : '')).join('\n'),
      );
      for (const asset of cssAssets) delete bundle[asset.fileName];

      let replaced = 0;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const pattern = new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`, 'g');
        chunk.code = chunk.code.replace(pattern, () => {
          replaced += 1;
          return JSON.stringify(css.trim());
        });
      }
      if (replaced === 0) {
        this.error(
          `CSS placeholder ${CSS_PLACEHOLDER} not found: the widget would render unstyled.`,
        );
      }
    },
  };
}
