/** The home page: how much the atlas holds and the latest year's totals. */
import { totals, type Totals } from './figures.ts';
import type { RegionGroup } from './regions.ts';
import type { Corpus } from './types.ts';

export interface Overview {
  reports: number;
  /** Regions with at least one report of their own. */
  regions: number;
  unresolvedRegions: number;
  years: number[];
  unreadable: number;
  /** Reports with at least one error-level check. */
  withErrors: number;
  latestYear: number | null;
  /** Totals over the reports shown for the latest year (one per body; duplicates and alternates excluded). */
  latest: Totals | null;
}

export function overview(corpus: Corpus, regions: readonly RegionGroup[]): Overview {
  const shown = regions.flatMap((g) => g.reports);
  const years = [...new Set(shown.map((r) => r.record.year).filter((y): y is number => y != null))].sort((a, b) => a - b);
  const latestYear = years.at(-1) ?? null;
  const latestRecords = shown.filter((r) => r.record.year === latestYear).map((r) => r.record);
  return {
    reports: corpus.reports.length,
    regions: regions.filter((g) => g.reports.length > 0).length,
    unresolvedRegions: regions.filter((g) => !g.resolved).length,
    years,
    unreadable: corpus.unreadable.length,
    withErrors: corpus.reports.filter((r) => r.record.checks.some((c) => c.severity === 'error')).length,
    latestYear,
    latest: latestYear == null ? null : totals(latestRecords),
  };
}
