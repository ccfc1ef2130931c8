/**
 * The chart shapes the atlas uses, each a plain function from shaped data to
 * a Plot-rendered block: ranked horizontal bars, columns, 100 % stacked bars,
 * a share heatmap and year panels. Positions of stacked segments are computed
 * here rather than by Plot's stack transform so the text labels sit exactly
 * on the segments they name.
 */
import * as Plot from '@observablehq/plot';
import { plotBlock, type Block } from './render.ts';
import { barColour, chartWidth, fontSize, missingColour, textColourOn } from './theme.ts';
import { formatCount, textWidthEm, truncateLabel } from './text.ts';

/** Widest label (em) drawn beside a bar; longer ones are cut with "…" (the table has them whole). */
const maxLabelEm = 12;
const rowStep = 26;

/** One bar: `key` is unique (labels may repeat), `text` is printed at its end, `title` is the hover text. */
export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
  text: string;
  title: string;
  colour?: string;
}

/** Tick values for small count domains, so an axis up to 3 does not show 0.5. */
function integerTicks(max: number): number[] | undefined {
  if (max > 10) return undefined;
  return Array.from({ length: Math.max(1, Math.ceil(max)) + 1 }, (_, i) => i);
}

/** A vertical count axis from 0 with whole-number ticks. */
function countAxis(max: number, label: string) {
  return {
    // Headroom so the value printed above the tallest column stays inside the plot.
    domain: [0, max > 0 ? max * 1.12 : 1],
    label,
    labelArrow: 'none' as const,
    grid: true,
    ticks: integerTicks(max > 0 ? max : 1) ?? 5,
    tickFormat: (d: number) => formatCount(d),
  };
}

function labelMargin(labels: string[]): number {
  const em = Math.min(maxLabelEm, Math.max(2, ...labels.map(textWidthEm)));
  return Math.ceil(em * fontSize) + 14;
}

function textMargin(texts: string[]): number {
  return Math.ceil(Math.max(2, ...texts.map(textWidthEm)) * fontSize) + 10;
}

/** Horizontal bars in the given order (rankings, categories), value printed at the end of each bar; `percent`: values are shares 0–1. */
export function barsBlock(
  document: Document,
  data: BarDatum[],
  opts: { xLabel: string; percent?: boolean; labelEm?: number },
): Block {
  const labelOf = new Map(data.map((d) => [d.key, truncateLabel(d.label, opts.labelEm ?? maxLabelEm)]));
  const known = data.filter((d) => d.value != null);
  const max = Math.max(0, ...known.map((d) => d.value!));
  const domainMax = max > 0 ? max : opts.percent ? 0.01 : 1;
  return plotBlock(document, {
    width: chartWidth,
    height: 50 + data.length * rowStep,
    marginTop: 10,
    marginBottom: 40,
    marginLeft: labelMargin([...labelOf.values()]),
    marginRight: textMargin(data.map((d) => d.text)),
    x: {
      domain: [0, domainMax],
      label: opts.xLabel,
      labelArrow: 'none',
      labelAnchor: 'center',
      grid: true,
      ticks: opts.percent ? 5 : (integerTicks(domainMax) ?? 6),
      tickFormat: opts.percent ? (d: number) => `${Math.round(d * 1000) / 10}%` : (d: number) => formatCount(d),
    },
    y: { domain: data.map((d) => d.key), label: null, tickFormat: (k: string) => labelOf.get(k) ?? k, padding: 0.2 },
    marks: [
      Plot.barX(known, { x: 'value', y: 'key', fill: (d: BarDatum) => d.colour ?? barColour, title: 'title' }),
      Plot.ruleX([0]),
      Plot.text(data, {
        x: (d: BarDatum) => d.value ?? 0,
        y: 'key',
        text: 'text',
        dx: 4,
        textAnchor: 'start',
        fill: (d: BarDatum) => (d.value == null ? '#666' : 'currentColor'),
      }),
    ],
  });
}

/** Vertical columns over ordered categories (histogram bins, years). */
export function columnsBlock(document: Document, data: BarDatum[], opts: { xLabel: string; yLabel: string }): Block {
  const known = data.filter((d) => d.value != null);
  const max = Math.max(0, ...known.map((d) => d.value!));
  const marginLeft = 56;
  const band = (chartWidth - marginLeft - 20) / Math.max(1, data.length);
  const widestLabel = Math.max(1, ...data.map((d) => textWidthEm(d.label))) * fontSize;
  const rotate = widestLabel > band - 4;
  // A label rotated by 40° rises sin(40°) ≈ 0.64 of its length.
  const rise = rotate ? Math.ceil(widestLabel * 0.64) : 0;
  return plotBlock(document, {
    width: chartWidth,
    height: 260 + rise,
    marginTop: 24,
    marginLeft,
    marginRight: 20,
    marginBottom: 40 + rise,
    x: {
      domain: data.map((d) => d.key),
      label: opts.xLabel,
      labelArrow: 'none',
      labelAnchor: 'center',
      tickFormat: (k: string) => data.find((d) => d.key === k)?.label ?? k,
      tickRotate: rotate ? -40 : 0,
      padding: 0.15,
    },
    y: countAxis(max, opts.yLabel),
    marks: [
      Plot.barY(known, { x: 'key', y: 'value', fill: (d: BarDatum) => d.colour ?? barColour, title: 'title' }),
      Plot.ruleY([0]),
      // Narrow columns get smaller value labels so neighbours do not collide (the table has every figure).
      Plot.text(data, { x: 'key', y: (d: BarDatum) => d.value ?? 0, text: 'text', dy: -7, fontSize: band < 32 ? Math.max(9, Math.floor(band / 2.6)) : undefined }),
    ],
  });
}

