import { describe, expect, it } from 'vitest';
import { checkReviewTotals } from '../../src/checks/review-total.ts';
import { clone, realworldRecord, seedNames, seedRecord } from './records.ts';
import { runRule } from './run.ts';

describe('review-total (§四 four parts = 总计)', () => {
  it('fires twice on 洪泽 2023, whose printed 总计 are 0 though 10+1 and 5', () => {
    const checks = runRule(checkReviewTotals, realworldRecord('hongze-2023'));
    expect(checks).toEqual([
      {
        code: 'review-total',
        severity: 'error',
        message: '第四部分“行政复议”：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，但“总计”为 0',
        line: null,
        fields: [
          'review.reconsideration.upheld',
          'review.reconsideration.corrected',
          'review.reconsideration.other',
          'review.reconsideration.pending',
          'review.reconsideration.total',
        ],
      },
      {
        code: 'review-total',
        severity: 'error',
        message: '第四部分“行政诉讼（复议后起诉）”：结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 5，但“总计”为 0',
        line: null,
        fields: [
          'review.litigationAfterReconsideration.upheld',
          'review.litigationAfterReconsideration.corrected',
          'review.litigationAfterReconsideration.other',
          'review.litigationAfterReconsideration.pending',
          'review.litigationAfterReconsideration.total',
        ],
      },
    ]);
  });

  it('is silent on 淮安 2024, 洪泽 2024 and every seed', () => {
    for (const r of [...seedNames.map(seedRecord), realworldRecord('huaian-2024'), realworldRecord('hongze-2024')]) {
      expect(runRule(checkReviewTotals, r), r.file).toEqual([]);
    }
  });

  it('places the message on the line where the review table was read', () => {
    const r = clone(realworldRecord('hongze-2023'));
    r.lines = { review: 149 };
    expect(runRule(checkReviewTotals, r).map((c) => c.line)).toEqual([149, 149]);
  });

  it('gives an info, not an error, when a blank part leaves the total possible', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.review.reconsideration.pending = null; // 72 + 64 + 178 = 314 ≤ 351
    const checks = runRule(checkReviewTotals, r);
    expect(checks.map((c) => [c.severity, c.fields])).toEqual([['info', ['review.reconsideration.pending']]]);
  });

  it('is an error when the known parts exceed the total despite a blank', () => {
    const r = clone(realworldRecord('huaian-2024'));
    r.review.litigationDirect.other = null;
    r.review.litigationDirect.total = 15; // 13 + 4 + 1 = 18 > 15
    const [check] = runRule(checkReviewTotals, r);
    expect(check.severity).toBe('error');
    expect(check.message).toContain('其他结果 空');
    expect(check.message).toContain('= 18，但“总计”为 15');
  });
});
