/**
 * Ruled tables from border lines ("lattice" detection): rulings that touch
 * form a table; their distinct x and y positions form a grid; grid cells not
 * separated by a drawn border are one merged cell. Each text box goes to the
 * cell that holds its centre, so a label wrapped over three lines, or a
 * vertical label printed one character per line, becomes one cell, and
 * numbers printed a little below their label's baseline still share its row.
 */
import { tidySpacing } from '../spacing.ts';
import type { LatticeCell, LatticeTable, Rect, Ruling, TextBox } from './types.ts';

/** More border lines than this on one page is line art, not tables. */
export const maxRulings = 3000;

/** Positions closer than this (points) are the same grid line: double borders, rounding. */
const sameLine = 2;
/** Gaps up to this (points) inside one border line are drawing artefacts, not a break. */
const joinGap = 2;

/** Group close values; returns each group's mean, ascending. */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - last[last.length - 1] <= tolerance) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Join collinear pieces of the same border (Word draws one segment per cell edge). */
export function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const orientation of ['h', 'v'] as const) {
    const same = rulings.filter((r) => r.orientation === orientation).sort((a, b) => a.at - b.at);
    const lines: Ruling[][] = [];
    for (const r of same) {
      const last = lines[lines.length - 1];
      if (last && r.at - last[last.length - 1].at <= sameLine / 2) last.push(r);
      else lines.push([r]);
    }
    for (const line of lines) {
      const at = line.reduce((s, r) => s + r.at, 0) / line.length;
      const pieces = [...line].sort((a, b) => a.from - b.from);
      let current: Ruling | null = null;
      for (const p of pieces) {
        if (current && p.from <= current.to + joinGap) current.to = Math.max(current.to, p.to);
        else {
          current = { orientation, at, from: p.from, to: p.to };
          out.push(current);
        }
      }
    }
  }
  return out;
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - sameLine && v.at <= h.to + sameLine && h.at >= v.from - sameLine && h.at <= v.to + sameLine;
}

