/**
 * mdast → table grids and prose blocks, each tagged with the report section
 * (二 proactive, 三 requests, 四 review, …) it appears in.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sectionOf } from '../model/labels.ts';
import type { SectionKey } from '../model/catalogue.ts';
import type { Cell, Grid, GridRow, ProseBlock, ReportDocument } from './types.ts';

function text(node: Nodes): string {
  return toString(node, { includeHtml: false });
}

/** Cell text as printed: artefacts and line breaks inside the cell removed. */
export function cellText(raw: string): string {
  return raw
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

/**
 * Join hard-wrapped lines into one string, remembering where each line began.
 * CJK text wraps without spaces, so lines are joined directly, except between
 * two ASCII words or numbers, which keep a space.
 */
export function joinWrapped(raw: string): { text: string; lineBreaks: number[] } {
  const lines = raw.split('\n').map((p) => p.trim());
  // Pieces joined once at the end, the last character tracked aside: reading a growing
  // string's end flattens it each time (quadratic on a long hostile paragraph).
  const pieces: string[] = [];
  let length = 0;
  let last = '';
  const lineBreaks: number[] = [];
  lines.forEach((p, i) => {
    if (i > 0) {
      if (/[A-Za-z0-9]/.test(last) && /^[A-Za-z0-9]/.test(p)) {
        pieces.push(' ');
        length += 1;
        last = ' ';
      }
      lineBreaks.push(length);
    }
    pieces.push(p);
    length += p.length;
    if (p) last = p.charAt(p.length - 1);
  });
  return { text: pieces.join(''), lineBreaks };
}

export function toDocument(tree: Root): ReportDocument {
  const grids: Grid[] = [];
  const prose: ProseBlock[] = [];
  let section: SectionKey | null = null;

  const visitBlock = (node: Nodes) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const { text: joined, lineBreaks } = joinWrapped(text(node));
        if (!joined) return;
        const opened = sectionOf(joined);
        if (opened) section = opened;
        prose.push({
          text: joined,
          line: node.position?.start.line ?? 1,
          lineBreaks,
          section,
          heading: node.type === 'heading' || opened !== null,
        });
        return;
      }
      case 'table': {
        const rows: GridRow[] = [];
        for (const row of node.children) {
          const cells: Cell[] = row.children.map((cell) => ({
            text: cellText(text(cell)),
            line: cell.position?.start.line ?? row.position?.start.line ?? 1,
          }));
          rows.push({ cells, line: row.position?.start.line ?? cells[0]?.line ?? 1 });
        }
        grids.push({ section, rows });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visitBlock(child as Nodes);
    }
  };
  for (const child of tree.children) visitBlock(child as Nodes);
  return { grids, prose };
}

/** Where a second report starts inside the same file. */
export interface SecondReport {
  /** First source line of the second report. */
  line: number;
  /** Its title line, when it printed one. */
  title: string | null;
}

/**
 * Two reports pasted into one file: after the request or review tables of the
 * first report, the text opens section 一 or 二 again. The second report
 * starts there, or at its title line if one sits between the last table and
 * that heading. A table printed twice under its own heading is not a second
 * report (that is a duplicated table, reported row by row by the matcher).
 */
export function findSecondReport(doc: ReportDocument, isTitle: (text: string) => boolean): SecondReport | null {
  const firstLine = (g: Grid) => g.rows[0]?.line ?? Infinity;
  const laterTables = doc.grids.filter((g) => g.section === 'requests' || g.section === 'review').map(firstLine);
  if (laterTables.length === 0) return null;
  const tablesFrom = Math.min(...laterTables);
  for (const block of doc.prose) {
    if (block.line <= tablesFrom) continue;
    const opened = sectionOf(block.text);
    if (opened !== 'overview' && opened !== 'proactive') continue;
    const lastTable = Math.max(...doc.grids.map(firstLine).filter((l) => l < block.line));
    const title = doc.prose.find((b) => b.line > lastTable && b.line < block.line && isTitle(b.text));
    return title ? { line: title.line, title: title.text } : { line: block.line, title: null };
  }
  return null;
}

/** The part of a document printed before `line`. */
export function documentBefore(doc: ReportDocument, line: number): ReportDocument {
  return {
    grids: doc.grids
      .map((g) => ({ section: g.section, rows: g.rows.filter((r) => r.line < line) }))
      .filter((g) => g.rows.length > 0),
    prose: doc.prose.filter((b) => b.line < line),
  };
}
