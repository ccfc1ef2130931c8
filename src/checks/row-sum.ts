/** Each row of table 三: the six applicant columns add up to 总计. */
import type { VFile } from 'vfile';
import { applicantPartKeys, requestRowKeys, type RequestRowKey } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { columnName, fmt, lineOf, rowName, sectionName } from './names.ts';
import { compareSum, sumText } from './sum.ts';
import type { CheckRuleMeta } from './types.ts';

export const rowSumRule: CheckRuleMeta = {
  code: 'row-sum',
  severity: 'error',
  title: '行合计',
  description:
    `${sectionName('requests')}每一行：${applicantPartKeys.map(columnName).join('、')}六列之和应等于“${columnName('total')}”列。` +
    '不相等为错误（有空白单元格时，已知各列之和超过总计也算错误）；空白单元格使该行无法核对时给出提示（info）。',
};

export function checkRowSums(record: ReportRecord, file: VFile): void {
  const undecided: { row: RequestRowKey; blanks: string[] }[] = [];
  for (const row of requestRowKeys) {
    const cells = record.requests[row];
    if (!cells) continue; // a row the report does not print: the missing rule reports it
    const parts = applicantPartKeys.map((col) => ({ path: `requests.${row}.${col}`, value: cells[col] }));
    const total = { path: `requests.${row}.total`, value: cells.total };
    const verdict = compareSum(parts, total);
    if (verdict.kind === 'unknown') undecided.push({ row, blanks: verdict.blanks });
    if (verdict.kind !== 'mismatch') continue;
    report(file, {
      code: rowSumRule.code,
      severity: 'error',
      message:
        `${sectionName('requests')}“${rowName(row)}”行：六类申请人 ${sumText(parts.map((p) => p.value), verdict.sum)}，` +
        `但“${columnName('total')}”列为 ${fmt(verdict.total)}${verdict.partial ? '（空白单元格未计，已知各列之和已超过总计）' : ''}`,
      line: lineOf(record, `requests.${row}`),
      fields: [...parts.map((p) => p.path), total.path],
    });
  }
  if (undecided.length > 0) {
    report(file, {
      code: rowSumRule.code,
      severity: 'info',
      message: `${sectionName('requests')}以下各行有空白单元格，无法核对六类申请人之和是否等于“${columnName('total')}”：${undecided.map((u) => `“${rowName(u.row)}”`).join('、')}`,
      line: lineOf(record, `requests.${undecided[0].row}`),
      fields: undecided.flatMap((u) => u.blanks),
    });
  }
}
