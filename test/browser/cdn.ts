import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { repoRoot } from './harness';

export const VERSION: string = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')).version;

/** Where the public npm CDNs serve a published version's dist/ (the configurator's default). */
export const CDN_DIST = [
  `https://cdn.jsdelivr.net/npm/clinic-widget@${VERSION}/dist/`,
  `https://unpkg.com/clinic-widget@${VERSION}/dist/`,
];

/**
 * Serves this build's dist/ at the CDNs' versioned addresses, from the local test server, with
 * the CORS header the CDNs send: what a clinic's page gets once the version is published.
 * No request leaves the machine.
 */
export async function serveCdn(
  context: BrowserContext,
  localServer: string,
  requests: string[] = [],
) {
  for (const base of CDN_DIST)
    await context.route(`${base}**`, async (route) => {
      const file = route.request().url().slice(base.length).split('?')[0];
      requests.push(file!);
      const response = await route.fetch({ url: `${localServer}/dist/${file}` });
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'access-control-allow-origin': '*' },
      });
    });
  return requests;
}

/** A page on another origin (a clinic's own site) whose body is `html`. */
export async function routeClinicPage(context: BrowserContext, url: string, html: string) {
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Clinic</title></head><body>${html}</body></html>`,
    }),
  );
}
