/**
 * Label normalisation and section recognition: how a printed label is
 * compared with the catalogue. Kept next to the catalogue because every
 * reader and the matcher must compare labels the same way.
 */
import { sections, type SectionKey } from './catalogue.ts';

/** Numbering that reports print (or forget) before labels: 一、 (一) （一） 1. 1、 1． */
const numbering = /[（(]?[一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s*[.、．](?!\d)/g;
/** Punctuation and quotes that vary freely between reports. */
const noise = /[\s"'“”‘’「」『』《》〈〉<>（）()【】\[\]{}，,、。．.：:；;!！?？·・*#|_~—\-－]/g;

/**
 * A label reduced to the characters that carry meaning: NFKC (full-width →
 * half-width), numbering, spacing (`尚 未 审 结`), quotes and punctuation removed.
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(numbering, '').replace(noise, '');
}

/** Remove markdown/Word decoration from a line: heading marks, emphasis, bookmarks. */
export function stripDecoration(line: string): string {
  return line
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

const sectionLabels = sections.map((s) => ({
  key: s.key,
  number: s.number,
  labels: [s.label, ...s.variants].map(normalizeLabel),
}));

/**
 * The report section a heading line opens, or null. The line must be short
 * and consist of the section's label (numbering optional); a longer line
 * that merely mentions the label is prose.
 */
export function sectionOf(line: string): SectionKey | null {
  const plain = stripDecoration(line);
  if (plain.length === 0 || plain.length > 40) return null;
  const norm = normalizeLabel(plain);
  for (const s of sectionLabels) {
    for (const label of s.labels) {
      if (norm === label || (norm.startsWith(label) && norm.length <= label.length + 2)) return s.key;
    }
  }
  // The review heading is sometimes shortened: "四、行政复议、行政诉讼情况".
  if (/^四/.test(plain.normalize('NFKC')) && norm.includes('行政复议') && norm.includes('行政诉讼') && norm.length <= 20) {
    return 'review';
  }
  return null;
}

/** Longest common subsequence length of two short strings (labels are < 60 chars). */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export interface LabelCandidate<K extends string = string> {
  key: K;
  /** Normalised label and variants. */
  forms: string[];
}

export interface LabelMatch<K extends string = string> {
  key: K;
  /** Higher is better: matched characters, doubled for an exact containment. */
  score: number;
  exact: boolean;
  /** The catalogue form that matched. */
  form: string;
}

/** Build matcher candidates from catalogue fields. */
export function candidatesOf<K extends string>(
  fields: readonly { key: K; label: string; variants: readonly string[] }[],
): LabelCandidate<K>[] {
  return fields.map((f) => ({
    key: f.key,
    forms: [...new Set([f.label, ...f.variants].map(normalizeLabel))].filter((x) => x.length > 0),
  }));
}

/**
 * Best catalogue entry for a printed label. Exact containment of a form wins
 * (longest form first); otherwise a typo-tolerant match (LCS ≥ 75 % of a form
 * of at least 5 characters) is accepted and reported as approximate.
 */
export function bestLabelMatch<K extends string>(label: string, candidates: LabelCandidate<K>[]): LabelMatch<K> | null {
  // The same few hundred printed labels recur across thousands of reports: remember each answer per candidate list.
  let memo = matchMemo.get(candidates) as Map<string, LabelMatch<K> | null> | undefined;
  if (!memo) {
    memo = new Map();
    matchMemo.set(candidates, memo);
  }
  const known = memo.get(label);
  if (known !== undefined) return known;
  const found = computeBestLabelMatch(label, candidates);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(label, found);
  return found;
}

const matchMemo = new WeakMap<object, Map<string, unknown>>();
/** Bound on remembered labels per candidate list (hostile input has endless distinct labels). */
const memoLimit = 20_000;

function computeBestLabelMatch<K extends string>(label: string, candidates: LabelCandidate<K>[]): LabelMatch<K> | null {
  const norm = normalizeLabel(label);
  if (norm.length === 0) return null;
  let best: LabelMatch<K> | null = null;
  for (const c of candidates) {
    for (const form of c.forms) {
      let m: LabelMatch<K> | null = null;
      if (norm.includes(form)) {
        m = { key: c.key, score: form.length * 2, exact: true, form };
      } else if (form.length >= 5 && norm.length <= form.length * 2 + 6) {
        // Typos drop or swap a few characters; demand most of the form and a label not much longer
        // (checked first: the comparison is quadratic).
        const k = lcsLength(form, norm);
        if (k / form.length >= 0.75) {
          m = { key: c.key, score: k, exact: false, form };
        }
      }
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  return best;
}
