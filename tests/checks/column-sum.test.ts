import { describe, expect, it } from 'vitest';
import { checkColumnSums } from '../../src/checks/column-sum.ts';
import { clone, realworldRecord, seedNames, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('column-sum (21 outcome rows = 办理结果总计)', () => {
  it('is silent on every seed and realworld report, including the collapsed 其他处理 of 洪泽', () => {
    for (const r of [...seedNames.map(seedRecord), realworldRecord('huaian-2024'), realworldRecord('hongze-2023'), realworldRecord('hongze-2024')]) {
      expect(runRule(checkColumnSums, r), r.file).toEqual([]);
    }
  });

  it('fires on the column whose outcomes do not add up', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.requests.granted!.natural = 1289;
    const checks = runRule(checkColumnSums, r);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'column-sum', severity: 'error' });
    expect(checks[0].message).toMatch(/^第三部分“自然人”列：21 项办理结果之和为 2933，但“办理合计”为 2932$/);
    expect(checks[0].fields).toContain('requests.granted.natural');
    expect(checks[0].fields).toContain('requests.totalHandled.natural');
    expect(checks[0].fields).toHaveLength(22);
  });

  it('leaves unprinted rows out and says so (洪泽 2023 prints one 其他处理 row)', () => {
    const r = clone(realworldRecord('hongze-2023'));
    r.requests.otherOther!.natural = 1;
    const checks = runRule(checkColumnSums, r);
    expect(checks).toHaveLength(1);
    expect(checks[0].message).toContain('19 项办理结果之和为 22');
    expect(checks[0].message).toContain('报告未印的行不计：“逾期不补正”“逾期未缴费”');
    expect(checks[0].fields).not.toContain('requests.otherNoCorrection.natural');
  });

  it('lists the non-zero terms for a small column', () => {
    const r = clone(seedRecord('shitai'));
    r.requests.totalHandled!.natural = 20;
    const [check] = runRule(checkColumnSums, r);
    expect(check.message).toContain('（予以公开 9 + 部分公开 2 + 执法案卷 7 + 本机关不掌握 1）');
  });

  it('gives an info when a blank cell makes a column uncheckable', () => {
    const r = clone(seedRecord('shitai'));
    r.requests.granted!.research = null;
    const checks = runRule(checkColumnSums, r);
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([['info', ['requests.granted.research']]]);
  });
});
