/**
 * One `astro build` for the benchmark: node scripts/bench/astro-build.mjs ROOT OUT_DIR CACHE_DIR
 * Both the atlas and the bare comparison site are built through this same
 * file, with the project's Astro. The last line printed is JSON with this
 * process's CPU time and peak RSS (worker threads included).
 */
import { resolve } from 'node:path';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('usage: astro-build.mjs ROOT OUT_DIR CACHE_DIR');
  process.exit(2);
}
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The project's Astro, whichever folder is being built.
const { build } = await import(new URL('../../node_modules/astro/dist/core/index.js', import.meta.url).href);
const started = performance.now();
await build({
  root: resolve(root),
  outDir: resolve(outDir),
  cacheDir: resolve(cacheDir),
  logLevel: 'info',
});
const cpu = process.cpuUsage();
const usage = process.resourceUsage();
console.log(
  `BENCH-RESULT ${JSON.stringify({
    ms: performance.now() - started,
    userMs: cpu.user / 1000,
    systemMs: cpu.system / 1000,
    maxRssKb: usage.maxRSS,
  })}`,
);
