import { describe, expect, it } from 'vitest';
import { correctedShareChart, outcomeChart, yearOverYearChart } from '../../src/charts/index.ts';
import { cellText, rowHeaderColumn, tableView } from '../../src/charts/table.ts';
import { realworld } from './records.ts';

describe('the data table under a chart', () => {
  it('uses the label column as row header, not the rank', () => {
    const figure = correctedShareChart([realworld('huaian-2024'), realworld('hongze-2024')], { label: (r) => r.issuer });
    expect(figure.table.columns[rowHeaderColumn(figure.table)].key).toBe('label');
    const view = tableView(figure.table);
    expect(view.rows[0].map((c) => c.text)).toEqual(['1', '淮安市人民政府', '69', '397', '44', '353', '19.5']);
    expect(view.rows[0].filter((c) => c.rowHeader).map((c) => c.text)).toEqual(['淮安市人民政府']);
  });

  it('heads year rows with the year, printed as a year (2024, not 2,024)', () => {
    const figure = yearOverYearChart([realworld('hongze-2023'), realworld('hongze-2024')]);
    expect(rowHeaderColumn(figure.table)).toBe(0);
    expect(tableView(figure.table).rows.map((r) => r[0])).toEqual([
      { text: '2023', numeric: false, rowHeader: true },
      { text: '2024', numeric: false, rowHeader: true },
    ]);
  });

  it('falls back to the first column when every cell is a number', () => {
    expect(rowHeaderColumn({ columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], rows: [{ a: 1, b: 2 }] })).toBe(0);
  });

  it('shows missing figures as a dash and numbers grouped, right-aligned', () => {
    expect(cellText(null)).toBe('—');
    expect(cellText(96171.6)).toBe('96,171.6');
    const view = tableView(outcomeChart(realworld('huaian-2024')).table);
    expect(view.headers).toEqual(['本年度办理结果', '件数', '占比（%）']);
    expect(view.rows[0]).toEqual([
      { text: '予以公开', numeric: false, rowHeader: true },
      { text: '1,362', numeric: true, rowHeader: false },
      { text: '44.7', numeric: true, rowHeader: false },
    ]);
  });
});
