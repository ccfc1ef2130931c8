/**
 * Plausible, internally consistent report records for a publishing body:
 * magnitudes by level (a township gets 0–5 requests, a county tens, a
 * prefecture hundreds to thousands; most cells 0), arithmetic that adds up,
 * and the blanks and "/" cells real reports print. Errors are added
 * separately (errors.ts) so a clean record is always available.
 */
import {
  applicantColumnKeys,
  applicantPartKeys,
  documentColumns,
  outcomeRowKeys,
  proactiveValueRows,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
  type ApplicantColumnKey,
  type RequestRowKey,
} from '../model/catalogue.ts';
import type { ApplicantRow, DocumentCounts, Proactive, ReportRecord, Requests, Review, ReviewRow } from '../model/record.ts';
import type { Body, BodyKind } from './divisions.ts';
import type { Rng } from './prng.ts';

/** The parts of a record the generator decides (no file, checks, source or line map). */
export type SynthRecord = Pick<
  ReportRecord,
  'issuer' | 'year' | 'publishedOn' | 'proactive' | 'requests' | 'review' | 'processingFeeYuan'
>;

type PartKey = Exclude<ApplicantColumnKey, 'total'>;

/** How many new requests a body of this kind receives in a year. */
function requestVolume(rng: Rng, kind: BodyKind): number {
  switch (kind) {
    case 'township':
      return rng.chance(0.6) ? 0 : rng.int(1, 5);
    case 'countyGovernment':
      return rng.around(35, 0.8, 1, 400);
    case 'countyOffice':
      return rng.around(8, 0.8, 0, 60);
    case 'countyDepartment':
      return rng.chance(0.3) ? 0 : rng.around(5, 1, 0, 80);
    case 'prefectureGovernment':
      return rng.around(700, 0.7, 120, 5000);
    case 'prefectureDepartment':
      return rng.around(40, 0.9, 0, 600);
  }
}

/** Who asks: mostly individuals; law firms and companies next. */
const applicantWeights: Record<PartKey, number> = {
  natural: 0.88,
  commercial: 0.05,
  research: 0.003,
  nonprofit: 0.004,
  legal: 0.05,
  otherOrg: 0.013,
};

/** What happens to a request, roughly as national totals show it. */
const outcomeWeights: Partial<Record<RequestRowKey, number>> = {
  granted: 0.38,
  partiallyGranted: 0.1,
  withheldStateSecret: 0.002,
  withheldProhibitedByLaw: 0.008,
  withheldSecurityStability: 0.003,
  withheldThirdPartyRights: 0.01,
  withheldInternalAffairs: 0.005,
  withheldProcessInformation: 0.01,
  withheldEnforcementFiles: 0.005,
  withheldAdministrativeQuery: 0.02,
  unavailableNotHeld: 0.22,
  unavailableNeedsCreation: 0.02,
  unavailableUnclear: 0.01,
  notProcessedComplaint: 0.03,
  notProcessedDuplicate: 0.02,
  notProcessedPublication: 0.003,
  notProcessedExcessive: 0.004,
  notProcessedConfirmation: 0.006,
  otherNoCorrection: 0.04,
  otherUnpaidFee: 0.003,
  otherOther: 0.06,
};

/** Each body has its own habits: jitter the national weights per report. */
function jitter(rng: Rng, weights: readonly number[]): number[] {
  return weights.map((w) => w * Math.exp(0.6 * (rng.next() + rng.next() - 1) * 2));
}

function emptyApplicantRow(): ApplicantRow {
  return Object.fromEntries(applicantColumnKeys.map((k) => [k, 0])) as ApplicantRow;
}

function withTotal(parts: Record<PartKey, number>): ApplicantRow {
  const total = applicantPartKeys.reduce((s, k) => s + parts[k as PartKey], 0);
  return { ...parts, total } as ApplicantRow;
}

