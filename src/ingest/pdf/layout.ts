/**
 * Page geometry → text lines: ruled tables become one line per row (cells
 * joined by TAB), other text becomes lines by baseline; page numbers and
 * running headers/footers are dropped; visual lines of one paragraph are
 * joined (a paragraph's lines reach the right margin, its next line starts
 * at the left margin) so figures broken across lines stay readable.
 */
import { tidySpacing } from '../spacing.ts';
import { findTables, groupLines, lineText, tableRows } from './lattice.ts';
import { attachWrappedLabels } from './stream.ts';
import type { LayoutLine, PageContent, TextBox } from './types.ts';

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const figure = /^[-+]?[\d,，.．]+%?$|^[\/／—–-]$/;

/**
 * Cells of a line of an unruled table, split at wide gaps (over 1.5 em) and
 * between figures printed side by side.
 * Only lines that look like table rows (three cells or more, or a label
 * followed by figures) are split; anything else stays one cell of prose.
 */
export function gapCells(boxes: readonly TextBox[]): string[] {
  const cells: TextBox[][] = [];
  for (const box of boxes) {
    const last = cells[cells.length - 1];
    const previous = last?.[last.length - 1];
    const size = Math.min(box.size, previous?.size ?? box.size);
    const gap = previous ? box.x0 - previous.x1 : Infinity;
    // Two figures with any visible space between them are two cells, however narrow the columns.
    const figures = previous !== undefined && figure.test(previous.text) && figure.test(box.text);
    if (previous && gap <= 1.5 * size && !(figures && gap > 0.2 * size)) last.push(box);
    else cells.push([box]);
  }
  const texts = cells.map((c) => tidySpacing(lineText(c)));
  const tabular = texts.length >= 3 || (texts.length === 2 && figure.test(texts[1]));
  return tabular ? texts : [tidySpacing(lineText(boxes))];
}

/** The lines of one page, top to bottom: table rows and text lines. */
export function pageLines(page: PageContent): LayoutLine[] {
  const { tables, rest } = findTables(page.rulings, page.boxes);
  const lines: LayoutLine[] = [];
  for (const table of tables) {
    const size = median(page.boxes.filter((b) => b.x0 >= table.x0 && b.x1 <= table.x1 && b.top >= table.top && b.bottom <= table.bottom).map((b) => b.size));
    for (const row of tableRows(table)) {
      lines.push({ cells: row.cells, table: true, x0: table.x0, x1: table.x1, top: row.top, bottom: row.bottom, size, page: page.number });
    }
  }
  for (const boxes of groupLines(rest)) {
    const cells = tables.length === 0 ? gapCells(boxes) : [tidySpacing(lineText(boxes))];
    if (cells.every((c) => c === '')) continue;
    lines.push({
      cells,
      table: cells.length > 1,
      x0: Math.min(...boxes.map((b) => b.x0)),
      x1: Math.max(...boxes.map((b) => b.x1)),
      top: Math.min(...boxes.map((b) => b.top)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
      size: median(boxes.map((b) => b.size)),
      page: page.number,
    });
  }
  lines.sort((a, b) => a.top - b.top || a.x0 - b.x0);
  return tables.length === 0 ? attachWrappedLabels(lines) : lines;
}

/** "- 1 -", "-1-", "— 2 —", "3", "第 3 页", "第3页 共9页", "3/9", "Page 3". */
const pageNumber = /^[-－—–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[\/／]|共)\s*\d{1,4}\s*页?)?[-－—–_\s]*$|^page\s*\d{1,4}$/i;

/** Share of the page height at top and bottom where running heads and page numbers sit. */
const margin = 0.1;

function inMargin(line: LayoutLine, height: number): boolean {
  return line.bottom < height * margin || line.top > height * (1 - margin);
}

/**
 * Drop page numbers and running headers/footers: margin lines that are page
 * numbers, or that repeat (digits aside) on at least half of the pages.
 */
export function dropFurniture(pages: { lines: LayoutLine[]; height: number }[]): LayoutLine[][] {
  const key = (l: LayoutLine) => l.cells.join('').replace(/\d+/g, '#').replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(page.lines.filter((l) => !l.table && inMargin(l, page.height)).map(key));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => pages.length >= 2 && (counts.get(k) ?? 0) >= Math.max(2, pages.length / 2);
  const furniture = (l: LayoutLine, height: number) =>
    inMargin(l, height) && (pageNumber.test(l.cells.join(' ')) || (!l.table && repeated(key(l))));
  return pages.map((page) => page.lines.filter((l) => !furniture(l, page.height)));
}

/** Left and right edges of the running text: where most lines start, and where full lines end. */
export function textMargins(lines: readonly LayoutLine[]): { left: number; right: number } {
  const prose = lines.filter((l) => !l.table);
  if (prose.length === 0) return { left: 0, right: 0 };
  const starts = new Map<number, number>();
  for (const l of prose) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...starts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const ends = prose.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)];
  return { left, right };
}

/** Does `next` continue the paragraph whose last line is `previous`? */
export function continues(previous: LayoutLine, next: LayoutLine, margins: { left: number; right: number }, adjacentPages: boolean): boolean {
  if (previous.table || next.table) return false;
  const size = Math.max(previous.size, next.size);
  if (Math.abs(previous.size - next.size) > 0.15 * size) return false;
  const full = previous.x1 >= margins.right - 1.5 * size;
  const flush = next.x0 <= margins.left + 0.6 * size;
  if (!full || !flush) return false;
  if (previous.page === next.page) return next.top - previous.bottom <= 1.5 * size && next.top > previous.top;
  return adjacentPages;
}

/** A block of output: one table row, or one paragraph. */
export interface TextBlock {
  text: string;
  table: boolean;
}

/** Lines of all pages → blocks: table rows as TAB-joined cells, paragraphs as joined lines. */
export function toBlocks(pages: LayoutLine[][]): TextBlock[] {
  const all = pages.flat();
  const margins = textMargins(all);
  const blocks: TextBlock[] = [];
  let previous: LayoutLine | null = null;
  for (const page of pages) {
    for (const [i, line] of page.entries()) {
      const text = line.cells.join(line.table ? '\t' : ' ');
      // Across a page break only the last line of one page and the first of the next can join.
      const adjacent = previous !== null && previous.page === line.page - 1 && i === 0;
      if (previous && blocks.length && continues(previous, line, margins, adjacent)) {
        blocks[blocks.length - 1].text = tidySpacing(`${blocks[blocks.length - 1].text} ${text}`);
      } else {
        blocks.push({ text, table: line.table });
      }
      previous = line;
    }
  }
  return blocks;
}

/** Blocks → text: a blank line between paragraphs and around tables, table rows on consecutive lines. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  let out = '';
  blocks.forEach((block, i) => {
    if (i > 0) out += block.table && blocks[i - 1].table ? '\n' : '\n\n';
    out += block.text;
  });
  return out + '\n';
}
