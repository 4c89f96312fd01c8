import { fileURLToPath } from 'node:url';
import { staleBuildReason } from '../../tools/dist-freshness';

/**
 * Global setup of the `dist` project: its tests (size gate, real browsers) test the built
 * dist/ and lib/, so they refuse to run against a build older than the sources. `npm test`
 * builds first; after editing, run `npm run build` before `npx vitest run --project dist`.
 */
export default function checkBuildIsFresh(): void {
  const reason = staleBuildReason(fileURLToPath(new URL('../..', import.meta.url)));
  if (reason)
    throw new Error(
      `The dist tests would test an old build: ${reason}. Run \`npm run build\` first (\`npm test\` does).`,
    );
}
