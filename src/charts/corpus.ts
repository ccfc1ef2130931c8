/** Pieces shared by the corpus-page charts: defaults, table rows for missing figures, ranking bars. */
import type { RankedEntry } from './data.ts';
import type { BarDatum } from './blocks.ts';
import type { CorpusChartOptions } from './types.ts';

export const defaultTop = 20;

export function topOf(options: CorpusChartOptions): number {
  return Math.max(1, Math.floor(options.top ?? defaultTop));
}

/** Bars of a ranking, labelled by the caller's label function, with the full label and rank as hover text. */
export function rankingBars(entries: RankedEntry[], text: (e: RankedEntry) => string, colour?: string): BarDatum[] {
  return entries.map((e) => ({ key: e.key, label: e.label, value: e.value, text: text(e), title: `第 ${e.rank} 名 ${e.label}：${text(e)}`, colour }));
}

/** "；12 份报告无此项数据" or "" — appended to summaries. */
export function missingClause(missing: number): string {
  return missing > 0 ? `；${missing} 份报告无此项数据` : '';
}
