/**
 * Figures the prose states: the 信息处理费 of section 六 and the request,
 * reconsideration and litigation counts that section 一 usually repeats
 * ("全市共受理政府信息公开申请 3119 件，答复 3050 件…"). They are kept for the
 * narrative-vs-table check and for display; nothing here corrects a table.
 *
 * Conservative by design: a figure is read only when its sentence says what
 * it counts (a 政府信息公开申请, a 行政复议/行政诉讼 about 信息公开, a
 * 信息处理费). Counts of other things (主动公开信息, 信箱留言, 投诉) are ignored.
 */
import {
  processingFee as processingFeeDef,
  proactiveValueRows,
  requestRowDef,
  reviewColumns,
  reviewGroups,
  reviewHeadings,
} from '../model/catalogue.ts';
import type { NarrativeFigure } from '../model/record.ts';
import type { SectionKey } from '../model/catalogue.ts';
import type { ProseBlock } from './types.ts';

/* ------------------------------------------------------------------ */
/* Figure keys                                                         */
/* ------------------------------------------------------------------ */

const reviewPartKeys = ['upheld', 'corrected', 'other', 'pending'] as const;
type ReviewPart = (typeof reviewPartKeys)[number];
type ReviewKind = 'reconsideration' | 'litigation';

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Key of a §四 figure stated in prose, e.g. `reconsiderationTotal`, `litigationUpheld`. */
export function reviewFigureKey(kind: ReviewKind, part: ReviewPart | 'total'): string {
  return `${kind}${cap(part)}`;
}

const reconsiderationWord = reviewGroups.find((g) => g.key === 'reconsideration')!.label;
const litigationWord = reviewHeadings.litigation;

/** Every narrative figure key this reader emits, with what it counts (for docs and the methodology page). */
export const narrativeFigureKeys: readonly { key: string; description: string }[] = [
  { key: 'requestsReceived', description: `文字所述本年受理/收到的政府信息公开申请数（对应第三部分“${requestRowDef('newReceived').short}”总计）。` },
  { key: 'requestsHandled', description: `文字所述本年答复/办结/办理的申请数（对应第三部分“${requestRowDef('totalHandled').short}”总计）。` },
  { key: 'carriedOver', description: `文字所述上年结转的申请数（对应“${requestRowDef('carriedOver').short}”总计）。` },
  { key: 'carriedForward', description: `文字所述顺延/结转到下年度的申请数（对应“${requestRowDef('carriedForward').short}”总计）。` },
  ...(['reconsideration', 'litigation'] as const).flatMap((kind) =>
    (['total', ...reviewPartKeys] as const).map((part) => ({
      key: reviewFigureKey(kind, part),
      description:
        `文字所述涉及政府信息公开的${kind === 'reconsideration' ? reconsiderationWord : `${litigationWord}（两类起诉合计）`}` +
        (part === 'total' ? '总数；“未发生”记为 0。' : `中“${reviewColumns.find((c) => c.key === part)!.label}”的件数。`),
    })),
  ),
];

/* ------------------------------------------------------------------ */
/* The prose as one searchable string                                  */
/* ------------------------------------------------------------------ */

/** Where a character of the searchable text came from. */
interface Origin {
  block: number;
  offset: number;
}

/**
 * All prose blocks joined into one string that regular expressions can read:
 * NFKC (full-width digits and punctuation → ASCII), whitespace dropped
 * (kept as one space between two digits so "10 1" stays two numbers), line
 * wraps and page-break splits joined, and a hard `\n` wherever a block ends a
 * sentence or is a heading. Book titles 《…》〈…〉 are masked, so a
 * 《…信息处理费管理办法》 or 〔2020〕109号 inside one is never read as a figure.
 */
interface Passage {
  text: string;
  origin: Origin[];
  blocks: readonly ProseBlock[];
}

const sentenceEnd = /[。;；!！?？:：]$/;
const startsNumbered = /^(?:[(（]?[一二三四五六七八九十]{1,3}[)）、]|\d{1,2}[.、．](?!\d))/;

function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

