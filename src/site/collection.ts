/**
 * The one place pages read the `reports` collection. Everything else in
 * src/site is pure; this builds the corpus and the region grouping once per
 * build (every page shares it) and afresh on each request in dev.
 */
import { getCollection } from 'astro:content';
import type { ReportEntryData } from '../loader/entry.ts';
import { buildCorpus } from './corpus.ts';
import { groupRegions, regionOfReport, type RegionGroup } from './regions.ts';
import type { Corpus } from './types.ts';

export interface Site {
  corpus: Corpus;
  regions: RegionGroup[];
  /** Region of every report id (shown and alternates). */
  regionOf: Map<string, RegionGroup>;
}

let cached: Promise<Site> | null = null;

async function build(): Promise<Site> {
  const entries = await getCollection('reports');
  const corpus = buildCorpus(entries.map((e) => ({ id: e.id, data: e.data as unknown as ReportEntryData })));
  const regions = groupRegions(corpus.reports);
  return { corpus, regions, regionOf: regionOfReport(regions) };
}

export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
