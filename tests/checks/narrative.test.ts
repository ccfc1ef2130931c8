import { describe, expect, it } from 'vitest';
import { checkNarrative, narrativeTargets } from '../../src/checks/narrative.ts';
import { narrativeFigureKeys } from '../../src/parse/narrative.ts';
import { clone, realworldRecord, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('narrative (prose figures vs tables)', () => {
  it('warns on 洪泽 2024: the prose says 受理 17 件, the table 95', () => {
    expect(runRule(checkNarrative, realworldRecord('hongze-2024'))).toEqual([
      {
        code: 'narrative',
        severity: 'warning',
        message: '正文“区政府办代表区政府受理政府信息公开申请 17 件”称 17，但第三部分“本年新收”·“总计”为 95',
        line: 30,
        fields: ['requests.newReceived.total'],
      },
    ]);
  });

  it('is silent on 淮安 2024, whose 14 prose figures all agree with the tables', () => {
    const r = realworldRecord('huaian-2024');
    expect(r.narrative).toHaveLength(14);
    expect(runRule(checkNarrative, r)).toEqual([]);
  });

  it('warns on 利通: "全年未发生…行政诉讼" though §四 lists 3 + 3 cases', () => {
    const checks = runRule(checkNarrative, seedRecord('litong'));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ severity: 'warning', line: 15 });
    expect(checks[0].message).toContain('称 0');
    expect(checks[0].message).toContain('之和为 6');
    expect(checks[0].fields).toEqual(['review.litigationDirect.total', 'review.litigationAfterReconsideration.total']);
  });

  it('warns on 化隆: 办理 13 条 in prose, 23 in the table', () => {
    const checks = runRule(checkNarrative, seedRecord('hualong'));
    expect(checks.map((c) => [c.severity, c.line, c.fields])).toEqual([['warning', 21, ['requests.totalHandled.total']]]);
    expect(checks[0].message).toContain('为 23');
  });

  it('is silent where prose and tables agree (城关镇, 石台, 永宁, 洪泽 2023)', () => {
    for (const r of [seedRecord('chengguan'), seedRecord('shitai'), seedRecord('yongning'), realworldRecord('hongze-2023')]) {
      expect(r.narrative!.length, r.file).toBeGreaterThan(0);
      expect(runRule(checkNarrative, r), r.file).toEqual([]);
    }
  });

  it('accepts 受理 meaning 新收 + 上年结转, and nothing else', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.narrative = [{ key: 'requestsReceived', value: 3153, line: 1, text: '受理 3153 件' }];
    expect(runRule(checkNarrative, r)).toEqual([]);
    r.narrative = [{ key: 'requestsReceived', value: 3154, line: 1, text: '受理 3154 件' }];
    expect(runRule(checkNarrative, r).map((c) => c.severity)).toEqual(['warning']);
  });

  it('gives an info when the table cell it should compare with is blank', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.review.reconsideration.total = null;
    const checks = runRule(checkNarrative, r);
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([['info', ['review.reconsideration.total']]]);
  });

  it('has a table target for every key the narrative reader emits', () => {
    for (const { key } of narrativeFigureKeys) expect(narrativeTargets[key], key).toBeDefined();
  });
});
