import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { inlineCssIntoBundle } from './tools/inline-css.ts';
import { emitLazyLocales } from './tools/emit-locales.ts';
import { reportSizes } from './tools/report-sizes.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/**
 * `npm run build` is two builds:
 *  1. the widget as ES modules: main-[hash].js and its lazily loaded chunks (sections that
 *     are not on screen are not downloaded), plus locales/*.js and content.schema.json;
 *  2. (`--mode loader`) dist/clinic-widget.js, the tiny classic script admins reference,
 *     which imports the main module by the name the first build gave it.
 */
function mainModuleName(): string {
  const manifestPath = resolve(outDir, '.vite/manifest.json');
  if (!existsSync(manifestPath)) return 'main.js';
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean }
  >;
  return Object.values(manifest).find((chunk) => chunk.isEntry)?.file ?? 'main.js';
}

export default defineConfig(({ mode }) => ({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: {
    __CLINIC_WIDGET_VERSION__: JSON.stringify(version),
    ...(mode === 'loader' ? { __CLINIC_WIDGET_MAIN__: JSON.stringify(mainModuleName()) } : {}),
  },
  plugins:
    mode === 'loader'
      ? [reportSizes(outDir)]
      : [
          vanillaExtractPlugin(),
          inlineCssIntoBundle(resolve(root, 'src')),
          emitLazyLocales(resolve(root, 'src/i18n/locales')),
        ],
  build:
    mode === 'loader'
      ? {
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
        }
      : {
          outDir,
          emptyOutDir: true,
          target: 'es2020',
          // The widget's CSS is inlined into the JS (see tools/inline-css.ts).
          cssCodeSplit: false,
          sourcemap: false,
          manifest: true,
          lib: {
            entry: resolve(root, 'src/index.ts'),
            formats: ['es' as const],
            fileName: () => 'main-[hash].js',
          },
          rolldownOptions: {
            // The entry exports nothing, so modules it shares with lazy chunks can live in it:
            // no extra common chunk (and no extra round trip) for the first view.
            preserveEntrySignatures: false as const,
            // Library mode leaves ES output unminified; this is a bundle for browsers.
            output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
          },
        },
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
