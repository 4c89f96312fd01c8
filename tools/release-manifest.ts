import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildSnippet } from '../src/configurator/snippet.ts';
import { measureDirectory } from './file-sizes.ts';

/** Subresource Integrity value of a file's bytes (SHA-384, as browsers and CDNs use). */
export const integrityOf = (data: Uint8Array): string =>
  `sha384-${createHash('sha384').update(data).digest('base64')}`;

export const RELEASE_MANIFEST = 'release.json';
const EXAMPLE_SRC = 'https://cdn.example.org/clinic-widget/VERSION/clinic-widget.js';

export interface ReleaseManifest {
  name: string;
  version: string;
  /** The one file a page references; everything else is loaded from beside it. */
  entry: string;
  files: { path: string; bytes: number; gzip: number; integrity: string }[];
}

/**
 * Once dist/ is complete (the loader is the last build), writes dist/release.json listing
 * every file with its size and SRI hash, and two snippets to copy: dist/snippet.html and
 * dist/snippet-sri.html (with integrity and crossorigin).
 */
export function releaseManifest(outDir: string, name: string, version: string): Plugin {
  return {
    name: 'clinic-widget:release-manifest',
    apply: 'build',
    closeBundle() {
      const skip = (path: string) =>
        path.startsWith('.vite/') || path === RELEASE_MANIFEST || path.startsWith('snippet');
      const files = measureDirectory(outDir)
        .filter((file) => !skip(file.file))
        .map((file) => ({
          path: file.file,
          bytes: file.bytes,
          gzip: file.gzip,
          integrity: integrityOf(readFileSync(join(outDir, file.file))),
        }));
      const manifest: ReleaseManifest = { name, version, entry: 'clinic-widget.js', files };
      writeFileSync(join(outDir, RELEASE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      const entry = files.find((file) => file.path === manifest.entry);
      const src = EXAMPLE_SRC.replace('VERSION', version);
      const note = `<!-- clinic-widget ${version}: change src to where you uploaded dist/. -->\n`;
      writeFileSync(join(outDir, 'snippet.html'), note + buildSnippet([], { src }));
      writeFileSync(
        join(outDir, 'snippet-sri.html'),
        note + buildSnippet([], { src, integrity: entry?.integrity ?? null }),
      );
    },
  };
}
