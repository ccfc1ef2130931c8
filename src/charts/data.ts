/**
 * Data shaping for the charts: small pure functions from records to the rows
 * a chart draws and its table lists. Missing figures (null: blank or "/" in
 * the report) are never counted as 0; every aggregate says how many reports
 * had no figure.
 */
import {
  applicantColumns,
  applicantPartKeys,
  outcomeRowKeys,
  requestRowDef,
  requestRowGroups,
  reviewGroupKeys,
  reviewPartKeys,
  withheldRowKeys,
  type ApplicantColumnKey,
  type RequestRowGroup,
  type RequestRowKey,
  type ReviewGroupKey,
  type ReviewColumnKey,
} from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';

/* ------------------------------------------------------------------ */
/* Figures                                                            */
/* ------------------------------------------------------------------ */

/** Sum of the known figures; null when none is known (missing is not zero). */
export function sumKnown(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (typeof v === 'number') sum = (sum ?? 0) + v;
  return sum;
}

/** The 总计 column of a request row; null when the row or the cell is missing. */
export function rowTotal(record: ReportRecord, key: RequestRowKey): number | null {
  return record.requests[key]?.total ?? null;
}

/** `part / whole`, or null when either is unknown or the whole is not positive. */
export function shareOf(part: number | null, whole: number | null): number | null {
  return part == null || whole == null || whole <= 0 ? null : part / whole;
}

/** A labelled figure with its share of the chart's whole. */
export interface CategoryValue {
  key: string;
  label: string;
  value: number | null;
  share: number | null;
}

/* ------------------------------------------------------------------ */
/* One report                                                         */
/* ------------------------------------------------------------------ */

/** The six outcome groups (予以公开 … 其他处理), in form order, derived from the catalogue. */
export const outcomeGroups: RequestRowGroup[] = [...new Set(outcomeRowKeys.map((k) => requestRowDef(k).group))];

/** Request rows of a group, in form order. */
export function rowsOfGroup(group: RequestRowGroup): RequestRowKey[] {
  return outcomeRowKeys.filter((k) => requestRowDef(k).group === group);
}

/** Sum of all outcome rows (总计 column) of a report, null when none is printed. */
export function outcomeSum(record: ReportRecord): number | null {
  return sumKnown(outcomeRowKeys.map((k) => rowTotal(record, k)));
}

/** 办理结果 of one report by group, shares of the sum of the groups. */
export function outcomeSplit(record: ReportRecord): { slices: CategoryValue[]; sum: number | null; printedTotal: number | null } {
  const values = outcomeGroups.map((g) => ({ key: g, label: requestRowGroups[g].label, value: sumKnown(rowsOfGroup(g).map((k) => rowTotal(record, k))) }));
  const sum = sumKnown(values.map((v) => v.value));
  return {
    slices: values.map((v) => ({ ...v, share: shareOf(v.value, sum) })),
    sum,
    printedTotal: rowTotal(record, 'totalHandled'),
  };
}

/** The eight 不予公开 grounds of one report, shares of their sum. */
export function refusalGrounds(record: ReportRecord): { grounds: CategoryValue[]; sum: number | null } {
  const values = withheldRowKeys.map((k) => ({ key: k, label: requestRowDef(k).short, value: rowTotal(record, k) }));
  const sum = sumKnown(values.map((v) => v.value));
  return { grounds: values.map((v) => ({ ...v, share: shareOf(v.value, sum) })), sum };
}

/** Applicant columns of 本年新收 (without 总计), shares of their sum; `printedTotal` is the printed 总计. */
export function applicantSplit(record: ReportRecord): { applicants: CategoryValue[]; sum: number | null; printedTotal: number | null } {
  const row = record.requests.newReceived;
  const values = applicantPartKeys.map((k) => ({
    key: k,
    label: applicantColumns.find((c) => c.key === k)!.short,
    value: row?.[k] ?? null,
  }));
  const sum = sumKnown(values.map((v) => v.value));
  return { applicants: values.map((v) => ({ ...v, share: shareOf(v.value, sum) })), sum, printedTotal: row?.total ?? null };
}

