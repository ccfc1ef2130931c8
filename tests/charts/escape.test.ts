import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.ts';
import type { ReportRecord } from '../../src/model/record.ts';
import { allTexts, parseSvg } from './svg.ts';
import { realworld, syntheticCorpus } from './records.ts';

/** Names a report could carry: markup, entities, quotes, an XML CDATA end, a lone ampersand. */
const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'A&B县 &amp; ]]> \'单引号\'', '</svg><svg onload=alert(1)>'];

function hostileCorpus(): ReportRecord[] {
  const corpus = syntheticCorpus(hostile.length, 5);
  corpus.forEach((r, i) => (r.issuer = hostile[i]));
  return corpus;
}

const corpusCharts = [
  charts.requestsRankingChart,
  charts.refusalHeatmapChart,
  charts.correctedShareChart,
  charts.adminFeesChart,
  charts.processingFeesChart,
];

describe('labels from reports are escaped', () => {
  it('issuer names reach the corpus charts as text, never as markup', () => {
    const corpus = hostileCorpus();
    corpus.forEach((r) => (r.processingFeeYuan = 10)); // make every report appear in the fee ranking
    for (const chart of corpusCharts) {
      const figure = chart(corpus, { label: (r) => r.issuer });
      // Escaped text (`&lt;script&gt;`) is harmless; a raw tag would not be.
      expect(figure.svg).not.toMatch(/<script|<img|<svg onload/);
      const texts = allTexts(parseSvg(figure.svg)).join('\n');
      for (const name of hostile) expect(texts).toContain(name);
    }
  });

  it('issuer names in region-chart titles and summaries are escaped too', () => {
    const record = realworld('huaian-2024');
    record.issuer = hostile[0];
    for (const figure of [charts.outcomeChart(record), charts.refusalGroundsChart(record), charts.applicantChart(record), charts.yearOverYearChart([record, { ...record, year: 2023, file: 'b' }])]) {
      expect(figure.svg).not.toContain('<script');
      // The summary goes into the SVG's <desc>, as text.
      expect(allTexts(parseSvg(figure.svg))).toContain(figure.summary);
      expect(figure.summary).toContain(hostile[0]);
    }
  });

  it('long names are shortened in the chart but kept whole in the table and hover title', () => {
    const corpus = syntheticCorpus(3, 8);
    const long = '宁夏回族自治区吴忠市利通区人民政府办公室关于政府信息公开的附属机构';
    corpus[0].issuer = long;
    corpus[0].requests.newReceived!.total = 1e6;
    const figure = charts.requestsRankingChart(corpus, { label: (r) => r.issuer });
    const texts = allTexts(parseSvg(figure.svg));
    expect(texts.some((t) => t.endsWith('…') && long.startsWith(t.slice(0, -1)))).toBe(true);
    expect(texts.some((t) => t.includes(long))).toBe(true); // the bar's <title>
    expect(figure.table.rows[0].label).toBe(long);
  });
});

describe('the strict SVG parse the tests rely on', () => {
  it('rejects what a browser parsing standalone SVG would reject', () => {
    const ns = 'xmlns="http://www.w3.org/2000/svg"';
    expect(() => parseSvg(`<svg ${ns}><text>ok &amp; fine</text></svg>`)).not.toThrow();
    expect(() => parseSvg(`<svg ${ns}><title a="<">x</title></svg>`)).toThrow();
    expect(() => parseSvg(`<svg ${ns}><text>A&B</text></svg>`)).toThrow();
    expect(() => parseSvg(`<svg ${ns}><text>x</svg>`)).toThrow();
    expect(() => parseSvg(`<svg ${ns}><text>&nbsp;</text></svg>`)).toThrow();
  });
});
