// @ts-check
/**
 * The site the bench serves: the three host pages (bench/pages/), the built widget (dist/)
 * and the generated floor, each file stored gzip-compressed (level 9) in a temporary folder
 * and served by scripts/static-server.mjs with `Content-Encoding: gzip`, the way a CDN
 * serves them. The throttled network then carries the bytes a visitor's network would carry,
 * and Resource Timing's encodedBodySize can be checked against the sizes computed here.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildFloorScript } from '../floor/make-floor.mjs';

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

export const PAGES = /** @type {const} */ ([
  'host-empty.html',
  'floor.html',
  'host.html',
  'host-es.html',
  'host-lazy.html',
]);
const EMBED_BLOCK = /<!-- embed -->[\s\S]*?<!-- \/embed -->/;

/**
 * The scenarios must differ only in what is embedded: anything else that differs would be
 * measured as the widget's cost (or the floor's).
 * @param {string} pagesDir
 */
export async function checkPagesMatch(pagesDir) {
  const outside = await Promise.all(
    PAGES.map(async (name) => {
      const html = await readFile(join(pagesDir, name), 'utf8');
      if (!EMBED_BLOCK.test(html)) throw new Error(`bench/pages/${name} has no embed block.`);
      return html.replace(EMBED_BLOCK, '');
    }),
  );
  PAGES.forEach((name, i) => {
    if (outside[i] !== outside[0])
      throw new Error(`bench/pages/${name} differs from ${PAGES[0]} outside its embed block.`);
  });
}

/** @param {Buffer} data @returns {Sizes} */
export const sizesOf = (data) => ({
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
  brotli: brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length,
});

/** @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/**
 * Writes the gzip mirror under `outDir` and returns the sizes of every file by URL path.
 * @param {{ repoRoot: string, outDir: string }} options
 * @returns {Promise<Map<string, Sizes>>}
 */
export async function buildSite({ repoRoot, outDir }) {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  const pagesDir = join(repoRoot, 'bench/pages');
  for (const file of await filesUnder(pagesDir))
    files.set(`/pages/${relative(pagesDir, file)}`, await readFile(file));
  const distDir = join(repoRoot, 'dist');
  for (const file of await filesUnder(distDir))
    files.set(`/dist/${relative(distDir, file).split('\\').join('/')}`, await readFile(file));
  files.set('/floor/floor.js', Buffer.from(await buildFloorScript(repoRoot)));

  /** @type {Map<string, Sizes>} */
  const sizes = new Map();
  for (const [urlPath, data] of files) {
    const target = join(outDir, urlPath);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, gzipSync(data, { level: 9 }));
    sizes.set(urlPath, sizesOf(data));
  }
  return sizes;
}
