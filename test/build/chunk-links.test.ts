import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every lazily loaded chunk is retried at a new address after a bad download
 * (src/shared/retry-import.ts). That only works if no chunk links another lazily loaded chunk
 * with a static import: the browser's module map keeps a failed module at its address, so a
 * chunk importing it there would fail on every retry, however fresh its own address. Chunks may
 * link the main module (the entry, which is there before any chunk is asked for) and nothing
 * else; a module two chunks need goes in main or is imported dynamically.
 */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const dist = join(import.meta.dirname, '../../dist');
const manifests = ['manifest.json', 'manifest-launcher.json'];

describe.each(manifests)('the chunks of .vite/%s', (name) => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', name), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const links = Object.values(manifest).flatMap((chunk) =>
    (chunk.imports ?? [])
      .filter((key) => !manifest[key]?.isEntry)
      .map((key) => `${chunk.file} → ${manifest[key]?.file ?? key}`),
  );

  it('link no lazily loaded chunk statically, only the entry', () => {
    expect(links).toEqual([]);
  });
});
