/** Assembling a ChartFigure: the SVG (or a no-data note) plus its table. */
import { createChartDocument, noDataSvg, toSvgString, type Block } from './render.ts';
import type { ChartFigure, ChartTable } from './types.ts';

export interface FigureText {
  id: string;
  /** Chart kind: fixed class name `atlas-chart-<kind>`. */
  kind: string;
  title: string;
  caption: string;
  summary: string;
}

/**
 * A figure drawn by `draw` (given a fresh DOM), or — when `empty` says why
 * there is nothing to draw — a figure whose SVG is that short note.
 */
export function makeFigure(
  text: FigureText,
  table: ChartTable,
  draw: ((document: Document) => Block[]) | null,
  empty: string,
): ChartFigure {
  const meta = { kind: text.kind, title: text.title, description: text.summary };
  let svg: string;
  if (draw == null) svg = noDataSvg(empty, meta);
  else {
    const document = createChartDocument();
    svg = toSvgString(document, draw(document), meta);
  }
  return { id: text.id, title: text.title, caption: text.caption, summary: text.summary, svg, table };
}

