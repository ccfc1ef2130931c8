import { describe, expect, it } from 'vitest';
import { applicantColumns, requestRows, reviewColumns, reviewGroups, leafFields } from '../../src/model/catalogue.ts';
import { valueAt } from '../../src/model/record.ts';
import { cellState, formTables, isGroupRow, requestsTable, reviewTable, type FormRow } from '../../src/site/tables.ts';
import { checkNotes } from '../../src/site/checks.ts';
import { realworldRecord, variant } from './fixtures.ts';

const dataRows = (rows: ReturnType<typeof requestsTable>['rows']) => rows.filter((r): r is FormRow => !isGroupRow(r));

describe('form tables', () => {
  const huaian = realworldRecord('huaian-2024');

  it('§三 has the 25 catalogue rows × 7 applicant columns with the printed values', () => {
    const table = requestsTable(huaian);
    const rows = dataRows(table.rows);
    expect(rows.map((r) => r.key)).toEqual(requestRows.map((r) => r.key));
    expect(rows.every((r) => r.cells.length === applicantColumns.length)).toBe(true);
    const newReceived = rows.find((r) => r.key === 'newReceived')!;
    expect(newReceived.cells.at(-1)!.value).toBe(3119);
    expect(newReceived.label).toBe(requestRows[0].label);
    expect(table.columnGroups!.reduce((s, g) => s + g.span, 0)).toBe(applicantColumns.length);
    // Group headings (不予公开, 无法提供, 不予处理, 其他处理) precede their rows.
    expect(table.rows.filter(isGroupRow).map((g) => g.group)).toEqual(['outcomes', 'withheld', 'unavailable', 'notProcessed', 'other']);
  });

  it('every leaf field of the catalogue appears in exactly one table cell', () => {
    const paths = formTables(huaian).flatMap((t) => dataRows(t.rows).flatMap((r) => r.cells.map((c) => c.path)));
    // A 2021-form report: the 2019 form's §二 leaves have no cell.
    expect(paths.sort()).toEqual(leafFields().filter((f) => !f.path.startsWith('proactive2019.')).map((f) => f.path).sort());
    for (const t of formTables(huaian)) for (const r of dataRows(t.rows)) for (const c of r.cells) expect(c.value).toBe(valueAt(huaian, c.path));
  });

  it('§四 shows the printed totals, even when they are arithmetically wrong', () => {
    const hongze = realworldRecord('hongze-2023');
    const rows = dataRows(reviewTable(hongze).rows);
    expect(rows.map((r) => r.key)).toEqual(reviewGroups.map((g) => g.key));
    const recon = rows[0].cells;
    expect(recon.map((c) => c.value)).toEqual([10, 1, 0, 0, 0]);
    expect(recon.map((c) => c.path)).toEqual(reviewColumns.map((c) => `review.reconsideration.${c.key}`));
  });

  it("a check's fields mark exactly the cells it names, with the check's number and worst severity", () => {
    const record = variant(realworldRecord('hongze-2023'), (r) => {
      r.checks = [
        { code: 'dates', severity: 'info', message: '发布日期未印', line: null, fields: [] },
        { code: 'review-total', severity: 'error', message: '行政复议：10+1+0+0=11，总计印为 0', line: 120, fields: ['review.reconsideration.total', 'review.reconsideration.upheld'] },
        { code: 'row', severity: 'warning', message: '整行', line: 80, fields: ['review.reconsideration'] },
      ];
    });
    const cells = formTables(record).flatMap((t) => dataRows(t.rows).flatMap((r) => r.cells));
    const flagged = cells.filter((c) => c.flags.length > 0);
    expect(flagged.map((c) => c.path).sort()).toEqual(reviewColumns.map((c) => `review.reconsideration.${c.key}`).sort());
    const total = cells.find((c) => c.path === 'review.reconsideration.total')!;
    expect(total.flags.map((f) => f.n)).toEqual([2, 3]);
    expect(total.severity).toBe('error');
    expect(cells.find((c) => c.path === 'review.reconsideration.other')!.severity).toBe('warning');
    const notes = checkNotes(record);
    expect(notes[1].fields.map((f) => f.label)).toEqual([
      leafFields().find((f) => f.path === 'review.reconsideration.total')!.label,
      leafFields().find((f) => f.path === 'review.reconsideration.upheld')!.label,
    ]);
    expect(notes[2].fields[0].label).toContain(reviewGroups[0].label);
  });

  it("tells a printed '/', a blank cell and a row the report does not have apart", () => {
    const hongze = variant(realworldRecord('hongze-2023'), (r) => {
      r.requests.granted!.research = null;
      r.requests.granted!.legal = null;
      r.proactive.rules.issued = null;
      r.printed = { 'requests.granted.research': '/', 'requests.granted.legal': '', 'proactive.rules.issued': '—' };
    });
    expect(cellState(hongze, 'requests.granted.research', null)).toEqual({ state: 'placeholder', text: '/' });
    expect(cellState(hongze, 'requests.granted.legal', null)).toEqual({ state: 'blank', text: '空' });
    expect(cellState(hongze, 'proactive.rules.issued', null)).toEqual({ state: 'placeholder', text: '—' });
    // 洪泽区 2023 prints a single （六）其他处理 row: the two sub-rows are not printed at all.
    const rows = dataRows(requestsTable(hongze).rows);
    expect(rows.find((r) => r.key === 'otherNoCorrection')!.cells.every((c) => c.state === 'absent')).toBe(true);
    expect(rows.find((r) => r.key === 'otherOther')!.cells.every((c) => c.state === 'number')).toBe(true);
    // Without a printed map the parser did not say how a null was printed.
    expect(cellState(realworldRecord('hongze-2023'), 'requests.otherNoCorrection.total', null).state).toBe('unknown');
  });

  it('carries the source line of each row when the parser recorded it', () => {
    const record = variant(huaian, (r) => {
      r.lines = { 'requests.granted': 57, review: 140 };
    });
    const rows = dataRows(requestsTable(record).rows);
    expect(rows.find((r) => r.key === 'granted')!.line).toBe(57);
    expect(rows.find((r) => r.key === 'newReceived')!.line).toBeNull();
    expect(dataRows(reviewTable(record).rows).every((r) => r.line === 140)).toBe(true);
  });
});

describe('a 2019-form report', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parseReport } = await import('../../src/parse/index.ts');
  const path = join(import.meta.dirname, '..', 'fixtures', 'forms', 'form-2019.txt');
  const record = (await parseReport({ file: path, bytes: readFileSync(path) })) as import('../../src/model/record.ts').ReportRecord;

  it('shows §二 as the 2019 form printed it, each row under its own columns', () => {
    const tables = formTables(record);
    expect(tables.map((t) => t.id)).toEqual(['table-proactive-2019', 'table-requests', 'table-review', 'table-processing-fee']);
    const old = tables[0];
    const rows = dataRows(old.rows);
    const paths = rows.flatMap((r) => r.cells.map((c) => c.path)).sort();
    expect(paths).toEqual(leafFields().filter((f) => f.path.startsWith('proactive2019.')).map((f) => f.path).sort());
    const licensing = rows.find((r) => r.key === 'licensing')!;
    expect(licensing.cells.map((c) => c.value)).toEqual([310, -4, 2754]);
    expect(licensing.columnKeys!.filter((k) => k !== null)).toEqual(['previousItems', 'change', 'decisions']);
    expect(licensing.columnKeys!).toHaveLength(old.columns.length);
  });
});
