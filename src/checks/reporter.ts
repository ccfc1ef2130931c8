/**
 * One way to print problems, shared by the build log, the data-quality page
 * and the check-reports CLI: `file:line: severity: message [code]`, the way
 * compilers and vfile-reporter do, plus a JSON form and a summary.
 */
import type { AnyRecord, Check, Severity } from '../model/record.ts';

/** Code of the problem an unreadable file gets. */
export const unreadableCode = 'unreadable';

/** `file:line: severity: message [code]`; the line is left out when unknown. */
export function formatCheckLine(file: string, check: Pick<Check, 'line' | 'severity' | 'message' | 'code'>): string {
  const place = check.line != null ? `${file}:${check.line}` : file;
  return `${place}: ${check.severity}: ${check.message} [${check.code}]`;
}

/** The parser's error starts with the file name; the printed line already does. */
function withoutFilePrefix(file: string, error: string): string {
  return error.startsWith(`${file}: `) ? error.slice(file.length + 2) : error;
}

/** A record's problems as checks; an unreadable file is one error. */
export function problemsOf(record: AnyRecord): Check[] {
  if (record.ok) return record.checks;
  return [
    { code: unreadableCode, severity: 'error', message: withoutFilePrefix(record.file, record.error), line: null, fields: [] },
    ...(record.checks ?? []),
  ];
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lines for one record, errors first, then warnings, then info; by line within each. */
export function formatRecordLines(record: AnyRecord, options: { minSeverity?: Severity } = {}): string[] {
  const limit = rank[options.minSeverity ?? 'info'];
  return problemsOf(record)
    .filter((c) => rank[c.severity] <= limit)
    .sort((a, b) => rank[a.severity] - rank[b.severity] || (a.line ?? 0) - (b.line ?? 0))
    .map((c) => formatCheckLine(record.file, c));
}

export interface CheckSummary {
  files: number;
  /** Files read as reports. */
  read: number;
  /** Files that are not readable reports. */
  unreadable: number;
  /** Files with at least one error (unreadable files included). */
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeChecks(records: readonly AnyRecord[]): CheckSummary {
  const s: CheckSummary = { files: records.length, read: 0, unreadable: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of records) {
    if (r.ok) s.read++;
    else s.unreadable++;
    const problems = problemsOf(r);
    if (problems.some((c) => c.severity === 'error')) s.failed++;
    for (const c of problems) {
      if (c.severity === 'error') s.errors++;
      else if (c.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/** One-line summary, Chinese with the English counts. */
export function formatSummary(s: CheckSummary): string {
  return (
    `检查 ${s.files} 个文件：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示；无法读取 ${s.unreadable} 个` +
    ` (${s.files} files: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info; ${s.unreadable} unreadable)`
  );
}

/** The machine form: one entry per file with its problems, and the summary. */
export function checksToJson(records: readonly AnyRecord[]) {
  return {
    files: records.map((r) => ({
      file: r.file,
      ok: r.ok,
      error: r.ok ? null : r.error,
      issuer: r.issuer ?? null,
      year: r.year ?? null,
      problems: problemsOf(r).map(({ code, severity, message, line, fields }) => ({ code, severity, message, line, fields })),
    })),
    summary: summarizeChecks(records),
  };
}

/** Whether the set of records should fail a gate: any error-level problem. */
export function hasErrors(records: readonly AnyRecord[]): boolean {
  return records.some((r) => problemsOf(r).some((c) => c.severity === 'error'));
}
