/** The bulk JSON: every record, with the field list and the unreadable files. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/collection.ts';
import { atlasJson } from '../../site/json.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(atlasJson(site.corpus.reports, site.corpus.unreadable), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