/** Table 三: intake split over applicants, outcomes split per column, arithmetic exact. */
export function generateRequests(rng: Rng, kind: BodyKind, previous: Requests | null): Requests {
  const newTotal = requestVolume(rng, kind);
  const parts = applicantPartKeys as PartKey[];
  const newParts = rng.split(newTotal, jitter(rng, parts.map((k) => applicantWeights[k])));
  const outcomeW = jitter(rng, outcomeRowKeys.map((k) => outcomeWeights[k] ?? 0));
  const forwardShare = rng.chance(0.5) ? 0 : rng.next() * 0.06;

  const rows = Object.fromEntries(requestRowKeys.map((k) => [k, emptyApplicantRow()])) as Record<RequestRowKey, ApplicantRow>;
  const cols: Record<RequestRowKey, Record<PartKey, number>> = Object.fromEntries(
    requestRowKeys.map((k) => [k, {} as Record<PartKey, number>]),
  ) as Record<RequestRowKey, Record<PartKey, number>>;

  parts.forEach((col, i) => {
    const received = newParts[i];
    // Last year's carried-forward requests arrive as this year's carried-over ones.
    const prevForward = previous?.carriedForward?.[col];
    const carried = typeof prevForward === 'number' ? prevForward : rng.binomial(received, 0.03);
    const available = received + carried;
    const forward = rng.binomial(available, forwardShare);
    const handled = available - forward;
    const outcomes = rng.split(handled, outcomeW);
    cols.newReceived[col] = received;
    cols.carriedOver[col] = carried;
    cols.carriedForward[col] = forward;
    cols.totalHandled[col] = handled;
    outcomeRowKeys.forEach((row, j) => (cols[row][col] = outcomes[j]));
  });
  for (const key of requestRowKeys) rows[key] = withTotal(cols[key]);
  return rows as Requests;
}

function counts(issued: number | null, repealed: number | null, inForce: number | null): DocumentCounts {
  return { issued, repealed, inForce } as DocumentCounts;
}

/** Table 二. Only prefecture governments may make 规章; others print zeros (or "/", see blanks). */
export function generateProactive(rng: Rng, kind: BodyKind): Proactive {
  const wan = (median: number, spread: number, max: number) => {
    const cents = rng.around(median * 100, spread, 0, max * 100);
    // Many reports print whole 万元, others two decimals.
    return rng.chance(0.4) ? Math.round(cents / 100) : cents / 100;
  };
  switch (kind) {
    case 'prefectureGovernment': {
      const punishment = rng.around(60000, 1.5, 500, 4_000_000);
      return {
        rules: counts(rng.int(0, 4), rng.int(0, 2), rng.int(5, 60)),
        normativeDocuments: counts(rng.int(3, 30), rng.int(0, 30), rng.int(30, 250)),
        licensing: rng.around(40000, 1.2, 1000, 600_000),
        punishment,
        coercion: Math.round(punishment * rng.next() * 0.05),
        administrativeFeesWan: wan(20000, 1, 150000),
      };
    }
    case 'countyGovernment': {
      const punishment = rng.around(600, 1, 10, 20000);
      return {
        rules: counts(0, 0, 0),
        normativeDocuments: counts(rng.int(0, 20), rng.int(0, 20), rng.int(5, 220)),
        licensing: rng.around(3000, 1, 50, 60000),
        punishment,
        coercion: Math.round(punishment * rng.next() * 0.3),
        administrativeFeesWan: wan(800, 1, 20000),
      };
    }
    case 'countyOffice':
      return {
        rules: counts(0, 0, 0),
        normativeDocuments: counts(rng.int(0, 8), rng.int(0, 5), rng.int(0, 60)),
        licensing: 0,
        punishment: 0,
        coercion: 0,
        administrativeFeesWan: 0,
      };
    case 'countyDepartment':
    case 'prefectureDepartment': {
      const big = kind === 'prefectureDepartment' ? 5 : 1;
      const enforces = rng.chance(0.6);
      const punishment = enforces ? rng.around(80 * big, 1.2, 0, 50000) : 0;
      return {
        rules: counts(0, 0, 0),
        normativeDocuments: counts(rng.int(0, 4), rng.int(0, 3), rng.int(0, 25)),
        licensing: rng.chance(0.6) ? rng.around(300 * big, 1.2, 0, 80000) : 0,
        punishment,
        coercion: enforces ? Math.round(punishment * rng.next() * 0.2) : 0,
        administrativeFeesWan: rng.chance(0.4) ? wan(50 * big, 1.2, 9000) : 0,
      };
    }
    case 'township':
      return {
        rules: counts(0, 0, 0),
        normativeDocuments: counts(0, 0, rng.chance(0.2) ? rng.int(1, 5) : 0),
        licensing: rng.chance(0.3) ? rng.int(1, 200) : 0,
        punishment: rng.chance(0.3) ? rng.int(1, 60) : 0,
        coercion: rng.chance(0.1) ? rng.int(1, 10) : 0,
        administrativeFeesWan: 0,
      };
  }
}

function reviewRow(rng: Rng, total: number): ReviewRow {
  const [upheld, corrected, other, pending] = rng.split(total, jitter(rng, [0.35, 0.15, 0.35, 0.15]));
  return { upheld, corrected, other, pending, total };
}

