// `npm run eval:search`: prints the search evaluation per language (tools/search-eval/).
// Vite loads the TypeScript sources as the widget's build does; `--misses` lists the queries
// that miss.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  optimizeDeps: { noDiscovery: true },
});
try {
  const { evaluate } = await server.ssrLoadModule('/tools/search-eval/evaluate.ts');
  const pct = (x) => `${(x * 100).toFixed(0)}%`.padStart(5);
  console.log('lang  queries  found@3 before→after   precision before→after   empty before→after');
  for (const { tag, before, after, misses } of await evaluate()) {
    console.log(
      `${tag.padEnd(8)}${String(after.queries).padStart(4)}     ${pct(before.found)} → ${pct(after.found)}` +
        `          ${pct(before.precision)} → ${pct(after.precision)}          ${pct(before.empty)} → ${pct(after.empty)}`,
    );
    if (process.argv.includes('--misses')) for (const miss of misses) console.log(`    ${miss}`);
  }
} finally {
  await server.close();
}
