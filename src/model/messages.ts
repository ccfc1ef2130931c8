/**
 * Problems are vfile messages, the way remark-lint reports them: a rule id,
 * a place (line) and our source name. One helper makes them so the parser and
 * every check produce the same shape, and one mapping turns them into the
 * record's `checks`.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Check, Severity } from './record.ts';

export const MESSAGE_SOURCE = 'disclosure-atlas';

/** A vfile message carrying the record paths of the cells involved. */
export type AtlasMessage = VFileMessage & { fields?: string[] };

/** Add a message to the file. error → fatal: true, warning → fatal: false, info → fatal: undefined. */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  opts: { line?: number | null; fields?: string[] } = {},
): AtlasMessage {
  const place = opts.line ? { line: opts.line, column: 1 } : undefined;
  const options = { ruleId, source: MESSAGE_SOURCE, place };
  const msg = (severity === 'info' ? file.info(reason, options) : file.message(reason, options)) as AtlasMessage;
  if (severity === 'error') msg.fatal = true;
  msg.fields = opts.fields ?? [];
  return msg;
}

export function severityOf(msg: VFileMessage): Severity {
  return msg.fatal === true ? 'error' : msg.fatal === false ? 'warning' : 'info';
}

/** vfile messages → the record's `checks`. */
export function toChecks(messages: readonly VFileMessage[]): Check[] {
  return messages.map((m) => ({
    code: m.ruleId ?? 'unknown',
    severity: severityOf(m),
    message: m.reason,
    line: m.line ?? null,
    fields: (m as AtlasMessage).fields ?? [],
  }));
}