/** The measures of the year-over-year chart. */
export type YearMeasure = 'newReceived' | 'totalHandled' | 'reconsideration' | 'litigation';

/** One year of one region. */
export interface YearRow {
  year: number;
  file: string;
  values: Record<YearMeasure, number | null>;
}

/**
 * One region's reports as one row per year, oldest first. Litigation is
 * 直接起诉 + 复议后起诉 (总计 column). Reports without a year are left out;
 * of two reports for the same year the first by file name is kept.
 */
export function yearRows(records: readonly ReportRecord[]): { rows: YearRow[]; withoutYear: number; duplicates: number } {
  const byYear = new Map<number, ReportRecord>();
  let withoutYear = 0;
  let duplicates = 0;
  for (const r of [...records].sort((a, b) => compareText(a.file, b.file))) {
    if (r.year == null) withoutYear++;
    else if (byYear.has(r.year)) duplicates++;
    else byYear.set(r.year, r);
  }
  const rows = [...byYear.values()]
    .sort((a, b) => a.year! - b.year!)
    .map((r) => ({
      year: r.year!,
      file: r.file,
      values: {
        newReceived: rowTotal(r, 'newReceived'),
        totalHandled: rowTotal(r, 'totalHandled'),
        reconsideration: r.review.reconsideration.total,
        litigation: sumKnown([r.review.litigationDirect.total, r.review.litigationAfterReconsideration.total]),
      },
    }));
  return { rows, withoutYear, duplicates };
}

/* ------------------------------------------------------------------ */
/* The corpus                                                         */
/* ------------------------------------------------------------------ */

/** Code-unit order: the same on every machine and locale (byte-reproducible builds). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest report year, or null when no report has one. */
export function latestYear(records: readonly ReportRecord[]): number | null {
  let year: number | null = null;
  for (const r of records) if (r.year != null && (year == null || r.year > year)) year = r.year;
  return year;
}

/** The reports of one year: `year` if given, else the latest. */
export function reportsOfYear(records: readonly ReportRecord[], year?: number): { year: number | null; records: ReportRecord[] } {
  const chosen = year ?? latestYear(records);
  return { year: chosen, records: records.filter((r) => r.year === chosen) };
}

/** A distinct key per report (the file; suffixed if a file repeats). */
export function reportKeys(records: readonly ReportRecord[]): string[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const n = seen.get(r.file) ?? 0;
    seen.set(r.file, n + 1);
    return n === 0 ? r.file : `${r.file}#${n + 1}`;
  });
}

export interface RankedEntry {
  key: string;
  label: string;
  value: number;
  /** Competition rank: equal values share a rank. */
  rank: number;
  record: ReportRecord;
}

export interface Ranking {
  /** The top entries, highest first; ties by label, then file. */
  entries: RankedEntry[];
  /** Reports with a figure / without one. */
  known: number;
  missing: number;
  /** Sum of all known figures (not only the top). */
  sum: number | null;
  /** All known values, for distributions. */
  values: number[];
}

/** Top `top` reports by `value` (null = no figure, left out and counted). */
export function rankBy(
  records: readonly ReportRecord[],
  value: (r: ReportRecord) => number | null,
  label: (r: ReportRecord) => string,
  top: number,
): Ranking {
  const keys = reportKeys(records);
  const known: Omit<RankedEntry, 'rank'>[] = [];
  records.forEach((r, i) => {
    const v = value(r);
    if (v != null) known.push({ key: keys[i], label: label(r), value: v, record: r });
  });
  known.sort((a, b) => b.value - a.value || compareText(a.label, b.label) || compareText(a.key, b.key));
  const entries: RankedEntry[] = [];
  for (let i = 0; i < Math.min(top, known.length); i++) {
    const rank = i > 0 && known[i].value === known[i - 1].value ? entries[i - 1].rank : i + 1;
    entries.push({ ...known[i], rank });
  }
  return {
    entries,
    known: known.length,
    missing: records.length - known.length,
    sum: sumKnown(known.map((k) => k.value)),
    values: known.map((k) => k.value),
  };
}

