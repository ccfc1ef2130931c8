/**
 * Corpus charts of the two fees. 行政事业性收费 (§二, 万元) and 信息处理费
 * (§六, 元) are different things in different units: separate charts,
 * never added together.
 */
import { processingFee, proactiveValueRows, unitLabels } from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { logBins, processingFeeStatus, rankBy, reportsOfYear } from './data.ts';
import { barsBlock, columnsBlock, type BarDatum } from './blocks.ts';
import { missingClause, rankingBars, topOf } from './corpus.ts';
import { makeFigure } from './figure.ts';
import { headingBlock, noteBlock } from './render.ts';
import { categorical } from './theme.ts';
import { formatAmount, formatCount, yearText } from './text.ts';
import type { ChartFigure, CorpusChartOptions, ChartTable } from './types.ts';

const adminFees = proactiveValueRows.find((r) => r.key === 'administrativeFeesWan')!;
const wan = unitLabels['wan-yuan'];
const yuan = unitLabels.yuan;

function feeTable(unit: string): ChartTable['columns'] {
  return [
    { key: 'part', label: '部分' },
    { key: 'rank', label: '排名' },
    { key: 'name', label: '地区或区间' },
    { key: 'value', label: `金额（${unit}）` },
    { key: 'reports', label: '报告数（份）' },
  ];
}

/** 行政事业性收费 (万元): top N regions and the distribution over all reports of a year. */
export function adminFeesChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const top = topOf(options);
  const { year, records: reports } = reportsOfYear(records, options.year);
  const ranking = rankBy(reports, (r) => r.proactive.administrativeFeesWan, options.label, top);
  const bins = logBins(ranking.values, formatAmount);
  const when = yearText(year);
  const zero = ranking.values.filter((v) => v === 0).length;
  const first = ranking.entries[0];
  const summary =
    ranking.known === 0
      ? `${when}没有报告填报${adminFees.label}。`
      : `${when}${ranking.known} 份报告填报${adminFees.label}，合计 ${formatAmount(ranking.sum!)} ${wan}，最多的是${first.label}（${formatAmount(first.value)} ${wan}），${zero} 份为 0${missingClause(ranking.missing)}。`;
  const table = {
    columns: feeTable(wan),
    rows: [
      ...ranking.entries.map((e) => ({ part: `前 ${top} 名`, rank: e.rank, name: e.label, value: e.value, reports: null })),
      ...bins.map((b) => ({ part: '分布', rank: null, name: `${b.label} ${wan}`, value: null, reports: b.count })),
      { part: '合计', rank: null, name: `${ranking.known} 份报告`, value: ranking.sum, reports: ranking.known },
      { part: '缺失', rank: null, name: '无此项数据', value: null, reports: ranking.missing },
    ],
  };
  const columns: BarDatum[] = bins.map((b) => ({ key: b.key, label: b.label, value: b.count, text: formatCount(b.count), title: `${b.label} ${wan}：${b.count} 份报告`, colour: categorical[1] }));
  return makeFigure(
    {
      id: options.id ?? 'admin-fees',
      kind: 'admin-fees',
      title: `${when}${adminFees.label}（${wan}）`,
      caption: `报告第二部分第二十条第（八）项${adminFees.label}，单位${wan}；上图为金额最高的前 ${top} 名，下图为所有报告金额的分布（区间按 1、2、5 对数递增，含下限不含上限，0 单列）。与${processingFee.label}（${yuan}）无关，两者不相加。空白或“/”视为无数据。`,
      summary,
    },
    table,
    ranking.known === 0
      ? null
      : (document) => [
          headingBlock(document, `金额最高的 ${ranking.entries.length} 个地区（${wan}）`),
          barsBlock(document, rankingBars(ranking.entries, (e) => formatAmount(e.value)), { xLabel: `${adminFees.label}（${wan}）` }),
          headingBlock(document, `${ranking.known} 份报告的金额分布`),
          columnsBlock(document, columns, { xLabel: `${adminFees.label}（${wan}）`, yLabel: '报告数（份）' }),
        ],
    `${when}没有${adminFees.label}数据`,
  );
}

/** 信息处理费 (元): how many reports charged, stated 0, or said nothing; the top N that charged. */
export function processingFeesChart(records: readonly ReportRecord[], options: CorpusChartOptions): ChartFigure {
  const top = topOf(options);
  const { year, records: reports } = reportsOfYear(records, options.year);
  const status = processingFeeStatus(reports);
  const charged = rankBy(reports, (r) => (r.processingFeeYuan != null && r.processingFeeYuan > 0 ? r.processingFeeYuan : null), options.label, top);
  const when = yearText(year);
  const statuses = [
    { key: 'charged', label: '收取了', count: status.charged },
    { key: 'zero', label: '未收取（0 元）', count: status.zero },
    { key: 'missing', label: '报告未提及', count: status.missing },
  ];
  const summary =
    reports.length === 0
      ? `${when}没有报告。`
      : `${when}${reports.length} 份报告中，${status.charged} 份收取了${processingFee.label}${
          status.charged > 0 ? `，合计 ${formatAmount(charged.sum!)} ${yuan}，最多的是${charged.entries[0].label}（${formatAmount(charged.entries[0].value)} ${yuan}）` : ''
        }，${status.zero} 份写明未收取，${status.missing} 份未提及。`;
  const table = {
    columns: feeTable(yuan),
    rows: [
      ...statuses.map((s) => ({ part: '报告情况', rank: null, name: s.label, value: s.key === 'charged' ? charged.sum : s.key === 'zero' ? 0 : null, reports: s.count })),
      ...charged.entries.map((e) => ({ part: `收费最多的前 ${top} 名`, rank: e.rank, name: e.label, value: e.value, reports: null })),
    ],
  };
  const statusBars: BarDatum[] = statuses.map((s, i) => ({ key: s.key, label: s.label, value: s.count, text: `${formatCount(s.count)} 份`, title: `${s.label}：${s.count} 份报告`, colour: categorical[[5, 2, 6][i]] }));
  return makeFigure(
    {
      id: options.id ?? 'processing-fees',
      kind: 'processing-fees',
      title: `${when}${processingFee.label}（${yuan}）`,
      caption: `报告第六部分文字所述${processingFee.label}，单位${yuan}：“未收取”“没有产生”记为 0，未提及为无数据。上图为报告份数，下图为收费金额最高的前 ${top} 名。与${adminFees.label}（${wan}）无关，两者不相加。`,
      summary,
    },
    table,
    reports.length === 0
      ? null
      : (document) => [
          headingBlock(document, `${processingFee.label}：报告份数`),
          barsBlock(document, statusBars, { xLabel: '报告数（份）' }),
          headingBlock(document, `收费最多的地区（${yuan}）`),
          charged.known === 0
            ? noteBlock(document, `${when}没有报告收取${processingFee.label}`)
            : barsBlock(document, rankingBars(charged.entries, (e) => formatAmount(e.value), categorical[5]), { xLabel: `${processingFee.label}（${yuan}）` }),
        ],
    `${when}没有报告`,
  );
}
