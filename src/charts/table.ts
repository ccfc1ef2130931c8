/**
 * How a ChartTable is shown as an HTML table (used by ChartFigure.astro):
 * cell text, which column heads the rows, which cells are numbers.
 */
import { formatAmount } from './text.ts';
import type { ChartTable } from './types.ts';

export interface TableCellView {
  text: string;
  /** Right-aligned figures. */
  numeric: boolean;
  /** Rendered as <th scope="row">. */
  rowHeader: boolean;
}

export interface TableView {
  headers: string[];
  rows: TableCellView[][];
}

/** The column that names each row: the first with text in it (a label, not a rank or a year), else the first. */
export function rowHeaderColumn(table: ChartTable): number {
  const index = table.columns.findIndex((c) => table.rows.some((r) => typeof r[c.key] === 'string'));
  return index === -1 ? 0 : index;
}

/** Cell text: figures grouped in thousands (two decimals at most), missing as "—". */
export function cellText(value: string | number | null | undefined): string {
  if (value == null) return '—';
  return typeof value === 'number' ? formatAmount(value) : value;
}

export function tableView(table: ChartTable): TableView {
  const header = rowHeaderColumn(table);
  return {
    headers: table.columns.map((c) => c.label),
    rows: table.rows.map((row) =>
      table.columns.map((c, i) => ({ text: cellText(row[c.key]), numeric: typeof row[c.key] === 'number', rowHeader: i === header })),
    ),
  };
}
