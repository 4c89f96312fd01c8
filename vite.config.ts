import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { inlineCssIntoBundle } from './tools/inline-css.ts';
import { emitLazyLocales } from './tools/emit-locales.ts';
import { reportSizes } from './tools/report-sizes.ts';

const outDir = resolve(import.meta.dirname, 'dist');
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8'));

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: { __CLINIC_WIDGET_VERSION__: JSON.stringify(version) },
  plugins: [
    vanillaExtractPlugin(),
    inlineCssIntoBundle(),
    emitLazyLocales(resolve(import.meta.dirname, 'src/i18n/locales')),
    reportSizes(outDir),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    // The widget's CSS is inlined into the JS (see tools/inline-css.ts).
    cssCodeSplit: false,
    sourcemap: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      // A classic script: it works with async, defer, in <head>, and under AMD loaders.
      formats: ['iife'],
      name: 'ClinicWidgetBundle',
      fileName: () => 'clinic-widget.js',
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
});
