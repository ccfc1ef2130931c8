/** Corpus charts of request volumes: ranking, distribution, applicant mix and totals by year. */
import { applicantColumnGroups, applicantColumns, applicantPartKeys, requestRowDef } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { applicantMixByYear, logBins, median, rankBy, reportsOfYear, rowTotal, shareOf, sumKnown, totalsByYear } from './data.ts';
import { barsBlock, columnsBlock, stackedSharesBlock, type BarDatum, type StackDatum } from './blocks.ts';
import { missingClause, rankingBars, topOf } from './corpus.ts';
import { makeFigure } from './figure.ts';
import { legendBlock } from './render.ts';
import { categorical } from './theme.ts';
import { formatCount, formatPercent, percentValue, yearText } from './text.ts';
import type { ChartFigure, CorpusChartOptions } from './types.ts';

const newReceived = requestRowDef('newReceived');
const totalHandled = requestRowDef('totalHandled');
const newReceivedTotal = (r: ReportRecord) => rowTotal(r, 'newReceived');

/** Regions ranked by 本年新收 (总计), top N. */
export function requestsRankingChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const top = topOf(options);
  const { year, records: reports } = reportsOfYear(records, options.year);
  const ranking = rankBy(reports, newReceivedTotal, options.label, top);
  const topSum = ranking.entries.reduce((s, e) => s + e.value, 0);
  const when = yearText(year);
  const first = ranking.entries[0];
  const summary =
    ranking.known === 0
      ? `${when}没有报告填报${newReceived.short}申请数量。`
      : `${when}${ranking.known} 份报告共${newReceived.short}申请 ${formatCount(ranking.sum!)} 件，最多的是${first.label}（${formatCount(first.value)} 件），前 ${ranking.entries.length} 名合计占 ${formatPercent(shareOf(topSum, ranking.sum) ?? 0)}${missingClause(ranking.missing)}。`;
  const rest = ranking.known - ranking.entries.length;
  const table = {
    columns: [
      { key: 'rank', label: '排名' },
      { key: 'label', label: '地区' },
      { key: 'value', label: `${newReceived.short}（件）` },
    ],
    rows: [
      ...ranking.entries.map((e) => ({ rank: e.rank, label: e.label, value: e.value })),
      ...(rest > 0 ? [{ rank: null, label: `其余 ${rest} 份报告合计`, value: ranking.sum! - topSum }] : []),
      { rank: null, label: `无此项数据的报告：${ranking.missing} 份`, value: null },
    ],
  };
  return makeFigure(
    {
      id: options.id ?? 'requests-ranking',
      kind: 'requests-ranking',
      title: `${when}${newReceived.short}申请最多的 ${ranking.entries.length || top} 个地区`,
      caption: `按报告第三部分“${newReceived.label}”的总计列排序，只列前 ${top} 名；数字相同的并列。空白或“/”视为无数据，不参与排名。`,
      summary,
    },
    table,
    ranking.known === 0 ? null : (document) => [barsBlock(document, rankingBars(ranking.entries, (e) => formatCount(e.value)), { xLabel: `${newReceived.short}（件）` })],
    `${when}没有${newReceived.short}申请数据`,
  );
}

/** How many reports received how many requests: 1–2–5 log bins of 本年新收 (总计). */
export function requestsDistributionChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const { year, records: reports } = reportsOfYear(records, options.year);
  const values = reports.map(newReceivedTotal).filter((v): v is number => v != null);
  const missing = reports.length - values.length;
  const bins = logBins(values, formatCount);
  const when = yearText(year);
  const zero = bins.find((b) => b.key === '0')!.count;
  const summary =
    values.length === 0
      ? `${when}没有报告填报${newReceived.short}申请数量。`
      : `${when}${values.length} 份报告中，${newReceived.short}申请的中位数为 ${formatCount(median(values)!)} 件，最多 ${formatCount(Math.max(...values))} 件，${zero} 份为 0 件${missingClause(missing)}。`;
  const table = {
    columns: [
      { key: 'bin', label: `${newReceived.short}（件）` },
      { key: 'reports', label: '报告数（份）' },
    ],
    rows: [...bins.map((b) => ({ bin: b.label, reports: b.count })), { bin: '无此项数据', reports: missing }],
  };
  const columns: BarDatum[] = bins.map((b) => ({ key: b.key, label: b.label, value: b.count, text: formatCount(b.count), title: `${b.label} 件：${b.count} 份报告` }));
  return makeFigure(
    {
      id: options.id ?? 'requests-distribution',
      kind: 'requests-distribution',
      title: `${when}各地${newReceived.short}申请数量的分布`,
      caption: `每根柱是${newReceived.short}申请数量落在该区间的报告份数；区间按 1、2、5、10、20、50……对数递增，0 单列。空白或“/”视为无数据，不计入。`,
      summary,
    },
    table,
    values.length === 0 ? null : (document) => [columnsBlock(document, columns, { xLabel: `${newReceived.short}（件）`, yLabel: '报告数（份）' })],
    `${when}没有${newReceived.short}申请数据`,
  );
}

const applicantColours = Object.fromEntries(applicantPartKeys.map((k, i) => [k, categorical[i]])) as Record<string, string>;

