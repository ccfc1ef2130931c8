import { describe, expect, it } from 'vitest';
import { checkMissing } from '../../src/checks/missing.ts';
import { requestRowKeys, reviewGroupKeys } from '../../src/model/catalogue.ts';
import { clone, realworldRecord, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('missing', () => {
  it('is silent on a complete report (淮安 2024)', () => {
    expect(runRule(checkMissing, realworldRecord('huaian-2024'))).toEqual([]);
  });

  it('notes the collapsed 其他处理 of 洪泽 as info, not as missing rows', () => {
    const checks = runRule(checkMissing, realworldRecord('hongze-2023'));
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([['info', ['requests.otherNoCorrection', 'requests.otherUnpaidFee']]]);
    expect(checks[0].message).toContain('其他处理');
  });

  it('is an error when a whole table is missing, without listing each row', () => {
    const r = clone(seedRecord('shitai'));
    for (const k of requestRowKeys) r.requests[k] = null;
    const checks = runRule(checkMissing, r);
    expect(checks.map((c) => c.severity)).toEqual(['error']);
    expect(checks[0].message).toContain('第三部分');
    expect(checks[0].message).toContain('收到和处理政府信息公开申请情况');
  });

  it('is an error when the §四 table is missing', () => {
    const r = clone(seedRecord('shitai'));
    for (const g of reviewGroupKeys) r.review[g] = { upheld: null, corrected: null, other: null, pending: null, total: null };
    const checks = runRule(checkMissing, r);
    expect(checks.map((c) => [c.severity, c.message.includes('第四部分')])).toEqual([['error', true]]);
  });

  it('warns about rows that were not printed, naming them', () => {
    const r = clone(seedRecord('shitai'));
    r.requests.notProcessedDuplicate = null;
    r.requests.carriedForward = null;
    const checks = runRule(checkMissing, r);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ severity: 'warning', fields: ['requests.notProcessedDuplicate', 'requests.carriedForward'] });
    expect(checks[0].message).toBe('第三部分表格缺少以下行：“重复申请”、“结转下年”');
  });

  it('does not call a row missing when the parser found it (it has a line) or saw it printed blank', () => {
    const r = clone(seedRecord('shitai'));
    r.requests.notProcessedDuplicate = null;
    r.lines = { 'requests.notProcessedDuplicate': 250 };
    expect(runRule(checkMissing, r)).toEqual([]);

    const blank = clone(seedRecord('shitai'));
    blank.proactive.licensing = null;
    blank.printed = { 'proactive.licensing': '/' };
    expect(runRule(checkMissing, blank)).toEqual([]);
  });

  it('warns about cells a printed row lacks, when the parser records what was printed', () => {
    const r = clone(seedRecord('shitai'));
    r.requests.granted!.legal = null;
    r.requests.granted!.otherOrg = null;
    r.printed = { 'requests.granted.otherOrg': '' }; // printed blank; legal not printed at all
    r.lines = { 'requests.granted': 96 };
    const checks = runRule(checkMissing, r);
    expect(checks.map((c) => [c.severity, c.line, c.fields])).toEqual([['warning', 96, ['requests.granted.legal']]]);
  });

  it('warns when issuer or year is unknown, and notes an unmentioned 信息处理费', () => {
    const r = clone(seedRecord('shitai'));
    r.issuer = '';
    r.year = null;
    r.processingFeeYuan = null;
    const checks = runRule(checkMissing, r);
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([
      ['warning', ['issuer']],
      ['warning', ['year']],
      ['info', ['processingFeeYuan']],
    ]);
  });
});

describe('missing: the 规章 row', () => {
  it('is only an info when a body without rule-making power leaves it out', () => {
    const r = clone(seedRecord('yongning'));
    r.proactive.rules = { issued: null, repealed: null, inForce: null };
    const checks = runRule(checkMissing, r);
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([['info', ['proactive.rules']]]);
  });

  it('other rows of table 二 left out are still a warning', () => {
    const r = clone(seedRecord('yongning'));
    r.proactive.punishment = null;
    expect(runRule(checkMissing, r).map((c) => [c.severity, c.fields])).toEqual([['warning', ['proactive.punishment']]]);
  });
});
