/**
 * What every check rule is: metadata for the methodology page and docs, and a
 * function that reads a record and adds vfile messages. Rules report, never correct.
 */
import type { VFile } from 'vfile';
import type { ReportRecord, Severity } from '../model/record.ts';

/** Namespace of every message (`message.source`), the way remark-lint uses `remark-lint`. */
export { MESSAGE_SOURCE as checkSource } from '../model/messages.ts';

export interface CheckRuleMeta {
  /** Rule id: the message's `ruleId` and the record check's `code`. */
  readonly code: string;
  /** Severity of the problem the rule exists for (a rule may add `info` where it cannot decide). */
  readonly severity: Severity;
  /** Short Chinese name. */
  readonly title: string;
  /** What it compares, in Chinese, for the methodology page. */
  readonly description: string;
}

export type CheckFn = (record: ReportRecord, file: VFile) => void;

export interface CheckRule extends CheckRuleMeta {
  readonly check: CheckFn;
}
