import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applicantSplit,
  correctedShares,
  logBins,
  outcomeSplit,
  rankBy,
  refusalGrounds,
  refusalProfiles,
  refusalTotals,
  reportsOfYear,
  sumKnown,
  yearRows,
} from '../../src/charts/data.ts';
import { withheldRowKeys } from '../../src/model/catalogue.ts';
import { blankRecord, realworld } from './records.ts';

const huaian = realworld('huaian-2024');
const hongze2023 = realworld('hongze-2023');
const hongze2024 = realworld('hongze-2024');

describe('sumKnown', () => {
  it('treats null as missing, not zero', () => {
    expect(sumKnown([null, null])).toBeNull();
    expect(sumKnown([])).toBeNull();
    expect(sumKnown([0, null])).toBe(0);
    expect(sumKnown([2, null, 3])).toBe(5);
  });
});

describe('one report', () => {
  it('splits 淮安市 2024 outcomes into the six groups; they add up to the printed 办理合计 3050', () => {
    const { slices, sum, printedTotal } = outcomeSplit(huaian);
    expect(slices.map((s) => [s.key, s.value])).toEqual([
      ['granted', 1362],
      ['partiallyGranted', 454],
      ['withheld', 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105],
      ['unavailable', 769 + 11 + 1],
      ['notProcessed', 62 + 25 + 0 + 0 + 1],
      ['other', 71 + 6 + 110],
    ]);
    expect(sum).toBe(3050);
    expect(printedTotal).toBe(3050);
    expect(slices.reduce((s, x) => s + x.share!, 0)).toBeCloseTo(1, 10);
  });

  it('counts 洪泽区 2024 outcomes as the notes read them (50+9+1+1+1+31+1+1 = 95), the missing 其他处理 sub-rows as missing', () => {
    const { slices, sum } = outcomeSplit(hongze2024);
    expect(sum).toBe(95);
    expect(slices.find((s) => s.key === 'other')!.value).toBe(0); // only the collapsed （六）其他处理 row, printed 0
    expect(hongze2024.requests.otherNoCorrection).toBeNull();
  });

  it('gives the eight 不予公开 grounds in form order', () => {
    const { grounds, sum } = refusalGrounds(huaian);
    expect(grounds.map((g) => g.key)).toEqual(withheldRowKeys);
    expect(sum).toBe(178);
    expect(grounds.at(-1)!.value).toBe(105);
  });

  it('splits 本年新收 by applicant; parts add to the printed 总计', () => {
    const { applicants, sum, printedTotal } = applicantSplit(huaian);
    expect(applicants.map((a) => a.value)).toEqual([3001, 53, 0, 0, 61, 4]);
    expect(sum).toBe(3119);
    expect(printedTotal).toBe(3119);
  });

  it('a report with no figures yields nulls, not zeros', () => {
    const blank = blankRecord('blank.txt', '某县人民政府', 2024);
    expect(outcomeSplit(blank).sum).toBeNull();
    expect(outcomeSplit(blank).slices.every((s) => s.value == null && s.share == null)).toBe(true);
    expect(refusalGrounds(blank).sum).toBeNull();
    expect(applicantSplit(blank).sum).toBeNull();
  });
});

describe('one region over years', () => {
  it('orders years and sums litigation from both litigation groups', () => {
    const { rows } = yearRows([hongze2024, hongze2023]);
    expect(rows.map((r) => r.year)).toEqual([2023, 2024]);
    expect(rows[1].values).toEqual({ newReceived: 95, totalHandled: 95, reconsideration: 2, litigation: 1 + 3 });
    // 2023 prints 0 as the 复议 总计 (its parts add to 11): printed values are shown, not corrected.
    expect(rows[0].values.reconsideration).toBe(0);
  });

  it('keeps one report per year and counts the rest', () => {
    const copy = { ...hongze2024, file: 'z-copy.pdf' };
    const undated = { ...hongze2024, file: 'undated.pdf', year: null };
    const result = yearRows([copy, hongze2024, undated]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].file).toBe('hongze-2024.pdf');
    expect(result.duplicates).toBe(1);
    expect(result.withoutYear).toBe(1);
  });
});

