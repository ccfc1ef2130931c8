/** The data-quality page: unreadable files and every check that fired, by severity and by region. */
import type { Severity } from '../model/record.ts';
import { severityCounts } from './checks.ts';
import type { RegionGroup } from './regions.ts';
import { pageOrder } from './report-view.ts';
import type { Corpus } from './types.ts';
import { pagePath, reportPagePath } from './links.ts';

export interface FiredCheck {
  severity: Severity;
  code: string;
  message: string;
  line: number | null;
  file: string;
  regionSlug: string;
  regionName: string;
  year: number | null;
  /** 1-based number of the check on the region page. */
  n: number;
  /** Fragment of the check on its page (`report-2024-1-check-3`), or of the report when it is an alternate. */
  anchor: string;
  /** Site path of the page the report is shown on: the region page for a body's latest report, else the report's own page. */
  page: string;
}

export interface DataQuality {
  unreadable: { file: string; href: string; reason: string; format: string | null; bytes: number; identicalFiles: string[] }[];
  counts: Record<Severity, number>;
  /** Checks grouped by severity, each list ordered by region then file. */
  bySeverity: { severity: Severity; checks: FiredCheck[] }[];
  byCode: { code: string; severity: Severity; count: number }[];
  byRegion: { slug: string; name: string; resolved: boolean; reports: number; counts: Record<Severity, number> }[];
  /** Identical files shown once. */
  identical: { shown: string; files: string[] }[];
  /** Different files claiming the same body and year. */
  conflicts: { regionSlug: string; regionName: string; year: number | null; why: string }[];
  unresolved: { slug: string; name: string }[];
}

const severities: Severity[] = ['error', 'warning', 'info'];

export function dataQuality(corpus: Corpus, regions: readonly RegionGroup[]): DataQuality {
  const fired: FiredCheck[] = [];
  const byRegion: DataQuality['byRegion'] = [];
  const conflicts: DataQuality['conflicts'] = [];
  for (const g of regions) {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    let reports = 0;
    for (const { bodyYear: y, anchor, latestOfBody } of pageOrder(g)) {
      const page = latestOfBody ? pagePath('regions', g.slug) : reportPagePath(g.slug, anchor);
      if (y.why) conflicts.push({ regionSlug: g.slug, regionName: g.name, year: y.year, why: y.why });
      for (const r of [y.shown, ...y.alternates]) {
        const shown = r === y.shown;
        reports++;
        const c = severityCounts(r.record);
        for (const s of severities) counts[s] += c[s];
        r.record.checks.forEach((check, i) =>
          fired.push({
            severity: check.severity,
            code: check.code,
            message: check.message,
            line: check.line,
            file: r.source.path,
            regionSlug: g.slug,
            regionName: g.name,
            year: r.record.year,
            n: i + 1,
            anchor: shown ? `${anchor}-check-${i + 1}` : anchor,
            page,
          }),
        );
      }
    }
    if (reports > 0) byRegion.push({ slug: g.slug, name: g.name, resolved: g.resolved, reports, counts });
  }
  const codeCounts = new Map<string, { code: string; severity: Severity; count: number }>();
  for (const f of fired) {
    const k = `${f.severity}:${f.code}`;
    const entry = codeCounts.get(k) ?? { code: f.code, severity: f.severity, count: 0 };
    entry.count++;
    codeCounts.set(k, entry);
  }
  return {
    unreadable: corpus.unreadable.map((u) => ({
      file: u.source.path,
      href: u.source.href,
      reason: u.record.error,
      format: u.source.format,
      bytes: u.source.bytes,
      identicalFiles: u.identicalFiles,
    })),
    counts: Object.fromEntries(severities.map((s) => [s, fired.filter((f) => f.severity === s).length])) as Record<Severity, number>,
    bySeverity: severities.map((severity) => ({ severity, checks: fired.filter((f) => f.severity === severity) })),
    byCode: [...codeCounts.values()].sort(
      (a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity) || b.count - a.count || a.code.localeCompare(b.code),
    ),
    byRegion: byRegion.sort(
      (a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || a.name.localeCompare(b.name, 'zh-CN'),
    ),
    identical: corpus.reports
      .filter((r) => r.identicalFiles.length > 0)
      .map((r) => ({ shown: r.source.path, files: r.identicalFiles })),
    conflicts,
    unresolved: regions.filter((g) => !g.resolved).map((g) => ({ slug: g.slug, name: g.name })),
  };
}
