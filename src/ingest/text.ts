/**
 * A unified parser for reports saved as plain text: Word exports with tabs,
 * one-cell-per-line blocks, pdftotext output with space-separated numbers.
 * It recognises table rows and prose and yields an mdast tree (GFM table
 * nodes, headings, paragraphs) so every layout meets the same grid step.
 */
import type { Heading, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Processor } from 'unified';
import { unified } from 'unified';
import { sectionOf, stripDecoration } from '../model/labels.ts';
import { sections, type SectionKey } from '../model/catalogue.ts';

const tableSections = new Set<SectionKey>(sections.filter((s) => s.tables).map((s) => s.key));

/** A token that is a printed figure (or a placeholder for one) rather than label text. */
const figureToken = /^(?:[-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|[/／\\—–-]|－)$/;

/** Page furniture printed by PDF converters: "- 3 -", "-3-", "第 3 页". */
const pageNumber = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)\s*$/;

interface Line {
  text: string;
  line: number;
}

function point(line: number, column: number) {
  return { line, column, offset: undefined };
}

function position(start: number, end: number, endColumn = 1) {
  return { start: point(start, 1), end: point(end, endColumn) };
}

function cellNode(text: string, line: number): TableCell {
  return {
    type: 'tableCell',
    children: text ? [{ type: 'text', value: text, position: position(line, line) }] : [],
    position: position(line, line),
  };
}

function rowNode(cells: { text: string; line: number }[]): TableRow {
  const first = cells[0]?.line ?? 1;
  const last = cells[cells.length - 1]?.line ?? first;
  return { type: 'tableRow', children: cells.map((c) => cellNode(c.text, c.line)), position: position(first, last) };
}

/** Clean one raw line: Word bookmarks, zero-width characters, non-breaking spaces. */
function cleanLine(raw: string): string {
  return raw
    .replace(/\r$/, '')
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ');
}

/** Split a space-separated line (pdftotext) into a label cell and trailing figure cells. */
export function splitSpacedRow(text: string): string[] {
  const tokens = text.trim().split(/[ \u3000]+/).filter(Boolean);
  let i = tokens.length;
  while (i > 0 && figureToken.test(tokens[i - 1])) i--;
  const label = tokens.slice(0, i).join(' ');
  return label ? [label, ...tokens.slice(i)] : tokens.slice(i);
}

/** Number of trailing figure tokens on a space-separated line. */
function trailingFigures(text: string): number {
  const cells = splitSpacedRow(text);
  return cells.filter((c) => figureToken.test(c)).length;
}

/** Parse report text into mdast. Pure: same text, same tree. */
export function parsePlainReport(doc: string): Root {
  const lines: Line[] = doc.split('\n').map((text, i) => ({ text: cleanLine(text), line: i + 1 }));
  const hasSections = lines.some((l) => {
    const s = sectionOf(l.text);
    return s !== null && tableSections.has(s);
  });

  const children: RootContent[] = [];
  let section: SectionKey | null = null;
  let table: Table | null = null;
  let prose: Line[] = [];
  let cellBlock: { text: string; line: number }[] = [];

  const flushProse = () => {
    if (prose.length === 0) return;
    const value = prose.map((l) => stripDecoration(l.text)).join('\n');
    const first = prose[0].line;
    const last = prose[prose.length - 1].line;
    const para: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value, position: position(first, last) }],
      position: position(first, last),
    };
    children.push(para);
    prose = [];
  };
  const flushCells = () => {
    if (cellBlock.length === 0) return;
    pushRow(cellBlock);
    cellBlock = [];
  };
  const closeTable = () => {
    flushCells();
    table = null;
  };
  const pushRow = (cells: { text: string; line: number }[]) => {
    if (!table) {
      table = { type: 'table', align: [], children: [], position: position(cells[0].line, cells[0].line) };
      children.push(table);
    }
    const row = rowNode(cells);
    table.children.push(row);
    table.position!.end = row.position!.end;
  };

  for (const l of lines) {
    const raw = l.text;
    // A lone TAB is an empty cell of a one-cell-per-line block, not a blank line.
    if (/^[ \u3000]*$/.test(raw)) {
      flushCells();
      flushProse();
      continue;
    }
    if (pageNumber.test(raw)) continue;

    // A line with cells between tabs is a table row, never a heading.
    const heading = raw.trim().includes('\t') ? null : sectionOf(raw);
    if (heading) {
      closeTable();
      flushProse();
      section = heading;
      const node: Heading = {
        type: 'heading',
        depth: 2,
        children: [{ type: 'text', value: stripDecoration(raw), position: position(l.line, l.line) }],
        position: position(l.line, l.line),
      };
      children.push(node);
      continue;
    }

    const inTable = section !== null && tableSections.has(section);
    const singleCell = /^\t[^\t]*$/.test(raw);
    if (raw.includes('\t') && (inTable || !singleCell || cellBlock.length > 0)) {
      flushProse();
      if (singleCell) {
        // One cell per line: the row runs until a blank line.
        cellBlock.push({ text: raw.slice(1).trim(), line: l.line });
      } else {
        flushCells();
        pushRow(raw.split('\t').map((text) => ({ text: text.trim(), line: l.line })));
      }
      continue;
    }
    if (cellBlock.length > 0) {
      // A cell wrapped onto the next line without the leading tab ("商业\n企业").
      cellBlock[cellBlock.length - 1].text += raw.trim();
      continue;
    }
    if (inTable || (!hasSections && trailingFigures(raw) >= 3)) {
      flushProse();
      pushRow(splitSpacedRow(stripDecoration(raw)).map((text) => ({ text, line: l.line })));
      continue;
    }
    if (table && !inTable) closeTable();
    prose.push(l);
  }
  flushCells();
  flushProse();
  return { type: 'root', children, position: position(1, lines.length) };
}

/** The unified plugin: `unified().use(remarkPlainReport).parse(text)`. */
export function remarkPlainReport(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this as unknown as { parser: (doc: string) => Root };
  self.parser = (doc: string) => parsePlainReport(doc);
}

/** Plain text → mdast, through the unified plugin. */
export function readPlainText(text: string): Root {
  return unified().use(remarkPlainReport).parse(text) as Root;
}
