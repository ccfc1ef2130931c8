/**
 * Builds the atlas into a given folder with its own content cache, so a test
 * (or a developer) can build beside other builds in the same checkout.
 * Usage: node tests/browser/build-site.mjs OUT_DIR CACHE_DIR
 * The reports folder and base path come from ATLAS_REPORTS_DIR and ATLAS_BASE.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) {
  console.error('usage: build-site.mjs OUT_DIR CACHE_DIR');
  process.exit(2);
}
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = fileURLToPath(new URL('../../', import.meta.url));
await build({ root, outDir, cacheDir, logLevel: process.env.ATLAS_LOG_LEVEL ?? 'info' });
