/**
 * Content collections. `reports` holds one entry per file under
 * `content/reports/` (or `ATLAS_REPORTS_DIR`): the parsed record, or an
 * error record saying why the file is not a readable report.
 */
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loader/index.ts';
import { parseReport, PARSER_VERSION } from './parse/index.ts';

export const collections = {
  reports: defineCollection({
    // parserModule lets the loader parse on worker threads (src/loader/pool.ts); parseReport is the same parser on this thread.
    loader: reportsLoader({ parse: parseReport, parserVersion: PARSER_VERSION, parserModule: new URL('./parse/index.ts', import.meta.url) }),
  }),
};