/** A histogram bin: values in [lo, hi) (hi null: the single value lo). */
export interface Bin {
  key: string;
  label: string;
  lo: number;
  hi: number | null;
  count: number;
}

const mantissas = [1, 2, 5];

function edge(mantissa: number, exponent: number): number {
  return Number((mantissa * 10 ** exponent).toPrecision(12));
}

/**
 * Logarithmic bins on the 1–2–5 series (1, 2, 5, 10, 20, 50, …), plus a bin
 * for exactly 0: readable edges, a handful of bins per decade, any corpus size.
 * Integer data gets inclusive labels ("2–4"); other data "0.1–0.2" (lower
 * edge included, upper excluded).
 */
export function logBins(values: readonly number[], format: (n: number) => string = String): Bin[] {
  const bins: Bin[] = [];
  const negative = values.filter((v) => v < 0).length;
  if (negative > 0) bins.push({ key: 'neg', label: '<0', lo: -Infinity, hi: 0, count: negative });
  bins.push({ key: '0', label: format(0), lo: 0, hi: null, count: values.filter((v) => v === 0).length });
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return bins;
  const integers = positive.every(Number.isInteger);
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  let exponent = Math.floor(Math.log10(min));
  let m = mantissas.length - 1;
  while (m > 0 && edge(mantissas[m], exponent) > min) m--;
  // Below ~1e-300 the edge underflows to 0; start at the smallest value then (never overlapping the 0 bin).
  let lo = Math.max(edge(mantissas[m], exponent), Number.MIN_VALUE);
  if (lo > min) lo = min;
  while (lo <= max) {
    m++;
    if (m === mantissas.length) {
      m = 0;
      exponent++;
    }
    const hi = edge(mantissas[m], exponent);
    const label = integers && lo >= 1 ? (hi - 1 === lo ? format(lo) : `${format(lo)}–${format(hi - 1)}`) : `${format(lo)}–${format(hi)}`;
    bins.push({ key: `${lo}`, label, lo, hi, count: positive.filter((v) => v >= lo && v < hi).length });
    lo = hi;
  }
  return bins;
}

/** Applicant mix of 本年新收 for one year of reports. */
export interface ApplicantYear {
  year: number | null;
  reports: number;
  /** Reports whose 本年新收 row has no applicant figure at all. */
  missing: number;
  values: Record<ApplicantColumnKey, number | null>;
  /** Sum of the six applicant columns. */
  sum: number | null;
}

/** Sum each applicant column of 本年新收 over the reports of each year, oldest first (no year last). */
export function applicantMixByYear(records: readonly ReportRecord[]): ApplicantYear[] {
  return groupByYear(records).map(([year, rs]) => {
    const rows = rs.map((r) => r.requests.newReceived);
    const values = Object.fromEntries(
      applicantColumns.map((c) => [c.key, sumKnown(rows.map((row) => row?.[c.key] ?? null))]),
    ) as Record<ApplicantColumnKey, number | null>;
    const missing = rows.filter((row) => row == null || applicantPartKeys.every((k) => row[k] == null)).length;
    return { year, reports: rs.length, missing, values, sum: sumKnown(applicantPartKeys.map((k) => values[k])) };
  });
}

/** Reports grouped by year, oldest first, reports without a year last. */
export function groupByYear(records: readonly ReportRecord[]): [number | null, ReportRecord[]][] {
  const groups = new Map<number | null, ReportRecord[]>();
  for (const r of records) {
    const list = groups.get(r.year) ?? [];
    list.push(r);
    groups.set(r.year, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a == null ? 1 : b == null ? -1 : a - b));
}

/** Request totals of one year. */
export interface YearTotals {
  year: number | null;
  reports: number;
  newReceived: number | null;
  newReceivedMissing: number;
  totalHandled: number | null;
  totalHandledMissing: number;
}

