import { describe, expect, it } from 'vitest';
import { checkRowSums } from '../../src/checks/row-sum.ts';
import { clone, realworldRecord, seedNames, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('row-sum (six applicant columns = 总计)', () => {
  it('is silent on every seed and realworld report', () => {
    for (const r of [...seedNames.map(seedRecord), realworldRecord('huaian-2024'), realworldRecord('hongze-2023'), realworldRecord('hongze-2024')]) {
      expect(runRule(checkRowSums, r), r.file).toEqual([]);
    }
  });

  it('fires on a row whose columns do not add up, naming the row and figures', () => {
    const r = clone(seedRecord('hualong'));
    r.requests.granted!.total = 6;
    r.lines = { 'requests.granted': 65 };
    const checks = runRule(checkRowSums, r);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'row-sum', severity: 'error', line: 65 });
    expect(checks[0].message).toBe('第三部分“予以公开”行：六类申请人 4 + 0 + 0 + 0 + 0 + 1 = 5，但“总计”列为 6');
    expect(checks[0].fields).toContain('requests.granted.total');
    expect(checks[0].fields).toContain('requests.granted.natural');
  });

  it('is an error when the known columns already exceed the total despite a blank cell', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.requests.granted!.commercial = null;
    r.requests.granted!.total = 1300; // 1288 + 50 + 3 = 1341 > 1300
    const checks = runRule(checkRowSums, r);
    expect(checks).toHaveLength(1);
    expect(checks[0].severity).toBe('error');
    expect(checks[0].message).toContain('1288 + 空 + 0 + 0 + 50 + 3 = 1341');
    expect(checks[0].message).toContain('已知各列之和已超过总计');
  });

  it('gives one info listing the rows it cannot check because of blank cells', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.requests.granted!.commercial = null;
    r.requests.withheldStateSecret!.total = null;
    const checks = runRule(checkRowSums, r);
    expect(checks).toHaveLength(1);
    expect(checks[0].severity).toBe('info');
    expect(checks[0].message).toContain('“予以公开”、“国家秘密”');
    expect(checks[0].fields).toEqual(['requests.granted.commercial', 'requests.withheldStateSecret.total']);
  });
});
