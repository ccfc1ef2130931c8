/** This region's records (all files, alternates included) as CSV, same columns as the bulk atlas.csv. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../site/collection.ts';
import { memoCacheKey } from '../../../site/cache-key.ts';
import { toCsv } from '../../../site/csv.ts';
import type { RegionGroup } from '../../../site/regions.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.regions
    .filter((g) => g.reports.length > 0)
    .map((group) => ({ params: { slug: group.slug }, props: { group }, cacheKey: memoCacheKey(group) }));
}

export const GET: APIRoute = ({ props }) => {
  const group = (props as { group: RegionGroup }).group;
  const all = group.bodies.flatMap((b) => b.years.flatMap((y) => [y.shown, ...y.alternates]));
  return new Response(toCsv(all), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
