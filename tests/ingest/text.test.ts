import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readPlainText, splitSpacedRow } from '../../src/ingest/text.ts';

function tables(text: string): string[][][] {
  return readPlainText(text)
    .children.filter((n): n is Table => n.type === 'table')
    .map((t) => t.children.map((r) => r.children.map((c) => toString(c))));
}

describe('readPlainText', () => {
  it('reads tab-separated rows inside a table section and prose outside it', () => {
    const tree = readPlainText('一、总体情况\n我县全年收到申请19件。\n\n二、主动公开政府信息情况\n\n规章\t5\t0\t0\n');
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'heading', 'table']);
    expect(tables('二、主动公开政府信息情况\n规章\t5\t0\t0\n')).toEqual([[['规章', '5', '0', '0']]]);
  });

  it('groups one-cell-per-line blocks into rows and joins wrapped cells', () => {
    const text = '三、收到和处理政府信息公开申请情况\n\t\n\t\n\t商业\n企业\n\t科研\n机构\n\n\t一、本年新收政府信息公开申请数量\n\t19\n\t0\n';
    expect(tables(text)).toEqual([[['', '', '商业企业', '科研机构'], ['一、本年新收政府信息公开申请数量', '19', '0']]]);
  });

  it('splits pdftotext lines into a label and trailing figures, dropping page numbers', () => {
    const text = '三、收到和处理政府信息公开申请情况\n（一）予以公开 1288 21 0 0 50 3 1362\n- 4 -\n行政事业性收费 96171.6\n';
    expect(tables(text)).toEqual([[['（一）予以公开', '1288', '21', '0', '0', '50', '3', '1362'], ['行政事业性收费', '96171.6']]]);
  });

  it('removes Word bookmark artefacts', () => {
    expect(tables('四、政府信息公开行政复议、行政诉讼情况\n\t[bookmark: _GoBack]1\n\t0\n')).toEqual([[['1', '0']]]);
  });

  it('keeps line numbers on every cell', () => {
    const tree = readPlainText('x\n二、主动公开政府信息情况\n规章\t5\t0\t0\n');
    const table = tree.children.find((n) => n.type === 'table') as Table;
    expect(table.children[0].children[1].position?.start.line).toBe(3);
  });

  it('splitSpacedRow keeps numbering at the start of a label', () => {
    expect(splitSpacedRow('1.属于国家秘密 2 0 0 0 0 0 2')).toEqual(['1.属于国家秘密', '2', '0', '0', '0', '0', '0', '2']);
    expect(splitSpacedRow('10    1      0   0    0')).toEqual(['10', '1', '0', '0', '0']);
  });
});
