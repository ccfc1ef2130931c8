/**
 * Missing parts: a form table the report does not have at all, rows of a
 * table that were not printed, cells a printed row lacks, and the facts
 * every report states (issuer, year, 信息处理费).
 *
 * What was printed is read from `record.lines` (row path → line where the
 * parser found the row) and `record.printed` (null leaf → how it was printed,
 * "" or "/"). A null row or leaf with neither was not printed. Without these
 * maps (hand-built records) a row whose values are all null counts as missing.
 */
import type { VFile } from 'vfile';
import {
  applicantColumnKeys,
  documentColumns,
  documentRows,
  proactive2019ColumnSets,
  proactiveRows2019,
  proactiveValueRows,
  requestRowGroups,
  requestRowKeys,
  reviewColumnKeys,
  reviewGroupKeys,
  type RequestRowKey,
  type SectionKey,
} from '../model/catalogue.ts';
import { valueAt, type ReportRecord } from '../model/record.ts';
import { report } from './message.ts';
import { documentRowName, lineOf, proactiveValueName, reviewGroupName, rowName, sectionName, sectionTitle } from './names.ts';
import type { CheckRuleMeta } from './types.ts';

export const missingRule: CheckRuleMeta = {
  code: 'missing',
  severity: 'error',
  title: '缺失内容',
  description:
    '报告缺少整张表格（第二部分主动公开、第三部分申请办理、第四部分复议诉讼）为错误；表格中有未印出的行、行中缺少单元格、未能识别发布机关或统计年度为警告；第二部分未印“规章”行（无规章制定权的机关常见）、第三部分“其他处理”只印一行（子项未印）、第六部分未提及信息处理费为提示（info）。',
};

/** One printed row of the form: its record path and leaf paths. */
interface RowSpec {
  path: string;
  name: string;
  leaves: string[];
}

function proactiveRows(): RowSpec[] {
  return [
    ...documentRows.map((r) => ({
      path: `proactive.${r.key}`,
      name: documentRowName(r.key),
      leaves: documentColumns.map((c) => `proactive.${r.key}.${c.key}`),
    })),
    ...proactiveValueRows.map((r) => ({ path: `proactive.${r.key}`, name: proactiveValueName(r.key), leaves: [`proactive.${r.key}`] })),
  ];
}

/** §二 of the 2019 form (2019–2020 reports), whose rows and columns differ. */
function proactiveRows2019Specs(): RowSpec[] {
  return proactiveRows2019.map((r) => ({
    path: `proactive2019.${r.key}`,
    name: r.label,
    leaves: proactive2019ColumnSets[r.columns].map((c) => `proactive2019.${r.key}.${c.key}`),
  }));
}

function requestRowSpecs(): (RowSpec & { key: RequestRowKey })[] {
  return requestRowKeys.map((key) => ({
    key,
    path: `requests.${key}`,
    name: rowName(key),
    leaves: applicantColumnKeys.map((c) => `requests.${key}.${c}`),
  }));
}

function reviewRows(): RowSpec[] {
  return reviewGroupKeys.map((g) => ({
    path: `review.${g}`,
    name: reviewGroupName(g),
    leaves: reviewColumnKeys.map((c) => `review.${g}.${c}`),
  }));
}

/** The row has no value, no recorded line and no recorded blank: it was not printed. */
function rowMissing(record: ReportRecord, row: RowSpec): boolean {
  if (record.lines?.[row.path] != null) return false;
  return row.leaves.every((leaf) => valueAt(record, leaf) === null && record.printed?.[leaf] === undefined);
}

/** Null leaves of a printed row that the parser did not see printed at all (only known when `printed` is recorded). */
function missingCells(record: ReportRecord, row: RowSpec): string[] {
  if (!record.printed) return [];
  return row.leaves.filter((leaf) => valueAt(record, leaf) === null && record.printed![leaf] === undefined);
}