/** One segment of a 100 % stacked bar. */
export interface StackDatum {
  /** Row key (unique) and its label. */
  row: string;
  rowLabel: string;
  series: string;
  seriesLabel: string;
  value: number;
  /** Share of the row total, 0–1. */
  share: number;
  colour: string;
  title: string;
}

/** 100 % stacked horizontal bars, one per row, segments in `series` order, shares printed where they fit. */
export function stackedSharesBlock(document: Document, rows: { key: string; label: string }[], data: StackDatum[], opts: { xLabel: string }): Block {
  const labelOf = new Map(rows.map((r) => [r.key, truncateLabel(r.label, maxLabelEm)]));
  // Segment extents: cumulative shares in series order within each row.
  const placed: (StackDatum & { x1: number; x2: number; mid: number })[] = [];
  for (const row of rows) {
    let x = 0;
    for (const d of data.filter((s) => s.row === row.key)) {
      placed.push({ ...d, x1: x, x2: x + d.share, mid: x + d.share / 2 });
      x += d.share;
    }
  }
  const chartInner = chartWidth - labelMargin([...labelOf.values()]) - 20;
  const labelled = placed.filter((d) => d.share * chartInner >= textWidthEm(pct(d.share)) * fontSize + 4);
  return plotBlock(document, {
    width: chartWidth,
    height: 50 + rows.length * 32,
    marginTop: 10,
    marginBottom: 40,
    marginLeft: labelMargin([...labelOf.values()]),
    marginRight: 20,
    x: {
      domain: [0, 1],
      label: opts.xLabel,
      labelArrow: 'none',
      labelAnchor: 'center',
      ticks: [0, 0.25, 0.5, 0.75, 1],
      tickFormat: (d: number) => `${Math.round(d * 100)}%`,
    },
    y: { domain: rows.map((r) => r.key), label: null, tickFormat: (k: string) => labelOf.get(k) ?? k, padding: 0.15 },
    marks: [
      Plot.barX(placed, { x1: 'x1', x2: 'x2', y: 'row', fill: 'colour', title: 'title', stroke: '#fff', strokeWidth: 0.5 }),
      Plot.text(labelled, { x: 'mid', y: 'row', text: (d: StackDatum) => pct(d.share), fill: (d: StackDatum) => textColourOn(d.colour) }),
    ],
  });
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One heatmap cell; `share` null means the report has no figure for it. */
export interface CellDatum {
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  share: number | null;
  colour: string;
  dark: boolean;
  text: string;
  title: string;
}

/** Rows × columns of shares, columns labelled on top (rotated), each cell printing its share. */
export function heatmapBlock(document: Document, rows: { key: string; label: string }[], columns: { key: string; label: string }[], cells: CellDatum[]): Block {
  const labelOf = new Map(rows.map((r) => [r.key, truncateLabel(r.label, maxLabelEm)]));
  const columnLabelOf = new Map(columns.map((c) => [c.key, c.label]));
  const marginLeft = labelMargin([...labelOf.values()]);
  const widestColumn = Math.max(...columns.map((c) => textWidthEm(c.label))) * fontSize;
  const marginTop = Math.ceil(widestColumn * 0.75) + 16;
  const cellHeight = 26;
  return plotBlock(document, {
    width: chartWidth,
    height: marginTop + rows.length * cellHeight + 10,
    marginTop,
    marginBottom: 10,
    marginLeft,
    marginRight: 40,
    x: {
      domain: columns.map((c) => c.key),
      axis: 'top',
      label: null,
      tickFormat: (k: string) => columnLabelOf.get(k) ?? k,
      tickRotate: -40,
      padding: 0.05,
    },
    y: { domain: rows.map((r) => r.key), label: null, tickFormat: (k: string) => labelOf.get(k) ?? k, padding: 0.05 },
    marks: [
      Plot.cell(cells, { x: 'column', y: 'row', fill: (d: CellDatum) => (d.share == null ? missingColour : d.colour), title: 'title', inset: 0.5 }),
      Plot.text(cells, { x: 'column', y: 'row', text: 'text', fill: (d: CellDatum) => (d.dark ? '#fff' : '#000'), fontSize: 12 }),
    ],
  });
}

/** One value in a panel of the year-over-year chart. */
export interface PanelDatum {
  panel: string;
  panelLabel: string;
  x: string;
  value: number | null;
  text: string;
  title: string;
}

/** Side-by-side panels (one per measure), columns per year within each, values printed on top. */
export function panelColumnsBlock(document: Document, panels: { key: string; label: string }[], xs: string[], data: PanelDatum[], opts: { yLabel: string }): Block {
  const known = data.filter((d) => d.value != null);
  const max = Math.max(0, ...known.map((d) => d.value!));
  const panelLabelOf = new Map(panels.map((p) => [p.key, p.label]));
  return plotBlock(document, {
    width: chartWidth,
    height: 290,
    marginTop: 40,
    marginLeft: 56,
    marginRight: 10,
    marginBottom: 30,
    fx: { domain: panels.map((p) => p.key), label: null, tickFormat: (k: string) => panelLabelOf.get(k) ?? k, padding: 0.12 },
    x: { domain: xs, label: null, padding: 0.15 },
    y: countAxis(max, opts.yLabel),
    marks: [
      Plot.barY(known, { fx: 'panel', x: 'x', y: 'value', fill: barColour, title: 'title' }),
      Plot.ruleY([0]),
      Plot.text(data, { fx: 'panel', x: 'x', y: (d: PanelDatum) => d.value ?? 0, text: 'text', dy: -7 }),
    ],
  });
}
