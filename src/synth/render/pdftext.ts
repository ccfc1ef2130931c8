/**
 * Layout (e): what `pdftotext -raw` prints for a typeset report, like
 * realworld huaian-2024 and hongze-2024 — prose hard-wrapped at the page
 * width, page numbers (`- 3 -`) between any two lines (tables included),
 * table rows as `label n n n n n n n` with long labels wrapped onto their own
 * lines before the numbers, merged parent cells cut into pieces (（三）不 /
 * 予公开) or glued to a neighbouring row (法提供 2.没有现成信息…), the
 * vertical 三、本年度办理结果 one character per line, header cells broken
 * into spaced fragments (商 业 企 / 业). Blank cells cannot survive -raw
 * (spaces collapse), so nulls always print as "/".
 */
import { buildDocument, type DocumentOptions, type RequestRow, type SynthDocument } from '../document.ts';
import { headerText, spaced } from '../labels.ts';
import { createRng, type Rng } from '../prng.ts';

export interface PdfTextQuirks {
  /** Prose line width in CJK characters (digits count half). */
  lineWidth: number;
  /** Lines per page; a page number line is printed at each page end. */
  pageLines: number;
  /** Page number style. */
  pageNumber: 'dash-spaced' | 'dash-tight';
  /** Page 1's number printed before the text (huaian-2024 -raw). */
  firstPageNumberOnTop: boolean;
  /** Width of the request-table label column in characters; longer labels wrap. */
  labelWidth: number;
  /**
   * -raw prints a cell's text in content order, so a wrapped label comes out as its pieces, then the
   * numbers: each piece on its own line and the numbers on the next (huaian: （二）部分公开…只计这一情 /
   * 形，不计其他情形） / 447 7 …), the pieces joined by a space with the numbers after them (hongze:
   * 4.无正当理由大量反复 申请 0 0 …), or the first two pieces joined and the rest on their own lines
   * (hongze: （二）部分公开（区分处理的，只计这一情 形，不 / 计其他情形） / 9 0 …).
   */
  numbersAfterWrap: 'own-line' | 'joined' | 'partly-joined';
  /** How merged parent cells (（三）不予公开) come out. */
  parentCells: 'before' | 'prefix' | 'interleave' | 'mixed';
  /** The vertical outcomes label: 三、/本/年… or 三/、/本/年… */
  verticalLabel: 'numbered' | 'split-comma';
  /** Header cells with spaces between characters (商 业 企). */
  spacedHeaders: boolean;
  /** 第二十条 第（一）项 with a space. */
  spacedArticle: boolean;
}

export const plainPdfTextQuirks: PdfTextQuirks = {
  lineWidth: 30,
  pageLines: 1000,
  pageNumber: 'dash-spaced',
  firstPageNumberOnTop: false,
  labelWidth: 40,
  numbersAfterWrap: 'joined',
  parentCells: 'before',
  verticalLabel: 'numbered',
  spacedHeaders: false,
  spacedArticle: false,
};

export function randomPdfTextQuirks(rng: Rng): PdfTextQuirks {
  return {
    lineWidth: rng.int(26, 34),
    pageLines: rng.int(26, 38),
    pageNumber: rng.chance(0.7) ? 'dash-spaced' : 'dash-tight',
    firstPageNumberOnTop: rng.chance(0.4),
    labelWidth: rng.int(13, 20),
    numbersAfterWrap: rng.weighted([
      ['own-line', 5],
      ['joined', 2],
      ['partly-joined', 2],
    ] as const),
    parentCells: rng.pick(['before', 'prefix', 'interleave', 'mixed'] as const),
    verticalLabel: rng.chance(0.6) ? 'numbered' : 'split-comma',
    spacedHeaders: rng.chance(0.5),
    spacedArticle: rng.chance(0.5),
  };
}

export interface PdfTextOptions extends DocumentOptions {
  quirks?: Partial<PdfTextQuirks>;
}

const isAscii = (ch: string) => /[\x21-\x7e]/.test(ch);
/** Punctuation Chinese typesetting never puts at the start of a line (禁则). */
const noLineStart = /^[，。；：、？！）》〉」』”’%]/;

