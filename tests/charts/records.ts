/**
 * Records for the chart tests: the three real reports (hand-read expected
 * values from tests/fixtures/realworld), hand-built edge cases, and a
 * seeded synthetic corpus whose figures are known by construction.
 */
import { realworldBaseRecord, realworldIssuers, type RealworldName } from '../fixtures/realworld.ts';
import {
  applicantColumnKeys,
  applicantPartKeys,
  outcomeRowKeys,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
  type RequestRowKey,
} from '../../src/model/catalogue.ts';
import { reportRecordSchema, type ApplicantRow, type ReportRecord, type ReviewRow } from '../../src/model/record.ts';

/** A realworld report as a record (tests/fixtures/realworld.ts). */
export function realworld(name: RealworldName): ReportRecord {
  return realworldBaseRecord(name);
}

export const realworldNames = Object.keys(realworldIssuers) as RealworldName[];

/** A record with every figure null: a report whose tables could not be read. */
export function blankRecord(file: string, issuer: string, year: number | null): ReportRecord {
  const applicant = () => Object.fromEntries(applicantColumnKeys.map((k) => [k, null])) as ApplicantRow;
  const review = () => Object.fromEntries([...reviewPartKeys, 'total'].map((k) => [k, null])) as ReviewRow;
  return {
    file,
    ok: true,
    error: null,
    issuer,
    year,
    publishedOn: null,
    proactive: {
      rules: { issued: null, repealed: null, inForce: null },
      normativeDocuments: { issued: null, repealed: null, inForce: null },
      licensing: null,
      punishment: null,
      coercion: null,
      administrativeFeesWan: null,
    },
    requests: Object.fromEntries(requestRowKeys.map((k) => [k, applicant()])) as ReportRecord['requests'],
    review: Object.fromEntries(reviewGroupKeys.map((k) => [k, review()])) as ReportRecord['review'],
    processingFeeYuan: null,
    checks: [],
  };
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A consistent applicant row: parts drawn at random, total = their sum. */
function applicantRow(random: () => number, scale: number): ApplicantRow {
  const parts = applicantPartKeys.map((_, i) => Math.floor(random() * scale * (i === 0 ? 1 : 0.1)));
  const row = Object.fromEntries(applicantPartKeys.map((k, i) => [k, parts[i]])) as ApplicantRow;
  row.total = parts.reduce((a, b) => a + b, 0);
  return row;
}

/**
 * `n` synthetic records, consistent by construction (outcome rows add up to
 * newReceived, review totals to their parts), sizes spread over decades.
 * Every 10th report has its fee blank; every 25th its whole request table.
 */
export function syntheticCorpus(n: number, seed = 1, year = 2024): ReportRecord[] {
  const random = prng(seed);
  const out: ReportRecord[] = [];
  for (let i = 0; i < n; i++) {
    const r = blankRecord(`synthetic/${String(i).padStart(5, '0')}.txt`, `合成地区${i}人民政府`, year);
    const scale = 10 ** (random() * 4);
    if (i % 25 !== 24) {
      for (const key of outcomeRowKeys) r.requests[key] = applicantRow(random, scale * (key === 'granted' ? 1 : 0.2));
      const sumRows = (keys: readonly RequestRowKey[]) =>
        Object.fromEntries(applicantColumnKeys.map((c) => [c, keys.reduce((s, k) => s + (r.requests[k]![c] ?? 0), 0)])) as ApplicantRow;
      r.requests.totalHandled = sumRows(outcomeRowKeys);
      r.requests.newReceived = sumRows(outcomeRowKeys);
      r.requests.carriedOver = applicantRow(() => 0, 0);
      r.requests.carriedForward = applicantRow(() => 0, 0);
    }
    for (const g of reviewGroupKeys) {
      const parts = reviewPartKeys.map(() => Math.floor(random() * 4));
      r.review[g] = { upheld: parts[0], corrected: parts[1], other: parts[2], pending: parts[3], total: parts.reduce((a, b) => a + b, 0) };
    }
    r.proactive.administrativeFeesWan = i % 10 === 9 ? null : Math.round(random() * scale * 100) / 100;
    r.processingFeeYuan = i % 10 === 9 ? null : random() < 0.05 ? Math.round(random() * 500) : 0;
    out.push(r);
  }
  return out;
}
