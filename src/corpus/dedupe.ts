/**
 * The same report twice, and conflicting reports, over the list of records.
 *
 * - Identical files (same SHA-256) are one report: the first by path is shown,
 *   with a note listing the other paths.
 * - Different files for the same issuer and year are all kept and flagged;
 *   one is shown as that body's report for the year: the one with fewer
 *   error-level checks, then the later signature date, then the larger file,
 *   then the first by path. The reason names the criterion that decided.
 *
 * Pure: records in, decisions out. Nothing is dropped or changed; callers
 * attach `corpusChecks` to the records and count only `shown` in totals.
 */
import type { AnyRecord, Check, ReportRecord } from '../model/record.ts';
import type { CheckRuleMeta } from '../checks/types.ts';

/** The corpus step's codes, described like the check rules (methodology page, docs). */
export const corpusRules: readonly CheckRuleMeta[] = [
  { code: 'identical-files', severity: 'info', title: '相同文件', description: '内容完全相同（SHA-256 相同）的文件只显示一次，注明其他副本的路径。' },
  { code: 'conflicting-reports', severity: 'warning', title: '同一机关同一年度有多份不同报告', description: '全部保留并标出；页面显示其中错误最少的一份（其次落款日期较晚、文件较大），并说明原因。' },
];

export interface IdenticalGroup {
  sha256: string;
  /** The file shown. */
  shown: string;
  /** The other files with the same bytes, not shown separately. */
  others: string[];
}

export interface Conflict {
  issuer: string;
  year: number;
  /** The file shown for this issuer and year. */
  shown: string;
  /** The other files for the same issuer and year, kept and flagged. */
  alternates: string[];
  /** Why `shown` was chosen (Chinese, names the deciding figures). */
  reason: string;
}

export interface CorpusDecision {
  /** One record per distinct file content, in path order (error records included). */
  distinct: AnyRecord[];
  /** The records the atlas counts: distinct, and one per issuer and year. */
  shown: AnyRecord[];
  identical: IdenticalGroup[];
  conflicts: Conflict[];
}

const byPath = (a: AnyRecord, b: AnyRecord) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Group files with the same bytes; records without a hash are their own group. */
export function identicalGroups(records: readonly AnyRecord[]): { distinct: AnyRecord[]; identical: IdenticalGroup[] } {
  const groups = new Map<string, AnyRecord[]>();
  const distinct: AnyRecord[] = [];
  for (const r of [...records].sort(byPath)) {
    const sha = r.source?.sha256;
    if (!sha) {
      distinct.push(r);
      continue;
    }
    const g = groups.get(sha);
    if (g) g.push(r);
    else {
      groups.set(sha, [r]);
      distinct.push(r);
    }
  }
  const identical = [...groups]
    .filter(([, g]) => g.length > 1)
    .map(([sha256, [first, ...rest]]) => ({ sha256, shown: first.file, others: rest.map((r) => r.file) }));
  return { distinct, identical };
}

/** Issuer names compared without spacing and width differences. */
export function issuerKey(issuer: string): string {
  return issuer.normalize('NFKC').replace(/\s+/g, '');
}

const errorsOf = (r: ReportRecord) => r.checks.filter((c) => c.severity === 'error').length;
const bytesOf = (r: ReportRecord) => r.source?.bytes ?? 0;

/** Order for choosing: fewer errors, later publishedOn (a date before none), larger file, path. */
export function compareCandidates(a: ReportRecord, b: ReportRecord): number {
  return (
    errorsOf(a) - errorsOf(b) ||
    (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
    bytesOf(b) - bytesOf(a) ||
    byPath(a, b)
  );
}

/** Why `shown` comes before `next`: the first criterion that differs. */
export function choiceReason(shown: ReportRecord, next: ReportRecord): string {
  if (errorsOf(shown) !== errorsOf(next)) {
    return `它的错误级问题更少（${errorsOf(shown)} 个，${next.file} 有 ${errorsOf(next)} 个）`;
  }
  if ((shown.publishedOn ?? '') !== (next.publishedOn ?? '')) {
    return `错误级问题一样多（${errorsOf(shown)} 个），它的落款日期更晚（${shown.publishedOn}，${next.file} ${next.publishedOn ? `为 ${next.publishedOn}` : '没有落款日期'}），应是更正后的版本`;
  }
  if (bytesOf(shown) !== bytesOf(next)) {
    return `错误级问题一样多、落款日期相同，它的文件更大（${bytesOf(shown)} 字节，${next.file} ${bytesOf(next)} 字节），内容可能更完整`;
  }
  return `错误级问题、落款日期和文件大小都相同，按文件名排序取第一份`;
}

/** Among ok records, the groups that share issuer and year, each with its choice. */
export function findConflicts(records: readonly AnyRecord[]): Conflict[] {
  const groups = new Map<string, ReportRecord[]>();
  for (const r of records) {
    if (!r.ok || !r.issuer || r.year === null) continue;
    const key = `${issuerKey(r.issuer)}\u0000${r.year}`;
    const g = groups.get(key) ?? [];
    g.push(r as ReportRecord);
    groups.set(key, g);
  }
  const out: Conflict[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const [shown, ...alternates] = [...g].sort(compareCandidates);
    out.push({
      issuer: shown.issuer,
      year: shown.year!,
      shown: shown.file,
      alternates: alternates.map((r) => r.file),
      reason: `${shown.issuer} ${shown.year} 年共有 ${g.length} 份内容不同的报告文件（${[shown, ...alternates].map((r) => r.file).join('、')}）；显示 ${shown.file}，因为${choiceReason(shown, alternates[0])}。其他文件也保留，可在数据质量页查看。`,
    });
  }
  return out.sort((a, b) => (a.shown < b.shown ? -1 : 1));
}

export function decideCorpus(records: readonly AnyRecord[]): CorpusDecision {
  const { distinct, identical } = identicalGroups(records);
  const conflicts = findConflicts(distinct);
  const hidden = new Set(conflicts.flatMap((c) => c.alternates));
  return { distinct, shown: distinct.filter((r) => !hidden.has(r.file)), identical, conflicts };
}

/** The checks each file gets from the corpus decision (file → checks), to add to its record's `checks`. */
export function corpusChecks(decision: CorpusDecision): Map<string, Check[]> {
  const out = new Map<string, Check[]>();
  const add = (file: string, check: Check) => out.set(file, [...(out.get(file) ?? []), check]);
  for (const g of decision.identical) {
    add(g.shown, {
      code: 'identical-files',
      severity: 'info',
      message: `与 ${g.others.join('、')} 内容完全相同（SHA-256 ${g.sha256.slice(0, 12)}…），只显示一次`,
      line: null,
      fields: [],
    });
  }
  for (const c of decision.conflicts) {
    for (const file of [c.shown, ...c.alternates]) {
      add(file, {
        code: 'conflicting-reports',
        severity: 'warning',
        message: file === c.shown ? c.reason : `${c.reason}本文件（${file}）未计入汇总。`,
        line: null,
        fields: [],
      });
    }
  }
  return out;
}
