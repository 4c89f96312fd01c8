/// <reference types="vite/client" />
import type { LocaleImporter } from './load-locale';

/**
 * The npm package's languages: each locale's JSON as its own lazily imported module, which the
 * developer's bundler (Vite, webpack, Rollup, esbuild) turns into chunks of their app. The
 * script-tag build loads compact files from beside clinic-widget.js instead.
 */
const ui = import.meta.glob<{ default: unknown }>(['./locales/*/ui.json', '!./locales/en/*']);
const content = import.meta.glob<{ default: unknown }>([
  './locales/*/content.json',
  '!./locales/en/*',
]);

export const importBundledLocale: LocaleImporter = async (tag) => {
  const loadUi = ui[`./locales/${tag}/ui.json`];
  const loadContent = content[`./locales/${tag}/content.json`];
  if (!loadUi || !loadContent) throw new Error('this package has no such language');
  const [uiModule, contentModule] = await Promise.all([loadUi(), loadContent()]);
  return { default: { ui: uiModule.default, content: contentModule.default } };
};