/** Sets of rulings that touch each other (each set is one candidate table). */
export function connectedRulings(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const a = rulings[i];
      const b = rulings[j];
      if (a.orientation === b.orientation) continue;
      if (crosses(a.orientation === 'h' ? a : b, a.orientation === 'h' ? b : a)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

/** Rows or columns narrower than this (points) are not left open at a table edge. */
const minOpenBand = 4;

/**
 * Grid lines plus the table's open edges: where the crossing rulings run on
 * past the last drawn line (a row cut by a page break has no bottom border;
 * tables without side borders have no outer verticals), the end of the
 * crossing rulings closes the grid.
 */
function withOpenEdges(lines: number[], crossing: readonly Ruling[]): number[] {
  if (lines.length === 0 || crossing.length === 0) return lines;
  const start = Math.min(...crossing.map((r) => r.from));
  const end = Math.max(...crossing.map((r) => r.to));
  const out = [...lines];
  if (start < out[0] - minOpenBand) out.unshift(start);
  if (end > out[out.length - 1] + minOpenBand) out.push(end);
  return out;
}

/** Does a border line at grid position `at` cover the point `along` on it? */
function drawn(lines: readonly Ruling[], at: number, along: number): boolean {
  return lines.some((r) => Math.abs(r.at - at) <= sameLine && r.from - sameLine <= along && along <= r.to + sameLine);
}

/** The grid and merged cells of one set of touching rulings, or null when it is not a table. */
export function tableGrid(rulings: readonly Ruling[]): Omit<LatticeTable, 'cells'> & { cells: Omit<LatticeCell, 'text'>[] } | null {
  const hs = rulings.filter((r) => r.orientation === 'h');
  const vs = rulings.filter((r) => r.orientation === 'v');
  if (hs.length < 2 || vs.length < 2) return null;
  const ys = withOpenEdges(clusterValues(hs.map((r) => r.at), sameLine), vs);
  const xs = withOpenEdges(clusterValues(vs.map((r) => r.at), sameLine), hs);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1) return null;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !drawn(vs, xs[c + 1], midY)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !drawn(hs, ys[r + 1], midX)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const regions = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const g = regions.get(root);
      if (!g) regions.set(root, { r0: r, r1: r, c0: c, c1: c });
      else Object.assign(g, { r0: Math.min(g.r0, r), r1: Math.max(g.r1, r), c0: Math.min(g.c0, c), c1: Math.max(g.c1, c) });
    }
  }
  // A single cell is a frame around text (a boxed title, a page border), not a table.
  if (regions.size < 2) return null;
  const cells = [...regions.values()]
    .map((g) => ({
      row: g.r0,
      col: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      colSpan: g.c1 - g.c0 + 1,
      x0: xs[g.c0],
      x1: xs[g.c1 + 1],
      top: ys[g.r0],
      bottom: ys[g.r1 + 1],
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, x0: xs[0], x1: xs[cols], top: ys[0], bottom: ys[rows] };
}

function inside(rect: Rect, x: number, y: number, tolerance = 1): boolean {
  return x >= rect.x0 - tolerance && x <= rect.x1 + tolerance && y >= rect.top - tolerance && y <= rect.bottom + tolerance;
}

/** Lines of text boxes: boxes whose vertical centres are within half a font size of each other. */
export function groupLines(boxes: readonly TextBox[]): TextBox[][] {
  const sorted = [...boxes].sort((a, b) => (a.top + a.bottom) / 2 - (b.top + b.bottom) / 2 || a.x0 - b.x0);
  const lines: { boxes: TextBox[]; centre: number; size: number }[] = [];
  for (const box of sorted) {
    const centre = (box.top + box.bottom) / 2;
    const line = lines.find((l) => Math.abs(l.centre - centre) <= 0.5 * Math.min(l.size, box.size));
    if (line) line.boxes.push(box);
    else lines.push({ boxes: [box], centre, size: box.size });
  }
  return lines.sort((a, b) => a.centre - b.centre).map((l) => l.boxes.sort((a, b) => a.x0 - b.x0));
}

/** Join the boxes of one line; a visible gap (over a third of an em) becomes a space. */
export function lineText(boxes: readonly TextBox[]): string {
  let out = '';
  let previous: TextBox | null = null;
  for (const box of boxes) {
    if (previous) out += box.x0 - previous.x1 > 0.3 * Math.min(box.size, previous.size) ? ' ' : '';
    out += box.text;
    previous = box;
  }
  return out;
}

/** Text of a cell: its lines top to bottom (vertical runs left to right), wrapped lines joined. */
export function cellText(boxes: readonly TextBox[]): string {
  if (boxes.length === 0) return '';
  if (boxes.every((b) => b.vertical)) {
    return tidySpacing([...boxes].sort((a, b) => a.x0 - b.x0 || a.top - b.top).map((b) => b.text).join(''));
  }
  // Spaces between wrapped lines are removed again by tidySpacing when both sides are Chinese.
  return tidySpacing(groupLines(boxes).map(lineText).join(' '));
}

/** Find the ruled tables of a page and share out its text: boxes in a table cell, and the rest. */
export function findTables(rulings: readonly Ruling[], boxes: readonly TextBox[]): { tables: LatticeTable[]; rest: TextBox[] } {
  const merged = mergeRulings(rulings);
  // A page of line art (maps, charts) is not a form table, and pairing its lines would be slow.
  if (merged.length > maxRulings) return { tables: [], rest: [...boxes] };
  const grids = connectedRulings(merged)
    .map(tableGrid)
    .filter((g): g is NonNullable<typeof g> => g !== null)
    .sort((a, b) => a.top - b.top);
  const contents = grids.map((g) => g.cells.map(() => [] as TextBox[]));
  const rest: TextBox[] = [];
  for (const box of boxes) {
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.top + box.bottom) / 2;
    const t = grids.findIndex((g) => inside(g, cx, cy));
    if (t < 0) {
      rest.push(box);
      continue;
    }
    const cell = grids[t].cells.findIndex((c) => inside(c, cx, cy, 0));
    // On a border exactly: take the nearest cell.
    const index = cell >= 0 ? cell : nearestCell(grids[t].cells, cx, cy);
    contents[t][index].push(box);
  }
  const tables = grids.map((g, t) => ({ ...g, cells: g.cells.map((c, i) => ({ ...c, text: cellText(contents[t][i]) })) }));
  return { tables, rest };
}

function nearestCell(cells: readonly Rect[], x: number, y: number): number {
  let best = 0;
  let bestDistance = Infinity;
  cells.forEach((c, i) => {
    const dx = Math.max(c.x0 - x, 0, x - c.x1);
    const dy = Math.max(c.top - y, 0, y - c.bottom);
    const d = Math.hypot(dx, dy);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/**
 * A table as rows of cell texts on its grid: a merged cell's text in its
 * first (top-left) slot, covered slots empty; rows and columns empty
 * everywhere are dropped.
 */
export function tableRows(table: LatticeTable): { cells: string[]; top: number; bottom: number }[] {
  const rows = table.ys.length - 1;
  const cols = table.xs.length - 1;
  const grid: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const cell of table.cells) grid[cell.row][cell.col] = cell.text;
  const keep = Array.from({ length: cols }, (_, c) => grid.some((row) => row[c] !== ''));
  return grid
    .map((row, r) => ({ cells: row.filter((_, c) => keep[c]), top: table.ys[r], bottom: table.ys[r + 1] }))
    .filter((row) => row.cells.some((c) => c !== ''));
}
