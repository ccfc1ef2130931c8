/** Corpus charts of refusals: overall shares of each ground, and the top regions × grounds. */
import { requestRowGroups, requestTableHeadings } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { refusalCategories, refusalProfiles, refusalTotals, reportsOfYear } from './data.ts';
import { barsBlock, heatmapBlock, type BarDatum, type CellDatum } from './blocks.ts';
import { missingClause, topOf } from './corpus.ts';
import { makeFigure } from './figure.ts';
import { legendBlock } from './render.ts';
import { categorical, missingColour, shareBuckets } from './theme.ts';
import { formatCount, formatPercent, percentValue, yearText } from './text.ts';
import type { ChartFigure, CorpusChartOptions } from './types.ts';

/** 办理结果 without the form's “本年度”, which reads oddly after a year. */
const outcomes = requestTableHeadings.outcomes.replace(/^本年度/, '');
const refusalGroups = ['withheld', 'unavailable', 'notProcessed', 'other'] as const;
const groupColour = Object.fromEntries(refusalGroups.map((g, i) => [g, categorical[i]])) as Record<string, string>;
const groupNames = refusalGroups.map((g) => requestRowGroups[g].label).join('、');

/** Share of all outcomes of each 不予公开 ground and of 无法提供 / 不予处理 / 其他处理, over all reports of a year. */
export function refusalSharesChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const { year, records: reports } = reportsOfYear(records, options.year);
  const totals = refusalTotals(reports);
  const when = yearText(year);
  const withheld = totals.categories.filter((c) => c.group === 'withheld');
  const withheldSum = withheld.reduce((s, c) => s + (c.value ?? 0), 0);
  const topGround = [...withheld].filter((c) => (c.value ?? 0) > 0).sort((a, b) => b.value! - a.value!)[0];
  const wholes = totals.categories.filter((c) => c.group !== 'withheld');
  const missing = reports.length - totals.reportsWithOutcomes;
  const summary =
    totals.outcomes == null || totals.outcomes === 0
      ? `${when}没有报告填报${outcomes}数据。`
      : `${when}${totals.reportsWithOutcomes} 份报告${outcomes}共 ${formatCount(totals.outcomes)} 件，其中${requestRowGroups.withheld.label} ${formatCount(withheldSum)} 件（${formatPercent(withheldSum / totals.outcomes)}）${
          topGround ? `，最多的理由是“${topGround.label}”${formatCount(topGround.value!)} 件` : ''
        }，${wholes.map((c) => `${c.label} ${formatCount(c.value ?? 0)} 件（${formatPercent(c.share ?? 0)}）`).join('，')}${missingClause(missing)}。`;
  const table = {
    columns: [
      { key: 'category', label: '类别' },
      { key: 'group', label: '所属' },
      { key: 'value', label: '件数' },
      { key: 'share', label: `占${outcomes}（%）` },
      { key: 'reports', label: '有此项数据的报告（份）' },
    ],
    rows: [
      ...totals.categories.map((c) => ({ category: c.label, group: requestRowGroups[c.group].label, value: c.value, share: percentValue(c.share), reports: c.reports })),
      { category: `${outcomes}各项之和`, group: null, value: totals.outcomes, share: totals.outcomes ? 100 : null, reports: totals.reportsWithOutcomes },
      { category: `无${outcomes}数据的报告：${missing} 份`, group: null, value: null, share: null, reports: null },
    ],
  };
  const bars: BarDatum[] = totals.categories.map((c) => ({
    key: c.key,
    label: c.label,
    value: c.share,
    text: c.share == null ? '无数据' : `${formatPercent(c.share)}（${formatCount(c.value!)}）`,
    title: `${requestRowGroups[c.group].label} · ${c.label}：${formatCount(c.value ?? 0)} 件`,
    colour: groupColour[c.group],
  }));
  return makeFigure(
    {
      id: options.id ?? 'refusal-shares',
      kind: 'refusal-shares',
      title: `${when}${requestRowGroups.withheld.label}等结果占${outcomes}的比例`,
      caption: `所有报告第三部分总计列相加：${requestRowGroups.withheld.label}按八类理由分列，${wholes.map((c) => c.label).join('、')}各按整类计；分母为${outcomes}全部六类之和（含${requestRowGroups.granted.label}、${requestRowGroups.partiallyGranted.label}）。空白或“/”视为无数据，不计入。`,
      summary,
    },
    table,
    totals.outcomes == null || totals.outcomes === 0
      ? null
      : (document) => [
          legendBlock(document, refusalGroups.map((g) => ({ label: requestRowGroups[g].label, colour: groupColour[g] }))),
          barsBlock(document, bars, { xLabel: `占${outcomes}的比例`, percent: true }),
        ],
    `${when}没有${outcomes}数据`,
  );
}

