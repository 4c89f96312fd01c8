import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'test/.build/', 'demo/app/', 'lib/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The widget must never build HTML or code from strings (Trusted Types, XSS).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Preact, never from HTML strings.' },
        { property: 'outerHTML', message: 'Build DOM with Preact, never from HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with Preact.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['scripts/**', 'tools/**', 'bench/**', '*.config.*', 'test/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
