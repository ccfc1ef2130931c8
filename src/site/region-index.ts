/** The /regions/ index: the hierarchy (province → … → township) with key figures, then the 未识别 issuers. */
import { unresolvedLabel } from '../regions/tree.ts';
import { severityCounts } from './checks.ts';
import { groupTotal, litigationTotal, rowTotal } from './figures.ts';
import { share } from './format.ts';
import type { RegionGroup } from './regions.ts';

export interface RegionRow {
  slug: string;
  name: string;
  /** 0 for a province (or an unresolved issuer), 1 for a prefecture, … */
  depth: number;
  level: RegionGroup['level'];
  resolved: boolean;
  /** Bodies with reports at this division itself. */
  bodies: number;
  /** Reports at this division and below. */
  totalReports: number;
  years: number[];
  /** Figures of the latest report at this division itself (null when it has none of its own). */
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
  resolved: boolean;
  rows: RegionRow[];
}

export function regionRow(g: RegionGroup): RegionRow {
  const r = g.latest?.record ?? null;
  const handled = r ? rowTotal(r, 'totalHandled') : null;
  const counts = g.reports.map((x) => severityCounts(x.record));
  return {
    slug: g.slug,
    name: g.name,
    depth: g.resolved ? g.path.length - 1 : 0,
    level: g.level,
    resolved: g.resolved,
    bodies: g.bodies.length,
    totalReports: g.totalReports,
    years: g.years,
    latestYear: r?.year ?? null,
    newReceived: r ? rowTotal(r, 'newReceived') : null,
    totalHandled: handled,
    withheldShare: r ? share(groupTotal(r, 'withheld'), handled) : null,
    reconsideration: r?.review.reconsideration.total ?? null,
    litigation: r ? litigationTotal(r) : null,
    errors: counts.reduce((s, c) => s + c.error, 0),
    warnings: counts.reduce((s, c) => s + c.warning, 0),
  };
}

/** One section per province (rows depth first, as the tree is ordered), then the 未识别 issuers. */
export function regionSections(regions: readonly RegionGroup[]): RegionSection[] {
  const sections: RegionSection[] = [];
  const unresolved: RegionRow[] = [];
  for (const g of regions) {
    if (!g.resolved) {
      unresolved.push(regionRow(g));
      continue;
    }
    if (g.path.length === 1) sections.push({ title: g.name, resolved: true, rows: [] });
    sections.at(-1)?.rows.push(regionRow(g));
  }
  if (unresolved.length > 0) {
    sections.push({ title: `${unresolvedLabel}：尚未对应到行政区划的发布机关`, resolved: false, rows: unresolved });
  }
  return sections;
}
