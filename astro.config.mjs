// @ts-check
import { defineConfig } from 'astro/config';

// ATLAS_BASE lets the atlas live under a sub-path of a static host (e.g. /atlas/).
export default defineConfig({
  base: process.env.ATLAS_BASE ?? '/',
  trailingSlash: 'always',
  // Styles go to files under /_astro/, never inline: the pages' Content-Security-Policy allows only the site's own files.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
