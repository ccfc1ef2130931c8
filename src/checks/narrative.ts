/**
 * Narrative vs table: figures the prose states (record.narrative, read by
 * src/parse/narrative.ts) compared with the table cells that count the same
 * thing. A difference is a warning: one of the two is wrong, and the check
 * cannot tell which.
 */
import type { VFile } from 'vfile';
import { reviewPartKeys, type RequestRowKey, type ReviewColumnKey } from '../model/catalogue.ts';
import { valueAt, type NarrativeFigure, type ReportRecord } from '../model/record.ts';
import { reviewFigureKey } from '../parse/narrative.ts';
import { report } from './message.ts';
import { columnName, fmt, reviewColumnName, reviewGroupName, rowName, same, sectionName } from './names.ts';
import type { CheckRuleMeta } from './types.ts';

export const narrativeRule: CheckRuleMeta = {
  code: 'narrative',
  severity: 'warning',
  title: '文字与表格不符',
  description:
    '正文文字中明确陈述的数字与表格对应单元格比较：受理/收到申请数对“本年新收”总计（等于新收与上年结转之和也视为相符），答复/办结数对办理结果“总计”，上年结转、结转下年，行政复议总数及维持/纠正/其他/尚未审结，行政诉讼总数及各项（直接起诉与复议后起诉之和）。“未发生行政诉讼”等记为 0。不相符为警告；表格单元格空白无法比较时给出提示（info）。',
};

/** A table quantity: the sum of some cells, and how to name it. */
interface Target {
  name: string;
  paths: string[];
  /** Other readings the prose may legitimately mean (e.g. 受理 = 新收 + 上年结转). */
  alternatives?: string[][];
}

function requestTotal(row: RequestRowKey): string {
  return `requests.${row}.total`;
}

function requestTarget(row: RequestRowKey, alternatives?: string[][]): Target {
  return { name: `${sectionName('requests')}“${rowName(row)}”·“${columnName('total')}”`, paths: [requestTotal(row)], alternatives };
}

function reviewTarget(kind: 'reconsideration' | 'litigation', col: ReviewColumnKey): Target {
  if (kind === 'reconsideration') {
    return { name: `${sectionName('review')}“${reviewGroupName('reconsideration')}”·“${reviewColumnName(col)}”`, paths: [`review.reconsideration.${col}`] };
  }
  return {
    name: `${sectionName('review')}“${reviewGroupName('litigationDirect')}”与“${reviewGroupName('litigationAfterReconsideration')}”的“${reviewColumnName(col)}”之和`,
    paths: [`review.litigationDirect.${col}`, `review.litigationAfterReconsideration.${col}`],
  };
}

/** Which table cells each narrative figure key speaks about. */
export const narrativeTargets: Record<string, Target> = {
  requestsReceived: requestTarget('newReceived', [[requestTotal('newReceived'), requestTotal('carriedOver')]]),
  requestsHandled: requestTarget('totalHandled'),
  carriedOver: requestTarget('carriedOver'),
  carriedForward: requestTarget('carriedForward'),
  ...Object.fromEntries(
    (['reconsideration', 'litigation'] as const).flatMap((kind) =>
      (['total', ...reviewPartKeys] as ReviewColumnKey[]).map((col) => [reviewFigureKey(kind, col as never), reviewTarget(kind, col)]),
    ),
  ),
};

function sumOf(record: ReportRecord, paths: readonly string[]): number | null {
  let sum = 0;
  for (const p of paths) {
    const v = valueAt(record, p);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

function compareFigure(record: ReportRecord, file: VFile, figure: NarrativeFigure): void {
  const target = narrativeTargets[figure.key];
  if (!target) return;
  const table = sumOf(record, target.paths);
  const quote = `正文“${figure.text}”`;
  if (table === null) {
    report(file, {
      code: narrativeRule.code,
      severity: 'info',
      message: `${quote}称 ${fmt(figure.value)}，但${target.name}为空，无法比较`,
      line: figure.line,
      fields: target.paths,
    });
    return;
  }
  if (same(table, figure.value)) return;
  if (target.alternatives?.some((alt) => { const v = sumOf(record, alt); return v !== null && same(v, figure.value); })) return;
  report(file, {
    code: narrativeRule.code,
    severity: 'warning',
    message: `${quote}称 ${fmt(figure.value)}，但${target.name}为 ${fmt(table)}`,
    line: figure.line,
    fields: target.paths,
  });
}

export function checkNarrative(record: ReportRecord, file: VFile): void {
  for (const figure of record.narrative ?? []) compareFigure(record, file, figure);
}
