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
  const parts = raw.split('\n').map((p) => p.trim());
  let out = '';
  const lineBreaks: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) {
      if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p)) out += ' ';
      lineBreaks.push(out.length);
    }
    out += p;
  });
  return { text: out, lineBreaks };
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
