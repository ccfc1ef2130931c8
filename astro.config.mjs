// @ts-check
import { defineConfig } from 'astro/config';

// ATLAS_BASE lets the atlas live under a sub-path of a static host (e.g. /atlas/).
export default defineConfig({
  base: process.env.ATLAS_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
