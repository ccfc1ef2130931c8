import { describe, expect, it } from 'vitest';
import { requestRowGroups } from '../../src/model/catalogue.ts';
import { buildCorpus } from '../../src/site/corpus.ts';
import { keyFigures, totals } from '../../src/site/figures.ts';
import { overview } from '../../src/site/overview.ts';
import { dataQuality } from '../../src/site/quality.ts';
import { groupRegions } from '../../src/site/regions.ts';
import { entryFor, realworldNames, realworldRecord, variant } from './fixtures.ts';

describe('overview', () => {
  const corpus = buildCorpus(realworldNames.map((n) => entryFor(realworldRecord(n))));
  const o = overview(corpus, groupRegions(corpus.reports));

  it('counts reports, regions and years and totals the latest year only', () => {
    expect(o.reports).toBe(3);
    expect(o.regions).toBe(2);
    expect(o.years).toEqual([2023, 2024]);
    expect(o.latestYear).toBe(2024);
    // 淮安市 3119 + 洪泽区 95 (2024); 洪泽区 2023's 21 is not in the latest year.
    expect(o.latest!.newReceived).toBe(3119 + 95);
    expect(o.latest!.reconsideration).toBe(351 + 2);
    expect(o.latest!.litigation).toBe(26 + 20 + 1 + 3);
    expect(o.latest!.administrativeFeesWan).toEqual({ sum: 96171.6 + 7545, reporting: 2 });
    expect(o.latest!.processingFeeYuan).toEqual({ sum: 3940, reporting: 2, charging: 1 });
  });

  it('splits outcomes by the form groups and never adds the two kinds of fee', () => {
    const t = totals([realworldRecord('huaian-2024')]);
    expect(t.outcomes.map((x) => x.label)).toEqual(
      ['granted', 'partiallyGranted', 'withheld', 'unavailable', 'notProcessed', 'other'].map((g) => requestRowGroups[g as keyof typeof requestRowGroups].label),
    );
    expect(t.outcomes.reduce((s, x) => s + (x.value ?? 0), 0)).toBe(3050);
    expect(t.withheldShare).toBeCloseTo(t.withheld! / 3050);
  });

  it('sums skip nulls but stay null when nothing was printed', () => {
    const none = variant(realworldRecord('huaian-2024'), (r) => {
      r.processingFeeYuan = null;
    });
    expect(totals([none]).processingFeeYuan).toEqual({ sum: null, reporting: 0, charging: 0 });
    const cards = keyFigures(none);
    expect(cards.find((c) => c.key === 'processingFeeYuan')!.value).toBeNull();
    expect(cards.find((c) => c.key === 'newReceived')!.value).toBe(3119);
  });
});

describe('data quality', () => {
  it('lists unreadable files with reasons and counts checks by severity and region', () => {
    const flagged = variant(realworldRecord('hongze-2023'), (r) => {
      r.checks = [
        { code: 'review-total', severity: 'error', message: '行政复议总计印为 0', line: 120, fields: ['review.reconsideration.total'] },
        { code: 'review-total', severity: 'error', message: '复议后起诉总计印为 0', line: 121, fields: [] },
        { code: 'dates', severity: 'info', message: '未印发布日期', line: null, fields: [] },
      ];
    });
    const corpus = buildCorpus([
      entryFor(flagged),
      entryFor(realworldRecord('huaian-2024')),
      { id: 'empty.txt', data: { record: { file: 'empty.txt', ok: false, error: 'empty.txt: 文件为空', checks: [] }, source: { path: 'empty.txt', sha256: 'e'.repeat(64), bytes: 0 } } },
    ]);
    const q = dataQuality(corpus, groupRegions(corpus.reports));
    expect(q.unreadable).toEqual([{ file: 'empty.txt', href: `sources/${'e'.repeat(16)}/empty.txt`, reason: 'empty.txt: 文件为空', format: 'txt', bytes: 0, identicalFiles: [] }]);
    expect(q.counts).toEqual({ error: 2, warning: 0, info: 1 });
    expect(q.byCode[0]).toEqual({ code: 'review-total', severity: 'error', count: 2 });
    expect(q.byRegion[0]).toMatchObject({ name: '淮安市洪泽区人民政府', counts: { error: 2, warning: 0, info: 1 } });
    expect(q.bySeverity[0].checks.map((c) => c.line)).toEqual([120, 121]);
    expect(q.unresolved).toHaveLength(2);
  });
});
