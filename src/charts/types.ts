/**
 * The charts' contract with the pages: every chart function returns a
 * ChartFigure — an SVG string rendered at build time plus the data behind it —
 * which src/components/ChartFigure.astro turns into a <figure>.
 */
import type { ReportRecord } from '../model/record.ts';

export interface ChartTable { columns: { key: string; label: string }[]; rows: Record<string, string | number | null>[] }
export interface ChartFigure { id: string; title: string; caption: string; summary: string /* one Chinese sentence saying what it shows, with the key figures */; svg: string; table: ChartTable /* the data behind the chart */ }

/** Options of the region-page charts. */
export interface RegionChartOptions {
  /** Figure id (the `<figure id>`); defaults to the chart kind plus the report year, unique on a region page. */
  id?: string;
}

/** Options of the corpus-page charts. */
export interface CorpusChartOptions {
  /** How a report is named in rankings and tables (e.g. issuer, or region path). */
  label: (r: ReportRecord) => string;
  /** How many regions a ranking shows (default 20). */
  top?: number;
  /**
   * The report year to show. Defaults to the latest year in the records.
   * Charts "by year" (applicantMixChart, requestsByYearChart) show every year and ignore it.
   */
  year?: number;
  /** Figure id; defaults to the chart kind. */
  id?: string;
}
