import type { Plugin } from 'vite';

/**
 * Vite library mode writes the CSS that vanilla-extract produces to a separate file, but the
 * widget renders inside a shadow root, where a document-level <link> cannot reach. This plugin
 * moves that CSS into the JS bundle as a string literal, replacing the placeholder exported by
 * `src/embed/widget-css.ts`; at runtime the string is adopted into the shadow root.
 * (vanilla-extract #488, #1574; Vite #1579.)
 */
export const CSS_PLACEHOLDER = '__CLINIC_WIDGET_CSS__';

export function inlineCssIntoBundle(): Plugin {
  return {
    name: 'clinic-widget:inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssAssets = Object.values(bundle).filter(
        (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
      );
      const css = cssAssets
        .map((asset) => (asset.type === 'asset' ? String(asset.source) : ''))
        .join('\n');
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
