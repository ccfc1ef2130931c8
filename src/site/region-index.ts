/** The /regions/ index: each region with its key figures, in groups. */
import { severityCounts } from './checks.ts';
import { groupTotal, litigationTotal, rowTotal } from './figures.ts';
import { share } from './format.ts';
import type { RegionGroup } from './regions.ts';

export interface RegionRow {
  slug: string;
  name: string;
  /** Parent names above the region (province … parent). */
  parents: string[];
  level: RegionGroup['level'];
  resolved: boolean;
  bodies: number;
  reports: number;
  years: number[];
  latestYear: number | null;
  newReceived: number | null;
  totalHandled: number | null;
  withheldShare: number | null;
  reconsideration: number | null;
  litigation: number | null;
  errors: number;
  warnings: number;
}

export interface RegionSection {
  title: string;
  rows: RegionRow[];
}

export function regionRow(g: RegionGroup): RegionRow {
  const r = g.latest.record;
  const handled = rowTotal(r, 'totalHandled');
  const counts = g.reports.map((x) => severityCounts(x.record));
  return {
    slug: g.slug,
    name: g.name,
    parents: g.resolved ? g.path.slice(0, -1) : [],
    level: g.level,
    resolved: g.resolved,
    bodies: g.bodies.length,
    reports: g.reports.length,
    years: g.years,
    latestYear: r.year,
    newReceived: rowTotal(r, 'newReceived'),
    totalHandled: handled,
    withheldShare: share(groupTotal(r, 'withheld'), handled),
    reconsideration: r.review.reconsideration.total,
    litigation: litigationTotal(r),
    errors: counts.reduce((s, c) => s + c.error, 0),
    warnings: counts.reduce((s, c) => s + c.warning, 0),
  };
}

/**
 * Regions grouped by province (from the resolved path); reports whose issuer
 * could not be placed come last, in a clearly marked group.
 */
export function regionSections(regions: readonly RegionGroup[]): RegionSection[] {
  const byProvince = new Map<string, RegionRow[]>();
  const unresolved: RegionRow[] = [];
  for (const g of regions) {
    const row = regionRow(g);
    if (!g.resolved) unresolved.push(row);
    else {
      const province = g.path[0];
      byProvince.set(province, [...(byProvince.get(province) ?? []), row]);
    }
  }
  const sections: RegionSection[] = [...byProvince].map(([title, rows]) => ({ title, rows }));
  if (unresolved.length > 0) {
    sections.push({
      title: sections.length > 0 ? '未识别行政区划（按发布机关）' : '按发布机关',
      rows: unresolved,
    });
  }
  return sections;
}
