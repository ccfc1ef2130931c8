/** A report's checks as the region page lists them: numbered, with the cells they name. */
import { leafFields, requestRows, reviewGroups, documentRows, proactiveValueRows, processingFee } from '../model/catalogue.ts';
import type { ReportRecord, Severity } from '../model/record.ts';
import { severityLabels } from './format.ts';

export interface CheckNote {
  /** 1-based number; table cells refer to it. */
  n: number;
  code: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  line: number | null;
  fields: { path: string; label: string }[];
}

let labelIndex: Map<string, string> | null = null;

/** Chinese label of a record path: a leaf (`requests.granted.total`) or a row (`requests.granted`). */
export function fieldLabel(path: string): string {
  if (!labelIndex) {
    labelIndex = new Map(leafFields().map((f) => [f.path, f.label]));
    for (const r of requestRows) labelIndex.set(`requests.${r.key}`, `三、${r.short}`);
    for (const r of documentRows) labelIndex.set(`proactive.${r.key}`, `二、${r.label}`);
    for (const r of proactiveValueRows) if (!labelIndex.has(`proactive.${r.key}`)) labelIndex.set(`proactive.${r.key}`, `二、${r.label}`);
    for (const g of reviewGroups) labelIndex.set(`review.${g.key}`, `四、${g.label}`);
    labelIndex.set(processingFee.key, `六、${processingFee.label}`);
  }
  return labelIndex.get(path) ?? path;
}

export function checkNotes(record: ReportRecord): CheckNote[] {
  return record.checks.map((c, i) => ({
    n: i + 1,
    code: c.code,
    severity: c.severity,
    severityLabel: severityLabels[c.severity],
    message: c.message,
    line: c.line,
    fields: (c.fields ?? []).map((path) => ({ path, label: fieldLabel(path) })),
  }));
}

/** Counts of checks by severity. */
export function severityCounts(record: Pick<ReportRecord, 'checks'>): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of record.checks) out[c.severity]++;
  return out;
}
