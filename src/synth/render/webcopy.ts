/**
 * Layout (f): text copied out of a web page, where the browser dropped the
 * cell boundaries — each table row is one line of cell texts run together,
 * so numbers stick to their label and to each other (`规章000`,
 * `…申请数量3510000036`), as issue 2 describes. Numbers only run together
 * where the row's arithmetic (six columns sum to 总计; four parts sum to each
 * §四 总计) or the digits themselves leave a single reading; elsewhere the
 * copy kept a space, so the ground truth stays exact. Blank cells cannot
 * survive a copy like this, so nulls print as "/".
 */
import { buildDocument, type DocumentOptions, type SynthDocument } from '../document.ts';
import { headerText } from '../labels.ts';
import { createRng, type Rng } from '../prng.ts';

export interface WebCopyQuirks {
  /** Probability that a row whose numbers have one reading prints them run together. */
  runTogether: number;
  /** Page chrome (breadcrumbs, 发布时间, print links) copied along with the article. */
  chrome: boolean;
  /** Paragraphs separated by blank lines (some browsers) or not. */
  blankLines: boolean;
  /** Longest run of digits the copy produces; longer rows keep their spaces. */
  maxRunDigits: number;
}

export const noWebCopyQuirks: WebCopyQuirks = { runTogether: 1, chrome: false, blankLines: false, maxRunDigits: Infinity };

export function randomWebCopyQuirks(rng: Rng): WebCopyQuirks {
  return { runTogether: rng.pick([0.5, 0.9, 1]), chrome: rng.chance(0.7), blankLines: rng.chance(0.5), maxRunDigits: Infinity };
}

export interface WebCopyOptions extends DocumentOptions {
  quirks?: Partial<WebCopyQuirks>;
}

/** Search budget per row; a row whose readings cannot be counted within it keeps its spaces. */
const BUDGET = 50_000;

/** Ways to cut `digits` into `parts` numbers (no leading zeros); stops counting at `stop`. */
function plainReadings(digits: string, parts: number, stop = 2): number {
  let count = 0;
  const go = (at: number, left: number) => {
    if (count >= stop) return;
    if (left === 0) {
      if (at === digits.length) count++;
      return;
    }
    const maxLen = digits[at] === '0' ? 1 : digits.length - at - (left - 1);
    for (let len = 1; len <= maxLen; len++) go(at + len, left - 1);
  };
  go(0, parts);
  return count;
}

/**
 * Ways to cut `digits` into groups of `parts` numbers each followed by their
 * sum (a request row: one group of 6; table 四: three groups of 4).
 */
export function summedReadings(digits: string, groups: number, parts: number, stop = 2): number {
  let count = 0;
  let nodes = 0;
  const go = (at: number, group: number, part: number, sum: number) => {
    if (count >= stop || ++nodes > BUDGET) return;
    if (group === groups) {
      if (at === digits.length) count++;
      return;
    }
    if (part === parts) {
      // The group's total must be printed next, exactly.
      const total = String(sum);
      if (digits.startsWith(total, at)) go(at + total.length, group + 1, 0, 0);
      return;
    }
    const maxLen = digits[at] === '0' ? 1 : digits.length - at;
    for (let len = 1; len <= maxLen && at + len <= digits.length; len++) {
      go(at + len, group, part + 1, sum + Number(digits.slice(at, at + len)));
    }
  };
  go(0, 0, 0, 0);
  return nodes > BUDGET ? stop : count;
}

type Arithmetic = { kind: 'plain' } | { kind: 'summed'; groups: number; parts: number };

/** The values as copied: run together when they have one reading (and the copy lost the boundaries), else spaced. */
function copied(values: string[], arithmetic: Arithmetic, runTogether: boolean, maxRunDigits: number): string {
  const spaced = values.join(' ');
  if (!runTogether || values.some((v) => !/^\d+$/.test(v))) return spaced;
  const digits = values.join('');
  if (digits.length > maxRunDigits) return spaced;
  const readings =
    arithmetic.kind === 'plain'
      ? plainReadings(digits, values.length)
      : summedReadings(digits, arithmetic.groups, arithmetic.parts);
  return readings === 1 ? digits : spaced;
}

function tableLines(doc: SynthDocument, q: WebCopyQuirks, rng: Rng) {
  const run = () => rng.chance(q.runTogether);
  const proactive: string[] = [];
  for (const b of doc.proactive) {
    proactive.push(b.heading, b.header.join(''));
    for (const r of b.rows) proactive.push(`${r.label}${copied(r.values, { kind: 'plain' }, run(), q.maxRunDigits)}`);
  }
  const g = headerText.applicantGroups;
  const requests = [
    `${doc.requests.note}${headerText.applicantsHeading}`,
    `${g.natural}${g.organisation}${headerText.applicantTotal}`,
    headerText.applicantParts.slice(1).join(''),
  ];
  for (const row of doc.requests.rows) {
    const lead = (row.outcomeIndex === 0 ? doc.requests.outcomesHeading : '') + (row.kind === 'sub' && row.indexInParent === 0 ? row.parent : '');
    requests.push(`${lead}${row.label}${copied(row.values, { kind: 'summed', groups: 1, parts: 6 }, run(), q.maxRunDigits)}`);
  }
  const h = headerText;
  const review = [
    `${h.reconsideration}${h.litigation}`,
    `${h.reviewColumns.join('')}${h.litigationDirect}${h.litigationAfter}`,
    `${h.reviewColumns.join('')}${h.reviewColumns.join('')}`,
    copied(doc.review.values, { kind: 'summed', groups: 3, parts: 4 }, run(), q.maxRunDigits),
  ];
  return { proactive, requests, review };
}

export function renderWebCopy(record: Parameters<typeof buildDocument>[0], options: WebCopyOptions): string {
  const doc = buildDocument(record, { ...options, nullMark: '/' });
  const q: WebCopyQuirks = { ...noWebCopyQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('webcopy');
  const tables = tableLines(doc, q, rng);
  const out: string[] = [];
  const para = (...lines: string[]) => {
    for (const line of lines) out.push(line, ...(q.blankLines ? [''] : []));
  };
  if (q.chrome) para('首页 > 政务公开 > 政府信息公开年报');
  para(doc.titleLines.join(''));
  if (q.chrome) para(`来源：${record.issuer}　　【字体：大 中 小】　　【打印】`);
  para(doc.marker, doc.intro, doc.headings.overview, doc.overviewLead);
  for (const part of doc.overviewParts) para(part.heading, ...part.paragraphs);
  para(doc.headings.proactive);
  out.push(...tables.proactive);
  para('', doc.headings.requests);
  out.push(...tables.requests);
  para('', doc.headings.review);
  out.push(...tables.review);
  para('', doc.headings.problems, ...doc.problems, doc.headings.other, ...doc.other, ...doc.signature);
  if (q.chrome) para('【打印本页】【关闭窗口】');
  return out.join('\n');
}
