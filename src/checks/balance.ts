/**
 * 勾稽关系: in every applicant column of table 三, and in 总计,
 * 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理 (the form prints this rule in its header).
 */
import type { VFile } from 'vfile';
import { applicantColumnKeys, type ApplicantColumnKey } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { columnName, fmt, lineOf, rowName, same, sectionName } from './names.ts';
import type { CheckRuleMeta } from './types.ts';

export const balanceRule: CheckRuleMeta = {
  code: 'balance',
  severity: 'error',
  title: '勾稽关系',
  description:
    `${sectionName('requests')}每一列（六类申请人及${columnName('total')}）：${rowName('newReceived')} + ${rowName('carriedOver')} 应等于 ` +
    `${rowName('totalHandled')} + ${rowName('carriedForward')}。不相等为错误；有空白单元格无法核对时给出提示（info）。`,
};

const inflow = ['newReceived', 'carriedOver'] as const;
const outflow = ['totalHandled', 'carriedForward'] as const;

export function checkBalance(record: ReportRecord, file: VFile): void {
  const r = record.requests;
  const value = (row: (typeof inflow)[number] | (typeof outflow)[number], col: ApplicantColumnKey) => r[row]?.[col] ?? null;
  const line = lineOf(record, 'requests.totalHandled', 'requests.carriedForward', 'requests.newReceived');
  const undecided: { col: ApplicantColumnKey; blanks: string[] }[] = [];

  for (const col of applicantColumnKeys) {
    const cells = [...inflow, ...outflow].map((row) => ({ path: `requests.${row}.${col}`, value: value(row, col) }));
    const blanks = cells.filter((c) => c.value === null).map((c) => c.path);
    if (blanks.length === cells.length) continue;
    if (blanks.length > 0) {
      undecided.push({ col, blanks });
      continue;
    }
    const [a, b, c, d] = cells.map((x) => x.value!);
    if (same(a + b, c + d)) continue;
    report(file, {
      code: balanceRule.code,
      severity: 'error',
      message:
        `${sectionName('requests')}“${columnName(col)}”列：${rowName('newReceived')} ${fmt(a)} + ${rowName('carriedOver')} ${fmt(b)} = ${fmt(a + b)}，` +
        `但${rowName('totalHandled')} ${fmt(c)} + ${rowName('carriedForward')} ${fmt(d)} = ${fmt(c + d)}（勾稽关系要求两者相等）`,
      line,
      fields: cells.map((x) => x.path),
    });
  }

  if (undecided.length > 0) {
    report(file, {
      code: balanceRule.code,
      severity: 'info',
      message:
        `${sectionName('requests')}勾稽关系无法核对：${undecided.map((u) => `“${columnName(u.col)}”`).join('')}列有空白单元格` +
        `（${rowName('newReceived')}、${rowName('carriedOver')}、${rowName('totalHandled')}、${rowName('carriedForward')}）`,
      line,
      fields: undecided.flatMap((u) => u.blanks),
    });
  }
}
