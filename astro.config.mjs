// @ts-check
import { defineConfig } from 'astro/config';

// ATLAS_BASE lets the atlas live under a sub-path of a static host (e.g. /atlas/).
export default defineConfig({
  base: process.env.ATLAS_BASE ?? '/',
  trailingSlash: 'always',
  // Styles go to files under /_astro/, never inline: the pages' Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Rebuilds re-render only pages whose data changed (region pages, their downloads and source copies carry a
  // cacheKey; see src/site/cache-key.ts). The cache lives in cacheDir (node_modules/.astro): keep it between
  // builds, e.g. restore it in CI. ATLAS_INCREMENTAL=0 renders every page.
  experimental: { incrementalBuild: process.env.ATLAS_INCREMENTAL !== '0' },
});
