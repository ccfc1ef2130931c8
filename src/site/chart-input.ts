/** What the corpus chart pages pass to src/charts: one report per body and year, named by its body. */
import type { ReportRecord } from '../model/record.ts';
import type { RegionGroup } from './regions.ts';

/** The reports shown on region pages (identical copies and alternates excluded). */
export function chartRecords(regions: readonly RegionGroup[]): ReportRecord[] {
  return regions.flatMap((g) => g.reports.map((r) => r.record));
}

/**
 * How a report is named in rankings: its body as normalised by the region
 * resolver (e.g. 隆德县城关镇人民政府), else the issuer as printed.
 */
export function chartLabel(record: ReportRecord): string {
  return record.region?.body ?? record.issuer;
}
