/** §四: in each group (行政复议, 直接起诉, 复议后起诉) 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
import type { VFile } from 'vfile';
import { reviewGroupKeys, reviewPartKeys } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { fmt, lineOf, reviewColumnName, reviewGroupName, sectionName } from './names.ts';
import { compareSum } from './sum.ts';
import type { CheckRuleMeta } from './types.ts';

export const reviewTotalRule: CheckRuleMeta = {
  code: 'review-total',
  severity: 'error',
  title: '复议诉讼合计',
  description:
    `${sectionName('review')}${reviewGroupKeys.map(reviewGroupName).join('、')}三组：${reviewPartKeys.map(reviewColumnName).join(' + ')} ` +
    `应等于该组“${reviewColumnName('total')}”。不相等为错误；空白单元格使该组无法核对时给出提示（info）。`,
};

export function checkReviewTotals(record: ReportRecord, file: VFile): void {
  for (const group of reviewGroupKeys) {
    const cells = record.review[group];
    const parts = reviewPartKeys.map((col) => ({ path: `review.${group}.${col}`, value: cells[col] }));
    const total = { path: `review.${group}.total`, value: cells.total };
    const verdict = compareSum(parts, total);
    const line = lineOf(record, `review.${group}`, 'review');
    if (verdict.kind === 'unknown') {
      report(file, {
        code: reviewTotalRule.code,
        severity: 'info',
        message: `${sectionName('review')}“${reviewGroupName(group)}”有空白单元格，无法核对四项之和是否等于“${reviewColumnName('total')}”`,
        line,
        fields: verdict.blanks,
      });
    }
    if (verdict.kind !== 'mismatch') continue;
    const terms = reviewPartKeys.map((col) => `${reviewColumnName(col)} ${fmt(cells[col])}`).join(' + ');
    report(file, {
      code: reviewTotalRule.code,
      severity: 'error',
      message:
        `${sectionName('review')}“${reviewGroupName(group)}”：${terms} = ${fmt(verdict.sum)}，但“${reviewColumnName('total')}”为 ${fmt(verdict.total)}` +
        `${verdict.partial ? '（空白单元格未计，已知各项之和已超过总计）' : ''}`,
      line,
      fields: [...parts.map((p) => p.path), total.path],
    });
  }
}