function bucketOf(share: number) {
  let bucket: (typeof shareBuckets)[number] = shareBuckets[0];
  for (const b of shareBuckets) if (share >= b.from) bucket = b;
  return bucket;
}

/** Top N regions by refusals (all four groups), each ground's share of the region's outcomes. */
export function refusalHeatmapChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const top = topOf(options);
  const { year, records: reports } = reportsOfYear(records, options.year);
  const { profiles, known, missing } = refusalProfiles(reports, options.label, top);
  const when = yearText(year);
  const first = profiles[0];
  const summary =
    profiles.length === 0
      ? `${when}没有报告填报${groupNames}数据。`
      : `${when}按${groupNames}合计件数排出前 ${profiles.length} 名（共 ${known} 份报告有数据），第一名${first.label}共 ${formatCount(first.refused)} 件${
          first.outcomes ? `，占其${outcomes}的 ${formatPercent(first.refused / first.outcomes)}` : ''
        }${missingClause(missing)}。`;
  const table = {
    columns: [
      { key: 'rank', label: '排名' },
      { key: 'label', label: '地区' },
      { key: 'refused', label: '合计（件）' },
      { key: 'outcomes', label: `${outcomes}（件）` },
      ...refusalCategories.map((c) => ({ key: c.key, label: `${c.label}（%）` })),
    ],
    rows: [
      ...profiles.map((p) => ({
        rank: p.rank,
        label: p.label,
        refused: p.refused,
        outcomes: p.outcomes,
        ...Object.fromEntries(p.cells.map((c) => [c.category.key, percentValue(c.share)])),
      })),
      { rank: null, label: `无此项数据的报告：${missing} 份`, refused: null, outcomes: null },
    ],
  };
  const cells: CellDatum[] = profiles.flatMap((p) =>
    p.cells.map((c) => {
      const bucket = c.share == null ? null : bucketOf(c.share);
      return {
        row: p.key,
        rowLabel: p.label,
        column: c.category.key,
        columnLabel: c.category.label,
        share: c.share,
        colour: bucket?.colour ?? missingColour,
        dark: bucket?.dark ?? false,
        text: c.share == null ? '—' : c.share === 0 ? '0' : `${Math.round(c.share * 100)}`,
        title: `${p.label} · ${c.category.label}：${c.value == null ? '无数据' : `${formatCount(c.value)} 件`}${c.share != null ? `（${formatPercent(c.share)}）` : ''}`,
      };
    }),
  );
  return makeFigure(
    {
      id: options.id ?? 'refusal-heatmap',
      kind: 'refusal-heatmap',
      title: `${when}${requestRowGroups.withheld.label}等结果最多的 ${profiles.length || top} 个地区`,
      caption: `行：按${groupNames}合计件数排序的前 ${top} 名；列：${requestRowGroups.withheld.label}八类理由与其余三类；格中数字为该类占该地区${outcomes}的百分比（取整），灰格“—”为无数据。`,
      summary,
    },
    table,
    profiles.length === 0
      ? null
      : (document) => [
          legendBlock(document, [...shareBuckets.map((b) => ({ label: b.label, colour: b.colour })), { label: '无数据', colour: missingColour }]),
          heatmapBlock(
            document,
            profiles.map((p) => ({ key: p.key, label: p.label })),
            refusalCategories.map((c) => ({ key: c.key, label: c.label })),
            cells,
          ),
        ],
    `${when}没有${groupNames}数据`,
  );
}
