import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLUGIN_ZIP } from '../../tools/wordpress-plugin.mjs';
import { readZip } from '../../tools/zip.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, repoRoot, useBrowser, waitForWidgets } from './harness';

const env = useBrowser();

interface Rendered {
  posts: Record<'shortcode' | 'block' | 'hostile' | 'pasted', string>;
  scripts: Record<string, { src: string; args: unknown }>;
}
let rendered: Rendered;
let wordpress: string;

beforeAll(() => {
  // WordPress's own code (Debian's package, unpacked if not installed) renders the posts.
  wordpress = execFileSync('bash', [join(repoRoot, 'wordpress/tests/wordpress-dir.sh')], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).trim();
  rendered = JSON.parse(
    execFileSync('php', [join(repoRoot, 'wordpress/tests/render.php'), wordpress], {
      cwd: repoRoot,
      encoding: 'utf8',
    }),
  ) as Rendered;
}, 120_000);

describe('the WordPress plugin', () => {
  it("unpacks from the build's zip with WordPress's own unzip code, every file intact", () => {
    const dest = mkdtempSync(join(tmpdir(), 'clinic-widget-plugin-'));
    try {
      const unpacked = JSON.parse(
        execFileSync(
          'php',
          [join(repoRoot, 'wordpress/tests/unzip.php'), wordpress, PLUGIN_ZIP, dest],
          {
            cwd: repoRoot,
            encoding: 'utf8',
          },
        ),
      ) as Record<string, string>;
      const inZip = Object.fromEntries(
        readZip(readFileSync(PLUGIN_ZIP))
          .filter(({ name }) => !name.endsWith('/'))
          .map(({ name, data }) => [name, createHash('sha256').update(data).digest('hex')]),
      );
      expect(unpacked).toEqual(inZip);
      expect(Object.keys(unpacked)).toContain('clinic-widget/clinic-widget.php');
      expect(Object.keys(unpacked)).toContain('clinic-widget/dist/clinic-widget.js');
    } finally {
      rmSync(dest, { recursive: true, force: true });
    }
  });

  it('renders the shortcode and the block for an author without unfiltered_html', () => {
    const { shortcode, block, hostile, pasted } = rendered.posts;
    // The site's defaults (Settings) under the shortcode's own options, escaped by esc_attr.
    expect(shortcode).toBe(
      '<div data-clinic-widget data-country="US" data-lang="es" data-clinic-name="Riverside &quot;Hair&quot; &amp; Scalp" data-clinic-phone="+1 555 0100"></div>',
    );
    expect(block).toContain('data-country="GB"');
    expect(block).toContain('data-sections="faq quiz"');
    expect(block).toContain('data-clinic-phone="+44 20 7946 0000"');
    // Hostile attribute values cannot add markup; an unusable country falls back to the default.
    expect(hostile).not.toMatch(/<script|alert/);
    expect(hostile).toContain('data-country="US"');
    // What the plugin is for: pasted HTML loses its script for such an author.
    expect(pasted).not.toContain('<script');
    // The loader, enqueued once, from the plugin's own copy of dist/ (footer script before 6.3).
    expect(Object.keys(rendered.scripts)).toEqual(['clinic-widget']);
    expect(rendered.scripts['clinic-widget']!.src).toBe(
      '/wp-content/plugins/clinic-widget/dist/clinic-widget.js?ver=0.2.0',
    );
  });

  it('gives a page on which every widget works', async () => {
    const context = await env.browser.newContext();
    // The plugin's folder is served from the built dist/, as the installed plugin ships it.
    await context.route('**/wp-content/plugins/clinic-widget/dist/**', async (route) => {
      const file = new URL(route.request().url()).pathname.split('/dist/')[1];
      await route.fulfill({
        response: await route.fetch({ url: `${env.server.url}/dist/${file}` }),
      });
    });
    const { shortcode, block } = rendered.posts;
    const script = rendered.scripts['clinic-widget']!.src;
    await context.route('**/wp-page.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Post</title></head><body><main>${shortcode}${block}</main><script src="${script}" id="clinic-widget-js"></script></body></html>`,
      }),
    );
    const { page, log } = await openPage(context, `${env.server.url}/wp-page.html`);
    await waitForWidgets(page, 2);
    const texts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-clinic-widget]')).map(
        (c) => c.shadowRoot!.textContent ?? '',
      ),
    );
    expect(texts[0]).toContain('911');
    expect(texts[0]).toContain('Riverside "Hair" & Scalp');
    expect(texts[1]).toContain('999');
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toEqual([]);
    await context.close();
  });
});
