/**
 * Table rows as a Word export flattens them into cells: merged cells leave
 * empty leading cells, some rows lose a leading cell so their numbers shift
 * left, merged header cells land in the wrong column, trailing empty cells
 * come and go. Shared by the tab-text and markdown renderers, which differ
 * only in how they print a row of cells.
 */
import type { RequestRow, SynthDocument } from '../document.ts';
import { headerText, wrappedHeader } from '../labels.ts';
import type { Rng } from '../prng.ts';

export interface GridQuirks {
  /** Probability that a parent group (（四）无法提供 …) prints without the outcomes column cell, shifting its rows left. */
  dropLeadingCell: number;
  /** Probability that a sub-row prints its label in the first cell (group cells dropped, seed 004). */
  labelInFirstCell: number;
  /** Probability that a row gets a trailing empty cell. */
  trailingCell: number;
  /** One row gets a stray extra 0 cell, placed where the row's arithmetic still decides the record (seed 000). */
  strayZero: boolean;
  /** Review header cells exported with a space where the cell wrapped: 结果 维持. */
  spacedReviewHeaders: boolean;
  /** The first 第二十条 heading loses its 第 (seed 004: 二十条第（一）项). */
  missingDi: boolean;
  /** Probability that a row's digits come out full-width (０１２). */
  fullWidthRow: number;
}

export const noGridQuirks: GridQuirks = {
  dropLeadingCell: 0,
  labelInFirstCell: 0,
  trailingCell: 0,
  strayZero: false,
  spacedReviewHeaders: false,
  missingDi: false,
  fullWidthRow: 0,
};

export function randomGridQuirks(rng: Rng): GridQuirks {
  return {
    dropLeadingCell: rng.pick([0, 0, 0.3, 0.6]),
    labelInFirstCell: rng.pick([0, 0, 0, 0.1]),
    trailingCell: rng.pick([0, 0.5, 0.9, 1]),
    strayZero: rng.chance(0.08),
    spacedReviewHeaders: rng.chance(0.4),
    missingDi: rng.chance(0.1),
    fullWidthRow: rng.chance(0.05) ? 0.2 : 0,
  };
}

export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** 第二十条第（一）项 → 二十条第（一）项 */
function dropDi(heading: string): string {
  return heading.startsWith('第') ? heading.slice(1) : heading;
}

/** Table 二 as rows of cells: each block's heading row padded with empty cells, as Word exports it. */
export function proactiveRows(doc: SynthDocument, q: GridQuirks): string[][] {
  const rows: string[][] = [];
  doc.proactive.forEach((block, i) => {
    rows.push([i === 0 && q.missingDi ? dropDi(block.heading) : block.heading, '', '', '']);
    rows.push([...block.header, ...Array(4 - block.header.length).fill('')]);
    for (const row of block.rows) rows.push([row.label, ...row.values, ...Array(3 - row.values.length).fill('')]);
  });
  return rows;
}

/** The three header rows of table 三, with 总计 in the column Word puts it (one too far left). */
export function requestHeaderRows(doc: SynthDocument): string[][] {
  const g = headerText.applicantGroups;
  return [
    [doc.requests.note, '', headerText.applicantsHeading, '', '', '', '', '', headerText.applicantTotal, ''],
    ['', '', g.natural, g.organisation, '', '', '', '', '', ''],
    ['', '', '', ...headerText.applicantParts.slice(1), '', ''],
  ];
}

/** Would inserting a 0 at `at` leave exactly one reading of the row by its arithmetic (parts sum to total)? */
export function strayZeroIsDecidable(values: string[], at: number): boolean {
  const nums = values.map(Number);
  if (values.some((v) => !/^\d+(\.\d+)?$/.test(v))) return false;
  const padded = [...nums.slice(0, at), 0, ...nums.slice(at)];
  const readings = new Set<string>();
  for (let drop = 0; drop < padded.length; drop++) {
    const candidate = padded.filter((_, i) => i !== drop);
    const total = candidate[6];
    const sum = candidate.slice(0, 6).reduce((s, v) => s + v, 0);
    if (sum === total) readings.add(candidate.join(','));
  }
  return readings.size === 1 && readings.has(nums.join(','));
}

/** Pick the row and position of the stray 0 cell, or null when no row allows a decidable one. */
export function strayZeroPlace(rows: RequestRow[], rng: Rng): { row: number; at: number } | null {
  const options: { row: number; at: number }[] = [];
  rows.forEach((row, i) => {
    for (let at = 1; at < 6; at++) {
      if (row.values[at - 1] === '0' && strayZeroIsDecidable(row.values, at)) options.push({ row: i, at });
    }
  });
  return options.length > 0 ? rng.pick(options) : null;
}

/** Table 三's data rows as cells, with the merged-cell artefacts of a Word export. */
export function requestDataRows(doc: SynthDocument, q: GridQuirks, rng: Rng): string[][] {
  const rows = doc.requests.rows;
  const stray = q.strayZero ? strayZeroPlace(rows, rng) : null;
  // Decide per parent group whether its rows lost the leading (outcomes) cell.
  const dropped = new Set<string>();
  for (const row of rows) if (row.kind === 'sub' && row.indexInParent === 0 && rng.chance(q.dropLeadingCell)) dropped.add(row.group);

  return rows.map((row, i) => {
    let values = row.values;
    if (stray && stray.row === i) values = [...values.slice(0, stray.at), '0', ...values.slice(stray.at)];
    if (rng.chance(q.fullWidthRow)) values = values.map(toFullWidthDigits);
    let cells: string[];
    if (row.kind === 'top') {
      cells = [row.label, '', ...values];
    } else if (row.kind === 'single') {
      if (row.outcomeIndex === 0) cells = [doc.requests.outcomesHeading, row.label, ...values];
      else if (row.group === 'handled') cells = rng.chance(0.5) ? [row.label, ...values] : [row.label, '', ...values];
      else cells = ['', row.label, ...values];
    } else if (rng.chance(q.labelInFirstCell)) {
      cells = [row.label, '', ...values];
    } else if (dropped.has(row.group)) {
      cells = [row.indexInParent === 0 ? row.parent! : '', row.label, ...values];
    } else {
      cells = ['', row.indexInParent === 0 ? row.parent! : '', row.label, ...values];
    }
    if (rng.chance(q.trailingCell)) cells.push('');
    return cells;
  });
}

/** Table 四 header rows and the value row, as in seeds 000/002/004. */
export function reviewRows(doc: SynthDocument, q: GridQuirks): string[][] {
  const h = headerText;
  const col = (t: string) => (q.spacedReviewHeaders ? wrappedHeader(t) : t);
  const five = h.reviewColumns.map(col);
  return [
    [h.reconsideration, '', '', '', '', h.litigation, ...Array(9).fill('')],
    [...five, h.litigationDirect, '', '', '', '', h.litigationAfter, '', '', '', ''],
    ['', '', '', '', '', ...five, ...five],
    [...doc.review.values],
  ];
}
