/** Test helper: run one rule (or all) over a record and return the record-shaped checks. */
import { VFile } from 'vfile';
import { messagesToChecks, runChecks } from '../../src/checks/index.ts';
import type { CheckFn } from '../../src/checks/types.ts';
import type { Check, ReportRecord } from '../../src/model/record.ts';

export function runRule(rule: CheckFn, record: ReportRecord): Check[] {
  const file = new VFile({ path: record.file });
  rule(record, file);
  return messagesToChecks(file.messages);
}

export function runAll(record: ReportRecord): Check[] {
  const file = new VFile({ path: record.file });
  runChecks(record, file);
  return messagesToChecks(file.messages);
}

export function bySeverity(checks: readonly Check[], severity: Check['severity']): Check[] {
  return checks.filter((c) => c.severity === severity);
}
