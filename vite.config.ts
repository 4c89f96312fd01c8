import { defineConfig } from 'vitest/config';
import { oxc, stylePlugins, widgetDefines } from './scripts/build-targets.ts';

/**
 * The test configuration. The build is `npm run build` (scripts/build.mjs), which runs the
 * targets in scripts/build-targets.ts in order; the tests see the same JSX and constants.
 */
export default defineConfig({
  oxc,
  define: widgetDefines(),
  plugins: stylePlugins(),
  test: {
    reporters: ['default', './tools/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'bench/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
          // Property tests run hundreds of cases each, beside the dist project's Chromium on a
          // two-core machine: Vitest's 5 s default is too short there, not the tests too slow.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Tests of the built dist/: the size gate and the real-browser tests.
          name: 'dist',
          environment: 'node',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          // Refuses to run against a dist/ older than src/ (npm test builds first).
          globalSetup: ['test/build/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The cross-engine suite (test/engines/): Chromium, Firefox and WebKit, after the
          // other projects so that three browsers never share the two cores with Chromium.
          name: 'engines',
          environment: 'node',
          include: ['test/engines/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
