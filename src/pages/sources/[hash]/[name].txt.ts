/** Source files served as .txt (see src/site/source-files.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../site/collection.ts';
import { sourcePaths, sourceResponse } from '../../../site/source-files.ts';

export async function getStaticPaths() {
  return sourcePaths(await loadSite(), 'txt');
}

export const GET: APIRoute = ({ props }) => sourceResponse((props as { path: string }).path, 'txt');
