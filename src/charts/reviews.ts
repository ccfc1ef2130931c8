/** Corpus charts of administrative reconsideration and litigation (§四). */
import { reviewColumns, reviewGroups, reviewPartKeys } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { correctedShares, reportsOfYear, reviewTotals, shareOf } from './data.ts';
import { barsBlock, stackedSharesBlock, type BarDatum, type StackDatum } from './blocks.ts';
import { missingClause, topOf } from './corpus.ts';
import { makeFigure } from './figure.ts';
import { legendBlock } from './render.ts';
import { categorical } from './theme.ts';
import { formatCount, formatPercent, percentValue, yearText } from './text.ts';
import type { ChartFigure, CorpusChartOptions } from './types.ts';

const column = (k: string) => reviewColumns.find((c) => c.key === k)!;
const group = (k: string) => reviewGroups.find((g) => g.key === k)!;
const resultColour = Object.fromEntries(reviewPartKeys.map((k, i) => [k, [categorical[0], categorical[5], categorical[4], '#999999'][i]])) as Record<string, string>;

/** 行政复议 / 直接起诉 / 复议后起诉 by result, summed over all reports of a year. */
export function reviewOutcomesChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const { year, records: reports } = reportsOfYear(records, options.year);
  const totals = reviewTotals(reports);
  const when = yearText(year);
  const anyFigure = totals.some((t) => t.sum != null);
  const corrected = column('corrected').short;
  const summary = !anyFigure
    ? `${when}没有报告填报行政复议、行政诉讼数据。`
    : `${when}${reports.length} 份报告：${totals
        .map((t) => `${group(t.key).short} ${formatCount(t.sum ?? 0)} 件，其中${corrected} ${formatCount(t.parts.corrected ?? 0)} 件`)
        .join('；')}${missingClause(Math.max(...totals.map((t) => t.missing)))}。`;
  const table = {
    columns: [
      { key: 'group', label: '类别' },
      ...reviewPartKeys.map((k) => ({ key: k, label: `${column(k).label}（件）` })),
      { key: 'sum', label: '四项之和（件）' },
      { key: 'printedTotal', label: `${column('total').label}（报告所印，件）` },
      { key: 'missing', label: '无数据的报告（份）' },
    ],
    rows: totals.map((t) => ({ group: group(t.key).label, ...t.parts, sum: t.sum, printedTotal: t.printedTotal, missing: t.missing })),
  };
  const rows = totals.map((t) => ({ key: t.key, label: `${group(t.key).short}（${formatCount(t.sum ?? 0)} 件）` }));
  const segments: StackDatum[] = totals.flatMap((t) =>
    reviewPartKeys
      .filter((k) => (t.parts[k] ?? 0) > 0 && t.sum! > 0)
      .map((k) => ({
        row: t.key,
        rowLabel: group(t.key).short,
        series: k,
        seriesLabel: column(k).short,
        value: t.parts[k]!,
        share: t.parts[k]! / t.sum!,
        colour: resultColour[k],
        title: `${group(t.key).short} · ${column(k).label}：${formatCount(t.parts[k]!)} 件`,
      })),
  );
  return makeFigure(
    {
      id: options.id ?? 'review-outcomes',
      kind: 'review-outcomes',
      title: `${when}行政复议与行政诉讼的结果`,
      caption: `所有报告第四部分各栏相加；每条以该类四项结果之和为 100%（报告所印总计见数据表）。空白或“/”视为无数据，不计入。`,
      summary,
    },
    table,
    !anyFigure
      ? null
      : (document) => [
          legendBlock(document, reviewPartKeys.map((k) => ({ label: column(k).label, colour: resultColour[k] }))),
          stackedSharesBlock(document, rows, segments, { xLabel: '占该类案件的比例' }),
        ],
    `${when}没有行政复议、行政诉讼数据`,
  );
}

/** 纠正率 per region (复议 + 诉讼): corrected / (total − pending), top N with the counts. */
export function correctedShareChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const top = topOf(options);
  const { year, records: reports } = reportsOfYear(records, options.year);
  const result = correctedShares(reports, options.label, top);
  const when = yearText(year);
  const corrected = column('corrected').label;
  const first = result.entries[0];
  const excluded = [
    result.noDecided > 0 ? `${result.noDecided} 份没有已审结案件` : '',
    result.inconsistent > 0 ? `${result.inconsistent} 份所印总计与分项不符未计算` : '',
    result.missing > 0 ? `${result.missing} 份无数据` : '',
  ].filter(Boolean);
  const summary =
    result.ranked === 0
      ? `${when}没有可计算纠正率的报告${excluded.length ? `（${excluded.join('，')}）` : ''}。`
      : `${when}${result.ranked} 份报告已审结的行政复议和行政诉讼共 ${formatCount(result.decided!)} 件，${corrected} ${formatCount(result.corrected!)} 件（${formatPercent(shareOf(result.corrected, result.decided) ?? 0)}）；纠正率最高的是${first.label}（${formatCount(first.corrected)}/${formatCount(first.decided)}，${formatPercent(first.share)}）${excluded.length ? `；另有 ${excluded.join('，')}` : ''}。`;
  const table = {
    columns: [
      { key: 'rank', label: '排名' },
      { key: 'label', label: '地区' },
      { key: 'corrected', label: `${corrected}（件）` },
      { key: 'total', label: `${column('total').label}（件）` },
      { key: 'pending', label: `${column('pending').label}（件）` },
      { key: 'decided', label: '已审结（件）' },
      { key: 'share', label: '纠正率（%）' },
    ],
    rows: [
      ...result.entries.map((e) => ({ rank: e.rank, label: e.label, corrected: e.corrected, total: e.total, pending: e.pending, decided: e.decided, share: percentValue(e.share) })),
      { rank: null, label: `没有已审结案件的报告：${result.noDecided} 份`, corrected: null, total: null, pending: null, decided: null, share: null },
      { rank: null, label: `所印总计与分项不符、未计算的报告：${result.inconsistent} 份`, corrected: null, total: null, pending: null, decided: null, share: null },
      { rank: null, label: `无此项数据的报告：${result.missing} 份`, corrected: null, total: null, pending: null, decided: null, share: null },
    ],
  };
  const bars: BarDatum[] = result.entries.map((e) => ({
    key: e.key,
    label: e.label,
    value: e.share,
    text: `${formatPercent(e.share)}（${formatCount(e.corrected)}/${formatCount(e.decided)}）`,
    title: `第 ${e.rank} 名 ${e.label}：${corrected} ${e.corrected} 件，已审结 ${e.decided} 件`,
    colour: categorical[5],
  }));
  return makeFigure(
    {
      id: options.id ?? 'corrected-share',
      kind: 'corrected-share',
      title: `${when}行政复议、行政诉讼纠正率最高的 ${result.entries.length || top} 个地区`,
      caption: `纠正率 = ${corrected} ÷（${column('total').label} − ${column('pending').label}），三类（${reviewGroups.map((g) => g.short).join('、')}）合并计算；按纠正率排序，相同时已审结案件多者在前。所印总计与分项之和不符的报告不计算（见数据质量页）。`,
      summary,
    },
    table,
    result.ranked === 0 ? null : (document) => [barsBlock(document, bars, { xLabel: '纠正率', percent: true })],
    `${when}没有可计算纠正率的报告`,
  );
}
