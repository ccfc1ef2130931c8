/**
 * Charts of one region's page: how its requests were handled, why it
 * withheld, who asked, and — with more than one report — how it changed.
 */
import {
  applicantColumnGroups,
  applicantColumns,
  requestRowDef,
  requestRowGroups,
  requestTableHeadings,
  reviewGroups,
  reviewHeadings,
  type RequestRowKey,
} from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { applicantSplit, outcomeSplit, refusalGrounds, yearRows, type YearMeasure } from './data.ts';
import { barsBlock, panelColumnsBlock, type BarDatum, type PanelDatum } from './blocks.ts';
import { makeFigure } from './figure.ts';
import { legendBlock } from './render.ts';
import { categorical } from './theme.ts';
import { countText, formatCount, formatPercent, percentValue, yearText } from './text.ts';
import type { ChartFigure, RegionChartOptions } from './types.ts';

const missingNote = '空白或“/”视为无数据，不计为 0。';
const newReceivedLabel = requestRowDef('newReceived').short;
const totalHandledLabel = requestRowDef('totalHandled').short;
/** 办理结果 without the form's “本年度”, which reads oddly after a year (“2024年本年度…”). */
const outcomesLabel = requestTableHeadings.outcomes.replace(/^本年度/, '');

function valueText(value: number | null, share: number | null): string {
  if (value == null) return '无数据';
  return share == null ? formatCount(value) : `${formatCount(value)}（${formatPercent(share)}）`;
}

/** 办理结果 split (总计 column): 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理. */
export function outcomeChart(record: ReportRecord, options: RegionChartOptions = {}): ChartFigure {
  const { slices, sum, printedTotal } = outcomeSplit(record);
  const when = yearText(record.year);
  const listed = slices.filter((s) => s.value != null).map((s) => `${s.label} ${formatCount(s.value!)} 件（${formatPercent(s.share ?? 0)}）`);
  const mismatch = printedTotal != null && sum != null && printedTotal !== sum ? `；报告所印${totalHandledLabel}为 ${formatCount(printedTotal)} 件，与各项之和不符` : '';
  const summary =
    sum == null
      ? `${record.issuer}${when}的报告没有可用的${outcomesLabel}数据。`
      : `${record.issuer}${when}${outcomesLabel}共 ${formatCount(sum)} 件：${listed.join('，')}${mismatch}。`;
  const table = {
    columns: [
      { key: 'category', label: requestTableHeadings.outcomes },
      { key: 'value', label: '件数' },
      { key: 'share', label: '占比（%）' },
    ],
    rows: [
      ...slices.map((s) => ({ category: s.label, value: s.value, share: percentValue(s.share) })),
      { category: '各项之和', value: sum, share: sum != null && sum > 0 ? 100 : null },
      { category: `${totalHandledLabel}（报告所印）`, value: printedTotal, share: null },
    ],
  };
  const bars: BarDatum[] = slices.map((s) => ({ key: s.key, label: s.label, value: s.value, text: valueText(s.value, s.share), title: `${s.label}：${countText(s.value)}` }));
  return makeFigure(
    {
      id: options.id ?? `outcome-${record.year ?? 'unknown'}`,
      kind: 'outcome',
      title: `${when}申请${outcomesLabel}`,
      caption: `报告第三部分${requestTableHeadings.outcomes}各行“${applicantColumns.at(-1)!.label}”列，按${requestRowGroups.granted.label}、${requestRowGroups.withheld.label}等六类相加；占比以六类之和为分母。${missingNote}`,
      summary,
    },
    table,
    sum == null ? null : (document) => [barsBlock(document, bars, { xLabel: '件数' })],
    `${when}报告没有${outcomesLabel}数据`,
  );
}

/** The eight 不予公开 grounds (总计 column). */
export function refusalGroundsChart(record: ReportRecord, options: RegionChartOptions = {}): ChartFigure {
  const { grounds, sum } = refusalGrounds(record);
  const when = yearText(record.year);
  const withheld = requestRowGroups.withheld.label;
  const top = grounds.filter((g) => g.value != null && g.value > 0).sort((a, b) => b.value! - a.value!);
  const summary =
    sum == null
      ? `${record.issuer}${when}的报告没有${withheld}理由的数据。`
      : sum === 0
        ? `${record.issuer}${when}没有${withheld}的申请（八类理由均为 0）。`
        : `${record.issuer}${when}${withheld} ${formatCount(sum)} 件，最多的理由是“${top[0].label}”${formatCount(top[0].value!)} 件（${formatPercent(top[0].share!)}）${top.length > 1 ? `，其次是“${top[1].label}”${formatCount(top[1].value!)} 件` : ''}。`;
  const table = {
    columns: [
      { key: 'ground', label: `${withheld}理由` },
      { key: 'value', label: '件数' },
      { key: 'share', label: `占${withheld}（%）` },
    ],
    rows: [
      ...grounds.map((g) => ({ ground: requestRowDef(g.key as RequestRowKey).label, value: g.value, share: percentValue(g.share) })),
      { ground: '合计', value: sum, share: sum != null && sum > 0 ? 100 : null },
    ],
  };
  const bars: BarDatum[] = grounds.map((g) => ({ key: g.key, label: g.label, value: g.value, text: valueText(g.value, g.share), title: `${requestRowDef(g.key as RequestRowKey).label}：${countText(g.value)}` }));
  return makeFigure(
    {
      id: options.id ?? `refusal-grounds-${record.year ?? 'unknown'}`,
      kind: 'refusal-grounds',
      title: `${when}${withheld}的理由`,
      caption: `报告第三部分“${withheld}”八类理由的总计列；占比以八类之和为分母。${missingNote}`,
      summary,
    },
    table,
    sum == null ? null : (document) => [barsBlock(document, bars, { xLabel: '件数' })],
    `${when}报告没有${withheld}理由数据`,
  );
}

