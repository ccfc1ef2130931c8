/**
 * Comparing printed parts with a printed total when some cells may be blank.
 * Blank or "/" cells are null: they are left out of the sum, and the sum is
 * then only conclusive if the known parts already exceed the total (counts
 * are never negative).
 */
import { same } from './names.ts';

export interface Term {
  path: string;
  value: number | null;
}

export type SumVerdict =
  /** Every cell printed and the parts add up. */
  | { kind: 'ok'; sum: number; total: number }
  /** The parts do not add up (or already exceed the total without the blank cells). */
  | { kind: 'mismatch'; sum: number; total: number; partial: boolean }
  /** Blank cells make the comparison impossible. */
  | { kind: 'unknown'; blanks: string[] }
  /** Nothing printed at all: nothing to compare. */
  | { kind: 'empty' };

export function compareSum(parts: readonly Term[], total: Term): SumVerdict {
  const blanks = [...parts, total].filter((t) => t.value === null).map((t) => t.path);
  if (blanks.length === parts.length + 1) return { kind: 'empty' };
  const sum = parts.reduce((acc, t) => acc + (t.value ?? 0), 0);
  if (total.value === null) return { kind: 'unknown', blanks };
  if (blanks.length === 0) {
    return same(sum, total.value) ? { kind: 'ok', sum, total: total.value } : { kind: 'mismatch', sum, total: total.value, partial: false };
  }
  if (sum > total.value && !same(sum, total.value)) return { kind: 'mismatch', sum, total: total.value, partial: true };
  return { kind: 'unknown', blanks };
}

/** "4 + 0 + 1 = 5" with blanks shown as 空. */
export function sumText(values: readonly (number | null)[], sum: number): string {
  const shown = values.map((v) => (v === null ? '空' : String(v)));
  return `${shown.join(' + ')} = ${Number.isInteger(sum) ? sum : Math.round(sum * 1e6) / 1e6}`;
}
