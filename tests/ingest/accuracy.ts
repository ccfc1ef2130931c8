/**
 * Compare a parsed record with hand-read expected values (the
 * `*.expected.json` files): every numeric leaf of the form, by catalogue
 * path. Reports matched/total so per-file accuracy can be printed and
 * asserted, and lists each mismatch with both values.
 */
import { leafFields } from '../../src/model/catalogue.ts';
import { isReport, valueAt, type AnyRecord } from '../../src/model/record.ts';

export interface Mismatch {
  path: string;
  expected: number | null;
  actual: number | null;
}

export interface Accuracy {
  file: string;
  matched: number;
  total: number;
  mismatches: Mismatch[];
  /** Issuer contains the expected text, and the year is right. */
  issuerOk: boolean;
  yearOk: boolean;
}

/** The shape of `tests/fixtures/realworld/*.expected.json` (only what is compared). */
export interface ExpectedValues {
  issuerContains?: string;
  year?: number;
  [section: string]: unknown;
}

function expectedAt(expected: ExpectedValues, path: string): number | null {
  let cur: unknown = expected;
  for (const part of path.split('.')) {
    if (cur == null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : null;
}

/** Leaf-by-leaf comparison; an error record matches nothing. */
export function compareWithExpected(record: AnyRecord, expected: ExpectedValues): Accuracy {
  const leaves = leafFields();
  const mismatches: Mismatch[] = [];
  for (const leaf of leaves) {
    const want = expectedAt(expected, leaf.path);
    const got = isReport(record) ? valueAt(record, leaf.path) : null;
    if (!isReport(record) || want !== got) mismatches.push({ path: leaf.path, expected: want, actual: got });
  }
  return {
    file: record.file,
    matched: leaves.length - mismatches.length,
    total: leaves.length,
    mismatches,
    issuerOk: isReport(record) && expected.issuerContains != null && record.issuer.includes(expected.issuerContains),
    yearOk: isReport(record) && record.year === expected.year,
  };
}

/** One line per file: `huaian-2024.pdf 221/221 (100.0%)` plus the first mismatches. */
export function formatAccuracy(a: Accuracy): string {
  const pct = ((100 * a.matched) / a.total).toFixed(1);
  const head = `${a.file} ${a.matched}/${a.total} (${pct}%)${a.issuerOk ? '' : ' issuer✗'}${a.yearOk ? '' : ' year✗'}`;
  const detail = a.mismatches.slice(0, 8).map((m) => `  ${m.path}: expected ${m.expected}, got ${m.actual}`);
  return [head, ...detail].join('\n');
}

/** Every numeric leaf, issuer, year, date, fee and check codes: what "the same record" means when one report is read from two formats. */
export function recordEssentials(record: AnyRecord) {
  if (!isReport(record)) return { error: record.error };
  return {
    issuer: record.issuer,
    year: record.year,
    publishedOn: record.publishedOn,
    processingFeeYuan: record.processingFeeYuan,
    values: Object.fromEntries(leafFields().map((l) => [l.path, valueAt(record, l.path)])),
    checks: record.checks.map((c) => c.code).sort(),
  };
}
