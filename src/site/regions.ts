/**
 * Regions: the reports grouped into one page each. A record with a resolved
 * `region` belongs to its administrative division (code); a record without
 * one is grouped by its issuer as printed, marked unresolved.
 */
import type { Region } from '../model/record.ts';
import { assignSlugs, pinyinSlug } from './slug.ts';
import type { SiteReport } from './types.ts';

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

export interface RegionGroup {
  key: string;
  slug: string;
  name: string;
  code: string | null;
  level: Region['level'] | null;
  /** Names from the province down to this region (just the name when unresolved). */
  path: string[];
  resolved: boolean;
  bodies: RegionBody[];
  /** Every report shown on the page (alternates excluded), latest first. */
  reports: SiteReport[];
  /** The report whose figures head the page: the latest year of the main body. */
  latest: SiteReport;
  years: number[];
}

const bodyTypeOrder: Record<Region['bodyType'], number> = { government: 0, office: 1, zone: 2, township: 3, department: 4 };

export function regionKey(report: SiteReport): string {
  const region = report.record.region;
  return region ? `code:${region.code}` : `issuer:${report.record.issuer.trim()}`;
}

function bodyKey(report: SiteReport): string {
  return report.record.region?.body ?? report.record.issuer.trim();
}

function countSeverity(report: SiteReport, severity: 'error' | 'warning'): number {
  return report.record.checks.filter((c) => c.severity === severity).length;
}

/**
 * Of several files for the same body and year, the one to show: fewest
 * error-level checks, then fewest warnings, then first by path.
 */
export function chooseShown(candidates: readonly SiteReport[]): BodyYear {
  const ranked = [...candidates].sort(
    (a, b) =>
      countSeverity(a, 'error') - countSeverity(b, 'error') ||
      countSeverity(a, 'warning') - countSeverity(b, 'warning') ||
      (a.source.path < b.source.path ? -1 : 1),
  );
  const [shown, ...alternates] = ranked;
  let why: string | null = null;
  if (alternates.length > 0) {
    const e = countSeverity(shown, 'error');
    const w = countSeverity(shown, 'warning');
    const other = alternates[0];
    const reason =
      e < countSeverity(other, 'error')
        ? `它的错误级检查最少（${e} 条，另一份 ${countSeverity(other, 'error')} 条）`
        : w < countSeverity(other, 'warning')
          ? `错误级检查一样多，而它的警告最少（${w} 条，另一份 ${countSeverity(other, 'warning')} 条）`
          : '各份的检查结果相同，按文件名排序取第一份';
    why = `同一机关同一年度共有 ${candidates.length} 份内容不同的报告文件；本页显示 ${shown.source.path}，因为${reason}。其他文件：${alternates.map((a) => a.source.path).join('、')}。`;
  }
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

function bodiesOf(reports: readonly SiteReport[]): RegionBody[] {
  const bodies: RegionBody[] = [];
  for (const [body, list] of groupBy(reports, bodyKey)) {
    const years = [...groupBy(list, (r) => String(r.record.year ?? '')).values()]
      .map(chooseShown)
      .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity));
    bodies.push({ body, bodyType: list[0].record.region?.bodyType ?? null, years });
  }
  return bodies.sort(
    (a, b) =>
      (a.bodyType ? bodyTypeOrder[a.bodyType] : 9) - (b.bodyType ? bodyTypeOrder[b.bodyType] : 9) ||
      a.body.localeCompare(b.body, 'zh-CN'),
  );
}

/** Every region with its reports, ordered by code (resolved) then name; slugs are stable per region. */
export function groupRegions(reports: readonly SiteReport[]): RegionGroup[] {
  const groups = [...groupBy(reports, regionKey)];
  const slugs = assignSlugs(
    groups.map(([key, list]) => {
      const region = list[0].record.region;
      return { key, readable: region ? `${region.code}-${pinyinSlug(region.name)}` : pinyinSlug(list[0].record.issuer) };
    }),
  );
  const out = groups.map(([key, list]): RegionGroup => {
    const region = list[0].record.region ?? null;
    const bodies = bodiesOf(list);
    const shown = bodies.flatMap((b) => b.years.map((y) => y.shown));
    shown.sort((a, b) => (b.record.year ?? -Infinity) - (a.record.year ?? -Infinity));
    const years = [...new Set(shown.map((r) => r.record.year).filter((y): y is number => y != null))].sort((a, b) => b - a);
    return {
      key,
      slug: slugs.get(key)!,
      name: region?.name ?? list[0].record.issuer.trim(),
      code: region?.code ?? null,
      level: region?.level ?? null,
      path: region?.path ?? [list[0].record.issuer.trim()],
      resolved: region != null,
      bodies,
      reports: shown,
      latest: bodies[0].years[0].shown,
      years,
    };
  });
  return out.sort(
    (a, b) =>
      Number(b.resolved) - Number(a.resolved) ||
      (a.code ?? '').localeCompare(b.code ?? '') ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

/** Maps each shown report's id to its region, for linking from corpus-wide pages. */
export function regionOfReport(regions: readonly RegionGroup[]): Map<string, RegionGroup> {
  const out = new Map<string, RegionGroup>();
  for (const g of regions) for (const b of g.bodies) for (const y of b.years) for (const r of [y.shown, ...y.alternates]) out.set(r.id, g);
  return out;
}
