/**
 * The ground-truth side of the checks: which rule codes must fire on a
 * synthetic record, computed straight from the form's arithmetic. It is an
 * oracle for tests of src/checks, not a replacement: it only says *that* a
 * rule must fire and on which cells, never how the message reads.
 *
 * Codes follow the checks rules: balance, row-sum, column-sum, review-total,
 * narrative, dates. Nulls (blank or "/") are skipped in sums, as the checks do.
 */
import {
  applicantColumnKeys,
  applicantPartKeys,
  outcomeRowKeys,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
} from '../model/catalogue.ts';
import { narrativeFields, narrativeTableValue, type NarrativeKey, type NarrativePlan } from './narrative.ts';
import type { SynthRecord } from './record.ts';

export interface ExpectedCheck {
  code: 'balance' | 'row-sum' | 'column-sum' | 'review-total' | 'narrative' | 'dates';
  /** Record paths of the cells involved. */
  fields: string[];
  /** The figures, for people reading the truth file. */
  detail: string;
}

const sumOf = (values: (number | null | undefined)[]) => values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);

export function expectedChecks(record: SynthRecord, plan: NarrativePlan | null): ExpectedCheck[] {
  const out: ExpectedCheck[] = [];
  const req = record.requests;

  // Each row: six applicant columns add up to 总计.
  for (const key of requestRowKeys) {
    const row = req[key];
    if (!row || typeof row.total !== 'number') continue;
    const sum = sumOf(applicantPartKeys.map((c) => row[c]));
    if (sum !== row.total) {
      out.push({
        code: 'row-sum',
        fields: applicantColumnKeys.map((c) => `requests.${key}.${c}`),
        detail: `${key}: columns add up to ${sum}, total printed ${row.total}`,
      });
    }
  }

  // Each column: the 21 outcome rows add up to totalHandled.
  for (const col of applicantColumnKeys) {
    const handled = req.totalHandled?.[col];
    if (typeof handled !== 'number') continue;
    const sum = sumOf(outcomeRowKeys.map((k) => req[k]?.[col]));
    if (sum !== handled) {
      out.push({
        code: 'column-sum',
        fields: [...outcomeRowKeys.filter((k) => req[k]).map((k) => `requests.${k}.${col}`), `requests.totalHandled.${col}`],
        detail: `${col}: outcome rows add up to ${sum}, totalHandled printed ${handled}`,
      });
    }
  }

  // 勾稽关系 per column and for 总计: new + carried over = handled + carried forward.
  for (const col of applicantColumnKeys) {
    const cells = (['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'] as const).map((k) => req[k]?.[col]);
    if (cells.every((v) => v === null || v === undefined)) continue;
    const [n, c, h, f] = cells.map((v) => (typeof v === 'number' ? v : 0));
    if (n + c !== h + f) {
      out.push({
        code: 'balance',
        fields: ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map((k) => `requests.${k}.${col}`),
        detail: `${col}: ${n} + ${c} = ${n + c}, but ${h} + ${f} = ${h + f}`,
      });
    }
  }

  // §四: each group's four parts add up to its 总计.
  for (const g of reviewGroupKeys) {
    const row = record.review[g];
    if (typeof row.total !== 'number') continue;
    const sum = sumOf(reviewPartKeys.map((c) => row[c]));
    if (sum !== row.total) {
      out.push({
        code: 'review-total',
        fields: [...reviewPartKeys, 'total'].map((c) => `review.${g}.${c}`),
        detail: `${g}: parts add up to ${sum}, total printed ${row.total}`,
      });
    }
  }

  // Figures stated in the prose against the table.
  if (plan) {
    for (const [key, stated] of Object.entries(plan.figures) as [NarrativeKey, number][]) {
      const table = narrativeTableValue(record, key);
      if (table !== null && table !== stated) {
        out.push({ code: 'narrative', fields: narrativeFields[key], detail: `${key}: prose ${stated}, table ${table}` });
      }
    }
  }

  // Signature date: after the report year, by 31 January of the next.
  if (record.publishedOn && record.year !== null) {
    if (record.publishedOn <= `${record.year}-12-31` || record.publishedOn > `${record.year + 1}-01-31`) {
      out.push({ code: 'dates', fields: ['publishedOn'], detail: `published ${record.publishedOn} for the ${record.year} report` });
    }
  }
  return out;
}
