/** One report as a region page shows it: cards, form tables, checks, provenance. */
import { checkNotes, severityCounts, type CheckNote } from './checks.ts';
import { keyFigures, type KeyFigure } from './figures.ts';
import { formatLabels } from './format.ts';
import type { BodyYear, RegionGroup } from './regions.ts';
import { formTables, type FormTable } from './tables.ts';
import type { SiteReport } from './types.ts';

export interface ReportView {
  /** Fragment id on the region page (ASCII). */
  anchor: string;
  report: SiteReport;
  body: string;
  year: number | null;
  figures: KeyFigure[];
  tables: FormTable[];
  notes: CheckNote[];
  counts: ReturnType<typeof severityCounts>;
  formatLabel: string;
  /** Whether this is its body's latest report (the page draws charts only for those, to stay light). */
  latestOfBody: boolean;
  /** Other files for the same body and year, and why this one is shown. */
  alternates: SiteReport[];
  why: string | null;
}

/** Fragment id of the n-th (0-based) report section on a region page. */
export function reportAnchor(year: number | null, index: number): string {
  return `report-${year ?? 'unknown'}-${index + 1}`;
}

/** The reports a region page shows, in page order: main body first, latest year first within a body. */
export function pageOrder(group: RegionGroup): { body: string; bodyYear: BodyYear; anchor: string; latestOfBody: boolean }[] {
  const out: { body: string; bodyYear: BodyYear; anchor: string; latestOfBody: boolean }[] = [];
  for (const body of group.bodies) {
    body.years.forEach((y, i) =>
      out.push({ body: body.body, bodyYear: y, anchor: reportAnchor(y.shown.record.year, out.length), latestOfBody: i === 0 }),
    );
  }
  return out;
}

export function reportView(report: SiteReport, body: string, bodyYear: BodyYear | null, anchor: string, latestOfBody = true): ReportView {
  const { record } = report;
  return {
    anchor,
    latestOfBody,
    report,
    body,
    year: record.year,
    figures: keyFigures(record),
    tables: formTables(record),
    notes: checkNotes(record),
    counts: severityCounts(record),
    formatLabel: report.source.format ? formatLabels[report.source.format] : '未知',
    alternates: bodyYear?.alternates ?? [],
    why: bodyYear?.why ?? null,
  };
}

/** Every shown report of a region, in page order. */
export function regionViews(group: RegionGroup): ReportView[] {
  return pageOrder(group).map(({ body, bodyYear, anchor, latestOfBody }) => reportView(bodyYear.shown, body, bodyYear, anchor, latestOfBody));
}

/** The shown reports of one body over the years, oldest first, when there is more than one year. */
export function yearSeries(group: RegionGroup): { body: string; reports: SiteReport[] }[] {
  return group.bodies
    .filter((b) => b.years.filter((y) => y.year != null).length > 1)
    .map((b) => ({
      body: b.body,
      reports: b.years.filter((y) => y.year != null).map((y) => y.shown).reverse(),
    }));
}
