/**
 * From pdfjs output to page geometry: text items → text boxes, path
 * operators → ruling lines. Pure functions over plain data so they can be
 * tested without a PDF.
 */
import type { Ruling, TextBox } from './types.ts';

/** An affine matrix [a, b, c, d, e, f] as PDF and canvas use it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2: apply m2 first, then m1 (canvas `transform` semantics). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The parts of a pdfjs TextItem this module needs. */
export interface RawTextItem {
  str: string;
  /** Text matrix in PDF user space (CTM included). */
  transform: number[];
  width: number;
  height: number;
  dir?: string;
}

/** Relative advance of a character in ems: full width for CJK and full-width forms, about half for the rest. */
function advance(ch: string): number {
  if (/\s/.test(ch)) return 0.3;
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/.test(ch) ? 1 : 0.5;
}

/**
 * Text items → boxes in viewport space. Items that hold several words
 * separated by spaces (some producers draw a whole table row as one run)
 * are split at the spaces, with each word's position estimated from
 * character widths, so that each word can land in its own table cell.
 */
export function textBoxes(items: readonly RawTextItem[], viewport: Matrix): TextBox[] {
  const out: TextBox[] = [];
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    const vertical = item.dir === 'ttb';
    if (vertical) {
      // Vertical runs advance downward from the origin; the item's width is the column width.
      const corners = [apply(viewport, e, f), apply(viewport, e + item.width, f - item.height)];
      out.push(boxFrom(item.str.trim(), corners, size, true));
      continue;
    }
    const len = Math.hypot(a, b) || 1;
    const dir: [number, number] = [a / len, b / len];
    const up: [number, number] = [c / (Math.hypot(c, d) || 1), d / (Math.hypot(c, d) || 1)];
    const height = item.height || size;
    const rotated = Math.abs(dir[1]) > 0.5;
    const chars = [...item.str];
    const total = chars.reduce((s, ch) => s + advance(ch), 0) || 1;
    const scale = item.width / total;
    let offset = 0;
    let word = '';
    let wordStart = 0;
    const emit = (endOffset: number) => {
      if (!word.trim()) return;
      const p0: [number, number] = [e + dir[0] * wordStart, f + dir[1] * wordStart];
      const p1: [number, number] = [e + dir[0] * endOffset, f + dir[1] * endOffset];
      const corners = [p0, p1, [p0[0] + up[0] * height, p0[1] + up[1] * height], [p1[0] + up[0] * height, p1[1] + up[1] * height]].map(
        ([x, y]) => apply(viewport, x, y),
      );
      out.push(boxFrom(word, corners, size, rotated));
    };
    for (const ch of chars) {
      const w = advance(ch) * scale;
      if (/\s/.test(ch)) {
        emit(offset);
        word = '';
        offset += w;
        wordStart = offset;
        continue;
      }
      word += ch;
      offset += w;
    }
    emit(offset);
  }
  return out;
}

function boxFrom(text: string, corners: [number, number][], size: number, vertical: boolean): TextBox {
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { text, x0: Math.min(...xs), x1: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys), size, vertical };
}

/** pdfjs path commands inside `constructPath` data (DrawOPS). */
const moveTo = 0;
const lineTo = 1;
const curveTo = 2;
const quadraticCurveTo = 3;
const closePath = 4;

/** Points of each subpath of a pdfjs path, curves reduced to their end points. */
export function subpaths(data: ArrayLike<number>): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === moveTo) {
      current = { points: [[data[i], data[i + 1]]], closed: false };
      out.push(current);
      i += 2;
    } else if (op === lineTo) {
      current?.points.push([data[i], data[i + 1]]);
      i += 2;
    } else if (op === curveTo) {
      current?.points.push([data[i + 4], data[i + 5]]);
      i += 6;
    } else if (op === quadraticCurveTo) {
      current?.points.push([data[i + 2], data[i + 3]]);
      i += 4;
    } else if (op === closePath) {
      if (current) current.closed = true;
    } else {
      break; // Unknown command: stop rather than misread the rest.
    }
  }
  return out;
}

/** Lines shorter than this are glyph details or tick marks, not table borders. */
const minLength = 3;
/** Filled rectangles thinner than this are drawn borders. */
const maxBorderThickness = 2.5;
/** How far from axis-aligned a segment may be (points). */
const straight = 0.8;

function segmentRuling(p: [number, number], q: [number, number]): Ruling | null {
  const dx = Math.abs(p[0] - q[0]);
  const dy = Math.abs(p[1] - q[1]);
  if (dy <= straight && dx >= minLength) return { orientation: 'h', at: (p[1] + q[1]) / 2, from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) };
  if (dx <= straight && dy >= minLength) return { orientation: 'v', at: (p[0] + q[0]) / 2, from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) };
  return null;
}

/** Rulings drawn by stroking a path (points already in viewport space). */
export function strokedRulings(paths: { points: [number, number][]; closed: boolean }[]): Ruling[] {
  const out: Ruling[] = [];
  for (const { points, closed } of paths) {
    const pts = closed && points.length > 2 ? [...points, points[0]] : points;
    for (let i = 1; i < pts.length; i++) {
      const r = segmentRuling(pts[i - 1], pts[i]);
      if (r) out.push(r);
    }
  }
  return out;
}

/** Rulings drawn as thin filled rectangles (points already in viewport space). */
export function filledRulings(paths: { points: [number, number][]; closed: boolean }[]): Ruling[] {
  const out: Ruling[] = [];
  for (const { points } of paths) {
    if (points.length < 4 || points.length > 5) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    // Only axis-aligned rectangles: every point on the bounding box corners.
    const onCorners = points.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - top) < 0.5 || Math.abs(p[1] - bottom) < 0.5));
    if (!onCorners) continue;
    const w = x1 - x0;
    const h = bottom - top;
    if (h <= maxBorderThickness && w >= minLength) out.push({ orientation: 'h', at: (top + bottom) / 2, from: x0, to: x1 });
    else if (w <= maxBorderThickness && h >= minLength) out.push({ orientation: 'v', at: (x0 + x1) / 2, from: top, to: bottom });
  }
  return out;
}
