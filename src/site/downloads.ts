/** What the per-region download files (records.json, records.csv) hold: every file of the region, alternates included. */
import { loadSite } from './collection.ts';
import { memoCacheKey } from './cache-key.ts';
import type { RegionGroup } from './regions.ts';
import type { SiteReport } from './types.ts';

/** One download per region that has reports; the cache key is the region's, so an unchanged region is reused. */
export async function regionDownloadPaths() {
  const site = await loadSite();
  return site.regions
    .filter((g) => g.reports.length > 0)
    .map((group) => ({ params: { slug: group.slug }, props: { group }, cacheKey: memoCacheKey(group) }));
}

/** Every report file of the region, the shown one of each body and year first, then its alternates. */
export function regionRecords(group: RegionGroup): SiteReport[] {
  return group.bodies.flatMap((b) => b.years.flatMap((y) => [y.shown, ...y.alternates]));
}
