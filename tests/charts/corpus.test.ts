import { describe, expect, it } from 'vitest';
import {
  adminFeesChart,
  applicantMixChart,
  correctedShareChart,
  processingFeesChart,
  refusalHeatmapChart,
  refusalSharesChart,
  requestsByYearChart,
  requestsDistributionChart,
  requestsRankingChart,
  reviewOutcomesChart,
  type ChartFigure,
  type CorpusChartOptions,
} from '../../src/charts/index.ts';
import type { ReportRecord } from '../../src/model/record.ts';
import { barCount, cellCount, parseSvg, root, valueLabels } from './svg.ts';
import { blankRecord, prng, realworld, syntheticCorpus } from './records.ts';

type CorpusChart = (records: readonly ReportRecord[], options: CorpusChartOptions) => ChartFigure;

const charts: Record<string, CorpusChart> = {
  requestsRankingChart,
  requestsDistributionChart,
  applicantMixChart,
  requestsByYearChart,
  refusalSharesChart,
  refusalHeatmapChart,
  adminFeesChart,
  processingFeesChart,
  reviewOutcomesChart,
  correctedShareChart,
};

/** The figures each chart page shows (issue 3). */
const pages: Record<string, CorpusChart[]> = {
  '/charts/requests/': [requestsRankingChart, requestsDistributionChart, applicantMixChart, requestsByYearChart],
  '/charts/refusals/': [refusalSharesChart, refusalHeatmapChart],
  '/charts/fees/': [adminFeesChart, processingFeesChart],
  '/charts/reviews/': [reviewOutcomesChart, correctedShareChart],
};

const label = (r: ReportRecord) => r.issuer;
const real = [realworld('huaian-2024'), realworld('hongze-2023'), realworld('hongze-2024')];

function bytes(figure: ChartFigure): number {
  return Buffer.byteLength(figure.svg) + Buffer.byteLength(JSON.stringify(figure.table));
}

