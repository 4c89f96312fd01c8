import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../tools/compile-hint';

/**
 * The main module starts with V8's compile hint (tools/compile-hint.ts), so Chromium compiles
 * it while it downloads; lazily loaded chunks do not. The hint is added after minification:
 * the loader's SRI hash must be of the bytes with it, or the browser would refuse the module.
 */
const dist = join(import.meta.dirname, '../../dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const mainFile = readdirSync(dist).find((file) => /^main-[\w-]+\.js$/.test(file))!;
const chunkFiles = readdirSync(join(dist, 'chunks')).filter((file) => file.endsWith('.js'));

describe('the compile hint', () => {
  it('opens the main module, on a line of its own', () => {
    expect(read(mainFile).split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('is in no lazily loaded chunk, the placeholder or the loader', () => {
    const launcher = readdirSync(dist).filter((file) => /^launcher-[\w-]+\.js$/.test(file));
    const others = [...chunkFiles.map((file) => `chunks/${file}`), ...launcher, 'clinic-widget.js'];
    expect(others.length).toBeGreaterThan(5);
    expect(others.filter((file) => read(file).includes('allFunctionsCalledOnLoad'))).toEqual([]);
  });

  it("is inside the bytes the loader's SRI hash pins", () => {
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(dist, mainFile)))
      .digest('base64')}`;
    expect(read('clinic-widget.js')).toContain(integrity);
  });
});
