/**
 * The checks: every rule, run over a record, as vfile messages; and the
 * mapping from messages to the record's `checks` list.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { toChecks } from '../model/messages.ts';
import type { Check, ReportRecord } from '../model/record.ts';
import { balanceRule, checkBalance } from './balance.ts';
import { checkColumnSums, columnSumRule } from './column-sum.ts';
import { checkDates, datesRule } from './dates.ts';
import { checkMissing, missingRule } from './missing.ts';
import { checkNarrative, narrativeRule } from './narrative.ts';
import { checkReviewTotals, reviewTotalRule } from './review-total.ts';
import { checkRowSums, rowSumRule } from './row-sum.ts';
import type { CheckRule, CheckRuleMeta } from './types.ts';
import { parserRules } from '../parse/rules.ts';
import { regionRules } from '../regions/messages.ts';
import { corpusRules } from '../corpus/dedupe.ts';

export { checkSource, type CheckRule, type CheckRuleMeta } from './types.ts';

/** Every rule, in the order its messages are listed. */
export const rules: readonly CheckRule[] = [
  { ...missingRule, check: checkMissing },
  { ...balanceRule, check: checkBalance },
  { ...rowSumRule, check: checkRowSums },
  { ...columnSumRule, check: checkColumnSums },
  { ...reviewTotalRule, check: checkReviewTotals },
  { ...narrativeRule, check: checkNarrative },
  { ...datesRule, check: checkDates },
];

/** Rule metadata for the methodology page and docs/checks.md. */
export const checkRules: CheckRuleMeta[] = rules.map(({ code, severity, title, description }) => ({ code, severity, title, description }));

/**
 * Every code a record's `checks` can hold: the check rules, what the parser
 * reports while reading, the region step and the corpus step.
 */
export const allRules: readonly (CheckRuleMeta & { stage: 'check' | 'parse' | 'region' | 'corpus' })[] = [
  ...checkRules.map((r) => ({ ...r, stage: 'check' as const })),
  ...parserRules.map((r) => ({ ...r, stage: 'parse' as const })),
  ...regionRules.map((r) => ({ ...r, stage: 'region' as const })),
  ...corpusRules.map((r) => ({ ...r, stage: 'corpus' as const })),
];

/** Run every rule over `record`, adding messages to `file`. */
export function runChecks(record: ReportRecord, file: VFile): void {
  for (const rule of rules) rule.check(record, file);
}

/** vfile messages → the record's `checks` entries (code, severity, message, line, fields). */
export function messagesToChecks(messages: readonly VFileMessage[]): Check[] {
  return toChecks(messages);
}

function checkKey(c: Check): string {
  return `${c.code}\u0000${c.line}\u0000${c.message}`;
}

/**
 * The record with every rule's findings added to its `checks` (after what the
 * parser already put there). Idempotent: a finding already present is not repeated,
 * so it is safe to call on a record whose checks assemble already ran.
 */
export function withChecks(record: ReportRecord): ReportRecord {
  const file = new VFile({ path: record.file });
  runChecks(record, file);
  const seen = new Set(record.checks.map(checkKey));
  const added = messagesToChecks(file.messages).filter((c) => !seen.has(checkKey(c)) && seen.add(checkKey(c)));
  return { ...record, checks: [...record.checks, ...added] };
}
