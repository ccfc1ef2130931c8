import { describe, expect, it } from 'vitest';
import { applicantChart, outcomeChart, refusalGroundsChart, yearOverYearChart } from '../../src/charts/index.ts';
import { applicantPartKeys, withheldRowKeys } from '../../src/model/catalogue.ts';
import { allTexts, barCount, parseSvg, root, valueLabels } from './svg.ts';
import { blankRecord, realworld, realworldNames } from './records.ts';

const svgNS = 'http://www.w3.org/2000/svg';

function expectStandaloneSvg(svg: string) {
  const doc = parseSvg(svg);
  const el = root(doc);
  expect(el.tagName).toBe('svg');
  expect(el.getAttribute('xmlns')).toBe(svgNS);
  expect(el.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  expect(el.getAttribute('role')).toBe('img');
  expect(el.getAttribute('font-family')).toContain('Noto Sans CJK SC');
  expect(el.getAttribute('class')).toMatch(/^atlas-chart atlas-chart-[a-z-]+$/);
  expect(svg).toContain('max-width:100%');
  expect(svg).not.toMatch(/<canvas|<foreignObject|plot-d6a7b5|plot-clip|\u26a0/);
  // Only the outer <svg role="img"> is labelled (by its <title>); aria-label on inner <g> is prohibited ARIA.
  expect(svg).not.toContain('aria-label');
  return doc;
}

describe.each(realworldNames)('region charts of %s', (name) => {
  const record = realworld(name as never);

  it('outcomeChart draws the six 办理结果 groups and tabulates them from the record', () => {
    const figure = outcomeChart(record);
    const doc = expectStandaloneSvg(figure.svg);
    expect(barCount(doc)).toBe(6);
    const rows = Object.fromEntries(figure.table.rows.map((r) => [r.category, r.value]));
    expect(rows['予以公开']).toBe(record.requests.granted!.total);
    expect(rows['部分公开']).toBe(record.requests.partiallyGranted!.total);
    expect(rows['不予公开']).toBe(withheldRowKeys.reduce((s, k) => s + (record.requests[k]!.total ?? 0), 0));
    expect(rows['办理合计（报告所印）']).toBe(record.requests.totalHandled!.total);
    // The value printed at each bar is the table's figure.
    expect(valueLabels(doc)[0]).toMatch(new RegExp(`^${record.requests.granted!.total!.toLocaleString('en-US')}（`));
    expect(figure.id).toBe(`outcome-${record.year}`);
    expect(figure.summary).toContain(record.issuer);
  });

  it('refusalGroundsChart draws the eight grounds', () => {
    const figure = refusalGroundsChart(record);
    const doc = expectStandaloneSvg(figure.svg);
    expect(figure.table.rows.slice(0, 8).map((r) => r.value)).toEqual(withheldRowKeys.map((k) => record.requests[k]!.total));
    // Zero-length bars are still drawn as rects; all eight grounds are known in these reports.
    expect(barCount(doc)).toBe(8);
  });

  it('applicantChart draws the six applicant columns of 本年新收 with a legend', () => {
    const figure = applicantChart(record);
    const doc = expectStandaloneSvg(figure.svg);
    expect(barCount(doc)).toBe(6);
    expect(figure.table.rows.slice(0, 6).map((r) => r.value)).toEqual(applicantPartKeys.map((k) => record.requests.newReceived![k]));
    expect(allTexts(doc)).toEqual(expect.arrayContaining(['自然人', '法人或其他组织']));
  });

  it('is deterministic: the same record gives the same bytes', () => {
    for (const chart of [outcomeChart, refusalGroundsChart, applicantChart]) {
      expect(chart(record)).toEqual(chart(structuredClone(record)));
    }
  });
});

describe('yearOverYearChart', () => {
  const years = [realworld('hongze-2024'), realworld('hongze-2023')];

  it('draws four measures for each of 洪泽区’s two years, oldest first', () => {
    const figure = yearOverYearChart(years);
    const doc = expectStandaloneSvg(figure.svg);
    expect(barCount(doc)).toBe(4 * 2);
    expect(figure.table.rows).toEqual([
      { year: '2023', newReceived: 21, totalHandled: 21, reconsideration: 0, litigation: 0 },
      { year: '2024', newReceived: 95, totalHandled: 95, reconsideration: 2, litigation: 4 },
    ]);
    expect(figure.summary).toContain('2023年至2024年');
  });

  it('with one year shows a note instead of a chart, and still tabulates the year', () => {
    const figure = yearOverYearChart([realworld('huaian-2024')]);
    const doc = expectStandaloneSvg(figure.svg);
    expect(barCount(doc)).toBe(0);
    expect(allTexts(doc).join('')).toContain('只有一个年度');
    expect(figure.table.rows).toHaveLength(1);
  });
});

describe('reports without figures', () => {
  const blank = blankRecord('blank.txt', '某县人民政府', 2024);

  it('never throw: each figure is a short no-data note', () => {
    for (const figure of [outcomeChart(blank), refusalGroundsChart(blank), applicantChart(blank), yearOverYearChart([]), yearOverYearChart([blank])]) {
      const doc = expectStandaloneSvg(figure.svg);
      expect(barCount(doc)).toBe(0);
      expect(figure.svg.length).toBeLessThan(1500);
      expect(figure.summary.length).toBeGreaterThan(0);
    }
  });

  it('show missing cells as missing (null), never as 0', () => {
    const partial = realworld('huaian-2024');
    partial.requests.granted = { ...partial.requests.granted!, total: null };
    const figure = outcomeChart(partial);
    const doc = parseSvg(figure.svg);
    expect(figure.table.rows[0]).toEqual({ category: '予以公开', value: null, share: null });
    expect(barCount(doc)).toBe(5);
    expect(valueLabels(doc)[0]).toBe('无数据');
  });

  it('say when the printed 办理合计 differs from the sum of the groups', () => {
    const misprinted = realworld('huaian-2024');
    misprinted.requests.totalHandled = { ...misprinted.requests.totalHandled!, total: 3000 };
    expect(outcomeChart(misprinted).summary).toContain('报告所印办理合计为 3,000 件，与各项之和不符');
  });
});
