/**
 * Regions: one page per administrative division, from the hierarchy in
 * src/regions/tree.ts. A division's page holds the reports whose region is
 * that division (government, office, departments, …) and links to the
 * divisions below it; divisions with no report of their own still get a page
 * so breadcrumbs always lead somewhere. Reports whose issuer could not be
 * placed get one page per issuer, in the 未识别 group.
 */
import type { Region } from '../model/record.ts';
import { bodiesOf, breadcrumbs, buildRegionTree, descendants, unresolvedLabel, type RegionNode } from '../regions/tree.ts';
import { assignSlugs, pinyinSlug } from './slug.ts';
import type { SiteReport } from './types.ts';
import { choiceReason, compareCandidates } from '../corpus/dedupe.ts';

/** One body-year: the report shown, and other files claiming the same body and year. */
export interface BodyYear {
  year: number | null;
  shown: SiteReport;
  alternates: SiteReport[];
  /** Why `shown` was chosen over the alternates (Chinese), or null when there is only one file. */
  why: string | null;
}

/** One issuing body (government, office, department, township…) inside a region. */
export interface RegionBody {
  body: string;
  bodyType: Region['bodyType'] | null;
  /** Latest year first. */
  years: BodyYear[];
}

export interface RegionLink {
  slug: string;
  name: string;
  level: Region['level'] | null;
  /** Reports at this division and below. */
  reports: number;
}

export interface RegionGroup {
  key: string;
  slug: string;
  name: string;
  code: string | null;
  level: Region['level'] | null;
  /** Names from the province down to this region (just the issuer when unresolved). */
  path: string[];
  /** Ancestors from the province down, each with its page slug. */
  parents: { name: string; slug: string }[];
  resolved: boolean;
  /** Why the issuer could not be placed, for unresolved groups. */
  unresolvedReason: string | null;
  bodies: RegionBody[];
  /** Every report shown on the page (alternates excluded), latest first. */
  reports: SiteReport[];
  /** The report whose figures head the page: the latest year of the main body; null when no report sits here. */
  latest: SiteReport | null;
  years: number[];
  /** Divisions directly below, with report counts. */
  children: RegionLink[];
  /** Reports at this division and all below it. */
  totalReports: number;
}

/**
 * Of several files for the same body and year, the one to show, by the corpus
 * rule (src/corpus/dedupe.ts): fewest error-level checks, then the later
 * signature date, then the larger file, then first by path.
 */
export function chooseShown(candidates: readonly SiteReport[]): BodyYear {
  const ranked = [...candidates].sort((a, b) => compareCandidates(a.record, b.record));
  const [shown, ...alternates] = ranked;
  const why =
    alternates.length > 0
      ? `同一机关同一年度共有 ${candidates.length} 份内容不同的报告文件；本页显示 ${shown.source.path}，因为${choiceReason(shown.record, alternates[0].record)}。其他文件：${alternates.map((a) => a.source.path).join('、')}。`
      : null;
  return { year: shown.record.year, shown, alternates, why };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function yearsOf(list: readonly SiteReport[]): BodyYear[] {
  return [...groupBy(list, (r) => String(r.record.year ?? '')).values()]
    .map(chooseShown)
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
}

/** What the region tree needs of a report, carrying the report along. */
interface Placed {
  region: Region | null | undefined;
  issuer: string;
  checks: SiteReport['record']['checks'];
  report: SiteReport;
}

function placed(report: SiteReport): Placed {
  const { region, issuer, checks } = report.record;
  return { region, issuer, checks, report };
}

function finish(
  base: Omit<RegionGroup, 'reports' | 'latest' | 'years'>,
): RegionGroup {
  const reports = base.bodies.flatMap((b) => b.years.map((y) => y.shown));
  reports.sort((a, b) => (b.record.year ?? -Infinity) - (a.record.year ?? -Infinity));
  const years = [...new Set(reports.map((r) => r.record.year).filter((y): y is number => y != null))].sort((a, b) => b - a);
  return { ...base, reports, latest: base.bodies[0]?.years[0]?.shown ?? null, years };
}

function nodeGroup(node: RegionNode<Placed>, byCode: ReadonlyMap<string, RegionNode<Placed>>): RegionGroup {
  const bodies: RegionBody[] = bodiesOf(node.items).map((b) => ({
    body: b.body,
    bodyType: b.bodyType,
    years: yearsOf(b.items.map((i) => i.report)),
  }));
  const crumbs = breadcrumbs({ code: node.code, name: node.name, level: node.level, path: node.path });
  return finish({
    key: `code:${node.code}`,
    slug: node.slug,
    name: node.name,
    code: node.code,
    level: node.level,
    path: node.path,
    parents: crumbs.slice(0, -1).map((c) => ({ name: c.name, slug: byCode.get(c.code)?.slug ?? c.slug })),
    resolved: true,
    unresolvedReason: null,
    bodies,
    children: node.children.map((c) => ({ slug: c.slug, name: c.name, level: c.level, reports: c.total })),
    totalReports: node.total,
  });
}

/**
 * Every region page: the divisions of the hierarchy (depth first, by code),
 * then the unresolved issuers. Slugs are stable: the division code plus its
 * pinyin, or the issuer's pinyin for unresolved ones.
 */
export function groupRegions(reports: readonly SiteReport[]): RegionGroup[] {
  const tree = buildRegionTree(reports.map(placed));
  const resolved = tree.roots.flatMap((root) => descendants(root)).map((node) => nodeGroup(node, tree.byCode));

  const byIssuer = groupBy(tree.unresolved, (u) => u.item.issuer.trim());
  const slugs = assignSlugs([...byIssuer.keys()].map((issuer) => ({ key: issuer, readable: pinyinSlug(issuer) })));
  const unresolved = [...byIssuer].map(([issuer, list]) =>
    finish({
      key: `issuer:${issuer}`,
      slug: slugs.get(issuer)!,
      name: issuer,
      code: null,
      level: null,
      path: [issuer],
      parents: [],
      resolved: false,
      unresolvedReason: list[0].reason,
      bodies: [{ body: issuer, bodyType: null, years: yearsOf(list.map((u) => u.item.report)) }],
      children: [],
      totalReports: list.length,
    }),
  );
  unresolved.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return [...resolved, ...unresolved];
}

export { unresolvedLabel };

/** Maps each report id (shown and alternates) to the region page it is on. */
export function regionOfReport(regions: readonly RegionGroup[]): Map<string, RegionGroup> {
  const out = new Map<string, RegionGroup>();
  for (const g of regions) for (const b of g.bodies) for (const y of b.years) for (const r of [y.shown, ...y.alternates]) out.set(r.id, g);
  return out;
}
