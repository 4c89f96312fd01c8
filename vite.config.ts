import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { inlineCssIntoBundle } from './tools/inline-css.ts';
import { emitLazyLocales } from './tools/emit-locales.ts';
import { reportSizes } from './tools/report-sizes.ts';
import { integrityOf, releaseManifest } from './tools/release-manifest.ts';
import { emitTypes } from './tools/emit-types.ts';
import { retryChunks } from './tools/retry-chunks.ts';
import { LANGUAGES } from './src/i18n/locales.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/**
 * `npm run build` is three builds:
 *  1. the widget as ES modules: main-[hash].js and its lazily loaded chunks (sections that
 *     are not on screen are not downloaded), plus locales/*.js and content.schema.json;
 *  2. (`--mode launcher`) launcher-[hash].js, the lazy launcher's placeholder button, drawn
 *     with the widget's own styles before the widget is loaded;
 *  3. (`--mode loader`) dist/clinic-widget.js, the tiny classic script admins reference,
 *     which imports the other two by the names their builds gave them.
 */
const MAIN_MANIFEST = '.vite/manifest.json';
const LAUNCHER_MANIFEST = '.vite/manifest-launcher.json';

/** The hashed file name an earlier build gave its entry module. */
function entryFileName(manifestFile: string, fallback: string): string {
  const manifestPath = resolve(outDir, manifestFile);
  if (!existsSync(manifestPath)) return fallback;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean }
  >;
  return Object.values(manifest).find((chunk) => chunk.isEntry)?.file ?? fallback;
}

/** SRI of a file an earlier build wrote: the loader checks the module it imports. */
const integrityOfFile = (file: string): string =>
  existsSync(resolve(outDir, file)) ? integrityOf(readFileSync(resolve(outDir, file))) : '';

/** The lazily loaded sections' chunks, [section, file, SRI], for the loader to preload. */
function sectionChunks(): [string, string, string][] {
  const manifestPath = resolve(outDir, MAIN_MANIFEST);
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    string,
    { file: string }
  >;
  // By source module, not by file name: chunks/quiz-steps-… also starts with "quiz-".
  return ['compare', 'quiz'].flatMap((section) => {
    const file = manifest[`src/widget/${section}/${section}.tsx`]?.file;
    return file ? [[section, file, integrityOfFile(file)] as [string, string, string]] : [];
  });
}

/** launcher.open in every shipped language, for the placeholder launcher button. */
function launcherLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const { tag } of LANGUAGES) {
    const ui = JSON.parse(
      readFileSync(resolve(root, `src/i18n/locales/${tag}/ui.json`), 'utf8'),
    ) as { launcher: { open: string } };
    labels[tag] = ui.launcher.open;
  }
  return labels;
}

// Short class names in every build: the main and launcher builds must name classes alike.
const widgetPlugins = () => [
  vanillaExtractPlugin({ identifiers: 'short' }),
  inlineCssIntoBundle(resolve(root, 'src')),
];

/** Licence comments are kept; annotations and JSDoc are not. */
const BROWSER_COMMENTS = { legal: true, annotation: false, jsdoc: false };

/** An ES module build of one entry into dist/, minified, with a manifest naming its file. */
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
    // Library mode leaves ES output unminified; this is a bundle for browsers. Minified code
    // needs no /* @__PURE__ */ hints (they are for a bundler's tree-shaking): dropped.
    output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: BROWSER_COMMENTS },
  },
});

const libDir = resolve(root, 'lib');

function buildFor(mode: string) {
  if (mode === 'npm')
    return {
      // The npm package (`import { mount } from 'clinic-widget'`): lib/index.js and its chunks,
      // unminified (the developer's bundler minifies), with the languages as lazy chunks.
      ...moduleBuild('src/npm.ts', 'index.js', false),
      outDir: libDir,
      emptyOutDir: true,
      rolldownOptions: {
        preserveEntrySignatures: 'strict' as const,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    };
  if (mode === 'configurator')
    return {
      // The demo's configurator page, not part of the widget: demo/app/, beside its HTML.
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
    };
  if (mode === 'loader')
    return {
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
    };
  if (mode === 'launcher')
    return {
      ...moduleBuild('src/launcher-placeholder.ts', 'launcher-[hash].js', LAUNCHER_MANIFEST),
      emptyOutDir: false,
      rolldownOptions: {
        // The loader calls drawPlaceholders(): keep the export.
        preserveEntrySignatures: 'strict' as const,
        output: { minify: true, comments: BROWSER_COMMENTS },
      },
    };
  return { ...moduleBuild('src/index.ts', 'main-[hash].js', true), emptyOutDir: true };
}

function pluginsFor(mode: string) {
  if (mode === 'configurator') return [vanillaExtractPlugin({ identifiers: 'short' })];
  if (mode === 'npm')
    return [
      ...widgetPlugins(),
      emitTypes(resolve(root, 'src/npm.ts'), [resolve(root, 'src/public-types.ts')], libDir),
    ];
  if (mode === 'loader') return [reportSizes(outDir), releaseManifest(outDir, name, version)];
  if (mode === 'launcher') return widgetPlugins();
  return [...widgetPlugins(), emitLazyLocales(resolve(root, 'src/i18n/locales')), retryChunks()];
}

function definesFor(mode: string): Record<string, string> {
  if (mode === 'loader') {
    const main = entryFileName(MAIN_MANIFEST, 'main.js');
    const launcher = entryFileName(LAUNCHER_MANIFEST, 'launcher.js');
    return {
      __CLINIC_WIDGET_MAIN__: JSON.stringify(main),
      __CLINIC_WIDGET_LAUNCHER__: JSON.stringify(launcher),
      __CLINIC_WIDGET_MAIN_INTEGRITY__: JSON.stringify(integrityOfFile(main)),
      __CLINIC_WIDGET_SECTION_CHUNKS__: JSON.stringify(JSON.stringify(sectionChunks())),
      __CLINIC_WIDGET_LAUNCHER_INTEGRITY__: JSON.stringify(integrityOfFile(launcher)),
    };
  }
  return { __CLINIC_WIDGET_LAUNCHER_LABELS__: JSON.stringify(launcherLabels()) };
}

export default defineConfig(({ mode }) => ({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: {
    __CLINIC_WIDGET_VERSION__: JSON.stringify(version),
    ...definesFor(mode),
  },
  plugins: pluginsFor(mode),
  build: buildFor(mode),
  test: {
    reporters: ['default', './tools/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Tests of the built dist/: the size gate and the real-browser tests.
          name: 'dist',
          environment: 'node',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
}));
