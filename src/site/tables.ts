/**
 * The official form's tables (§二, §三, §四 and 信息处理费) as plain data for
 * a region page: rows, columns and labels come from the catalogue; each cell
 * knows how its value was printed and which checks involve it.
 */
import {
  applicantColumnGroups,
  applicantColumns,
  article20Headings,
  documentColumns,
  documentRows,
  formVersions,
  processingFee,
  proactive2019ColumnSets,
  proactiveRows2019,
  proactiveValueRows,
  requestRowGroups,
  requestRows,
  requestTableHeadings,
  reviewColumns,
  reviewGroups,
  reviewHeadings,
  sections,
  unitLabels,
  type Unit,
} from '../model/catalogue.ts';
import { valueAt, type Check, type ReportRecord, type Severity } from '../model/record.ts';
import { formatNumber } from './format.ts';

/**
 * How a cell was printed: a number; a placeholder such as "/"; a blank cell;
 * a row the report does not have; or a null whose printing the parser did not record.
 */
export type CellState = 'number' | 'placeholder' | 'blank' | 'absent' | 'unknown';

/** A reference from a cell to a check in the report's check list (1-based `n`). */
export interface CellFlag {
  n: number;
  severity: Severity;
  code: string;
}

export interface FormCell {
  path: string;
  value: number | null;
  state: CellState;
  /** What to show in the cell. */
  text: string;
  flags: CellFlag[];
  /** Worst severity among the flags, or null. */
  severity: Severity | null;
}

export interface FormRow {
  key: string;
  label: string;
  /** Source line the row was read from, when known. */
  line: number | null;
  cells: FormCell[];
  /**
   * Which column each position of the table holds for this row, null where the
   * row has no such column (the 2019 form's rows have different column sets).
   * Absent: the row fills every column in order.
   */
  columnKeys?: (string | null)[];
}

/** A row that only labels the rows below it (e.g. 不予公开). */
export interface FormGroupRow {
  group: string;
  label: string;
}

export interface FormColumn {
  key: string;
  label: string;
}

export interface FormTable {
  id: string;
  caption: string;
  /** Optional first header row: labels spanning several columns. */
  columnGroups: { label: string; span: number }[] | null;
  columns: FormColumn[];
  /** Header of the label column. */
  rowHeader: string;
  rows: (FormRow | FormGroupRow)[];
  /** Unit of the figures, shown in the caption. */
  unit: Unit | null;
}

