// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps imports running one way (eslint.config.js): a file of each folder
 * importing one above it fails `npm run lint`, and the allowed direction passes.
 */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// Loading ESLint and typescript-eslint takes seconds on a busy machine: a budget that fits.
describe('the import direction lint rule', { timeout: 30_000 }, () => {
  it.each([
    ['src/widget/faq/faq-fixture.ts', "import { parseOptions } from '../../embed/options';"],
    ['src/i18n/fixture.ts', "import { Widget } from '../widget/widget';"],
    ['src/content/fixture.ts', "import { loadLocale } from '../i18n/load-locale';"],
    ['src/styles/fixture.ts', "import type { Level } from '../content/triage';"],
    ['src/shared/fixture.ts', "import { parseColor } from '../styles/parse-color';"],
    ['src/embed/fixture.ts', "import { createApi } from '../index';"],
  ])('rejects an upward import in %s', async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/embed/fixture.ts', "import { Widget } from '../widget/widget';"],
    ['src/widget/fixture.ts', "import { ENGLISH } from '../content/content';"],
    ['src/content/fixture.ts', "import ui from '../i18n/locales/en/ui.json';"],
    ['src/i18n/fixture.ts', "import * as log from '../shared/log';"],
  ])('accepts a downward import in %s', async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport {};\n`)).not.toContain('no-restricted-imports');
  });
});
