/**
 * Adding a problem to a file, as an object naming what each part is. The
 * message itself is made by the shared helper in src/model/messages.ts, so
 * parser and check messages have one shape (ruleId, source, place, fields;
 * fatal true = error, false = warning, undefined = info).
 */
import type { VFile } from 'vfile';
import { report as reportMessage, type AtlasMessage } from '../model/messages.ts';
import type { Severity } from '../model/record.ts';

export interface Problem {
  code: string;
  severity: Severity;
  /** Chinese, naming the field(s) and the figures. */
  message: string;
  /** 1-based source line, when known. */
  line: number | null;
  /** Record paths of the cells involved. */
  fields: string[];
}

export function report(file: VFile, problem: Problem): AtlasMessage {
  return reportMessage(file, problem.severity, problem.code, problem.message, { line: problem.line, fields: problem.fields });
}