/** The collapsed （六）其他处理: one row recorded under 其他, the two sub-rows not printed. */
const collapsedOther: RequestRowKey[] = ['otherNoCorrection', 'otherUnpaidFee'];

function checkTable(record: ReportRecord, file: VFile, section: SectionKey, rows: RowSpec[]): void {
  const missing = rows.filter((r) => rowMissing(record, r));
  if (missing.length === rows.length) {
    report(file, {
      code: missingRule.code,
      severity: 'error',
      message: `缺少${sectionName(section)}“${sectionTitle(section)}”的表格：未读到任何一行`,
      line: lineOf(record, section),
      fields: rows.map((r) => r.path),
    });
    return;
  }

  let notPrinted = missing;
  if (section === 'requests') {
    const collapsed = collapsedOther.every((k) => missing.some((m) => m.path === `requests.${k}`)) && record.requests.otherOther !== null;
    if (collapsed) {
      notPrinted = missing.filter((m) => !collapsedOther.some((k) => m.path === `requests.${k}`));
      report(file, {
        code: missingRule.code,
        severity: 'info',
        message: `${sectionName('requests')}“${requestRowGroups.other.label}”只印一行：子项${collapsedOther.map((k) => `“${rowName(k)}”`).join('')}未印出，该行数字记在“${rowName('otherOther')}”`,
        line: lineOf(record, 'requests.otherOther'),
        fields: collapsedOther.map((k) => `requests.${k}`),
      });
    }
  }
  if (section === 'proactive') {
    // Bodies without rule-making power (乡镇, 县级部门) often leave the 规章 row out.
    const rules = notPrinted.find((m) => m.path.endsWith('.rules'));
    if (rules) {
      notPrinted = notPrinted.filter((m) => m !== rules);
      report(file, {
        code: missingRule.code,
        severity: 'info',
        message: `${sectionName('proactive')}表格未印“${rules.name}”一行（没有规章制定权的机关常不印此行）`,
        line: lineOf(record, 'proactive', ...rows.map((r) => r.path)),
        fields: [rules.path],
      });
    }
  }
  if (notPrinted.length > 0) {
    report(file, {
      code: missingRule.code,
      severity: 'warning',
      message: `${sectionName(section)}表格缺少以下行：${notPrinted.map((r) => `“${r.name}”`).join('、')}`,
      line: lineOf(record, section, ...rows.map((r) => r.path)),
      fields: notPrinted.map((r) => r.path),
    });
  }

  for (const row of rows) {
    if (missing.includes(row)) continue;
    const cells = missingCells(record, row);
    if (cells.length === 0) continue;
    report(file, {
      code: missingRule.code,
      severity: 'warning',
      message: `${sectionName(section)}“${row.name}”行缺少 ${cells.length} 个单元格（未读到数字，也未印空白或“/”）`,
      line: lineOf(record, row.path),
      fields: cells,
    });
  }
}

export function checkMissing(record: ReportRecord, file: VFile): void {
  if (!record.issuer.trim()) {
    report(file, { code: missingRule.code, severity: 'warning', message: '未能识别发布机关（标题或落款中的机关名称）', line: null, fields: ['issuer'] });
  }
  if (record.year === null) {
    report(file, { code: missingRule.code, severity: 'warning', message: '未能识别报告的统计年度', line: null, fields: ['year'] });
  }
  checkTable(record, file, 'proactive', record.form === '2019' ? proactiveRows2019Specs() : proactiveRows());
  checkTable(record, file, 'requests', requestRowSpecs());
  checkTable(record, file, 'review', reviewRows());
  if (record.processingFeeYuan === null) {
    report(file, {
      code: missingRule.code,
      severity: 'info',
      message: `${sectionName('other')}未提及信息处理费（收取金额或“未收取”）`,
      line: lineOf(record, 'other'),
      fields: ['processingFeeYuan'],
    });
  }
}
