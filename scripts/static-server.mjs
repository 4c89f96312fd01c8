// A tiny static file server for the demo and the browser tests: no dependencies, localhost
// only, never lists directories. `mounts` maps URL prefixes to folders.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{ mounts: Record<string, string>, port?: number, host?: string,
 *   headers?: (urlPath: string) => Record<string, string> | undefined,
 *   onRequest?: (urlPath: string) => void }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  mounts,
  port = 0,
  host = '127.0.0.1',
  headers,
  onRequest,
}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    onRequest?.(urlPath);
    // Browsers ask for a favicon on their own; answer quietly rather than log a 404.
    if (urlPath === '/favicon.ico') return void response.writeHead(204).end();
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    if (!prefix) return notFound(response);
    const base = resolve(mounts[prefix]);
    let file = normalize(join(base, urlPath.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) return notFound(response);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(headers?.(urlPath) ?? {}),
      });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** @param {import('node:http').ServerResponse} response */
function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
