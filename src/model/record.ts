/**
 * The report record: the contract between the parser and everything that
 * shows data. Built from the field catalogue so a field added there appears
 * here, in the CSV and on the pages without another list to edit.
 */
import { z } from 'zod';
import {
  applicantColumns,
  documentColumns,
  documentRows,
  proactive2019ColumnSets,
  proactiveRows2019,
  proactiveValueRows,
  requestRows,
  reviewColumns,
  reviewGroups,
} from './catalogue.ts';

/** A printed figure: a number, or null where the report printed blank, "/" or nothing. */
export const figure = z.number().nullable();

function objectOf(keys: readonly { key: string }[], value: z.ZodType) {
  return z.object(Object.fromEntries(keys.map((k) => [k.key, value])));
}

export const documentCountsSchema = objectOf(documentColumns, figure);
export const applicantRowSchema = objectOf(applicantColumns, figure);
export const reviewRowSchema = objectOf(reviewColumns, figure);

export const proactiveSchema = z.object({
  ...Object.fromEntries(documentRows.map((r) => [r.key, documentCountsSchema])),
  ...Object.fromEntries(proactiveValueRows.map((r) => [r.key, figure])),
});

/** §二 as printed on the 2019 form (2019–2020 reports); absent for the 2021 form. */
export const proactive2019Schema = z.object(
  Object.fromEntries(proactiveRows2019.map((r) => [r.key, objectOf(proactive2019ColumnSets[r.columns], figure)])),
);

/** A request row is null when the report has no such row at all (e.g. the collapsed （六）其他处理). */
export const requestsSchema = objectOf(requestRows, applicantRowSchema.nullable());
export const reviewSchema = objectOf(reviewGroups, reviewRowSchema);

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const checkSchema = z.object({
  /** Rule id, e.g. `balance`, `row-sum`. */
  code: z.string(),
  severity: severitySchema,
  /** Chinese explanation naming the field and the figures involved. */
  message: z.string(),
  /** 1-based line in the decoded source text, when known. */
  line: z.number().int().nullable(),
  /** Record paths of the cells involved (e.g. `requests.granted.total`), for marking table cells. */
  fields: z.array(z.string()).default([]),
});
export type Check = z.infer<typeof checkSchema>;

export const formatSchema = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);
export type SourceFormat = z.infer<typeof formatSchema>;

export const sourceSchema = z.object({
  format: formatSchema,
  sha256: z.string(),
  /** Encoding the bytes were decoded from (utf-8, gb18030, utf-16le, …). */
  encoding: z.string().nullable(),
  bytes: z.number().int(),
});

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'prefecture', 'county', 'township']),
  path: z.array(z.string()),
  bodyType: z.enum(['government', 'office', 'department', 'township', 'zone']),
  body: z.string(),
  evidence: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});
export type Region = z.infer<typeof regionSchema>;

/** Figures the prose states, kept for the narrative-vs-table checks and for display. */
export const narrativeFigureSchema = z.object({
  /** What the figure is about, e.g. `requestsReceived`, `reconsiderationTotal`. */
  key: z.string(),
  value: z.number(),
  line: z.number().int().nullable(),
  /** The sentence fragment it came from, verbatim. */
  text: z.string(),
});
export type NarrativeFigure = z.infer<typeof narrativeFigureSchema>;

export const reportRecordSchema = z.object({
  file: z.string(),
  ok: z.literal(true),
  error: z.null(),
  issuer: z.string(),
  year: z.number().int().nullable(),
  /** Which version of the form the report follows: 2021 (国办公开办函〔2021〕30号) or 2019 (〔2019〕60号). */
  form: z.enum(['2021', '2019']).optional(),
  /** The 2019 form's §二 figures, whose columns differ from the 2021 form's. */
  proactive2019: proactive2019Schema.optional(),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  proactive: proactiveSchema,
  requests: requestsSchema,
  review: reviewSchema,
  processingFeeYuan: figure,
  checks: z.array(checkSchema),
  source: sourceSchema.optional(),
  region: regionSchema.nullable().optional(),
  narrative: z.array(narrativeFigureSchema).optional(),
  /**
   * Where each table row was read: record path of the row (e.g. `requests.granted`,
   * `proactive.rules`, `review`, `processingFeeYuan`) → 1-based source line.
   */
  lines: z.record(z.string(), z.number().int()).optional(),
  /**
   * How each null value was printed: leaf path → `""` (blank cell) or the printed
   * placeholder ("/", "-", "—", "无"). Leaves absent here and null in the record
   * were not printed at all (row missing).
   */
  printed: z.record(z.string(), z.string()).optional(),
});

export const errorRecordSchema = z.object({
  file: z.string(),
  ok: z.literal(false),
  /** Why the file could not be read as a report: file, line and what was expected. */
  error: z.string(),
  issuer: z.string().nullable().optional(),
  year: z.number().int().nullable().optional(),
  checks: z.array(checkSchema).default([]),
  source: sourceSchema.partial().optional(),
});

export const recordSchema = z.union([reportRecordSchema, errorRecordSchema]);

export type Proactive = {
  rules: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: number | null;
  punishment: number | null;
  coercion: number | null;
  administrativeFeesWan: number | null;
};
export type DocumentCounts = Record<(typeof documentColumns)[number]['key'], number | null>;
export type ApplicantRow = Record<(typeof applicantColumns)[number]['key'], number | null>;
export type ReviewRow = Record<(typeof reviewColumns)[number]['key'], number | null>;
export type Requests = Record<(typeof requestRows)[number]['key'], ApplicantRow | null>;
export type Review = Record<(typeof reviewGroups)[number]['key'], ReviewRow>;

/** A successfully read report. */
export type ReportRecord = Omit<z.infer<typeof reportRecordSchema>, 'proactive' | 'requests' | 'review'> & {
  proactive: Proactive;
  requests: Requests;
  review: Review;
};
/** A file that could not be read as a report. */
export type ErrorRecord = z.infer<typeof errorRecordSchema>;
export type AnyRecord = ReportRecord | ErrorRecord;

export function isReport(r: AnyRecord): r is ReportRecord {
  return r.ok === true;
}

/** Read a leaf value by its catalogue path (`requests.granted.natural`). */
export function valueAt(record: ReportRecord, path: string): number | null {
  let cur: unknown = record;
  for (const part of path.split('.')) {
    if (cur == null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : null;
}
