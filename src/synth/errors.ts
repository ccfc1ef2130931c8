/**
 * Deliberate errors of the kinds real reports print: a wrong total, an
 * off-by-one balance, a §四 总计 printed 0 (洪泽 2023), a narrative figure
 * that contradicts the table (洪泽 2024), a signature dated inside the report
 * year (化隆 2024). Each is recorded so the ground truth can say which checks
 * must fire.
 */
import { applicantPartKeys, requestRowKeys, reviewGroupKeys, reviewPartKeys } from '../model/catalogue.ts';
import type { NarrativeKey, NarrativePlan } from './narrative.ts';
import type { Rng } from './prng.ts';
import type { SynthRecord } from './record.ts';

export const errorKinds = ['row-total', 'cell', 'balance', 'review-total', 'narrative', 'date'] as const;
export type ErrorKind = (typeof errorKinds)[number];

export interface DeliberateError {
  kind: ErrorKind;
  /** Record paths changed (for `narrative`: `narrative.<key>`). */
  paths: string[];
  /** What is printed now, and what a consistent report would have printed (same order as paths). */
  printed: (number | string | null)[];
  consistent: (number | string | null)[];
  description: string;
}

function nonNegativeDelta(rng: Rng, value: number): number {
  const deltas = [1, -1, 2, -2, 10, -10, 100];
  for (let i = 0; i < 10; i++) {
    const d = rng.pick(deltas);
    if (value + d >= 0) return d;
  }
  return 1;
}

/** Change one printed table value (and only that, or the pair named) so arithmetic breaks; null if impossible. */
export function applyTableError(rng: Rng, record: SynthRecord, kind: Exclude<ErrorKind, 'narrative'>): DeliberateError | null {
  const req = record.requests;
  switch (kind) {
    case 'row-total': {
      const rows = requestRowKeys.filter((k) => typeof req[k]?.total === 'number');
      if (rows.length === 0) return null;
      const busy = rows.filter((k) => (req[k]!.total ?? 0) > 0);
      const key = busy.length > 0 && rng.chance(0.7) ? rng.pick(busy) : rng.pick(rows);
      const row = req[key]!;
      const before = row.total as number;
      row.total = before + nonNegativeDelta(rng, before);
      return {
        kind,
        paths: [`requests.${key}.total`],
        printed: [row.total],
        consistent: [before],
        description: `requests.${key}.total printed ${row.total}, its columns add up to ${before}`,
      };
    }
    case 'cell': {
      const cells: [string, string][] = [];
      for (const k of requestRowKeys) {
        for (const c of applicantPartKeys) if (typeof req[k]?.[c] === 'number') cells.push([k, c]);
      }
      if (cells.length === 0) return null;
      const [key, col] = rng.pick(cells);
      const row = req[key as keyof typeof req]! as Record<string, number | null>;
      const before = row[col] as number;
      row[col] = before + (before > 0 && rng.chance(0.5) ? -1 : 1);
      return {
        kind,
        paths: [`requests.${key}.${col}`],
        printed: [row[col]],
        consistent: [before],
        description: `requests.${key}.${col} printed ${row[col]} instead of ${before}`,
      };
    }
    case 'balance': {
      const forward = req.carriedForward;
      if (!forward || typeof forward.total !== 'number') return null;
      const cols = applicantPartKeys.filter((c) => typeof forward[c] === 'number');
      if (cols.length === 0) return null;
      const col = rng.pick(cols);
      const beforeCell = forward[col] as number;
      const beforeTotal = forward.total;
      // Both the cell and the row total move, so the row still adds up and only 勾稽关系 breaks.
      forward[col] = beforeCell + 1;
      forward.total = beforeTotal + 1;
      return {
        kind,
        paths: [`requests.carriedForward.${col}`, 'requests.carriedForward.total'],
        printed: [beforeCell + 1, beforeTotal + 1],
        consistent: [beforeCell, beforeTotal],
        description: `carriedForward.${col} and its total are one too many: the balance is off by one`,
      };
    }
    case 'review-total': {
      const group = rng.pick(reviewGroupKeys);
      const row = record.review[group];
      if (typeof row.total !== 'number') return null;
      const sum = reviewPartKeys.reduce((s, c) => s + (row[c] ?? 0), 0);
      const before = row.total;
      // 洪泽 2023 printed 总计 0 beside non-zero parts; otherwise a plain slip.
      row.total = sum > 0 && rng.chance(0.5) ? 0 : sum + rng.int(1, 3);
      return {
        kind,
        paths: [`review.${group}.total`],
        printed: [row.total],
        consistent: [before],
        description: `review.${group}.total printed ${row.total}, its parts add up to ${sum}`,
      };
    }
    case 'date': {
      const before = record.publishedOn;
      const day = String(rng.int(5, 28)).padStart(2, '0');
      // 化隆 2024: a 2024 report signed 2024年1月25日 (the year not yet over).
      record.publishedOn = `${record.year}-01-${day}`;
      return {
        kind,
        paths: ['publishedOn'],
        printed: [record.publishedOn],
        consistent: [before],
        description: `signed ${record.publishedOn}, before the report year ${record.year} ended`,
      };
    }
  }
}

/** Make one stated figure contradict the table; null when the prose states nothing. */
export function applyNarrativeError(rng: Rng, plan: NarrativePlan, record: SynthRecord): DeliberateError | null {
  const keys = Object.keys(plan.figures) as NarrativeKey[];
  if (keys.length === 0) return null;
  const key = rng.pick(keys);
  const before = plan.figures[key]!;
  let after = before + nonNegativeDelta(rng, before);
  // 洪泽 2024 style: the prose gives a much smaller figure than the table.
  if (before > 20 && rng.chance(0.3)) after = Math.round(before / rng.int(3, 6));
  // 受理 N 件 may also mean new + carried over; a contradiction must not match that reading either.
  const alsoFine = key === 'requestsReceived' ? before + (record.requests.carriedOver?.total ?? 0) : before;
  while (after === before || after === alsoFine) after++;
  plan.figures[key] = after;
  // The "nothing happened" wordings cannot state a non-zero figure.
  if (plan.requestSentence === 'none' && key === 'requestsReceived') plan.requestSentence = 'receivedOnly';
  if (plan.reviewSentence === 'none' && (key === 'reconsiderationTotal' || key === 'litigationTotal')) plan.reviewSentence = 'counts';
  return {
    kind: 'narrative',
    paths: [`narrative.${key}`],
    printed: [after],
    consistent: [before],
    description: `the prose states ${key} = ${after}, the table prints ${before}`,
  };
}