/** Table 四: a few per cent of requests end in 复议, fewer in court. */
export function generateReview(rng: Rng, requestsReceived: number): Review {
  const reconsideration = rng.binomial(requestsReceived, 0.04) + (rng.chance(0.05) ? rng.int(1, 3) : 0);
  const direct = rng.binomial(requestsReceived, 0.012);
  const after = rng.binomial(reconsideration, 0.2);
  return {
    reconsideration: reviewRow(rng, reconsideration),
    litigationDirect: reviewRow(rng, direct),
    litigationAfterReconsideration: reviewRow(rng, after),
  };
}

/** 信息处理费 stated in section 六: mostly nothing collected, sometimes an amount, sometimes not mentioned. */
export function generateProcessingFee(rng: Rng, kind: BodyKind): number | null {
  const paying = kind === 'prefectureGovernment' ? 0.35 : kind === 'township' ? 0.01 : 0.06;
  const r = rng.next();
  if (r < 0.12) return null;
  if (r < 0.12 + paying) return rng.int(1, 400) * 10;
  return 0;
}

/** Signature date: normally January of the next year; some late, some missing. */
export function generatePublishedOn(rng: Rng, year: number): string | null {
  const r = rng.next();
  if (r < 0.05) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (r < 0.1) return `${year + 1}-${pad(rng.int(2, 4))}-${pad(rng.int(1, 28))}`;
  return `${year + 1}-01-${pad(rng.int(8, 31))}`;
}

/** Which cells a report prints blank or "/" instead of 0 (decided per report). */
export interface BlankPolicy {
  /** 规章 row printed as "/" (bodies without rule-making power). */
  rulesNotApplicable: boolean;
  /** Zero cells of these applicant columns printed blank in table 三. */
  blankZeroColumns: PartKey[];
  /** （六）其他处理 printed as one row: the two named sub-rows absent, the sum under otherOther. */
  collapsedOther: boolean;
  /** Zero single-value cells of table 二 printed blank. */
  blankZeroProactive: boolean;
  /** Zero part cells of table 四 printed blank. */
  blankZeroReview: boolean;
}

export function pickBlankPolicy(rng: Rng, kind: BodyKind): BlankPolicy {
  return {
    rulesNotApplicable: kind !== 'prefectureGovernment' && rng.chance(0.15),
    blankZeroColumns: rng.chance(0.08)
      ? (rng.pick([['research'], ['research', 'nonprofit'], ['otherOrg'], ['nonprofit', 'legal']]) as PartKey[])
      : [],
    collapsedOther: rng.chance(0.08),
    blankZeroProactive: kind === 'township' ? rng.chance(0.3) : rng.chance(0.03),
    blankZeroReview: rng.chance(0.04),
  };
}

/** Apply a blank policy. Only zeros become null, so every sum still holds with nulls skipped. */
export function applyBlanks(record: SynthRecord, policy: BlankPolicy): SynthRecord {
  const r = structuredClone(record);
  if (policy.rulesNotApplicable && documentColumns.every((c) => r.proactive.rules[c.key] === 0)) {
    r.proactive.rules = counts(null, null, null);
  }
  if (policy.blankZeroProactive) {
    for (const row of proactiveValueRows) if (r.proactive[row.key] === 0) r.proactive[row.key] = null;
  }
  if (policy.collapsedOther) {
    const sum = emptyApplicantRow();
    for (const key of ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'] as const) {
      for (const col of applicantColumnKeys) sum[col] = (sum[col] ?? 0) + (r.requests[key]?.[col] ?? 0);
    }
    r.requests.otherNoCorrection = null;
    r.requests.otherUnpaidFee = null;
    r.requests.otherOther = sum;
  }
  for (const col of policy.blankZeroColumns) {
    for (const key of requestRowKeys) {
      const row = r.requests[key];
      if (row && row[col] === 0) row[col] = null;
    }
  }
  if (policy.blankZeroReview) {
    for (const g of reviewGroupKeys) for (const c of reviewPartKeys) if (r.review[g][c] === 0) r.review[g][c] = null;
  }
  return r;
}

/** One consistent record for a body and year; `previous` links carried-over to last year's carried-forward. */
export function generateRecord(rng: Rng, body: Body, year: number, previous: SynthRecord | null = null): SynthRecord {
  const requests = generateRequests(rng.fork('requests'), body.kind, previous?.requests ?? null);
  return {
    issuer: body.issuer,
    year,
    publishedOn: generatePublishedOn(rng.fork('date'), year),
    proactive: generateProactive(rng.fork('proactive'), body.kind),
    requests,
    review: generateReview(rng.fork('review'), requests.newReceived?.total ?? 0),
    processingFeeYuan: generateProcessingFee(rng.fork('fee'), body.kind),
  };
}
