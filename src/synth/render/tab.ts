/**
 * Layout (a): text exported from Word with table cells separated by tabs,
 * like seeds 000 and 004 — blank-line-separated paragraphs, tables as tab rows
 * with the merged-cell artefacts of render/grid.ts, a stray blank line inside a
 * table now and then. With `atxHeadings` the headings carry markdown #'s and the
 * tables stay tab rows, like seed 001.
 */
import { buildDocument, type DocumentOptions } from '../document.ts';
import { createRng, type Rng } from '../prng.ts';
import {
  noGridQuirks,
  proactiveRows,
  randomGridQuirks,
  requestDataRows,
  requestHeaderRows,
  reviewRows,
  type GridQuirks,
} from './grid.ts';

export interface TabQuirks extends GridQuirks {
  /** Markdown # headings around tab tables (seed 001). */
  atxHeadings: boolean;
  /** A blank line in the middle of table 三 (seed 000, a page break in the source). */
  blankLineInTable: boolean;
  /** Two empty lines before the title. */
  leadingBlankLines: boolean;
}

export const noTabQuirks: TabQuirks = { ...noGridQuirks, atxHeadings: false, blankLineInTable: false, leadingBlankLines: false };

export function randomTabQuirks(rng: Rng): TabQuirks {
  return {
    ...randomGridQuirks(rng),
    atxHeadings: rng.chance(0.25),
    blankLineInTable: rng.chance(0.2),
    leadingBlankLines: rng.chance(0.6),
  };
}

export interface TabOptions extends DocumentOptions {
  quirks?: Partial<TabQuirks>;
}

export function renderTab(record: Parameters<typeof buildDocument>[0], options: TabOptions): string {
  const doc = buildDocument(record, options);
  const q: TabQuirks = { ...noTabQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('tab');
  const h = (level: number, text: string) => (q.atxHeadings ? `${'#'.repeat(level)} ${text}` : text);
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');
  const table = (rows: string[][]) => {
    for (const row of rows) out.push(row.join('\t'));
    out.push('');
  };

  if (q.leadingBlankLines) out.push('', '');
  doc.titleLines.forEach((line, i) => para(h(i + 1, line)));
  para(doc.marker);
  para(doc.intro);
  para(h(2, doc.headings.overview));
  para(doc.overviewLead);
  for (const part of doc.overviewParts) {
    para(h(3, part.heading));
    for (const p of part.paragraphs) para(p);
  }

  para(h(2, doc.headings.proactive));
  table(proactiveRows(doc, q));

  para(h(2, doc.headings.requests));
  const data = requestDataRows(doc, q, rng).map((cells) => cells.join('\t'));
  if (q.blankLineInTable) data.splice(rng.int(6, data.length - 3), 0, '');
  for (const line of [...requestHeaderRows(doc).map((r) => r.join('\t')), ...data]) out.push(line);
  out.push('');

  para(h(2, doc.headings.review));
  table(reviewRows(doc, q));

  para(h(2, doc.headings.problems));
  for (const p of doc.problems) para(p);
  para(h(2, doc.headings.other));
  for (const p of doc.other) para(p);
  for (const line of doc.signature) para(line);
  return out.join('\n');
}
