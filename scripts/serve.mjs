// `npm run demo`: serves the demo clinic site (demo/) and the built widget (dist/) on
// localhost, the way a clinic would host dist/ beside its pages.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const firstPort = Number(process.env.PORT ?? 5173);

// Take the first free port from PORT (default 5173), so a second demo does not crash.
for (let port = firstPort; port < firstPort + 20; port += 1) {
  try {
    const server = await startStaticServer({
      port,
      mounts: { '/': `${root}demo`, '/dist/': `${root}dist` },
    });
    console.log(`Demo clinic site: ${server.url}/  (Ctrl+C to stop)`);
    break;
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy; trying ${port + 1}.`);
  }
}