/** Share of each applicant column of 本年新收, summed over all reports of each year. */
export function applicantMixChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const years = applicantMixByYear(records);
  const drawn = years.filter((y) => y.sum != null && y.sum > 0);
  const labelOf = (k: string) => applicantColumns.find((c) => c.key === k)!.short;
  const latest = drawn.at(-1);
  const natural = latest ? shareOf(latest.values.natural, latest.sum) : null;
  const organisationKeys = applicantPartKeys.filter((k) => applicantColumns.find((c) => c.key === k)!.group === 'organisation');
  const organisation = latest ? shareOf(sumKnown(organisationKeys.map((k) => latest.values[k])), latest.sum) : null;
  const summary =
    latest == null
      ? '没有报告填报申请人数据。'
      : `${yearText(latest.year)}${latest.reports - latest.missing} 份报告${newReceived.short}申请 ${formatCount(latest.sum!)} 件，${applicantColumnGroups.natural}占 ${formatPercent(natural ?? 0)}，${applicantColumnGroups.organisation}占 ${formatPercent(organisation ?? 0)}${missingClause(latest.missing)}。`;
  const table = {
    columns: [
      { key: 'year', label: '年份' },
      ...applicantPartKeys.map((k) => ({ key: k, label: `${labelOf(k)}（件）` })),
      { key: 'sum', label: '六类之和（件）' },
      { key: 'naturalShare', label: `${applicantColumnGroups.natural}占比（%）` },
      { key: 'reports', label: '报告数（份）' },
      { key: 'missing', label: '无申请人数据（份）' },
    ],
    rows: years.map((y) => ({
      year: y.year == null ? '年份不详' : String(y.year),
      ...Object.fromEntries(applicantPartKeys.map((k) => [k, y.values[k]])),
      sum: y.sum,
      naturalShare: percentValue(shareOf(y.values.natural, y.sum)),
      reports: y.reports,
      missing: y.missing,
    })),
  };
  const rows = drawn.map((y) => ({ key: String(y.year ?? 'unknown'), label: `${yearText(y.year)}（${formatCount(y.sum!)} 件）` }));
  const segments: StackDatum[] = drawn.flatMap((y) =>
    applicantPartKeys
      .filter((k) => (y.values[k] ?? 0) > 0)
      .map((k) => ({
        row: String(y.year ?? 'unknown'),
        rowLabel: yearText(y.year),
        series: k,
        seriesLabel: labelOf(k),
        value: y.values[k]!,
        share: y.values[k]! / y.sum!,
        colour: applicantColours[k],
        title: `${yearText(y.year)}${labelOf(k)}：${formatCount(y.values[k]!)} 件（${formatPercent(y.values[k]! / y.sum!)}）`,
      })),
  );
  return makeFigure(
    {
      id: options.id ?? 'applicant-mix',
      kind: 'applicant-mix',
      title: `各年度${newReceived.short}申请的申请人构成`,
      caption: `每年所有报告“${newReceived.label}”一行六类申请人的合计，以六类之和为 100%。空白或“/”视为无数据，不计入。`,
      summary,
    },
    table,
    drawn.length === 0
      ? null
      : (document) => [
          legendBlock(document, applicantPartKeys.map((k) => ({ label: labelOf(k), colour: applicantColours[k] }))),
          stackedSharesBlock(document, rows, segments, { xLabel: '占比' }),
        ],
    '没有申请人数据',
  );
}

/** Totals of 本年新收 per year, over all reports of that year. */
export function requestsByYearChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const years = totalsByYear(records);
  const drawn = years.filter((y) => y.newReceived != null);
  const summary =
    drawn.length === 0
      ? `没有报告填报${newReceived.short}申请数量。`
      : `${drawn.map((y) => `${yearText(y.year)}${y.reports - y.newReceivedMissing} 份报告${newReceived.short}申请 ${formatCount(y.newReceived!)} 件`).join('，')}${missingClause(years.reduce((s, y) => s + y.newReceivedMissing, 0))}。`;
  const table = {
    columns: [
      { key: 'year', label: '年份' },
      { key: 'reports', label: '报告数（份）' },
      { key: 'newReceived', label: `${newReceived.short}（件）` },
      { key: 'newReceivedMissing', label: `无${newReceived.short}数据（份）` },
      { key: 'totalHandled', label: `${totalHandled.short}（件）` },
      { key: 'totalHandledMissing', label: `无${totalHandled.short}数据（份）` },
    ],
    rows: years.map((y) => ({ ...y, year: y.year == null ? '年份不详' : String(y.year) })),
  };
  const columns: BarDatum[] = drawn.map((y) => ({
    key: String(y.year ?? 'unknown'),
    label: yearText(y.year),
    value: y.newReceived,
    text: formatCount(y.newReceived!),
    title: `${yearText(y.year)}：${formatCount(y.newReceived!)} 件（${y.reports - y.newReceivedMissing} 份报告）`,
  }));
  return makeFigure(
    {
      id: options.id ?? 'requests-by-year',
      kind: 'requests-by-year',
      title: `各年度${newReceived.short}申请合计`,
      caption: `每年所有报告“${newReceived.label}”总计列之和；各年报告份数不同，见数据表。空白或“/”视为无数据，不计入。`,
      summary,
    },
    table,
    drawn.length === 0 ? null : (document) => [columnsBlock(document, columns, { xLabel: '年份', yLabel: `${newReceived.short}（件）` })],
    `没有${newReceived.short}申请数据`,
  );
}
