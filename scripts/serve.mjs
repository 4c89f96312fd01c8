// `npm run demo`: serves the demo clinic site (demo/) and the built widget (dist/) on
// localhost, the way a clinic would host dist/ beside its pages.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);

const server = await startStaticServer({
  port,
  mounts: { '/': `${root}demo`, '/dist/': `${root}dist` },
});
console.log(`Demo clinic site: ${server.url}/  (Ctrl+C to stop)`);
