import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { readPlainText } from '../../src/ingest/text.ts';
import { toDocument } from '../../src/parse/grid.ts';
import { matchTables } from '../../src/parse/match.ts';

function match(text: string) {
  const file = new VFile({ value: text });
  const tables = matchTables(toDocument(readPlainText(text)), file);
  const get = (path: string) => {
    const f = tables.values.get(path);
    return f?.kind === 'number' ? f.value : f ? f.text : undefined;
  };
  return { tables, file, get, codes: file.messages.map((m) => m.ruleId) };
}

describe('matchTables', () => {
  it('splits numbers run together with their label (规章000, a web copy)', () => {
    const { get, codes } = match('二、主动公开政府信息情况\n规章000\n行政规范性文件 3 1 36\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量3510000036\n');
    expect([get('proactive.rules.issued'), get('proactive.rules.repealed'), get('proactive.rules.inForce')]).toEqual([0, 0, 0]);
    expect(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => get(`requests.newReceived.${c}`))).toEqual([35, 1, 0, 0, 0, 0, 36]);
    expect(codes).toContain('split-decided');
  });

  it('flags a run of digits that splits more than one way and records nothing', () => {
    const { get, file } = match('二、主动公开政府信息情况\n行政规范性文件5102\n');
    expect(get('proactive.normativeDocuments.issued')).toBe('');
    const msg = file.messages.find((m) => m.ruleId === 'split-ambiguous');
    expect(msg?.reason).toMatch(/5102/);
    expect(msg?.line).toBe(2);
  });

  it('keeps "/" and blank apart from 0', () => {
    const { get } = match('三、收到和处理政府信息公开申请情况\n（一）予以公开\t3\t/\t\t0\t0\t0\t3\n');
    expect(get('requests.granted.natural')).toBe(3);
    expect(get('requests.granted.commercial')).toBe('/');
    expect(get('requests.granted.research')).toBe('');
    expect(get('requests.granted.nonprofit')).toBe(0);
  });

  it('reads a label wrapped over lines before its numbers (pdftotext)', () => {
    const { get } = match('三、收到和处理政府信息公开申请情况\n（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）\n447 7 0 0 0 0 454\n');
    expect(get('requests.partiallyGranted.total')).toBe(454);
    expect(get('requests.otherOther.total')).toBeUndefined();
  });

  it('reports a row it cannot place instead of guessing', () => {
    const { file } = match('三、收到和处理政府信息公开申请情况\n（八）某种新情形\t1\t0\t0\t0\t0\t0\t1\n');
    const msg = file.messages.find((m) => m.ruleId === 'unplaced-row');
    expect(msg?.reason).toMatch(/某种新情形/);
    expect(msg?.line).toBe(2);
  });

  it('notes a duplicated table and keeps the first reading', () => {
    const { get, file } = match('二、主动公开政府信息情况\n行政许可\t12\n行政许可\t15\n');
    expect(get('proactive.licensing')).toBe(12);
    expect(file.messages.some((m) => m.ruleId === 'duplicate-row' && m.line === 3)).toBe(true);
  });

  it('reads a review table printed one group per row', () => {
    const { get } = match('四、政府信息公开行政复议、行政诉讼情况\n行政复议\t1\t0\t0\t0\t1\n未经复议直接起诉\t0\t1\t0\t0\t1\n复议后起诉\t0\t0\t0\t2\t2\n');
    expect(get('review.reconsideration.total')).toBe(1);
    expect(get('review.litigationDirect.corrected')).toBe(1);
    expect(get('review.litigationAfterReconsideration.pending')).toBe(2);
  });
});

describe('rows printed with every cell blank', () => {
  it('records a blank row as present, its figures null', () => {
    const { tables, get } = match('三、收到和处理政府信息公开申请情况\n\t（一）予以公开\t\t\t\t\t\t\t\n\t（二）部分公开\t1\t0\t0\t0\t0\t0\t1\n');
    expect(tables.lines.get('requests.granted')).toBe(2);
    expect(get('requests.granted.natural')).toBe('');
    expect(get('requests.partiallyGranted.total')).toBe(1);
  });
  it('does not take a header row ending in 总计 for a blank 总计 row', () => {
    const { tables } = match('三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t\n(七) 总计\t\t9\t0\t0\t0\t0\t0\t9\t\n');
    expect(tables.lines.get('requests.totalHandled')).toBe(3);
  });
});

describe('§四 rows without a label', () => {
  const row = (cells: string[]) => `四、政府信息公开行政复议、行政诉讼情况\n${cells.join('\t')}\n`;
  it('keeps a blank first cell as a blank figure', () => {
    const { get } = match(row(['', ...Array(14).fill('0')]));
    expect(get('review.reconsideration.upheld')).toBe('');
    expect(get('review.litigationAfterReconsideration.total')).toBe(0);
  });
  it('drops a leading layout cell when the fifteen figures after it add up', () => {
    const { get } = match(row(['', '1', '0', '0', '0', '1', ...Array(10).fill('0')]));
    expect(get('review.reconsideration.upheld')).toBe(1);
    expect(get('review.reconsideration.total')).toBe(1);
  });
  it('drops a leading layout cell even when the printed totals do not add up', () => {
    const { get } = match(row(['', '10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']));
    expect(get('review.reconsideration.upheld')).toBe(10);
    expect(get('review.reconsideration.total')).toBe(0);
    expect(get('review.litigationAfterReconsideration.upheld')).toBe(5);
  });
});

describe('web copies with values run onto labels', () => {
  it('reads a decimal amount and a "/" stuck to their labels', () => {
    const { get } = match('二、主动公开政府信息情况\n行政事业性收费720.34\n行政许可/\n');
    expect(get('proactive.administrativeFeesWan')).toBe(720.34);
    expect(get('proactive.licensing')).toBe('/');
  });
});
