/** The build-log summary and the strict-mode gate, from the loaded records. */
import type { AnyRecord } from '../model/record.ts';

export interface LoadSummary {
  /** Files read as reports. */
  read: number;
  /** Reports with at least one error- or warning-level check. */
  flagged: number;
  /** Files that are not readable reports. */
  unreadable: number;
}

export function summarize(records: readonly AnyRecord[]): LoadSummary {
  let read = 0;
  let flagged = 0;
  let unreadable = 0;
  for (const r of records) {
    if (!r.ok) {
      unreadable++;
      continue;
    }
    read++;
    if (r.checks.some((c) => c.severity !== 'info')) flagged++;
  }
  return { read, flagged, unreadable };
}

/** One line for the build log. */
export function summaryLine(s: LoadSummary): string {
  return `年报 ${s.read + s.unreadable} 个文件：已读取 ${s.read}，有问题 ${s.flagged}，无法读取 ${s.unreadable}（read ${s.read} / flagged ${s.flagged} / unreadable ${s.unreadable}）`;
}

/** Whether `ATLAS_STRICT` asks for the gate. */
export function isStrict(env: Record<string, string | undefined>): boolean {
  const v = env.ATLAS_STRICT?.trim().toLowerCase();
  return !!v && v !== '0' && v !== 'false' && v !== 'no';
}

/** The strict-mode failure message listing each unreadable file and why, or null when all files were read. */
export function strictFailure(records: readonly AnyRecord[]): string | null {
  const bad = records.filter((r) => !r.ok);
  if (bad.length === 0) return null;
  const lines = bad.map((r) => {
    const error = r.ok ? '' : r.error;
    return `  - ${error.startsWith(r.file) ? error : `${r.file}: ${error}`}`;
  });
  return `ATLAS_STRICT: ${bad.length} 个文件无法读取为年报 (${bad.length} unreadable file(s)):\n${lines.join('\n')}`;
}
