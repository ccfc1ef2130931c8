/**
 * Serving the source files: static paths and responses for the
 * `sources/[hash]/[name].<ext>` endpoints (one route file per extension,
 * because Astro writes an endpoint as a file only when its route ends in one).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportsDir } from '../loader/files.ts';
import { cacheKeyOf } from './cache-key.ts';
import type { Site } from './collection.ts';

export type ServedExtension = 'txt' | 'md' | 'pdf' | 'docx';

const contentTypes: Record<ServedExtension, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Static paths of the served copies ending in `.ext`; `name` is the file name without that extension. */
export function sourcePaths(site: Site, ext: ServedExtension) {
  const suffix = `.${ext}`;
  return [...site.corpus.reports, ...site.corpus.unreadable]
    .filter((i) => i.source.href.endsWith(suffix))
    .map((i) => {
      const [, hash, name] = i.source.href.split('/');
      // Same path, same bytes: the served copy need not be written again (incremental builds).
      return { params: { hash, name: name.slice(0, -suffix.length) }, props: { path: i.source.path }, cacheKey: cacheKeyOf([i.source.path, i.source.sha256]) };
    });
}

/** The bytes of a source file, read from the reports folder the loader read. */
export async function sourceResponse(path: string, ext: ServedExtension): Promise<Response> {
  // Astro runs from the project root (the npm scripts do), as the loader did.
  const dir = reportsDir(process.env, process.cwd(), process.cwd());
  const bytes = await readFile(join(dir, path));
  return new Response(bytes, { headers: { 'Content-Type': contentTypes[ext] } });
}
