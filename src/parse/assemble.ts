/**
 * Draft tables + metadata + prose figures → one record, validated by the zod
 * schema generated from the catalogue. Values are copied as printed; nothing
 * is corrected here.
 */
import {
  applicantColumns,
  decisions2019To2021,
  documentColumns,
  documentRows,
  proactive2019ColumnSets,
  proactiveRows2019,
  proactiveValueRows,
  requestRows,
  reviewColumns,
  reviewGroups,
} from '../model/catalogue.ts';
import { reportRecordSchema, type NarrativeFigure, type ReportRecord } from '../model/record.ts';
import type { DraftTables } from './match.ts';
import type { ReportMetadata } from './metadata.ts';
import type { Figure } from './numbers.ts';

export interface AssembleInput {
  file: string;
  tables: DraftTables;
  metadata: ReportMetadata;
  narrative: NarrativeFigure[];
  processingFee: { value: number | null; line: number | null };
  source: ReportRecord['source'];
}

function valueOf(f: Figure | undefined): number | null {
  return f?.kind === 'number' ? f.value : null;
}

/** Build the record object; the caller validates it and runs the checks. */
export function assembleRecord(input: AssembleInput): ReportRecord {
  const { tables } = input;
  const printed: Record<string, string> = {};
  const get = (path: string): number | null => {
    const f = tables.values.get(path);
    if (f && f.kind !== 'number') printed[path] = f.text;
    return valueOf(f);
  };
  const objectOf = (prefix: string, cols: readonly { key: string }[]) =>
    Object.fromEntries(cols.map((c) => [c.key, get(`${prefix}.${c.key}`)]));

  const proactive = {
    ...Object.fromEntries(documentRows.map((r) => [r.key, objectOf(`proactive.${r.key}`, documentColumns)])),
    ...Object.fromEntries(proactiveValueRows.map((r) => [r.key, get(`proactive.${r.key}`)])),
  };
  let proactive2019: Record<string, Record<string, number | null>> | undefined;
  if (tables.form === '2019') {
    proactive2019 = Object.fromEntries(
      proactiveRows2019.map((r) => [r.key, objectOf(`proactive2019.${r.key}`, proactive2019ColumnSets[r.columns])]),
    );
    // 处理决定数量 is the same figure on both forms; the other 2019 columns mean other things.
    for (const [from, to] of Object.entries(decisions2019To2021)) {
      (proactive as Record<string, unknown>)[to] = proactive2019[from].decisions ?? null;
      const line = tables.lines.get(`proactive2019.${from}`);
      if (line !== undefined) tables.lines.set(`proactive.${to}`, line);
    }
  }
  // A request row the report does not print at all is null, not a row of nulls.
  const requests = Object.fromEntries(
    requestRows.map((r) => [r.key, tables.lines.has(`requests.${r.key}`) ? objectOf(`requests.${r.key}`, applicantColumns) : null]),
  );
  const review = Object.fromEntries(reviewGroups.map((g) => [g.key, objectOf(`review.${g.key}`, reviewColumns)]));

  const lines: Record<string, number> = Object.fromEntries(tables.lines);
  if (input.processingFee.line !== null) lines.processingFeeYuan = input.processingFee.line;
  if (input.metadata.issuerLine !== null) lines.issuer = input.metadata.issuerLine;
  if (input.metadata.publishedLine !== null) lines.publishedOn = input.metadata.publishedLine;

  const record = {
    file: input.file,
    ok: true as const,
    error: null,
    issuer: input.metadata.issuer ?? '',
    year: input.metadata.year,
    form: tables.form,
    ...(proactive2019 ? { proactive2019 } : {}),
    publishedOn: input.metadata.publishedOn,
    proactive,
    requests,
    review,
    processingFeeYuan: input.processingFee.value,
    checks: [],
    source: input.source,
    region: null,
    narrative: input.narrative,
    lines,
    printed,
  };
  return reportRecordSchema.parse(record) as ReportRecord;
}