export function totalsByYear(records: readonly ReportRecord[]): YearTotals[] {
  return groupByYear(records).map(([year, rs]) => {
    const newReceived = rs.map((r) => rowTotal(r, 'newReceived'));
    const totalHandled = rs.map((r) => rowTotal(r, 'totalHandled'));
    return {
      year,
      reports: rs.length,
      newReceived: sumKnown(newReceived),
      newReceivedMissing: newReceived.filter((v) => v == null).length,
      totalHandled: sumKnown(totalHandled),
      totalHandledMissing: totalHandled.filter((v) => v == null).length,
    };
  });
}

/** A refusal category: one 不予公开 ground, or a whole group (无法提供, 不予处理, 其他处理). */
export interface RefusalCategory {
  key: string;
  label: string;
  group: RequestRowGroup;
  rows: RequestRowKey[];
}

/** The eight 不予公开 grounds, then 无法提供, 不予处理, 其他处理 as wholes. */
export const refusalCategories: RefusalCategory[] = [
  ...withheldRowKeys.map((k) => ({ key: k, label: requestRowDef(k).short, group: 'withheld' as RequestRowGroup, rows: [k] })),
  ...(['unavailable', 'notProcessed', 'other'] as RequestRowGroup[]).map((g) => ({ key: g, label: requestRowGroups[g].label, group: g, rows: rowsOfGroup(g) })),
];

/** A report's figure for a refusal category (总计 column), null when none of its rows is printed. */
export function categoryValue(record: ReportRecord, category: RefusalCategory): number | null {
  return sumKnown(category.rows.map((k) => rowTotal(record, k)));
}

/** Corpus-wide figure of each refusal category and its share of all outcomes (办理结果, every group). */
export function refusalTotals(records: readonly ReportRecord[]): {
  categories: (CategoryValue & { group: RequestRowGroup; reports: number })[];
  outcomes: number | null;
  reportsWithOutcomes: number;
} {
  const outcomes = records.map(outcomeSum);
  const outcomesSum = sumKnown(outcomes);
  return {
    categories: refusalCategories.map((c) => {
      const values = records.map((r) => categoryValue(r, c));
      const value = sumKnown(values);
      return { key: c.key, label: c.label, group: c.group, value, share: shareOf(value, outcomesSum), reports: values.filter((v) => v != null).length };
    }),
    outcomes: outcomesSum,
    reportsWithOutcomes: outcomes.filter((v) => v != null).length,
  };
}

/** One region row of the refusal heatmap. */
export interface RefusalProfile {
  key: string;
  label: string;
  rank: number;
  /** Sum of the refusal categories. */
  refused: number;
  /** Sum of all outcome rows (the shares' whole). */
  outcomes: number | null;
  cells: { category: RefusalCategory; value: number | null; share: number | null }[];
}

/** Top `top` reports by number of refusals (all categories), with each category's share of the report's outcomes. */
export function refusalProfiles(
  records: readonly ReportRecord[],
  label: (r: ReportRecord) => string,
  top: number,
): { profiles: RefusalProfile[]; known: number; missing: number } {
  const ranking = rankBy(records, (r) => sumKnown(refusalCategories.map((c) => categoryValue(r, c))), label, top);
  const profiles = ranking.entries.map((e) => {
    const outcomes = outcomeSum(e.record);
    return {
      key: e.key,
      label: e.label,
      rank: e.rank,
      refused: e.value,
      outcomes,
      cells: refusalCategories.map((c) => {
        const value = categoryValue(e.record, c);
        return { category: c, value, share: shareOf(value, outcomes) };
      }),
    };
  });
  return { profiles, known: ranking.known, missing: ranking.missing };
}

/** 信息处理费 status counts: charged (> 0), printed 0 (未收取), not stated (null). */
export function processingFeeStatus(records: readonly ReportRecord[]): { charged: number; zero: number; missing: number; sum: number | null } {
  const fees = records.map((r) => r.processingFeeYuan);
  return {
    charged: fees.filter((f) => f != null && f > 0).length,
    zero: fees.filter((f) => f === 0).length,
    missing: fees.filter((f) => f == null).length,
    sum: sumKnown(fees),
  };
}