describe('rankBy', () => {
  const records = [3, null, 7, 7, 1, 0].map((v, i) => {
    const r = blankRecord(`f${i}.txt`, `地区${String.fromCharCode(65 + i)}`, 2024);
    r.processingFeeYuan = v;
    return r;
  });
  const ranking = rankBy(records, (r) => r.processingFeeYuan, (r) => r.issuer, 3);

  it('ranks highest first, ties share a rank and are ordered by label', () => {
    expect(ranking.entries.map((e) => [e.rank, e.label, e.value])).toEqual([
      [1, '地区C', 7],
      [1, '地区D', 7],
      [3, '地区A', 3],
    ]);
  });

  it('counts missing figures and sums every known one', () => {
    expect(ranking.known).toBe(5);
    expect(ranking.missing).toBe(1);
    expect(ranking.sum).toBe(18);
  });

  it('does not depend on input order', () => {
    const reversed = rankBy([...records].reverse(), (r) => r.processingFeeYuan, (r) => r.issuer, 3);
    expect(reversed.entries.map((e) => e.key)).toEqual(ranking.entries.map((e) => e.key));
  });
});

describe('logBins', () => {
  it('uses 1–2–5 edges with a separate bin for 0 and inclusive labels for integers', () => {
    const bins = logBins([0, 0, 1, 3, 4, 12, 99]);
    expect(bins.map((b) => [b.label, b.count])).toEqual([
      ['0', 2],
      ['1', 1],
      ['2–4', 2],
      ['5–9', 0],
      ['10–19', 1],
      ['20–49', 0],
      ['50–99', 1],
    ]);
  });

  it('labels fractional data by its edges', () => {
    expect(logBins([0.15, 0.3]).map((b) => b.label)).toEqual(['0', '0.1–0.2', '0.2–0.5']);
  });

  it('keeps the smallest positive double out of the 0 bin', () => {
    const bins = logBins([0, Number.MIN_VALUE]);
    expect(bins[0].count).toBe(1);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(2);
  });

  it('puts every value in exactly one bin (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100)), { maxLength: 200 }), (values) => {
        const bins = logBins(values);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
        for (const v of values) {
          const holding = bins.filter((b) => (b.hi == null ? v === b.lo : v >= b.lo && v < b.hi));
          expect(holding).toHaveLength(1);
        }
        // A handful of bins per decade, whatever the data: never one bin per value.
        expect(bins.length).toBeLessThanOrEqual(2 + 3 * 13);
      }),
    );
  });
});

describe('corpus aggregates', () => {
  it('picks the latest year unless one is given', () => {
    expect(reportsOfYear([hongze2023, hongze2024, huaian]).year).toBe(2024);
    expect(reportsOfYear([hongze2023, hongze2024, huaian]).records).toHaveLength(2);
    expect(reportsOfYear([hongze2023, hongze2024, huaian], 2023).records).toEqual([hongze2023]);
  });

  it('shares of refusal categories use all outcomes as the whole', () => {
    const { categories, outcomes, reportsWithOutcomes } = refusalTotals([huaian, hongze2024]);
    expect(outcomes).toBe(3050 + 95);
    expect(reportsWithOutcomes).toBe(2);
    const unavailable = categories.find((c) => c.key === 'unavailable')!;
    expect(unavailable.value).toBe(781 + 32);
    expect(unavailable.share).toBeCloseTo(813 / 3145, 12);
    expect(categories).toHaveLength(8 + 3);
  });

  it('profiles the regions with most refusals', () => {
    const { profiles } = refusalProfiles([hongze2024, huaian], (r) => r.issuer, 1);
    expect(profiles).toHaveLength(1);
    expect(profiles[0].label).toBe('淮安市人民政府');
    expect(profiles[0].refused).toBe(178 + 781 + 88 + 187);
    expect(profiles[0].cells.find((c) => c.category.key === 'withheldAdministrativeQuery')!.share).toBeCloseTo(105 / 3050, 12);
  });

  it('纠正率 = corrected / (total − pending) over the three review groups; misprinted totals are left out', () => {
    const result = correctedShares([huaian, hongze2023, hongze2024], (r) => `${r.issuer}${r.year}`, 10);
    // 淮安: corrected 64+4+1 = 69; total 351+26+20 = 397; pending 37+1+6 = 44.
    const h = result.entries.find((e) => e.label === '淮安市人民政府2024')!;
    expect([h.corrected, h.total, h.pending, h.decided]).toEqual([69, 397, 44, 353]);
    expect(h.share).toBeCloseTo(69 / 353, 12);
    // 洪泽 2024: corrected 1, total 2+1+3 = 6, nothing pending.
    expect(result.entries.find((e) => e.label === '淮安市洪泽区人民政府2024')!.share).toBeCloseTo(1 / 6, 12);
    // 洪泽 2023 prints 复议 总计 0 although its results add to 11.
    expect(result.inconsistent).toBe(1);
    expect(result.ranked).toBe(2);
  });
});
