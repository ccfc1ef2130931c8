/**
 * hast article → mdast blocks: headings, paragraphs and GFM tables, each
 * with a position whose lines point into the HTML source.
 */
import type { Element, ElementContent } from 'hast';
import type { Heading, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { tidySpacing } from '../spacing.ts';
import { isLayoutTable, tableGrid, tableRows } from './table.ts';

type Block = Heading | Paragraph | Table;

/** Elements that start a new block; everything else is inline and joins the current paragraph. */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table',
]);

/** Positions of a run of nodes: from the first start to the last end. */
function spanOf(positions: (Position | undefined)[]): Position | undefined {
  const known = positions.filter((p): p is Position => p != null);
  if (known.length === 0) return undefined;
  return { start: known[0].start, end: known[known.length - 1].end };
}

function textNode(value: string, position?: Position) {
  return { type: 'text' as const, value, ...(position ? { position } : {}) };
}

/** Collects inline text until a block boundary, then emits one paragraph. */
class ParagraphBuffer {
  private parts: string[] = [];
  private positions: (Position | undefined)[] = [];
  constructor(private readonly out: Block[]) {}

  add(value: string, position: Position | undefined) {
    this.parts.push(value);
    if (value.trim()) this.positions.push(position);
  }

  flush() {
    const value = tidySpacing(this.parts.join(''));
    if (value) {
      const position = spanOf(this.positions);
      this.out.push({ type: 'paragraph', children: [textNode(value, position)], ...(position ? { position } : {}) });
    }
    this.parts = [];
    this.positions = [];
  }
}

/** Text and positions of an element's text nodes. */
function inlineText(el: Element): { text: string; position: Position | undefined } {
  const parts: string[] = [];
  const positions: (Position | undefined)[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      parts.push(node.value);
      if (node.value.trim()) positions.push(node.position);
    } else if (node.type === 'element') {
      if (node.tagName === 'br') parts.push(' ');
      node.children.forEach(walk);
    }
  };
  el.children.forEach(walk);
  return { text: tidySpacing(parts.join('')), position: spanOf(positions) ?? el.position };
}

/** A data table as a GFM table node; every cell holds one text node. */
export function tableNode(table: Element): Table | null {
  const lines = tableGrid(table);
  if (lines.length === 0) return null;
  const width = lines[0].slots.length;
  const rows: TableRow[] = lines.map((line) => {
    const rowPosition = line.row.position;
    const cells: TableCell[] = line.slots.map((slot) => {
      const position = slot.origin ? (slot.cell.position ?? rowPosition) : rowPosition;
      return { type: 'tableCell', children: [textNode(slot.text, position)], ...(position ? { position } : {}) };
    });
    return { type: 'tableRow', children: cells, ...(rowPosition ? { position: rowPosition } : {}) };
  });
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows,
    ...(table.position ? { position: table.position } : {}),
  };
}

/** Turn an element's content into blocks, in document order. */
export function toBlocks(root: Element): RootContent[] {
  const out: Block[] = [];
  const paragraph = new ParagraphBuffer(out);

  const visit = (node: ElementContent) => {
    if (node.type === 'text') {
      paragraph.add(node.value, node.position);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (tag === 'br' || tag === 'hr') {
      // Government pages use <br> between lines that are separate statements (signature, date).
      paragraph.flush();
      return;
    }
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      paragraph.flush();
      const { text, position } = inlineText(node);
      if (text) {
        out.push({
          type: 'heading',
          depth: Number(heading[1]) as Heading['depth'],
          children: [textNode(text, position)],
          ...(position ? { position } : {}),
        });
      }
      return;
    }
    if (tag === 'table') {
      paragraph.flush();
      if (isLayoutTable(node)) {
        for (const row of tableRows(node)) visit(row);
      } else {
        const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
        if (caption) visit(caption);
        const table = tableNode(node);
        if (table) out.push(table);
      }
      return;
    }
    const block = blockTags.has(tag);
    if (block) paragraph.flush();
    node.children.forEach(visit);
    if (block) paragraph.flush();
  };

  root.children.forEach(visit);
  paragraph.flush();
  return out;
}
