/**
 * Types passed between the pipeline steps:
 * bytes ─ingest→ SourceText + mdast tree ─grid→ ReportDocument ─match→ DraftRecord ─assemble→ record ─checks→ record + messages
 */
import type { Root } from 'mdast';
import type { SectionKey } from '../model/catalogue.ts';
import type { SourceFormat } from '../model/record.ts';

/** Decoded source text with what it was decoded from. */
export interface SourceText {
  text: string;
  format: SourceFormat;
  /** null for formats that are not byte-decoded text (pdf, docx). */
  encoding: string | null;
}

/**
 * What every reader in src/ingest returns: the text that line numbers refer to
 * (for PDF/DOCX the extracted text), and an mdast tree whose table data is in
 * GFM `table` → `tableRow` → `tableCell` nodes and whose prose is in
 * `heading`/`paragraph` nodes, all with `position` (1-based lines into `text`).
 */
export interface ReadResult extends SourceText {
  tree: Root;
}

/** One cell of a table grid, as printed (trimmed, artefacts removed). */
export interface Cell {
  text: string;
  line: number;
}

/** One row of a table grid. */
export interface GridRow {
  cells: Cell[];
  /** Line of the row's first cell. */
  line: number;
}

/** A table as a list of rows, in reading order, tagged with the report section it sits in. */
export interface Grid {
  section: SectionKey | null;
  rows: GridRow[];
}

/**
 * A block of running text (heading or paragraph), for issuer, dates and narrative figures.
 * Hard-wrapped source lines (PDF text) are joined into one block without the line
 * breaks, so a sentence like "受理…申请 3119 件，答复 3050 件" reads whole; use
 * `lineOf(block, offset)` to get the source line of a match.
 */
export interface ProseBlock {
  text: string;
  /** Source line of the block's first character. */
  line: number;
  /** Offsets in `text` where each further source line starts (ascending; empty for one-line blocks). */
  lineBreaks: number[];
  section: SectionKey | null;
  heading: boolean;
}

/** The 1-based source line of character `offset` of a prose block. */
export function lineOf(block: ProseBlock, offset: number): number {
  let line = block.line;
  for (const start of block.lineBreaks) {
    if (start > offset) break;
    line++;
  }
  return line;
}

/** The report after the grid step: its tables and its prose, in order. */
export interface ReportDocument {
  grids: Grid[];
  prose: ProseBlock[];
}
