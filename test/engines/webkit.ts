import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Engine, EnginePage, Key } from './engine';

/**
 * WebKit: Debian's webkit2gtk-driver (WebKitWebDriver) driving its MiniBrowser, the engine of
 * Safari and of every iPhone browser. A GTK browser needs a display, so without one we start
 * Xvfb. The W3C WebDriver client is the few fetch calls below.
 */
export function miniBrowserPath(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const lib = '/usr/lib';
  const dirs = [lib, ...readdirSync(lib).map((name) => `${lib}/${name}`)];
  for (const dir of dirs)
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'])
      if (existsSync(`${dir}/${api}/MiniBrowser`)) return `${dir}/${api}/MiniBrowser`;
  return undefined;
}

// WebDriver's key code points (W3C WebDriver, "Keyboard actions").
const CODES: Record<Key, string[]> = {
  Tab: ['\uE004'],
  'Shift+Tab': ['\uE008', '\uE004'],
  Enter: ['\uE007'],
  Escape: ['\uE00C'],
  Space: ['\uE00D'],
  ArrowDown: ['\uE015'],
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a free display and resolves with its number. */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.stdout!.once('data', (data) =>
      resolve({ process: xvfb, display: `:${String(data).trim()}` }),
    );
  });
}

export async function webkitEngine(): Promise<Engine> {
  const binary = miniBrowserPath();
  if (!binary) throw new Error('MiniBrowser not found: install webkit2gtk-driver');
  const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) },
  });
  const stop = () => {
    driver.kill();
    xvfb?.process.kill();
  };
  const base = `http://127.0.0.1:${port}`;

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = (await response.json()) as { value: unknown };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(value)}`);
    return value;
  }

  try {
    // The driver takes a moment to listen.
    for (let i = 0; ; i += 1) {
      try {
        await fetch(`${base}/status`);
        break;
      } catch (error) {
        if (i > 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const { sessionId } = (await call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        },
      },
    })) as { sessionId: string };
    const session = `/session/${sessionId}`;

    const evaluate: EnginePage['evaluate'] = async (fn, arg) => {
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then(
          (value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const result = (await call('POST', `${session}/execute/async`, {
        script,
        args: [arg ?? null],
      })) as { value?: unknown; error?: string };
      if (result.error) throw new Error(`in page: ${result.error}`);
      return result.value as never;
    };

    return {
      name: 'webkit',
      async open(url, viewport) {
        await call('POST', `${session}/window/rect`, viewport);
        await call('POST', `${session}/url`, { url });
        // The window's frame takes some room: grow the window until the viewport is the size.
        const inner = await evaluate(() => ({ width: innerWidth, height: innerHeight }), null);
        if (inner.width !== viewport.width || inner.height !== viewport.height) {
          await call('POST', `${session}/window/rect`, {
            width: 2 * viewport.width - inner.width,
            height: 2 * viewport.height - inner.height,
          });
        }
        return {
          evaluate,
          async press(key) {
            const codes = CODES[key];
            const actions = [
              ...codes.map((value) => ({ type: 'keyDown', value })),
              ...[...codes].reverse().map((value) => ({ type: 'keyUp', value })),
            ];
            await call('POST', `${session}/actions`, {
              actions: [{ type: 'key', id: 'keyboard', actions }],
            });
          },
          // W3C WebDriver "Take Screenshot": the viewport, as a base64 PNG.
          screenshot: async () =>
            Buffer.from((await call('GET', `${session}/screenshot`)) as string, 'base64'),
          close: async () => {
            await call('POST', `${session}/url`, { url: 'about:blank' });
          },
        };
      },
      async close() {
        await call('DELETE', session).catch(() => undefined);
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
