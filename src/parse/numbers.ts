/**
 * Cells → figures. A printed 0, a blank cell and a "/" are three different
 * things: only the first is the number zero.
 */

export type Figure =
  | { kind: 'number'; value: number; text: string; approximate?: boolean }
  | { kind: 'blank'; text: '' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'text'; text: string };

const placeholders = new Set(['/', '／', '\\', '-', '—', '–', '－', '——', '无', '空', 'N/A', 'n/a']);

/** Read one cell. Full-width digits, thousands separators, unit suffixes (件/万元/元) and 约 are tolerated. */
export function parseFigure(raw: string): Figure {
  const text = raw.trim();
  if (text === '') return { kind: 'blank', text: '' };
  if (placeholders.has(text)) return { kind: 'placeholder', text };
  let s = text.normalize('NFKC').replace(/\s+/g, '');
  let approximate = false;
  if (/^(约|近|超过|逾)/.test(s)) {
    approximate = true;
    s = s.replace(/^(约|近|超过|逾)/, '');
  }
  s = s.replace(/(?:余|多|左右|以上)$/, () => {
    approximate = true;
    return '';
  });
  s = s.replace(/(件|个|条|次|项|万元|元|人次)$/, '').replace(/(?:余|多|左右|以上)$/, () => {
    approximate = true;
    return '';
  });
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const value = Number(s);
    return approximate ? { kind: 'number', value, text, approximate } : { kind: 'number', value, text };
  }
  return { kind: 'text', text };
}

/**
 * Words offices print in a figure cell instead of a number ("some", "unknown",
 * "no data", spreadsheet errors). They are never row labels, so the matcher
 * treats them as a value that is not a number.
 */
const nonFigureWords = /^(?:若干|不详|暂无|无数据|暂无数据|未统计|不适用|待统计|待定|未知|不清楚|数据缺失|略|N\.?A\.?|NaN|null|undefined|TBD|#(?:REF|VALUE|DIV\/0|N\/A|NAME\?|NUM)!?)$/i;

export function isNonFigureWord(raw: string): boolean {
  return nonFigureWords.test(raw.trim().normalize('NFKC'));
}

/** True for a cell that holds a figure or a placeholder for one (not label text). */
export function isFigureCell(raw: string): boolean {
  const f = parseFigure(raw);
  return f.kind === 'number' || f.kind === 'placeholder';
}

/** A value token of a row: a figure, possibly a run of digits with cell boundaries lost. */
export interface Token {
  figure: Figure;
  line: number;
}

/**
 * Arithmetic a row must satisfy, used to decide how to read a row with too many
 * or run-together numbers. `groupSize` is set when the row is made of groups
 * whose last value is the sum of the others (applicant columns; §四 groups).
 */
export type RowConstraint = ((values: (number | null)[]) => boolean) & { groupSize?: number };

/** Groups of `size` values, each ending in the sum of the others; no value may be blank. */
export function groupSums(size: number): RowConstraint {
  const check: RowConstraint = (v) => {
    if (v.length % size !== 0 || v.some((x) => x === null)) return false;
    for (let g = 0; g < v.length; g += size) {
      let sum = 0;
      for (let i = g; i < g + size - 1; i++) sum += v[i]!;
      if (Math.abs(sum - v[g + size - 1]!) > 1e-9) return false;
    }
    return true;
  };
  check.groupSize = size;
  return check;
}

/**
 * Every reading of a digit run as `groups` groups of `size` numbers whose last
 * is the sum of the others. The sum is not guessed but must be printed next, so
 * only the parts are enumerated: fast even for a 25-digit run.
 */
export function splitSumGroups(digits: string, size: number, groups: number, limit = 50): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const maxPart = 9; // no count in these reports has more than 9 digits
  const partsOf = (pos: number, left: number, sum: number, g: number) => {
    if (out.length >= limit) return;
    if (left === 0) {
      const total = String(sum);
      if (!digits.startsWith(total, pos)) return;
      cur.push(sum);
      group(pos + total.length, g + 1);
      cur.pop();
      return;
    }
    const maxLen = digits[pos] === '0' ? 1 : Math.min(maxPart, digits.length - pos);
    for (let len = 1; len <= maxLen; len++) {
      const n = Number(digits.slice(pos, pos + len));
      cur.push(n);
      partsOf(pos + len, left - 1, sum + n, g);
      cur.pop();
    }
  };
  const group = (pos: number, g: number) => {
    if (g === groups) {
      if (pos === digits.length) out.push([...cur]);
      return;
    }
    if (pos >= digits.length) return;
    partsOf(pos, size - 1, 0, g);
  };
  group(0, 0);
  return out;
}

