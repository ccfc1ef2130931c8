/**
 * Geometry passed between the PDF steps. All coordinates are in the page's
 * viewport at scale 1 (PDF points, origin top-left, y grows downward, page
 * rotation applied), so "above" means a smaller y.
 */

/** A run of text as drawn on the page. */
export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The font size (em) in points. */
  size: number;
  /** Written top to bottom (a vertical font or a rotated run). */
  vertical: boolean;
}

/** An axis-aligned ruling line (table border). */
export interface Ruling {
  orientation: 'h' | 'v';
  /** y of a horizontal line, x of a vertical one. */
  at: number;
  /** Extent along the line: x0..x1 for horizontal, top..bottom for vertical. */
  from: number;
  to: number;
}

/** Text boxes and rulings of one page. */
export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  boxes: TextBox[];
  rulings: Ruling[];
}

/** A rectangle. */
export interface Rect {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A table cell found from the rulings; spans are in grid rows/columns. */
export interface LatticeCell extends Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** A ruled table: grid lines, and cells with their text. */
export interface LatticeTable extends Rect {
  /** x of each column boundary, left to right (columns = xs.length - 1). */
  xs: number[];
  /** y of each row boundary, top to bottom (rows = ys.length - 1). */
  ys: number[];
  cells: LatticeCell[];
}

/** One output line of the page before paragraphs are joined. */
export interface LayoutLine extends Rect {
  /** Cells of a table row (joined by TAB) or a single cell of prose. */
  cells: string[];
  /** Part of a ruled table (never joined into a paragraph). */
  table: boolean;
  /** Typical font size of the line. */
  size: number;
  page: number;
}
