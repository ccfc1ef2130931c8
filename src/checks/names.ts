/**
 * Chinese names for messages, all taken from the field catalogue (no form
 * label is spelled out here), plus the record lookups every rule needs.
 */
import {
  applicantColumns,
  documentColumns,
  documentRows,
  proactiveValueRows,
  requestRowDef,
  reviewColumns,
  reviewGroups,
  reviewHeadings,
  sections,
  type ApplicantColumnKey,
  type RequestRowKey,
  type ReviewColumnKey,
  type ReviewGroupKey,
  type SectionKey,
} from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';

/** "第三部分" for `requests`. */
export function sectionName(key: SectionKey): string {
  return `第${sections.find((s) => s.key === key)!.number}部分`;
}

/** "三、收到和处理政府信息公开申请情况" for `requests`. */
export function sectionTitle(key: SectionKey): string {
  const s = sections.find((x) => x.key === key)!;
  return `${s.number}、${s.label}`;
}

export function rowName(key: RequestRowKey): string {
  return requestRowDef(key).short;
}

export function columnName(key: ApplicantColumnKey): string {
  return applicantColumns.find((c) => c.key === key)!.short;
}

export function reviewGroupName(key: ReviewGroupKey): string {
  const g = reviewGroups.find((x) => x.key === key)!;
  return g.key === 'reconsideration' ? g.label : `${reviewHeadings.litigation}（${g.label}）`;
}

export function reviewColumnName(key: ReviewColumnKey): string {
  return reviewColumns.find((c) => c.key === key)!.label;
}

export function documentRowName(key: string): string {
  return documentRows.find((r) => r.key === key)!.label;
}

export function documentColumnName(key: string): string {
  return documentColumns.find((c) => c.key === key)!.label;
}

export function proactiveValueName(key: string): string {
  return proactiveValueRows.find((r) => r.key === key)!.label;
}

/** Source line where the row (or, for a leaf path, its row) was read, if the parser recorded it. */
export function lineOf(record: ReportRecord, ...paths: string[]): number | null {
  const lines = record.lines;
  if (!lines) return null;
  for (const path of paths) {
    if (lines[path] != null) return lines[path];
    const parent = path.split('.').slice(0, -1).join('.');
    if (parent && lines[parent] != null) return lines[parent];
  }
  return null;
}

/** Format a figure for a message: integers as printed, decimals without float noise. */
export function fmt(n: number | null): string {
  if (n === null) return '空';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

export function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
