/** The bulk CSV: one row per report, a column per catalogue field. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/collection.ts';
import { toCsv } from '../../site/csv.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(toCsv(site.corpus.reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
