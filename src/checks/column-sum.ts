/**
 * Each column of table 三: the 21 outcome rows (予以公开 … 其他) add up to
 * 办理结果总计. Rows the report does not print (the collapsed 其他处理
 * sub-rows) are null and left out.
 */
import type { VFile } from 'vfile';
import { applicantColumnKeys, outcomeRowKeys, requestRowGroups, requestTableHeadings, type ApplicantColumnKey } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { columnName, fmt, lineOf, rowName, sectionName } from './names.ts';
import { compareSum } from './sum.ts';
import type { CheckRuleMeta } from './types.ts';

export const columnSumRule: CheckRuleMeta = {
  code: 'column-sum',
  severity: 'error',
  title: '列合计',
  description:
    `${sectionName('requests')}每一列：“${requestTableHeadings.outcomes}”的 ${outcomeRowKeys.length} 个小项之和应等于“${rowName('totalHandled')}”。` +
    `报告未印的行（如只印一行“${requestRowGroups.other.label}”时的两个子项）不计。不相等为错误；空白单元格使该列无法核对时给出提示（info）。`,
};

export function checkColumnSums(record: ReportRecord, file: VFile): void {
  const totalRow = record.requests.totalHandled;
  if (!totalRow) return; // no 总计 row at all: the missing rule reports it
  const printedRows = outcomeRowKeys.filter((row) => record.requests[row] !== null);
  if (printedRows.length === 0) return;
  const skipped = outcomeRowKeys.filter((row) => record.requests[row] === null);
  const line = lineOf(record, 'requests.totalHandled');
  const undecided: { col: ApplicantColumnKey; blanks: string[] }[] = [];

  for (const col of applicantColumnKeys) {
    const parts = printedRows.map((row) => ({ path: `requests.${row}.${col}`, value: record.requests[row]![col] }));
    const total = { path: `requests.totalHandled.${col}`, value: totalRow[col] };
    const verdict = compareSum(parts, total);
    if (verdict.kind === 'unknown') undecided.push({ col, blanks: verdict.blanks });
    if (verdict.kind !== 'mismatch') continue;
    const nonZero = parts
      .map((p, i) => ({ row: printedRows[i], value: p.value }))
      .filter((p) => p.value !== null && p.value !== 0)
      .map((p) => `${rowName(p.row)} ${fmt(p.value)}`);
    report(file, {
      code: columnSumRule.code,
      severity: 'error',
      message:
        `${sectionName('requests')}“${columnName(col)}”列：${printedRows.length} 项办理结果之和为 ${fmt(verdict.sum)}` +
        `${nonZero.length > 0 && nonZero.length <= 8 ? `（${nonZero.join(' + ')}）` : ''}，但“${rowName('totalHandled')}”为 ${fmt(verdict.total)}` +
        `${verdict.partial ? '（空白单元格未计，已知各项之和已超过总计）' : ''}` +
        `${skipped.length > 0 ? `；报告未印的行不计：${skipped.map((r) => `“${rowName(r)}”`).join('')}` : ''}`,
      line,
      fields: [...parts.map((p) => p.path), total.path],
    });
  }
  if (undecided.length > 0) {
    report(file, {
      code: columnSumRule.code,
      severity: 'info',
      message: `${sectionName('requests')}以下各列有空白单元格，无法核对各项办理结果之和是否等于“${rowName('totalHandled')}”：${undecided.map((u) => `“${columnName(u.col)}”`).join('、')}`,
      line,
      fields: undecided.flatMap((u) => u.blanks),
    });
  }
}
