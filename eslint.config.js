import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way (docs/architecture.md): entry points → embed → widget → i18n → content
 * → shared, with styles beside i18n and content (styles → shared). Each folder lists the
 * folders it must not import: those above it. A relative specifier that climbs out of the
 * folder ("../", "../../") and into a named folder is what is matched. Tests may import
 * anything (they pin down one folder with the help of others).
 */
const FOLDERS = ['embed', 'widget', 'i18n', 'content', 'styles', 'shared', 'configurator'];
const ENTRY_POINTS = ['index', 'loader', 'npm', 'launcher-placeholder'];
const MAY_IMPORT = {
  configurator: ['embed', 'widget', 'i18n', 'content', 'styles', 'shared'],
  embed: ['widget', 'i18n', 'content', 'styles', 'shared'],
  widget: ['i18n', 'content', 'styles', 'shared'],
  i18n: ['content', 'shared'],
  // content reads the locale files (data, no code) at src/i18n/locales/ and nothing else of i18n.
  content: ['shared'],
  styles: ['shared'],
  shared: [],
};

const importDirection = Object.entries(MAY_IMPORT).map(([folder, allowed]) => {
  const forbidden = FOLDERS.filter(
    (other) =>
      other !== folder && !allowed.includes(other) && !(folder === 'content' && other === 'i18n'),
  );
  const patterns = [
    {
      regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
      message: `src/${folder}/ may import only ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'itself'} (imports run one way: docs/architecture.md).`,
    },
    {
      regex: `^(\\.\\./)+(${ENTRY_POINTS.join('|')})(\\.ts)?$`,
      message: 'Entry points are imported by nobody (docs/architecture.md).',
    },
  ];
  if (folder === 'content')
    patterns.push({
      regex: '^(\\.\\./)+i18n/(?!locales/[^/]+/[^/]+\\.json$)',
      message: 'src/content/ may read the locale files in src/i18n/locales/, no i18n code.',
    });
  if (folder !== 'embed' && folder !== 'configurator')
    patterns.push({
      regex: '^(\\.\\./)+public-types(\\.ts)?$',
      message: "The public types are the embed layer's contract: import them in src/embed/.",
    });
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test/.build/',
      'demo/app/',
      'lib/',
      '.tmp/',
      'wordpress/clinic-widget/dist/',
    ],
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
  ...importDirection,
  {
    files: ['scripts/**', 'tools/**', 'bench/**', '*.config.*', 'test/**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
