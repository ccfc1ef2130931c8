/**
 * Layout (c): markdown as a converter writes it from a Word file, like seed
 * 003 — # headings (sometimes bold), pipe tables padded to aligned columns,
 * `<br>` inside header cells, and table 三 split by a page break into two
 * tables, the second starting with an empty header row; a merged parent cell
 * cut by the break prints half its text on each side (（五）不予 | 处理).
 */
import { buildDocument, type DocumentOptions } from '../document.ts';
import { wrappedHeader } from '../labels.ts';
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

export interface MarkdownQuirks extends GridQuirks {
  /** Split table 三 in two at a page break (seed 003). */
  splitRequests: boolean;
  /** `<br>` in two-line header cells: 结果<br>维持, （六）其他<br>处理. */
  brInHeaders: boolean;
  /** Some headings wrapped in ** **. */
  boldHeadings: boolean;
  /** Pad cells to aligned columns (converter output) instead of `| a | b |`. */
  aligned: boolean;
}

export const noMarkdownQuirks: MarkdownQuirks = {
  ...noGridQuirks,
  splitRequests: false,
  brInHeaders: false,
  boldHeadings: false,
  aligned: false,
};

export function randomMarkdownQuirks(rng: Rng): MarkdownQuirks {
  return {
    ...randomGridQuirks(rng),
    strayZero: false,
    splitRequests: rng.chance(0.6),
    brInHeaders: rng.chance(0.6),
    boldHeadings: rng.chance(0.4),
    aligned: rng.chance(0.7),
  };
}

export interface MarkdownOptions extends DocumentOptions {
  quirks?: Partial<MarkdownQuirks>;
}

/** Display width: CJK and full-width characters count two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** A GFM table: the first row is the header; every row padded to the widest row so no cell is dropped. */
export function pipeTable(rows: string[][], aligned: boolean): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => [...r, ...Array(cols - r.length).fill('')]);
  const widths = Array.from({ length: cols }, (_, c) => (aligned ? Math.max(3, ...full.map((r) => width(r[c]))) : 3));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - width(cell)))).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(full[0]), rule, ...full.slice(1).map(line)].join('\n');
}

export function renderMarkdown(record: Parameters<typeof buildDocument>[0], options: MarkdownOptions): string {
  const doc = buildDocument(record, options);
  const q: MarkdownQuirks = { ...noMarkdownQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('markdown');
  const out: string[] = [];
  const para = (text: string) => out.push(text, '');
  const h = (level: number, text: string) => para(`${'#'.repeat(level)} ${q.boldHeadings && rng.chance(0.5) ? `**${text}**` : text}`);
  const br = (text: string) => (q.brInHeaders ? wrappedHeader(text, '<br>') : text);

  out.push('');
  doc.titleLines.forEach((line, i) => h(i + 1, line));
  para(doc.marker);
  para(doc.intro);
  h(2, doc.headings.overview);
  para(doc.overviewLead);
  for (const part of doc.overviewParts) {
    h(3, part.heading);
    for (const p of part.paragraphs) para(p);
  }

  h(2, doc.headings.proactive);
  para(pipeTable(proactiveRows(doc, q), q.aligned));

  h(2, doc.headings.requests);
  const header = requestHeaderRows(doc);
  // Merged parent cells wrap in the Word table; the converter keeps the break as <br>.
  const rows = doc.requests.rows.map((r) => (r.parent && q.brInHeaders ? { ...r, parent: breakBeforeLastTwo(r.parent) } : r));
  const data = requestDataRows({ ...doc, requests: { ...doc.requests, rows } }, q, rng);
  if (q.splitRequests && data.length > 8) {
    // Half the time break right after the first row of a parent group, the case that cuts the merged cell.
    const firsts = rows.map((r, i) => (r.kind === 'sub' && r.indexInParent === 0 && i >= 4 && i < rows.length - 4 ? i + 1 : -1)).filter((i) => i > 0);
    const at = firsts.length > 0 && rng.chance(0.5) ? rng.pick(firsts) : rng.int(6, data.length - 3);
    const first = data.slice(0, at);
    const second = data.slice(at);
    const parent = rows[at - 1].parent;
    if (parent && rows[at - 1].indexInParent === 0) splitParentAcrossBreak(first[first.length - 1], second[0], parent);
    para(pipeTable([...header, ...first], q.aligned));
    para(pipeTable([Array(Math.max(...second.map((r) => r.length))).fill(''), ...second], q.aligned));
  } else {
    para(pipeTable([...header, ...data], q.aligned));
  }

  h(2, doc.headings.review);
  const review = reviewRows(doc, { ...q, spacedReviewHeaders: false }).map((row, i) => (i === 1 || i === 2 ? row.map(br) : row));
  para(pipeTable(review, q.aligned));

  h(2, doc.headings.problems);
  for (const p of doc.problems) para(p);
  h(2, doc.headings.other);
  for (const p of doc.other) para(p);
  for (const line of doc.signature) para(line);
  return out.join('\n');
}

/** （六）其他处理 → （六）其他<br>处理: a merged cell that wrapped before its last two characters. */
function breakBeforeLastTwo(cell: string): string {
  return `${cell.slice(0, -2)}<br>${cell.slice(-2)}`;
}

/**
 * The break falls right after the first row of a parent group, so the
 * parent's merged cell is cut too: its first half stays on the last row
 * before the break, the rest opens the next table (seed 003: （五）不予 | 处理).
 */
function splitParentAcrossBreak(last: string[], next: string[], parent: string): void {
  const at = last.indexOf(parent);
  if (at < 0 || next[at] !== '') return;
  const text = parent.replace('<br>', '');
  last[at] = text.slice(0, -2);
  next[at] = text.slice(-2);
}
