import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_FILES, staleBuildReason } from './dist-freshness';

let root = '';
const write = (path: string, secondsAgo: number): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), 'x');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(join(root, path), time, time);
};

describe('the dist tests refuse an old build', () => {
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names a missing build, a source changed since, and accepts a fresh one', () => {
    root = mkdtempSync(join(tmpdir(), 'dist-freshness-'));
    write('src/index.ts', 100);
    expect(staleBuildReason(root)).toMatch(/dist\/clinic-widget\.js.* missing/);
    for (const file of BUILT_FILES) write(file, 50);
    expect(staleBuildReason(root)).toBeNull();
    write('src/widget/faq/faq.test.ts', 0); // a test is not built
    expect(staleBuildReason(root)).toBeNull();
    write('src/i18n/locales/en/ui.json', 0);
    expect(staleBuildReason(root)).toMatch(/^src\/i18n\/locales\/en\/ui\.json changed after/);
  });
});
