/**
 * Dates: the report covers 1 January – 31 December of its year and must be
 * published by 31 January of the next year (《政府信息公开条例》第五十条).
 * A signature date inside the report year usually means the year or the date
 * is misprinted (化隆's 2024 report is signed 2024年1月25日).
 */
import type { VFile } from 'vfile';
import type { ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { lineOf } from './names.ts';
import type { CheckRuleMeta } from './types.ts';

export const datesRule: CheckRuleMeta = {
  code: 'dates',
  severity: 'warning',
  title: '公布日期',
  description:
    '落款日期早于统计年度结束（不晚于当年 12 月 31 日，年度或日期可能印错）或晚于次年 1 月 31 日（《政府信息公开条例》第五十条规定的公布期限）为警告；未印落款日期时给出提示（info）。',
};

export function checkDates(record: ReportRecord, file: VFile): void {
  const { year, publishedOn } = record;
  if (year === null) return; // the missing rule reports an unknown year
  const line = lineOf(record, 'publishedOn');
  if (publishedOn === null) {
    report(file, {
      code: datesRule.code,
      severity: 'info',
      message: `未找到落款日期，无法核对 ${year} 年度报告是否在 ${year + 1}-01-31 前公布`,
      line,
      fields: ['publishedOn'],
    });
    return;
  }
  const yearEnd = `${year}-12-31`;
  const deadline = `${year + 1}-01-31`;
  if (publishedOn <= yearEnd) {
    report(file, {
      code: datesRule.code,
      severity: 'warning',
      message: `落款日期 ${publishedOn} 不晚于统计年度 ${year} 年结束（${yearEnd}），报告年度或落款日期可能印错`,
      line,
      fields: ['publishedOn', 'year'],
    });
  } else if (publishedOn > deadline) {
    report(file, {
      code: datesRule.code,
      severity: 'warning',
      message: `落款日期 ${publishedOn} 晚于 ${year} 年度报告的公布期限 ${deadline}（《政府信息公开条例》第五十条）`,
      line,
      fields: ['publishedOn', 'year'],
    });
  }
}