/** A Fisher–Yates shuffle with a seeded PRNG. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe.each(Object.entries(charts))('%s', (name, chart) => {
  it('renders the real reports as a standalone SVG with a table', () => {
    const figure = chart(real, { label });
    const el = root(parseSvg(figure.svg));
    expect(el.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(el.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+(\.\d+)?$/);
    expect(figure.table.rows.length).toBeGreaterThan(0);
    for (const row of figure.table.rows) {
      for (const key of Object.keys(row)) expect(figure.table.columns.map((c) => c.key)).toContain(key);
    }
    expect(figure.summary).toMatch(/。$/);
    expect(figure.id.length).toBeGreaterThan(0);
  });

  it('is deterministic and independent of the order of the records', () => {
    const corpus = [...real, ...syntheticCorpus(60, 3)];
    const first = chart(corpus, { label });
    expect(chart(corpus, { label })).toEqual(first);
    expect(chart(shuffled(corpus, 9), { label })).toEqual(first);
  });

  it('shows a no-data note for an empty corpus and for reports without figures', () => {
    for (const records of [[], [blankRecord('a.txt', '甲县人民政府', 2024), blankRecord('b.txt', '乙县人民政府', 2024)]]) {
      const figure = chart(records, { label });
      parseSvg(figure.svg);
      expect(barCount(parseSvg(figure.svg)) + cellCount(parseSvg(figure.svg))).toBe(name === 'processingFeesChart' && records.length ? 3 : 0);
    }
  });
});

describe('figures equal the records’ numbers', () => {
  it('requestsRankingChart ranks 淮安市 (3119) above 洪泽区 (95) in 2024', () => {
    const figure = requestsRankingChart(real, { label });
    expect(figure.table.rows.slice(0, 2)).toEqual([
      { rank: 1, label: '淮安市人民政府', value: 3119 },
      { rank: 2, label: '淮安市洪泽区人民政府', value: 95 },
    ]);
    expect(valueLabels(parseSvg(figure.svg)).slice(0, 2)).toEqual(['3,119', '95']);
    expect(requestsRankingChart(real, { label, year: 2023 }).table.rows[0]).toEqual({ rank: 1, label: '淮安市洪泽区人民政府', value: 21 });
  });

  it('requestsByYearChart sums 本年新收 per year', () => {
    const rows = requestsByYearChart(real, { label }).table.rows;
    expect(rows.map((r) => [r.year, r.reports, r.newReceived])).toEqual([
      ['2023', 1, 21],
      ['2024', 2, 3119 + 95],
    ]);
  });

  it('applicantMixChart sums each applicant column per year', () => {
    const rows = applicantMixChart(real, { label }).table.rows;
    expect(rows[1]).toMatchObject({ year: '2024', natural: 3001 + 95, commercial: 53, legal: 61, otherOrg: 4, sum: 3119 + 95 });
  });

  it('adminFeesChart and processingFeesChart keep 万元 and 元 apart', () => {
    const admin = adminFeesChart(real, { label });
    expect(admin.table.columns.find((c) => c.key === 'value')!.label).toBe('金额（万元）');
    expect(admin.table.rows.filter((r) => r.rank != null).map((r) => r.value)).toEqual([96171.6, 7545]);
    const processing = processingFeesChart(real, { label });
    expect(processing.table.columns.find((c) => c.key === 'value')!.label).toBe('金额（元）');
    expect(processing.table.rows.filter((r) => r.rank != null)).toEqual([{ part: '收费最多的前 20 名', rank: 1, name: '淮安市人民政府', value: 3940, reports: null }]);
    // 洪泽区 2024 states 0 元: counted as 未收取, not as charged and not as missing.
    expect(processing.table.rows.slice(0, 3).map((r) => r.reports)).toEqual([1, 1, 0]);
  });

  it('reviewOutcomesChart sums results; the printed 总计 stays as printed', () => {
    const rows = reviewOutcomesChart(real, { label, year: 2023 }).table.rows;
    // 洪泽区 2023 prints 复议 总计 0 while its results add to 11.
    expect(rows[0]).toMatchObject({ upheld: 10, corrected: 1, sum: 11, printedTotal: 0 });
  });

  it('correctedShareChart lists 纠正 / 已审结 for each region', () => {
    const figure = correctedShareChart(real, { label });
    expect(figure.table.rows[0]).toEqual({ rank: 1, label: '淮安市人民政府', corrected: 69, total: 397, pending: 44, decided: 353, share: 19.5 });
    expect(valueLabels(parseSvg(figure.svg))[0]).toBe('19.5%（69/353）');
  });

  it('refusalSharesChart reports every category with its share of all outcomes', () => {
    const figure = refusalSharesChart(real, { label });
    const byCategory = Object.fromEntries(figure.table.rows.map((r) => [r.category, r]));
    expect(byCategory['行政查询']).toMatchObject({ value: 105, share: 3.3 });
    expect(byCategory['无法提供']).toMatchObject({ value: 781 + 32, share: 25.9 });
    expect(barCount(parseSvg(figure.svg))).toBe(11);
  });
});

describe('at 5,000 regions', () => {
  const corpus = syntheticCorpus(5000, 42);

  it('rankings and the heatmap stay at top N', () => {
    expect(barCount(parseSvg(requestsRankingChart(corpus, { label }).svg))).toBe(20);
    expect(barCount(parseSvg(requestsRankingChart(corpus, { label, top: 30 }).svg))).toBe(30);
    expect(cellCount(parseSvg(refusalHeatmapChart(corpus, { label }).svg))).toBe(20 * 11);
    expect(barCount(parseSvg(correctedShareChart(corpus, { label }).svg))).toBe(20);
    // 3 status bars + top 20 charged.
    expect(barCount(parseSvg(processingFeesChart(corpus, { label }).svg))).toBe(3 + 20);
  });

  it('the distribution has a handful of bins, not a bar per region', () => {
    const bins = barCount(parseSvg(requestsDistributionChart(corpus, { label }).svg));
    expect(bins).toBeGreaterThan(5);
    expect(bins).toBeLessThan(25);
  });

  it('tables say how many reports had no figure', () => {
    // Every 25th synthetic report has no request table; every 10th no fee.
    expect(requestsRankingChart(corpus, { label }).table.rows.at(-1)!.label).toBe('无此项数据的报告：200 份');
    expect(adminFeesChart(corpus, { label }).table.rows.at(-1)).toMatchObject({ name: '无此项数据', reports: 500 });
  });

  it.each(Object.entries(pages))('the figures of %s stay small', (_page, pageCharts) => {
    let pageBytes = 0;
    for (const chart of pageCharts) {
      const figure = chart(corpus, { label });
      expect(bytes(figure)).toBeLessThan(80_000);
      pageBytes += bytes(figure);
    }
    // The page budget is 400 KB; the charts may take at most half of it.
    expect(pageBytes).toBeLessThan(200_000);
  });
});
