/**
 * HTML table → rectangular grid. Row and column spans are expanded the way a
 * browser lays them out; a spanned cell's text goes in its first (top-left)
 * slot and the slots it covers become empty, because the matcher looks for
 * a row's label in the first slot it occupies.
 */
import type { Element, ElementContent } from 'hast';
import { tidySpacing } from '../spacing.ts';

export interface GridSlot {
  text: string;
  /** The `<td>`/`<th>` this slot belongs to (also for covered slots). */
  cell: Element;
  /** True for the cell's first slot, false for the slots its spans cover. */
  origin: boolean;
}

export interface GridLine {
  /** The `<tr>` element. */
  row: Element;
  slots: GridSlot[];
}

function elements(node: Element): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element');
}

/** The table's own rows (through thead/tbody/tfoot), not the rows of nested tables. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elements(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...elements(child).filter((r) => r.tagName === 'tr'));
  }
  return rows;
}

function rowCells(row: Element): Element[] {
  return elements(row).filter((c) => c.tagName === 'td' || c.tagName === 'th');
}

/** True when a cell holds another table: the outer table is page layout, not data. */
export function isLayoutTable(table: Element): boolean {
  const rows = tableRows(table);
  const hasNested = (node: Element): boolean => elements(node).some((c) => c.tagName === 'table' || hasNested(c));
  if (rows.some((r) => rowCells(r).some(hasNested))) return true;
  // A one-column table is a frame around prose, never a form table.
  return rows.every((r) => rowCells(r).length <= 1);
}

const blockTags = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'section']);

/** Text of a cell: `<br>` and block children separate words; whitespace tidied. */
export function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      if (node.tagName === 'br') parts.push(' ');
      const block = blockTags.has(node.tagName);
      if (block) parts.push(' ');
      node.children.forEach(walk);
      if (block) parts.push(' ');
    }
  };
  cell.children.forEach(walk);
  return tidySpacing(parts.join(''));
}

function span(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, max);
}

/**
 * Lay the table out on a grid. `rowspan="0"` spans to the last row; spans
 * are clamped to the table. Rows and columns that are empty everywhere
 * (Word's spacer rows, zero-width ghost columns) are dropped.
 */
export function tableGrid(table: Element): GridLine[] {
  const rows = tableRows(table);
  const occupied: (GridSlot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of rowCells(row)) {
      while (occupied[r][c]) c++;
      const rowSpan = span(cell.properties?.rowSpan, 1, rows.length - r) || rows.length - r;
      const colSpan = Math.max(1, span(cell.properties?.colSpan, 1, 1000));
      const text = cellText(cell);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          occupied[r + dr][c + dc] = { text: dr === 0 && dc === 0 ? text : '', cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...occupied.map((r) => r.length));
  const keepColumn = Array.from({ length: width }, (_, c) => occupied.some((r) => r[c]?.text));
  return rows
    .map((row, r) => ({
      row,
      slots: Array.from({ length: width }, (_, c) => occupied[r][c] ?? { text: '', cell: row, origin: false }).filter(
        (_, c) => keepColumn[c],
      ),
    }))
    .filter((line) => line.slots.some((s) => s.text !== ''));
}