/** Corpus sums of each review group by result. */
export interface ReviewTotals {
  key: ReviewGroupKey;
  /** Sum of each result column (维持, 纠正, 其他, 未审结). */
  parts: Record<Exclude<ReviewColumnKey, 'total'>, number | null>;
  /** Sum of the four results. */
  sum: number | null;
  /** Sum of the printed 总计 column (may differ from `sum` where reports misprint it). */
  printedTotal: number | null;
  /** Reports with no figure in this group. */
  missing: number;
}

export function reviewTotals(records: readonly ReportRecord[]): ReviewTotals[] {
  return reviewGroupKeys.map((g) => {
    const rows = records.map((r) => r.review[g]);
    const parts = Object.fromEntries(reviewPartKeys.map((c) => [c, sumKnown(rows.map((row) => row[c]))])) as ReviewTotals['parts'];
    return {
      key: g,
      parts,
      sum: sumKnown(reviewPartKeys.map((c) => parts[c])),
      printedTotal: sumKnown(rows.map((row) => row.total)),
      missing: rows.filter((row) => [...reviewPartKeys, 'total' as const].every((c) => row[c] == null)).length,
    };
  });
}

/** 纠正率 of one report over all three review groups. */
export interface CorrectedShare {
  key: string;
  label: string;
  rank: number;
  corrected: number;
  total: number;
  pending: number;
  /** total − pending: cases decided. */
  decided: number;
  /** corrected / decided. */
  share: number;
}

/**
 * 纠正率 = corrected / (total − pending), summed over 复议, 直接起诉 and
 * 复议后起诉, using the printed 总计. Reports are left out (and counted) when
 * they have no figures, no decided case, or a group whose printed 总计 differs
 * from the sum of its results — a rate from a misprinted total would mislead.
 * Ranked by share, then by decided cases (a 100 % of 12 before a 100 % of 1).
 */
export function correctedShares(
  records: readonly ReportRecord[],
  label: (r: ReportRecord) => string,
  top: number,
): { entries: CorrectedShare[]; ranked: number; missing: number; noDecided: number; inconsistent: number; corrected: number | null; decided: number | null } {
  const keys = reportKeys(records);
  const rated: Omit<CorrectedShare, 'rank'>[] = [];
  let missing = 0;
  let noDecided = 0;
  let inconsistent = 0;
  records.forEach((r, i) => {
    const groups = reviewGroupKeys.map((g) => r.review[g]);
    const corrected = sumKnown(groups.map((g) => g.corrected));
    const total = sumKnown(groups.map((g) => g.total));
    const pending = sumKnown(groups.map((g) => g.pending)) ?? 0;
    if (corrected == null || total == null) return void missing++;
    const misprinted = groups.some((g) => {
      const parts = reviewPartKeys.map((c) => g[c]);
      return g.total != null && parts.every((p) => p != null) && parts.reduce((a, b) => a! + b!, 0) !== g.total;
    });
    if (misprinted) return void inconsistent++;
    const decided = total - pending;
    if (decided <= 0) return void noDecided++;
    rated.push({ key: keys[i], label: label(r), corrected, total, pending, decided, share: corrected / decided });
  });
  rated.sort((a, b) => b.share - a.share || b.decided - a.decided || compareText(a.label, b.label) || compareText(a.key, b.key));
  const entries: CorrectedShare[] = [];
  for (let i = 0; i < Math.min(top, rated.length); i++) {
    const same = i > 0 && rated[i].share === rated[i - 1].share && rated[i].decided === rated[i - 1].decided;
    entries.push({ ...rated[i], rank: same ? entries[i - 1].rank : i + 1 });
  }
  return {
    entries,
    ranked: rated.length,
    missing,
    noDecided,
    inconsistent,
    corrected: sumKnown(rated.map((r) => r.corrected)),
    decided: sumKnown(rated.map((r) => r.decided)),
  };
}

/** Median of the values (mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
