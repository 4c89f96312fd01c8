import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { inlineCssIntoBundle } from '../tools/inline-css.ts';
import { pruneUnusedVars } from '../tools/prune-css-vars.ts';
import { emitLazyLocales } from '../tools/emit-locales.ts';
import { reportSizes } from '../tools/report-sizes.ts';
import { releaseManifest } from '../tools/release-manifest.ts';
import { emitTypes } from '../tools/emit-types.ts';
import { retryChunks } from '../tools/retry-chunks.ts';
import { compileHint } from '../tools/compile-hint.ts';
import { DEFAULT_LOCALE, LANGUAGES, SHIPPED_LOCALES } from '../src/i18n/locales.ts';
import { reviewedDates } from '../src/i18n/reviewed-dates.ts';
import { digitTable } from '../src/i18n/digits.ts';

/**
 * The six targets of `npm run build`, one Vite config each; scripts/build.mjs runs them in
 * order and hands the loader what the first two built. docs/architecture.md draws them.
 */

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist');
const libDir = resolve(root, 'lib');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** launcher.open and launcher.short (the phone label) in every shipped language, for the placeholder. */
function launcherLabels(): Record<string, [string, string]> {
  const labels: Record<string, [string, string]> = {};
  for (const { tag } of LANGUAGES) {
    const ui = JSON.parse(
      readFileSync(resolve(root, `src/i18n/locales/${tag}/ui.json`), 'utf8'),
    ) as { launcher: { open: string; short: string } };
    labels[tag] = [ui.launcher.open, ui.launcher.short];
  }
  return labels;
}

/** The shipped content's review date, formatted for every shipped language (reviewed-dates.ts). */
function shippedReviewedDates() {
  const english = JSON.parse(
    readFileSync(resolve(root, 'src/i18n/locales/en/content.json'), 'utf8'),
  ) as { meta: { lastReviewed: string } };
  return reviewedDates(english.meta.lastReviewed, SHIPPED_LOCALES);
}

/** Compile-time constants every widget build (and the unit tests) sees. */
export const widgetDefines = (): Record<string, string> => ({
  __CLINIC_WIDGET_VERSION__: JSON.stringify(version),
  __CLINIC_WIDGET_LAUNCHER_LABELS__: JSON.stringify(launcherLabels()),
  __CLINIC_WIDGET_REVIEWED_DATES__: JSON.stringify(shippedReviewedDates()),
  __CLINIC_WIDGET_DIGITS__: JSON.stringify(digitTable(SHIPPED_LOCALES)),
});

/** JSX through Preact, for the builds and the tests. */
export const oxc = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

/** vanilla-extract, for the builds and the tests. */
// Short class names in every build: the main and launcher builds must name classes alike.
export const stylePlugins = (): Plugin[] => vanillaExtractPlugin({ identifiers: 'short' });

const widgetPlugins = (): Plugin[] => [
  ...stylePlugins(),
  inlineCssIntoBundle(resolve(root, 'src')),
];

/** What every target shares: no config file, production JSX, quiet unless asked. */
const base = (logLevel: InlineConfig['logLevel'] = 'warn'): InlineConfig => ({
  configFile: false,
  root,
  mode: 'production',
  logLevel,
  oxc: { jsx: { ...oxc.jsx, development: false } },
});

/** Licence comments are kept; annotations and JSDoc are not. */
const BROWSER_COMMENTS = { legal: true, annotation: false, jsdoc: false };

/** An ES module build of one entry into dist/, minified. */
const moduleBuild = (entry: string, fileName: string, manifest: string | boolean) => ({
  outDir,
  target: 'es2020',
  // The widget's CSS is inlined into the JS (see tools/inline-css.ts).
  cssCodeSplit: false,
  sourcemap: false,
  manifest,
  lib: { entry: resolve(root, entry), formats: ['es' as const], fileName: () => fileName },
  rolldownOptions: {
    // The entry exports nothing, so modules it shares with lazy chunks can live in it:
    // no extra common chunk (and no extra round trip) for the first view.
    preserveEntrySignatures: false as const,
    // Library mode leaves ES output unminified; this is a bundle for browsers. Its /* @__PURE__ */
    // marks serve no later bundler, so they are left out (about 120 B gzip of the first view).
    output: {
      chunkFileNames: 'chunks/[name]-[hash].js',
      minify: true,
      comments: BROWSER_COMMENTS,
    },
  },
});

/** 1. The widget: dist/main-[hash].js, its lazy chunks, locales/*.js, content.schema.json. */
export const mainTarget = (): InlineConfig => ({
  ...base('info'),
  define: widgetDefines(),
  plugins: [
    ...widgetPlugins(),
    emitLazyLocales(resolve(root, 'src/i18n/locales')),
    retryChunks(),
    compileHint(),
  ],
  build: { ...moduleBuild('src/index.ts', 'main-[hash].js', true), emptyOutDir: true },
});

