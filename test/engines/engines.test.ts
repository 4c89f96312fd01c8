import { afterAll, beforeAll, describe, it } from 'vitest';
import { STRICT_CSP, startFixtureServer } from '../browser/harness';
import { chromiumEngine } from './chromium';
import { type Engine, type EngineName, selectedEngines } from './engine';
import { firefoxEngine } from './firefox';
import { SCENARIOS } from './scenarios';
import { webkitEngine } from './webkit';

/**
 * The cross-engine suite: the same scenarios in Chromium, Firefox and WebKit, one browser per
 * engine, reused by every scenario. ENGINES=firefox (or webkit, chromium, a comma list) runs
 * some engines only.
 */
const LAUNCH: Record<EngineName, () => Promise<Engine>> = {
  chromium: chromiumEngine,
  firefox: firefoxEngine,
  webkit: webkitEngine,
};

let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  server = await startFixtureServer((path) =>
    path.endsWith('/csp.html') ? { 'content-security-policy': STRICT_CSP } : undefined,
  );
});
afterAll(() => server?.close());

describe.each(selectedEngines())('%s', (name) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await LAUNCH[name]();
  });
  afterAll(() => engine?.close());

  for (const scenario of SCENARIOS) it(scenario.name, () => scenario.run(engine, server.url));
});
