import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumEngine } from '../../test/engines/chromium';
import type { Engine } from '../../test/engines/engine';
import { firefoxEngine } from '../../test/engines/firefox';
import { webkitEngine } from '../../test/engines/webkit';
import { staleBuildReason } from '../dist-freshness';
import { bringToState } from './drive';
import { type GalleryEngine, type Outcome, galleryIndex, selectShots, shotsOf } from './gallery';

const START: Record<GalleryEngine, () => Promise<Engine>> = {
  chromium: chromiumEngine,
  firefox: firefoxEngine,
  webkit: webkitEngine,
};

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * `npm run screenshots [-- words…]`: takes the gallery's shots from the built dist/, served on
 * localhost as the browser tests serve it (no network), and writes them with an index.html to
 * `out`. Returns how many shots failed.
 */
export async function takeScreenshots(root: string, words: readonly string[], out: string) {
  const stale = staleBuildReason(root);
  if (stale) throw new Error(`The build is not fresh: ${stale}. Run \`npm run build\` first.`);
  const shots = shotsOf(selectShots(words));
  const outcomes = new Map<string, Outcome>();
  await rm(out, { recursive: true, force: true });
  const server = await startStaticServer({ mounts: { '/': root } });
  try {
    for (const name of [...new Set(shots.map((shot) => shot.engine))]) {
      const mine = shots.filter((shot) => shot.engine === name);
      let engine: Engine;
      try {
        engine = await START[name]();
      } catch (error) {
        console.warn(`${name}: could not start (${message(error)}); its shots are left out.`);
        for (const shot of mine) outcomes.set(shot.file, { ok: false, error: message(error) });
        continue;
      }
      try {
        for (const shot of mine) {
          const page = await engine.open(`${server.url}${shot.path}`, shot.viewport);
          try {
            await bringToState(page, shot);
            const drawn = await page.evaluate(
              () => ({ width: innerWidth, height: innerHeight }),
              null,
            );
            const file = join(out, shot.file);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, await page.screenshot());
            outcomes.set(shot.file, { ok: true, drawn });
            const note =
              drawn.width === shot.viewport.width ? '' : ` (drawn ${drawn.width} px wide)`;
            console.log(`  ${shot.file}${note}`);
          } catch (error) {
            outcomes.set(shot.file, { ok: false, error: message(error) });
            console.warn(`  ${shot.file}: not taken (${message(error)})`);
          } finally {
            await page.close();
          }
        }
      } finally {
        await engine.close();
      }
    }
  } finally {
    await server.close();
  }
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), galleryIndex(shots, outcomes));
  const failed = shots.filter((shot) => !outcomes.get(shot.file)?.ok).length;
  console.log(
    `Wrote ${shots.length - failed} of ${shots.length} screenshots to ${resolve(out)}/` +
      ` (open ${resolve(out, 'index.html')}).`,
  );
  return failed;
}