/** Hard-wrap prose at a width, never inside a run of digits or Latin letters. */
export function wrapProse(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const cw = isAscii(ch) || ch === ' ' ? 0.5 : 1;
    const insideRun = isAscii(ch) && i > 0 && isAscii(chars[i - 1]);
    if (w + cw > width && !insideRun && !noLineStart.test(ch) && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
      w = 0;
      if (ch === ' ') continue;
    }
    line += ch;
    w += cw;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Cut a label into pieces of at most `width` characters (a narrow table cell). */
function cut(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  let piece = '';
  for (const ch of chars) {
    if ([...piece].length >= width && !noLineStart.test(ch)) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  // pdftotext trims the spaces at the ends of a text line.
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/** A header cell two or three characters wide, optionally with spaces between characters. */
function headerCell(text: string, q: PdfTextQuirks, rng: Rng): string[] {
  const width = text.length <= 4 ? 2 : rng.pick([2, 3, 4]);
  return cut(text, width).map((piece) => (q.spacedHeaders && piece.length > 1 && rng.chance(0.6) ? spaced(piece) : piece));
}

function proactiveLines(doc: SynthDocument, q: PdfTextQuirks): string[] {
  const lines: string[] = [];
  for (const b of doc.proactive) {
    lines.push(q.spacedArticle ? b.heading.replace('条第', '条 第') : b.heading);
    lines.push(b.header.join(' '));
    for (const r of b.rows) lines.push([r.label, ...r.values].join(' '));
  }
  return lines;
}

function requestHeaderLines(doc: SynthDocument, q: PdfTextQuirks, rng: Rng): string[] {
  const g = headerText.applicantGroups;
  const lines = [...cut(doc.requests.note, rng.int(20, 26)), headerText.applicantsHeading, g.natural, g.organisation, headerText.applicantTotal];
  for (const part of headerText.applicantParts.slice(1)) lines.push(...headerCell(part, q, rng));
  return lines;
}

function verticalLabel(text: string, q: PdfTextQuirks): string[] {
  const chars = [...text];
  if (q.verticalLabel === 'numbered') return [chars.slice(0, 2).join(''), ...chars.slice(2)];
  return chars;
}

/** One request row: wrapped label pieces, then the numbers on the last piece or on their own line. */
function rowLines(row: RequestRow, prefix: string, q: PdfTextQuirks): string[] {
  const numbers = row.values.join(' ');
  const pieces = cut(row.label, q.labelWidth);
  if (prefix) pieces[0] = `${prefix} ${pieces[0]}`;
  if (pieces.length === 1) return [`${pieces[0]} ${numbers}`];
  switch (q.numbersAfterWrap) {
    case 'own-line':
      return [...pieces, numbers];
    case 'joined':
      return [`${pieces.join(' ')} ${numbers}`];
    case 'partly-joined':
      return pieces.length === 2 ? [pieces.join(' '), numbers] : [`${pieces[0]} ${pieces[1]}`, ...pieces.slice(2), numbers];
  }
}

function requestLines(doc: SynthDocument, q: PdfTextQuirks, rng: Rng): string[] {
  const lines = requestHeaderLines(doc, q, rng);
  let parentPieces: string[] = [];
  let parentMode: 'before' | 'prefix' | 'interleave' = 'before';
  for (const row of doc.requests.rows) {
    if (row.outcomeIndex === 0) lines.push(...verticalLabel(doc.requests.outcomesHeading, q));
    let prefix = '';
    if (row.kind === 'sub' && row.indexInParent === 0) {
      parentMode = q.parentCells === 'mixed' ? rng.pick(['before', 'prefix', 'interleave'] as const) : q.parentCells;
      if (parentMode === 'interleave' && row.parentSize < 2) parentMode = 'before';
      parentPieces = parentMode === 'prefix' ? [row.parent!] : cut(row.parent!, rng.pick([3, 4]));
      if (parentMode === 'before') {
        lines.push(...parentPieces);
        parentPieces = [];
      } else if (parentMode === 'prefix') {
        prefix = parentPieces.shift()!;
      } else {
        // The first piece sits between baselines (own line); the rest glue onto the following rows.
        lines.push(parentPieces.shift()!);
      }
    } else if (row.kind === 'sub' && parentMode === 'interleave' && parentPieces.length > 0) {
      prefix = parentPieces.shift()!;
    }
    lines.push(...rowLines(row, prefix, q));
  }
  if (parentPieces.length > 0) lines.push(...parentPieces);
  return lines;
}

function reviewLines(doc: SynthDocument, q: PdfTextQuirks, rng: Rng): string[] {
  const h = headerText;
  const five = () => h.reviewColumns.flatMap((t) => headerCell(t, q, rng));
  return [
    `${h.reconsideration} ${h.litigation}`,
    ...five(),
    `${h.litigationDirect} ${h.litigationAfter}`,
    ...five(),
    ...five(),
    doc.review.values.join(' '),
  ];
}

/** Insert a page-number line after every `pageLines` lines. */
function paginate(lines: string[], q: PdfTextQuirks): string[] {
  const mark = (n: number) => (q.pageNumber === 'dash-spaced' ? `- ${n} -` : `-${n}-`);
  const out: string[] = [];
  let page = 1;
  if (q.firstPageNumberOnTop) out.push(mark(page++));
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % q.pageLines === 0 && i + 1 < lines.length) out.push(mark(page++));
  });
  if (!q.firstPageNumberOnTop) out.push(mark(page));
  return out;
}

export function renderPdfText(record: Parameters<typeof buildDocument>[0], options: PdfTextOptions): string {
  const doc = buildDocument(record, { ...options, nullMark: '/', spacedNumbers: options.spacedNumbers ?? true });
  const q: PdfTextQuirks = { ...plainPdfTextQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('pdftext');
  const wrap = (text: string) => wrapProse(text, q.lineWidth);
  // The marker stays one line, as a title-block line would.
  const lines: string[] = [...doc.titleLines, doc.marker, ...wrap(doc.intro)];
  lines.push(doc.headings.overview, ...wrap(doc.overviewLead));
  for (const part of doc.overviewParts) lines.push(...wrap(`${part.heading}。${part.paragraphs.join('')}`));
  lines.push(doc.headings.proactive, ...proactiveLines(doc, q));
  lines.push(doc.headings.requests, ...requestLines(doc, q, rng));
  lines.push(doc.headings.review, ...reviewLines(doc, q, rng));
  lines.push(doc.headings.problems, ...doc.problems.flatMap(wrap));
  lines.push(doc.headings.other, ...doc.other.flatMap(wrap));
  lines.push(...doc.signature);
  return `${paginate(lines, q).join('\n')}\n`;
}
