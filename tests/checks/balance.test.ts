import { describe, expect, it } from 'vitest';
import { checkBalance } from '../../src/checks/balance.ts';
import { clone, realworldRecord, seedNames, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('balance (勾稽关系)', () => {
  it('is silent on every seed and realworld report (all balance)', () => {
    for (const r of [...seedNames.map(seedRecord), realworldRecord('huaian-2024'), realworldRecord('hongze-2023'), realworldRecord('hongze-2024')]) {
      expect(runRule(checkBalance, r), r.file).toEqual([]);
    }
  });

  it('names the column and every figure when a column does not balance', () => {
    const r = clone(seedRecord('hualong'));
    r.requests.totalHandled!.natural = 21;
    r.lines = { 'requests.totalHandled': 87 };
    expect(runRule(checkBalance, r)).toEqual([
      {
        code: 'balance',
        severity: 'error',
        message: '第三部分“自然人”列：本年新收 22 + 上年结转 0 = 22，但办理合计 21 + 结转下年 0 = 21（勾稽关系要求两者相等）',
        line: 87,
        fields: ['requests.newReceived.natural', 'requests.carriedOver.natural', 'requests.totalHandled.natural', 'requests.carriedForward.natural'],
      },
    ]);
  });

  it('checks the 总计 column too (淮安: 3119 + 34 = 3050 + 103)', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.requests.carriedForward!.total = 102;
    const checks = runRule(checkBalance, r);
    expect(checks).toHaveLength(1);
    expect(checks[0].message).toContain('“总计”列');
    expect(checks[0].message).toContain('3119 + 上年结转 34 = 3153');
    expect(checks[0].message).toContain('3050 + 结转下年 102 = 3152');
  });

  it('gives one info, not an error, when blank cells make a column uncheckable', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.requests.carriedForward!.research = null;
    r.requests.carriedOver!.legal = null;
    const checks = runRule(checkBalance, r);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ severity: 'info', fields: ['requests.carriedForward.research', 'requests.carriedOver.legal'] });
    expect(checks[0].message).toContain('“科研机构”“法律服务机构”');
  });

  it('treats a row the report does not print as uncheckable, not as zero', () => {
    const r = clone(seedRecord('yongning'));
    r.requests.carriedOver = null; // 8 + (row missing) = 9 would be an error if the row were read as 0
    const checks = runRule(checkBalance, r);
    expect(checks.map((c) => c.severity)).toEqual(['info']);
  });
});
