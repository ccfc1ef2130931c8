/**
 * Layout (b): one cell per line, like seed 002 (石台县) — a table row is a
 * block of lines each starting with a TAB, rows are separated by blank lines,
 * a cell's text may wrap onto a following line without the TAB, empty cells
 * are lines holding just the TAB, and Word's `[bookmark: _GoBack]` sticks to
 * a cell. Prose paragraphs follow one another without blank lines.
 */
import { buildDocument, type DocumentOptions, type SynthDocument } from '../document.ts';
import { headerText, wrappedHeader } from '../labels.ts';
import { createRng, type Rng } from '../prng.ts';

export interface CellsQuirks {
  /** Header cells wrapped onto a second line: 商业\n企业, 结果\n纠正. */
  wrapHeaders: boolean;
  /** Probability that a long row label wraps onto a following line. */
  wrapLabels: number;
  /** Word's `[bookmark: _GoBack]` glued to one cell's text. */
  bookmark: boolean;
  /** A line holding a single space after the title (seed 002). */
  spaceLineAfterTitle: boolean;
}

export const noCellsQuirks: CellsQuirks = { wrapHeaders: false, wrapLabels: 0, bookmark: false, spaceLineAfterTitle: false };

export function randomCellsQuirks(rng: Rng): CellsQuirks {
  return {
    wrapHeaders: rng.chance(0.7),
    wrapLabels: rng.pick([0, 0, 0.2]),
    bookmark: rng.chance(0.3),
    spaceLineAfterTitle: rng.chance(0.5),
  };
}

export interface CellsOptions extends DocumentOptions {
  quirks?: Partial<CellsQuirks>;
}

/** One table row: each cell on a line starting with a TAB; wrapped text continues on the next line. */
function block(cells: string[]): string {
  return cells.map((c) => `\t${c}`).join('\n');
}

/** Split a label after `at` characters, the way a narrow Word cell wraps it. */
function wrapAt(text: string, at: number): string {
  return text.length > at + 2 ? `${text.slice(0, at)}\n${text.slice(at)}` : text;
}

function requestBlocks(doc: SynthDocument, q: CellsQuirks, rng: Rng): string[] {
  const g = headerText.applicantGroups;
  const parts = headerText.applicantParts.slice(1).map((p) => (q.wrapHeaders && p.length === 4 ? wrappedHeader(p, '\n') : p));
  const blocks = [
    block([doc.requests.note, headerText.applicantsHeading]),
    block(['', g.natural, g.organisation, headerText.applicantTotal]),
    block(['', '', ...parts, '']),
  ];
  for (const row of doc.requests.rows) {
    const label = rng.chance(q.wrapLabels) ? wrapAt(row.label, rng.int(8, 14)) : row.label;
    let lead: string[];
    if (row.kind === 'top') lead = [];
    else if (row.kind === 'single') lead = [row.outcomeIndex === 0 ? doc.requests.outcomesHeading : ''];
    else lead = ['', row.indexInParent === 0 ? row.parent! : ''];
    blocks.push(block([...lead, label, ...row.values]));
  }
  return blocks;
}

function reviewBlocks(doc: SynthDocument, q: CellsQuirks): string[] {
  const h = headerText;
  const five = h.reviewColumns.map((t) => (q.wrapHeaders ? wrappedHeader(t, '\n') : t));
  const values = [...doc.review.values];
  if (q.bookmark) values[0] = `[bookmark: _GoBack]${values[0]}`;
  return [
    block([h.reconsideration, h.litigation]),
    block([...five, h.litigationDirect, h.litigationAfter]),
    block(['', '', '', '', '', ...five, ...five]),
    block(values),
  ];
}

function proactiveBlocks(doc: SynthDocument): string[] {
  const blocks: string[] = [];
  for (const b of doc.proactive) {
    blocks.push(block([b.heading]));
    blocks.push(block(b.header));
    for (const row of b.rows) blocks.push(block([row.label, ...row.values]));
  }
  return blocks;
}

export function renderCells(record: Parameters<typeof buildDocument>[0], options: CellsOptions): string {
  const doc = buildDocument(record, options);
  const q: CellsQuirks = { ...noCellsQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('cells');
  const out: string[] = [];
  const table = (blocks: string[]) => out.push(blocks.join('\n\n'), '');

  out.push(doc.titleLines.join(''));
  if (q.spaceLineAfterTitle) out.push(' ');
  out.push(doc.marker, doc.intro);
  out.push(doc.headings.overview, doc.overviewLead);
  for (const part of doc.overviewParts) out.push(`${part.heading}。${part.paragraphs.join('')}`);
  out.push(doc.headings.proactive);
  table(proactiveBlocks(doc));
  out.push(doc.headings.requests);
  table(requestBlocks(doc, q, rng));
  out.push(doc.headings.review);
  table(reviewBlocks(doc, q));
  out.push(doc.headings.problems, ...doc.problems);
  out.push(doc.headings.other, ...doc.other, ...doc.signature);
  return out.join('\n');
}