export function joinProse(blocks: readonly ProseBlock[]): Passage {
  // Built as an array of pieces: reading back the last character of a growing string
  // flattens it every time (quadratic on a long hostile paragraph).
  const parts: string[] = [];
  let last = '';
  const origin: Origin[] = [];
  blocks.forEach((block, b) => {
    const prev = blocks[b - 1];
    if (prev && (prev.heading || block.heading || sentenceEnd.test(prev.text.trim()) || startsNumbered.test(block.text.trim()))) {
      parts.push('\n');
      last = '\n';
      origin.push({ block: b, offset: 0 });
    }
    const raw = block.text;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (isSpace(ch)) {
        // Keep one space between two digits so that "10 1" is not read as 101.
        let j = i + 1;
        while (j < raw.length && isSpace(raw[j])) j++;
        if (last && /\d/.test(last) && j < raw.length && /\d/.test(raw[j].normalize('NFKC'))) {
          parts.push(' ');
          last = ' ';
          origin.push({ block: b, offset: i });
        }
        i = j - 1;
        continue;
      }
      for (const n of ch.normalize('NFKC')) {
        parts.push(n);
        last = n;
        origin.push({ block: b, offset: i });
      }
    }
  });
  return { text: maskTitles(parts.join('')), origin, blocks };
}

/** Replace the inside of 《…》, 〈…〉 and <…> with ※, keeping every offset. */
function maskTitles(text: string): string {
  return text.replace(/《[^》\n]{0,80}》|〈[^〉\n]{0,80}〉|<[^>\n]{0,80}>/g, (m) => m[0] + '※'.repeat(m.length - 2) + m[m.length - 1]);
}

function lineOfOffset(block: ProseBlock, offset: number): number {
  let line = block.line;
  if (block.lineBreaks) {
    for (const start of block.lineBreaks) {
      if (start > offset) break;
      line++;
    }
  } else {
    for (let i = 0; i < offset && i < block.text.length; i++) if (block.text[i] === '\n') line++;
  }
  return line;
}

/** Source line of character `index` of the passage. */
function lineAt(p: Passage, index: number): number {
  const o = p.origin[Math.min(index, p.origin.length - 1)];
  return lineOfOffset(p.blocks[o.block], o.offset);
}

function sectionAt(p: Passage, index: number): SectionKey | null {
  const o = p.origin[Math.min(index, p.origin.length - 1)];
  return p.blocks[o.block].section;
}