/** 2. The lazy launcher's placeholder button, drawn with the widget's own styles. */
export const launcherTarget = (): InlineConfig => ({
  ...base(),
  define: widgetDefines(),
  // The button's rules with the theme tokens they read: the widget adopts its whole sheet later.
  plugins: [...stylePlugins(), inlineCssIntoBundle(resolve(root, 'src'), pruneUnusedVars)],
  build: {
    ...moduleBuild(
      'src/launcher-placeholder.ts',
      'launcher-[hash].js',
      '.vite/manifest-launcher.json',
    ),
    emptyOutDir: false,
    rolldownOptions: {
      // The loader calls drawPlaceholders(): keep the export.
      preserveEntrySignatures: 'strict' as const,
      output: { minify: true, comments: BROWSER_COMMENTS },
    },
  },
});

/** What the loader imports, as the first two targets built it. */
export interface LoaderInputs {
  main: { file: string; integrity: string };
  launcher: { file: string; integrity: string };
  /** The lazily loaded sections' chunks, [section, file, SRI], for the loader to preload. */
  sectionChunks: [string, string, string][];
  /** The translation chunk and those it imports beyond the main module, [file]. */
  translationChunks: [string][];
}

/** 3. dist/clinic-widget.js, the classic script admins reference; then release.json. */
export const loaderTarget = (inputs: LoaderInputs): InlineConfig => ({
  ...base(),
  define: {
    __CLINIC_WIDGET_VERSION__: JSON.stringify(version),
    __CLINIC_WIDGET_MAIN__: JSON.stringify(inputs.main.file),
    __CLINIC_WIDGET_MAIN_INTEGRITY__: JSON.stringify(inputs.main.integrity),
    __CLINIC_WIDGET_LAUNCHER__: JSON.stringify(inputs.launcher.file),
    __CLINIC_WIDGET_LAUNCHER_INTEGRITY__: JSON.stringify(inputs.launcher.integrity),
    __CLINIC_WIDGET_SECTION_CHUNKS__: JSON.stringify(inputs.sectionChunks),
    __CLINIC_WIDGET_TRANSLATION_CHUNKS__: JSON.stringify(inputs.translationChunks),
    // The shipped languages other than English, for the loader's guess of the visitor's.
    __CLINIC_WIDGET_LANGUAGES__: JSON.stringify(
      SHIPPED_LOCALES.filter((tag) => tag !== DEFAULT_LOCALE).join(' '),
    ),
  },
  plugins: [reportSizes(outDir), releaseManifest(outDir, name, version)],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2020',
    lib: {
      entry: resolve(root, 'src/loader.ts'),
      // A classic script: async, defer, <head>, pasted twice, AMD loaders.
      formats: ['iife' as const],
      name: 'ClinicWidgetLoader',
      fileName: () => 'clinic-widget.js',
    },
  },
});

/**
 * 4. The npm package (`import { mount } from 'clinic-widget'`): lib/index.js and its chunks,
 * unminified (the developer's bundler minifies), with the languages as lazy chunks.
 */
export const npmTarget = (): InlineConfig => ({
  ...base(),
  define: widgetDefines(),
  plugins: [
    ...widgetPlugins(),
    emitTypes(resolve(root, 'src/npm.ts'), [resolve(root, 'src/public-types.ts')], libDir),
  ],
  build: {
    ...moduleBuild('src/npm.ts', 'index.js', false),
    outDir: libDir,
    emptyOutDir: true,
    rolldownOptions: {
      preserveEntrySignatures: 'strict' as const,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

/** The React entry imports the package's own lib/index.js, not a second copy of the widget. */
const reactImportsIndex = (): Plugin => ({
  name: 'clinic-widget:react-imports-index',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === './npm' && importer?.endsWith('react.ts')
      ? { id: './index.js', external: true }
      : null,
});

/** 5. `clinic-widget/react`: lib/react.js beside lib/index.js, which it imports; React stays the app's own. */
export const reactTarget = (): InlineConfig => ({
  ...base(),
  define: widgetDefines(),
  plugins: [
    reactImportsIndex(),
    emitTypes(resolve(root, 'src/react.ts'), [], libDir, 'react.d.ts'),
  ],
  build: {
    ...moduleBuild('src/react.ts', 'react.js', false),
    outDir: libDir,
    emptyOutDir: false,
    rolldownOptions: {
      preserveEntrySignatures: 'strict' as const,
      external: ['react'],
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: false },
    },
  },
});

/** 6. The demo's configurator page, not part of the widget: demo/app/, beside its HTML. */
export const configuratorTarget = (): InlineConfig => ({
  ...base(),
  define: widgetDefines(),
  plugins: stylePlugins(),
  build: {
    outDir: resolve(root, 'demo/app'),
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    lib: {
      entry: resolve(root, 'src/configurator/main.tsx'),
      formats: ['es' as const],
      fileName: () => 'configurator.js',
      cssFileName: 'configurator',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