export interface Fit {
  values: Figure[];
  /** How the tokens were turned into `k` values. */
  how: 'exact' | 'dropped' | 'split' | 'padded' | 'truncated';
  /** Other readings that satisfy the same arithmetic (ambiguity). */
  alternatives: (number | null)[][];
  /** Human-readable note of what was decided, for a check. */
  note: string | null;
}

function valuesOf(figs: Figure[]): (number | null)[] {
  return figs.map((f) => (f.kind === 'number' ? f.value : null));
}

function key(values: (number | null)[]): string {
  return values.map((v) => (v === null ? '∅' : String(v))).join(',');
}

/** All ways to cut a digit string into `parts` numbers without leading zeros. */
export function digitSplits(digits: string, parts: number, limit = 20000): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const walk = (pos: number, left: number) => {
    if (out.length >= limit) return;
    if (left === 0) {
      if (pos === digits.length) out.push([...cur]);
      return;
    }
    const remaining = digits.length - pos;
    if (remaining < left) return;
    if (left === 1) {
      // The last part is the rest of the run (no loop over lengths that cannot end the run).
      if (digits[pos] !== '0' || remaining === 1) out.push([...cur, Number(digits.slice(pos))]);
      return;
    }
    const maxLen = digits[pos] === '0' ? 1 : remaining - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      cur.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len, left - 1);
      cur.pop();
    }
  };
  walk(0, parts);
  return out;
}

/** Longest digit run that is split into cells: 15 review columns of up to 4 digits. */
const MAX_RUN_DIGITS = 60;

