/**
 * Unruled tables (no border lines to rebuild cells from): a row label that
 * wraps over two or more lines is printed vertically centred on its figures,
 * so the figures' line has no label and the label's lines sit just above and
 * below it. Give each such row of bare figures the label lines around it
 * whose block is centred on it.
 */
import { tidySpacing } from '../spacing.ts';
import type { LayoutLine } from './types.ts';

const figure = /^[-+]?[\d,，.．]+%?$|^[\/／—–-]$/;

const isBareFigures = (l: LayoutLine) => l.cells.length >= 2 && l.cells.every((c) => figure.test(c));
const isLabelOnly = (l: LayoutLine) => l.cells.length === 1 && !figure.test(l.cells[0]) && l.cells[0].length <= 40;
const centre = (l: { top: number; bottom: number }) => (l.top + l.bottom) / 2;

/** Up to `max` label lines stacked directly on each other, walking away from `start` by `step`. */
function labelChain(lines: readonly LayoutLine[], start: number, step: 1 | -1, row: LayoutLine, claimed: Set<number>, max = 3): number[] {
  const out: number[] = [];
  let previous: LayoutLine = row;
  for (let i = start; i >= 0 && i < lines.length && out.length < max; i += step) {
    const l = lines[i];
    if (claimed.has(i) || !isLabelOnly(l) || l.x1 > row.x0) break;
    // Adjacent lines: centres no further apart than 1.6 line heights.
    if (Math.abs(centre(l) - centre(previous)) > 1.6 * Math.max(l.size, row.size)) break;
    out.push(i);
    previous = l;
  }
  return out;
}

/** Lines of one page (top to bottom) with wrapped labels joined onto their rows of bare figures. */
export function attachWrappedLabels(lines: readonly LayoutLine[]): LayoutLine[] {
  const claimed = new Set<number>();
  const rows = new Map<number, LayoutLine>();
  lines.forEach((row, i) => {
    if (!isBareFigures(row)) return;
    const above = labelChain(lines, i - 1, -1, row, claimed);
    const below = labelChain(lines, i + 1, 1, row, claimed);
    // Choose how many lines above and below so that the label block is centred on the figures.
    let best: { a: number; b: number; off: number } | null = null;
    for (let a = 0; a <= above.length; a++) {
      for (let b = 0; b <= below.length; b++) {
        if (a + b === 0) continue;
        const top = a ? lines[above[a - 1]].top : lines[below[0]].top;
        const bottom = b ? lines[below[b - 1]].bottom : lines[above[0]].bottom;
        const off = Math.abs((top + bottom) / 2 - centre(row));
        if (!best || off < best.off - 0.5) best = { a, b, off };
      }
    }
    if (!best || best.off > 0.75 * row.size) return;
    const taken = [...above.slice(0, best.a).reverse(), ...below.slice(0, best.b)];
    for (const t of taken) claimed.add(t);
    const label = tidySpacing(taken.map((t) => lines[t].cells[0]).join(' '));
    rows.set(i, {
      ...row,
      cells: [label, ...row.cells],
      x0: Math.min(row.x0, ...taken.map((t) => lines[t].x0)),
      top: Math.min(row.top, ...taken.map((t) => lines[t].top)),
    });
  });
  return lines.flatMap((l, i) => (claimed.has(i) ? [] : [rows.get(i) ?? l]));
}