export function isGroupRow(row: FormRow | FormGroupRow): row is FormGroupRow {
  return 'group' in row;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Whether a check's field path names this cell (exactly, or a row/group containing it). */
export function fieldCovers(field: string, cellPath: string): boolean {
  return cellPath === field || cellPath.startsWith(`${field}.`);
}

/** The checks that involve a cell, as 1-based references into `checks`. */
export function flagsFor(checks: readonly Check[], cellPath: string): CellFlag[] {
  const out: CellFlag[] = [];
  checks.forEach((c, i) => {
    if ((c.fields ?? []).some((f) => fieldCovers(f, cellPath))) out.push({ n: i + 1, severity: c.severity, code: c.code });
  });
  return out;
}

/** How a leaf was printed, from its value and the record's `printed` map. */
export function cellState(record: ReportRecord, path: string, value: number | null): { state: CellState; text: string } {
  if (value != null) return { state: 'number', text: formatNumber(value) };
  const printed = record.printed;
  if (!printed) return { state: 'unknown', text: '—' };
  const mark = printed[path];
  // 信息处理费 is read from prose: a null there means the report does not mention it.
  if (mark === undefined) return { state: 'absent', text: path === processingFee.key ? '未提及' : '未列' };
  if (mark.trim() === '') return { state: 'blank', text: '空' };
  return { state: 'placeholder', text: mark };
}

export function formCell(record: ReportRecord, path: string): FormCell {
  const value = valueAt(record, path);
  const { state, text } = cellState(record, path, value);
  const flags = flagsFor(record.checks, path);
  const severity = flags.length ? flags.map((f) => f.severity).sort((a, b) => severityRank[a] - severityRank[b])[0] : null;
  return { path, value, state, text, flags, severity };
}

function lineOf(record: ReportRecord, rowPath: string): number | null {
  return record.lines?.[rowPath] ?? null;
}

function sectionTitle(key: (typeof sections)[number]['key']): string {
  const s = sections.find((x) => x.key === key)!;
  return `${s.number}、${s.label}`;
}

/** §二 第二十条第（一）项: rules and normative documents × issued / repealed / in force. */
export function documentsTable(record: ReportRecord): FormTable {
  return {
    id: 'table-proactive-documents',
    caption: `${sectionTitle('proactive')} · ${article20Headings['article20-1']}`,
    columnGroups: null,
    columns: documentColumns.map((c) => ({ key: c.key, label: c.label })),
    rowHeader: article20Headings['article20-1'],
    rows: documentRows.map((row) => ({
      key: row.key,
      label: row.label,
      line: lineOf(record, `proactive.${row.key}`),
      cells: documentColumns.map((col) => formCell(record, `proactive.${row.key}.${col.key}`)),
    })),
    unit: 'count',
  };
}

/** §二 第二十条第（五）（六）（八）项: one figure per row, each with its unit. */
export function proactiveValuesTable(record: ReportRecord): FormTable {
  return {
    id: 'table-proactive-values',
    caption: `${sectionTitle('proactive')} · ${[article20Headings['article20-5'], article20Headings['article20-6'], article20Headings['article20-8']].join('、')}`,
    columnGroups: null,
    columns: [{ key: 'value', label: '数值' }],
    rowHeader: '项目',
    rows: proactiveValueRows.map((row) => ({
      key: row.key,
      label: `${row.label}（${unitLabels[row.unit]}）`,
      line: lineOf(record, `proactive.${row.key}`),
      cells: [formCell(record, `proactive.${row.key}`)],
    })),
    unit: null,
  };
}

/** §三: the 25 request rows × 7 applicant columns, with the form's group headings. */
export function requestsTable(record: ReportRecord): FormTable {
  const rows: (FormRow | FormGroupRow)[] = [];
  let lastGroup: string | null = null;
  for (const row of requestRows) {
    if (row.group !== lastGroup) {
      if (row.group === 'granted') rows.push({ group: 'outcomes', label: requestTableHeadings.outcomes });
      const parent = requestRowGroups[row.group].parent;
      if (parent) rows.push({ group: row.group, label: parent });
      lastGroup = row.group;
    }
    rows.push({
      key: row.key,
      label: row.label,
      line: lineOf(record, `requests.${row.key}`),
      cells: applicantColumns.map((col) => formCell(record, `requests.${row.key}.${col.key}`)),
    });
  }
  const organisationSpan = applicantColumns.filter((c) => c.group === 'organisation').length;
  return {
    id: 'table-requests',
    caption: sectionTitle('requests'),
    columnGroups: [
      { label: applicantColumnGroups.natural, span: 1 },
      { label: applicantColumnGroups.organisation, span: organisationSpan },
      { label: applicantColumnGroups.total, span: 1 },
    ],
    columns: applicantColumns.map((c) => ({ key: c.key, label: c.group === 'organisation' ? c.label : c.short })),
    rowHeader: requestTableHeadings.applicants,
    rows,
    unit: 'count',
  };
}

/** §四: reconsideration and the two kinds of litigation × the five result columns. */
export function reviewTable(record: ReportRecord): FormTable {
  const rows: (FormRow | FormGroupRow)[] = [];
  for (const group of reviewGroups) {
    if (group.key === 'litigationDirect') rows.push({ group: 'litigation', label: reviewHeadings.litigation });
    rows.push({
      key: group.key,
      label: group.label,
      line: lineOf(record, `review.${group.key}`) ?? lineOf(record, 'review'),
      cells: reviewColumns.map((col) => formCell(record, `review.${group.key}.${col.key}`)),
    });
  }
  return {
    id: 'table-review',
    caption: sectionTitle('review'),
    columnGroups: null,
    columns: reviewColumns.map((c) => ({ key: c.key, label: c.label })),
    rowHeader: '案件类别',
    rows,
    unit: 'count',
  };
}

/** §六: the 信息处理费 stated in prose. */
export function processingFeeTable(record: ReportRecord): FormTable {
  return {
    id: 'table-processing-fee',
    caption: `${sectionTitle('other')} · ${processingFee.label}`,
    columnGroups: null,
    columns: [{ key: 'value', label: '数值' }],
    rowHeader: '项目',
    rows: [
      {
        key: processingFee.key,
        label: `${processingFee.label}（${unitLabels[processingFee.unit]}）`,
        line: lineOf(record, processingFee.key),
        cells: [formCell(record, processingFee.key)],
      },
    ],
    unit: 'yuan',
  };
}

/**
 * §二 of the 2019 form (2019–2020 reports): eight rows, each with its own
 * column set (documents made/published, item counts with 增/减, procurement).
 * Rendered as one table whose columns are the union; cells a row does not have stay empty.
 */
export function proactive2019Table(record: ReportRecord): FormTable {
  const columns: FormColumn[] = [];
  for (const set of Object.values(proactive2019ColumnSets)) {
    for (const c of set) if (!columns.some((x) => x.key === c.key)) columns.push({ key: c.key, label: c.label });
  }
  return {
    id: 'table-proactive-2019',
    caption: `${sectionTitle('proactive')}（${formVersions['2019'].label}，${formVersions['2019'].document}）`,
    columnGroups: null,
    columns,
    rowHeader: '信息内容',
    rows: proactiveRows2019.map((row) => {
      const own = new Set<string>(proactive2019ColumnSets[row.columns].map((c) => c.key));
      return {
        key: row.key,
        label: row.label,
        line: lineOf(record, `proactive2019.${row.key}`),
        cells: columns
          .filter((col) => own.has(col.key))
          .map((col) => formCell(record, `proactive2019.${row.key}.${col.key}`)),
        columnKeys: columns.map((col) => (own.has(col.key) ? col.key : null)),
      };
    }),
    unit: 'count',
  };
}

/** Every form table of a report, in the order the form prints them (§二 as the report's form version has it). */
export function formTables(record: ReportRecord): FormTable[] {
  const proactive = record.form === '2019' ? [proactive2019Table(record)] : [documentsTable(record), proactiveValuesTable(record)];
  return [...proactive, requestsTable(record), reviewTable(record), processingFeeTable(record)];
}