/** Choose `count` of `n` indices to drop (n choose count), bounded. */
function combinations(n: number, count: number, limit = 5000): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const walk = (start: number) => {
    if (out.length >= limit) return;
    if (cur.length === count) {
      out.push([...cur]);
      return;
    }
    for (let i = start; i < n; i++) {
      cur.push(i);
      walk(i + 1);
      cur.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * Fit a row's value tokens to `k` columns. Exactly k → as printed. More than k
 * → drop stray tokens so the row's arithmetic holds. Fewer, with run-together
 * digits → split the runs so the arithmetic holds. A unique reading is used and
 * noted; several readings are reported as alternatives.
 */
/** More stray tokens than this in one row are not searched for by arithmetic. */
const MAX_STRAY_TOKENS = 8;

export function fitValues(tokens: Figure[], k: number, constraint: RowConstraint | null): Fit {
  if (tokens.length === k) return { values: tokens, how: 'exact', alternatives: [], note: null };

  // A few stray tokens (a footnote mark, a merged header's 0) are dropped by arithmetic;
  // a row with dozens too many (a whole table run into one line) is not searched.
  if (tokens.length > k) {
    const extra = tokens.length - k;
    const seen = new Map<string, Figure[]>();
    for (const drop of extra <= MAX_STRAY_TOKENS ? combinations(tokens.length, extra) : []) {
      const dropped = new Set(drop);
      const kept = tokens.filter((_, i) => !dropped.has(i));
      const vals = valuesOf(kept);
      if (constraint && constraint(vals)) seen.set(key(vals), kept);
    }
    if (seen.size >= 1) {
      const [first] = seen.values();
      const alternatives = [...seen.values()].map(valuesOf);
      return {
        values: first,
        how: 'dropped',
        alternatives: seen.size > 1 ? alternatives : [],
        note:
          seen.size === 1
            ? `印有 ${tokens.length} 个数字，应为 ${k} 个；按行内加总关系唯一确定为 ${key(valuesOf(first)).replace(/,/g, ' ')}`
            : `印有 ${tokens.length} 个数字，应为 ${k} 个；有 ${seen.size} 种读法都满足加总关系`,
      };
    }
    return {
      values: tokens.slice(0, k),
      how: 'truncated',
      alternatives: [],
      note: `印有 ${tokens.length} 个数字，应为 ${k} 个，且无法用加总关系确定多出的数字；按顺序取前 ${k} 个`,
    };
  }

  // Fewer tokens than columns: look for digit runs whose cell boundaries were lost.
  const split = splitRuns(tokens, k, constraint);
  if (split) return split;
  const padded = [...tokens];
  while (padded.length < k) padded.push({ kind: 'blank', text: '' });
  return {
    values: padded,
    how: 'padded',
    alternatives: [],
    note: `只印有 ${tokens.length} 个数字，应为 ${k} 个；缺少的列记为空`,
  };
}

/** Every way to cut the digit runs among `tokens` so that `parts` values result. */
function cutRuns(tokens: Figure[], parts: number): Figure[][] {
  // A run of more digits than a row's columns could print together is not split (it would take
  // seconds to enumerate and means nothing): it stays one token and the row is reported.
  const splittable = tokens.map((t) => t.kind === 'number' && /^\d{2,}$/.test(t.text.normalize('NFKC')) && t.text.length <= MAX_RUN_DIGITS);
  const idx = splittable.flatMap((s, i) => (s ? [i] : []));
  const missing = parts - tokens.length;
  const out: Figure[][] = [];
  if (idx.length === 0 || missing <= 0) return out;
  const distribute = (j: number, left: number, extraParts: number[]) => {
    if (out.length > 20000) return;
    if (j === idx.length) {
      if (left !== 0) return;
      let partial: Figure[][] = [[]];
      tokens.forEach((t, i) => {
        const pos = idx.indexOf(i);
        const n = pos >= 0 ? extraParts[pos] + 1 : 1;
        const options: Figure[][] =
          n === 1
            ? [[t]]
            : digitSplits(t.text.normalize('NFKC'), n).map((ns) => ns.map((v) => ({ kind: 'number', value: v, text: String(v) }) as Figure));
        const next: Figure[][] = [];
        for (const p of partial) for (const o of options) if (next.length < 20000) next.push([...p, ...o]);
        partial = next;
      });
      out.push(...partial);
      return;
    }
    for (let extra = 0; extra <= left; extra++) distribute(j + 1, left - extra, [...extraParts, extra]);
  };
  distribute(0, missing, []);
  return out;
}

/**
 * Split run-together digits into k values that satisfy the arithmetic; if none
 * do, allow one stray 0 cell (a merged header column) in the run and drop it.
 */
function splitRuns(tokens: Figure[], k: number, constraint: RowConstraint | null): Fit | null {
  const readings = new Map<string, Figure[]>();
  const size = constraint?.groupSize;
  const only = tokens.length === 1 ? tokens[0].text.normalize('NFKC') : '';
  if (size && k % size === 0 && /^\d+$/.test(only)) {
    // One run for the whole row: let the sums cut it (a §四 row of 23 digits has one reading).
    for (const values of splitSumGroups(only, size, k / size)) {
      readings.set(key(values), values.map((n) => ({ kind: 'number', value: n, text: String(n) }) as Figure));
    }
  }
  if (readings.size === 0) for (const cand of cutRuns(tokens, k)) {
    const vals = valuesOf(cand);
    if (!constraint || constraint(vals)) readings.set(key(vals), cand);
  }
  if (readings.size === 0 && constraint) {
    for (const cand of cutRuns(tokens, k + 1)) {
      for (let drop = 0; drop < cand.length; drop++) {
        // The stray cell of a shifted header is an empty column printed as 0.
        if (valuesOf([cand[drop]])[0] !== 0) continue;
        const kept = cand.filter((_, i) => i !== drop);
        const vals = valuesOf(kept);
        if (constraint(vals)) readings.set(key(vals), kept);
      }
    }
  }
  if (readings.size === 0) return null;
  const shown = tokens.map((t) => t.text).join(' ');
  if (readings.size === 1) {
    const [only] = readings.values();
    return {
      values: only,
      how: 'split',
      alternatives: [],
      note: `数字连在一起（${shown}），按${constraint ? '加总关系' : '位数'}唯一拆分为 ${key(valuesOf(only)).replace(/,/g, ' ')}`,
    };
  }
  const alternatives = [...readings.values()].slice(0, 10).map(valuesOf);
  return {
    values: Array.from({ length: k }, () => ({ kind: 'blank', text: '' }) as Figure),
    how: 'split',
    alternatives,
    note: `数字连在一起（${shown}），有 ${readings.size} 种拆法（如 ${alternatives
      .slice(0, 3)
      .map((a) => key(a).replace(/,/g, ' '))
      .join('；')}），无法唯一确定，记为空`,
  };
}