/** The printed text of passage span [start, end), verbatim (line wraps removed). */
function verbatim(p: Passage, start: number, end: number): string {
  const a = p.origin[start];
  const b = p.origin[end - 1];
  const pieces: string[] = [];
  for (let k = a.block; k <= b.block; k++) {
    const t = p.blocks[k].text;
    pieces.push(t.slice(k === a.block ? a.offset : 0, k === b.block ? b.offset + 1 : t.length));
  }
  return pieces.join('').replace(/\s*\n\s*/g, '').trim();
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

/** A printed number: 3119, 3,119, 12.5, or a small Chinese numeral (两, 十九). */
// Never start inside a number: a pattern that begins with a number would otherwise retry at every digit of a long run.
const NUM = String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]{1,3})`;
const COUNT_UNIT = String.raw`\s*(?:件|条|个|宗|起|例)`;
/** A gap inside one clause: no comma, semicolon or digit. */
const GAP = (max: number) => String.raw`[^,;\d\n]{0,${max}}?`;

const chineseDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a printed number, or null when it is not a number we can trust. */
export function readNumber(printed: string): number | null {
  if (/^\d/.test(printed)) {
    const n = Number(printed.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  // Chinese numerals up to 99: 三, 十, 十九, 二十, 二十三.
  const m = /^([一二两三四五六七八九])?(十)?([零〇一二两三四五六七八九])?$/.exec(printed);
  if (!m || printed.length === 0) return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? chineseDigits[tens] : !tens && ones ? chineseDigits[ones] : null;
  return (tens ? chineseDigits[tens] : 1) * 10 + (ones ? chineseDigits[ones] : 0);
}

/* ------------------------------------------------------------------ */
/* Sentences and matches                                               */
/* ------------------------------------------------------------------ */

interface Sentence {
  start: number;
  text: string;
}

function sentencesOf(p: Passage): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。;!?\n]+/g;
  for (const m of p.text.matchAll(re)) out.push({ start: m.index, text: m[0] });
  return out;
}

/** A figure found in a sentence, in sentence-relative offsets. */
interface Hit {
  key: string;
  value: number;
  start: number;
  end: number;
  /** Offset of the number itself (its line is the figure's line). */
  at: number;
}

function overlaps(a: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

/** Every match of `re` in `s`, with the value of the number in capture `group` (or 0 for a "none" statement). */
function* matches(re: RegExp, s: string, group: number | null): Generator<{ start: number; end: number; at: number; value: number }> {
  for (const m of s.matchAll(withIndices(re))) {
    const start = m.index;
    const end = start + m[0].length;
    if (group === null) {
      yield { start, end, at: start, value: 0 };
      continue;
    }
    const value = m[group] === undefined ? null : readNumber(m[group]);
    if (value !== null) yield { start, end, at: m.indices![group]![0], value };
  }
}

/** The same pattern, global and with match indices (the `d` flag), for the position of each number. */
function withIndices(re: RegExp): RegExp {
  let flags = re.flags;
  if (!flags.includes('g')) flags += 'g';
  if (!flags.includes('d')) flags += 'd';
  return flags === re.flags ? re : new RegExp(re.source, flags);
}

/* ------------------------------------------------------------------ */
/* Requests: 受理 / 答复 / 结转                                          */
/* ------------------------------------------------------------------ */

/** The sentence talks about 政府信息公开申请 (in any of the usual word orders). */
const requestPhrase = /(?:政府)?信息公开(?:的)?申请|依申请公开(?:的)?申请|申请(?:公开)?政府信息/;
/** Counts of these are not disclosure requests. */
const notRequests = /复议|诉讼|投诉|信访|留言|来信|信箱|热线|咨询|举报/;

const received = new RegExp(String.raw`(?:受理|收到|接收|接到|新收|共收)了?${GAP(30)}${NUM}${COUNT_UNIT}`, 'g');
const handled = new RegExp(String.raw`(?<!不予|不再)(?:答复|办结|办理|处理|回复)了?${GAP(30)}${NUM}${COUNT_UNIT}`, 'g');
const noneReceived = new RegExp(String.raw`(?:未|没有)(?:收到|受理|接到|接收)(?:过|任何)?${GAP(20)}(?:${requestPhrase.source})`, 'g');
const carriedOverPatterns = [
  new RegExp(String.raw`(?:上一?年度?|上年)(?:结转|转入|遗留)的?(?:政府信息公开)?(?:申请)?(?:数量)?(?:为|共)?${NUM}\s*件`, 'g'),
  new RegExp(String.raw`${NUM}\s*件${GAP(8)}(?:结转自|转自|来自|系|为|是)上一?年度?(?:结转)?`, 'g'),
];
const carriedForwardPatterns = [
  new RegExp(String.raw`${NUM}\s*件${GAP(8)}(?:顺延|结转|转入|延续)(?:到|至|入)?下一?年度?`, 'g'),
  new RegExp(String.raw`(?:结转|顺延|转入)(?:到|至)?下一?年度?(?:继续)?(?:办理|答复)?的?(?:申请)?(?:为|共)?${NUM}\s*件`, 'g'),
];

/** Start of the clause (after the last comma or bracket) that sentence offset `i` is in. */
function clauseStart(s: string, i: number): number {
  let a = i;
  while (a > 0 && !/[,(]/.test(s[a - 1])) a--;
  return a;
}

/** The clause (between commas) around the span [start, end). */
function clauseAt(s: string, start: number, end: number): string {
  const nextComma = s.indexOf(',', end);
  return s.slice(clauseStart(s, start), nextComma === -1 ? s.length : nextComma);
}

/**
 * A request count is accepted when the 申请 it counts is named in the match
 * itself or just after it ("办结9件政府信息公开申请"), or when the match opens a
 * clause that continues a sentence already about 政府信息公开申请
 * ("受理…申请3119件，答复3050件").
 */
function isAboutRequests(s: string, hit: { start: number; end: number }): boolean {
  const span = s.slice(hit.start, Math.min(s.length, hit.end + 15));
  if (notRequests.test(clauseAt(s, hit.start, hit.end))) return false;
  if (requestPhrase.test(span)) return true;
  const before = s.slice(0, hit.start);
  return /[,(]$/.test(before) && requestPhrase.test(before);
}

function requestHits(s: string): Hit[] {
  if (!requestPhrase.test(s)) return [];
  const hits: Hit[] = [];
  const take = (key: string, re: RegExp, group: number | null, test: (h: { start: number; end: number }) => boolean) => {
    for (const m of matches(re, s, group)) {
      if (overlaps(m, hits) || !test(m)) continue;
      hits.push({ key, ...m });
      if (group !== null) break; // the first stated figure of each kind in a sentence
    }
  };
  const any = () => true;
  for (const re of carriedOverPatterns) take('carriedOver', re, 1, any);
  for (const re of carriedForwardPatterns) take('carriedForward', re, 1, any);
  take('requestsReceived', received, 1, (h) => isAboutRequests(s, h));
  take('requestsReceived', noneReceived, null, (h) => !notRequests.test(clauseAt(s, h.start, h.end)));
  take('requestsHandled', handled, 1, (h) => isAboutRequests(s, h));
  return hits;
}

/* ------------------------------------------------------------------ */
/* §四: 行政复议 / 行政诉讼                                               */
/* ------------------------------------------------------------------ */

const reviewWord = `(${reconsiderationWord}|${litigationWord})`;
/** Words that make a count about a subset (纠错, 败诉) rather than the total. */
const subsetWords = /纠|败|撤|维持|驳回|审结|结果/;

const reviewTotal = new RegExp(String.raw`${reviewWord}(?:案件|案|申请)?(${GAP(4)})${NUM}${COUNT_UNIT}`, 'g');
const reviewNone = new RegExp(
  String.raw`(?:未发生|没有发生|未出现|没有出现|未收到|没有收到|未接到|未产生|没有产生)(${GAP(30)})(${reviewWord}(?:[、和及与或/]${reviewWord})*)(?!被|纠|败|撤)`,
  'g',
);
const reviewPartLabels = reviewColumns
  .filter((c) => (reviewPartKeys as readonly string[]).includes(c.key))
  .flatMap((c) => [
    { part: c.key as ReviewPart, word: c.label },
    ...(c.key === 'other' ? [] : [{ part: c.key as ReviewPart, word: c.short }]),
  ])
  .sort((a, b) => b.word.length - a.word.length);
const reviewPart = new RegExp(String.raw`(${reviewPartLabels.map((l) => l.word).join('|')})${GAP(3)}${NUM}${COUNT_UNIT}`, 'g');

function kindOf(word: string): ReviewKind {
  return word === reconsiderationWord ? 'reconsideration' : 'litigation';
}

function reviewHits(s: string): Hit[] {
  if (!/信息公开/.test(s)) return [];
  const totals: (Hit & { kind: ReviewKind })[] = [];
  for (const m of s.matchAll(withIndices(reviewTotal))) {
    const [all, word, gap, printed] = m;
    const value = readNumber(printed);
    if (value === null || subsetWords.test(gap)) continue;
    const at = m.indices![3]![0];
    const kind = kindOf(word);
    totals.push({ key: reviewFigureKey(kind, 'total'), kind, value, start: m.index, end: m.index + all.length, at });
  }
  const hits: Hit[] = [...totals];
  for (const m of s.matchAll(reviewNone)) {
    const [all, gap, list] = m;
    if (subsetWords.test(gap)) continue;
    const seen = new Set<ReviewKind>();
    for (const w of list.matchAll(new RegExp(reviewWord, 'g'))) seen.add(kindOf(w[1]));
    for (const kind of seen) {
      const hit = { key: reviewFigureKey(kind, 'total'), value: 0, start: m.index, end: m.index + all.length, at: m.index };
      if (!hits.some((h) => h.key === hit.key && overlaps(hit, [h]))) hits.push(hit);
    }
  }
  // "其中结果维持 72 件，…": each part belongs to the nearest total stated before it.
  for (const m of s.matchAll(withIndices(reviewPart))) {
    const [all, word, printed] = m;
    const value = readNumber(printed);
    const owner = totals.filter((t) => t.end <= m.index).at(-1);
    if (value === null || !owner) continue;
    const part = reviewPartLabels.find((l) => l.word === word)!.part;
    hits.push({
      key: reviewFigureKey(owner.kind, part),
      value,
      start: m.index,
      end: m.index + all.length,
      at: m.indices![2]![0],
    });
  }
  return hits;
}

/* ------------------------------------------------------------------ */
/* 信息处理费                                                           */
/* ------------------------------------------------------------------ */

const feeWords = [processingFeeDef.label, ...processingFeeDef.variants].sort((a, b) => b.length - a.length).join('|');
const administrativeFeeWord = proactiveValueRows.find((r) => r.key === 'administrativeFeesWan')!.label;
const feeAmount = new RegExp(String.raw`(?:${feeWords})用?${GAP(12)}${NUM}\s*(万元|元)`, 'g');
const feeCollected = new RegExp(String.raw`(?:收取|收缴)${GAP(8)}${NUM}\s*(万元|元)`, 'g');
const feeCharged = new RegExp(String.raw`收费(?:金额|总额)?(?:为|共|合计|共计)?${NUM}\s*(万元|元)`, 'g');
const feeNone = new RegExp(
  String.raw`(?:未|没有|不|无|均未|未曾|不予)(?:收取|产生|收|发生|涉及|收缴)(?:过|任何)?${GAP(20)}(?:${feeWords}|费用|处理费)`,
  'g',
);
const feeContext = new RegExp(feeWords);
const disclosureContext = /信息公开|依申请|处理费/;

export interface ProcessingFeeReading {
  /** 元; 0 for "未收取/没有产生"; null when the prose does not mention the fee. */
  value: number | null;
  line: number | null;
  /** The sentence fragment it was read from (verbatim; a 万元 amount says it was converted). */
  text: string | null;
}

interface FeeHit {
  value: number;
  start: number;
  end: number;
  at: number;
  wan: boolean;
}

function feeHits(s: string): FeeHit[] {
  const named = feeContext.test(s);
  if (s.includes(administrativeFeeWord) && !named) return [];
  if (!named && !(s.includes('收费') && disclosureContext.test(s))) return [];
  const hits: FeeHit[] = [];
  const amountPatterns = named ? [feeAmount, feeCollected, feeCharged] : [feeCharged];
  for (const re of amountPatterns) {
    for (const m of s.matchAll(withIndices(re))) {
      const [all, printed, unit] = m;
      const n = readNumber(printed);
      const hit = { start: m.index, end: m.index + all.length };
      if (n === null || overlaps(hit, hits)) continue;
      const wan = unit === '万元';
      hits.push({ ...hit, value: wan ? Math.round(n * 10000 * 100) / 100 : n, at: m.indices![1]![0], wan });
    }
  }
  if (named || disclosureContext.test(s)) {
    for (const m of s.matchAll(feeNone)) {
      const hit = { start: m.index, end: m.index + m[0].length };
      if (!overlaps(hit, hits)) hits.push({ ...hit, value: 0, at: m.index, wan: false });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/* ------------------------------------------------------------------ */
/* The reader                                                          */
/* ------------------------------------------------------------------ */

export interface NarrativeReading {
  figures: NarrativeFigure[];
  processingFee: ProcessingFeeReading;
}

/** Read the figures the report states in its prose. Pure: same blocks, same reading. */
/** Longest sentence read for figures (real ones are far shorter). */
const maxSentence = 2000;

export function readNarrative(prose: readonly ProseBlock[]): NarrativeReading {
  const passage = joinProse(prose);
  const figures: NarrativeFigure[] = [];
  const fees: FeeHit[] = [];

  for (const s of sentencesOf(passage)) {
    // A "sentence" of thousands of characters without a full stop is pasted markup or a table, not prose;
    // scanning it with every pattern would cost seconds for nothing.
    if (s.text.length > maxSentence) continue;
    const hits = [...requestHits(s.text), ...reviewHits(s.text)].sort((a, b) => a.start - b.start);
    for (const h of hits) {
      figures.push({
        key: h.key,
        value: h.value,
        line: lineAt(passage, s.start + h.at),
        text: verbatim(passage, s.start + clauseStart(s.text, h.start), s.start + h.end),
      });
    }
    for (const f of feeHits(s.text)) {
      fees.push({ ...f, start: s.start + clauseStart(s.text, f.start), end: s.start + f.end, at: s.start + f.at });
    }
  }

  // Section 六 is where the form asks for the fee; prefer a statement there.
  const fee = fees.find((f) => sectionAt(passage, f.start) === 'other') ?? fees[0];
  const processingFee: ProcessingFeeReading = fee
    ? {
        value: fee.value,
        line: lineAt(passage, fee.at),
        text: verbatim(passage, fee.start, fee.end) + (fee.wan ? '（原文单位万元，已折算为元）' : ''),
      }
    : { value: null, line: null, text: null };
  return { figures, processingFee };
}