/** Applicant mix of 本年新收: the six applicant columns. */
export function applicantChart(record: ReportRecord, options: RegionChartOptions = {}): ChartFigure {
  const { applicants, sum, printedTotal } = applicantSplit(record);
  const when = yearText(record.year);
  const groupColour = { natural: categorical[0], organisation: categorical[1] } as Record<string, string>;
  const groupOf = (key: string) => applicantColumns.find((c) => c.key === key)!.group;
  const orgSum = applicants.filter((a) => groupOf(a.key) === 'organisation' && a.value != null).reduce((s, a) => s + a.value!, 0);
  const natural = applicants.find((a) => groupOf(a.key) === 'natural')!;
  const summary =
    sum == null
      ? `${record.issuer}${when}的报告没有${newReceivedLabel}申请的申请人数据。`
      : `${record.issuer}${when}${newReceivedLabel}申请 ${formatCount(sum)} 件，其中${applicantColumnGroups.natural} ${countText(natural.value)}${natural.share != null ? `（${formatPercent(natural.share)}）` : ''}，${applicantColumnGroups.organisation} ${formatCount(orgSum)} 件。`;
  const table = {
    columns: [
      { key: 'applicant', label: '申请人' },
      { key: 'value', label: '件数' },
      { key: 'share', label: '占比（%）' },
    ],
    rows: [
      ...applicants.map((a) => ({ applicant: a.label, value: a.value, share: percentValue(a.share) })),
      { applicant: '各项之和', value: sum, share: sum != null && sum > 0 ? 100 : null },
      { applicant: `${applicantColumns.at(-1)!.label}（报告所印）`, value: printedTotal, share: null },
    ],
  };
  const bars: BarDatum[] = applicants.map((a) => ({
    key: a.key,
    label: a.label,
    value: a.value,
    text: valueText(a.value, a.share),
    title: `${a.label}：${countText(a.value)}`,
    colour: groupColour[groupOf(a.key)],
  }));
  return makeFigure(
    {
      id: options.id ?? `applicants-${record.year ?? 'unknown'}`,
      kind: 'applicants',
      title: `${when}${newReceivedLabel}申请的申请人`,
      caption: `报告第三部分“${requestRowDef('newReceived').label}”一行的六类申请人；占比以六类之和为分母。${missingNote}`,
      summary,
    },
    table,
    sum == null
      ? null
      : (document) => [
          legendBlock(document, [
            { label: applicantColumnGroups.natural, colour: groupColour.natural },
            { label: applicantColumnGroups.organisation, colour: groupColour.organisation },
          ]),
          barsBlock(document, bars, { xLabel: '件数' }),
        ],
    `${when}报告没有申请人数据`,
  );
}

const measures: { key: YearMeasure; label: string }[] = [
  { key: 'newReceived', label: newReceivedLabel },
  { key: 'totalHandled', label: totalHandledLabel },
  { key: 'reconsideration', label: reviewGroups[0].label },
  { key: 'litigation', label: reviewHeadings.litigation },
];

/** One region's years side by side: 本年新收, 办理合计, 行政复议, 行政诉讼 (直接起诉 + 复议后起诉). */
export function yearOverYearChart(records: readonly ReportRecord[], options: RegionChartOptions = {}): ChartFigure {
  const { rows } = yearRows(records);
  const issuer = [...records].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]?.issuer ?? '';
  const first = rows[0];
  const last = rows.at(-1);
  const change = (m: YearMeasure) => `${measures.find((x) => x.key === m)!.label}从 ${countText(first.values[m])} 到 ${countText(last!.values[m])}`;
  const summary =
    rows.length < 2
      ? `${issuer}只有${rows.length === 1 ? ` ${first.year} 年一个年度的` : '没有标明年份的'}报告，无法逐年比较。`
      : `${issuer}${first.year}年至${last!.year}年：${measures.map((m) => change(m.key)).join('，')}。`;
  const table = {
    columns: [{ key: 'year', label: '年份' }, ...measures.map((m) => ({ key: m.key, label: `${m.label}（件）` }))],
    // Years as text: a table shows 2024, not the figure 2,024.
    rows: rows.map((r) => ({ year: String(r.year), ...r.values })),
  };
  const data: PanelDatum[] = rows.flatMap((r) =>
    measures.map((m) => ({
      panel: m.key,
      panelLabel: m.label,
      x: String(r.year),
      value: r.values[m.key],
      text: r.values[m.key] == null ? '无' : formatCount(r.values[m.key]!),
      title: `${r.year}年${m.label}：${countText(r.values[m.key])}`,
    })),
  );
  return makeFigure(
    {
      id: options.id ?? 'year-over-year',
      kind: 'year-over-year',
      title: '历年申请与复议、诉讼',
      caption: `各年度报告的${newReceivedLabel}、${totalHandledLabel}（第三部分总计列）与${reviewGroups[0].label}、${reviewHeadings.litigation}（第四部分总计，诉讼为${reviewGroups[1].short}与${reviewGroups[2].short}之和）。各栏共用同一纵轴。${missingNote}`,
      summary,
    },
    table,
    rows.length < 2 ? null : (document) => [panelColumnsBlock(document, measures, rows.map((r) => String(r.year)), data, { yLabel: '件数' })],
    rows.length < 2 ? '只有一个年度的报告，暂无逐年比较' : '',
  );
}
