/**
 * Who issued the report, for which year, and when it was signed — read from
 * the title block and the signature, never from the file name.
 */
import { lineOf, type ProseBlock } from './types.ts';

export interface ReportMetadata {
  issuer: string | null;
  /** Line of the title the issuer was read from. */
  issuerLine: number | null;
  year: number | null;
  publishedOn: string | null;
  publishedLine: number | null;
}

/**
 * Text with web markup removed: script and style elements with their content,
 * then any tag. An office name never contains `<…>`; markup in a title is a
 * pasting accident or an injection attempt, and is dropped rather than kept.
 */
export function withoutMarkup(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(/javascript\s*:/gi, '');
}

/** Markup that would run in a browser: script/style/iframe/object/embed/svg tags, on…= handlers, javascript: URLs. */
const activeMarkup = /<\/?(?:script|style|iframe|object|embed|svg|img|link|meta|base|form)\b[^>]*>?|\bon[a-z]{3,}\s*=|javascript\s*:/i;

/** Source lines of a text report that carry web markup, with the markup found (first `limit`). */
export function markupLines(text: string, limit = 5): { line: number; markup: string }[] {
  const out: { line: number; markup: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const m = activeMarkup.exec(lines[i]);
    if (m) out.push({ line: i + 1, markup: m[0].slice(0, 40) });
  }
  return out;
}

const place = /(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|自治旗|区|特区|林区|镇|乡|民族乡|苏木)$/;

/** A bare place name ("化隆县", "利通区") means the people's government of that place. */
export function normalizeIssuer(raw: string): string {
  let s = withoutMarkup(raw)
    .normalize('NFKC')
    .replace(/[#*\s]/g, '')
    .replace(/^[《“"]|[》”"]$/g, '')
    .replace(/关于$/, '')
    .replace(/[:：,，]$/, '');
  if (/街道$/.test(s)) s += '办事处';
  else if (place.test(s)) s += '人民政府';
  return s;
}

const yearFirstRe = /^((?:19|20)\d{2})年度?(.{2,30}?)(?:政府)?信息公开(?:工作)?(?:年度)?报告/;
const titleRe = /((?:19|20)\d{2})年度?(?:的)?(?:政府)?信息公开(?:工作)?(?:年度)?报告/;

function compact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A block that is a report's title line ("利通区 2024 年政府信息公开工作年度报告"),
 * not a sentence that mentions one ("现发布《…年度报告》，本报告统计数据…").
 */
export function looksLikeTitle(text: string): boolean {
  const t = compact(text).replace(/^[#*]+/, '');
  if (t.length > 60) return false;
  const m = yearFirstRe.exec(t) ?? titleRe.exec(t);
  return m !== null && m.index <= 40 && t.length - (m.index + m[0].length) <= 8;
}

/** A prose block cut back into its source lines (PDF and web text join them). */
export function sourceLines(block: ProseBlock): ProseBlock[] {
  const starts = [0, ...block.lineBreaks, block.text.length];
  const out: ProseBlock[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const text = block.text.slice(starts[i], starts[i + 1]);
    if (text.trim()) out.push({ ...block, text, line: block.line + i, lineBreaks: [] });
  }
  return out;
}

/** Site chrome before a title on the same line: "首页 > 政务公开 > …". */
function withoutBreadcrumb(s: string): string {
  const parts = s.split(/[>›»＞]/);
  return parts[parts.length - 1];
}

/**
 * The issuer printed before the year in the title, or on the line above it.
 * Lines are tried one by one first, so a breadcrumb or site header joined to the
 * title's paragraph never becomes part of the issuer.
 */
export function readTitle(prose: ProseBlock[]): Pick<ReportMetadata, 'issuer' | 'issuerLine' | 'year'> {
  const first = prose.slice(0, 15);
  return titleIn(first.flatMap(sourceLines)) ?? titleIn(first) ?? yearFromPeriod(prose);
}

function titleIn(head: ProseBlock[]): Pick<ReportMetadata, 'issuer' | 'issuerLine' | 'year'> | null {
  for (let i = 0; i < head.length; i++) {
    const text = compact(head[i].text);
    // "2024年化隆县政府信息公开工作年度报告": the issuer follows the year.
    const yearFirst = yearFirstRe.exec(text);
    const after = yearFirst && !/^(?:人民)?政府$/.test(yearFirst[2]) ? yearFirst : null;
    const m = after ? null : titleRe.exec(text);
    if (!after && (!m || m.index > 60)) continue;
    const year = Number((after ?? m)![1]);
    let issuer = after ? after[2] : text.slice(0, m!.index);
    if (!issuer && i > 0) {
      const prev = compact(head[i - 1].text);
      if (prev.length > 0 && prev.length <= 40) issuer = prev;
    }
    issuer = withoutBreadcrumb(issuer).replace(/[（(].*?[）)]$/, '');
    return { issuer: issuer ? normalizeIssuer(issuer) : null, issuerLine: head[i].line, year };
  }
  return null;
}

/** No title: the year of the statistics period. */
function yearFromPeriod(prose: ProseBlock[]): Pick<ReportMetadata, 'issuer' | 'issuerLine' | 'year'> {
  for (const b of prose) {
    const m = /统计(?:期限|时限|数据)?.{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(b.text);
    if (m) return { issuer: null, issuerLine: null, year: Number(m[1]) };
  }
  return { issuer: null, issuerLine: null, year: null };
}

const cnDigits: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二〇二五" → 2025; "十二" → 12; "二十五" → 25. */
function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if ([...s].every((c) => c in cnDigits)) return Number([...s].map((c) => cnDigits[c]).join(''));
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? cnDigits[m[1]] : 1) * 10 + (m[2] ? cnDigits[m[2]] : 0);
  return null;
}

const dateRe = /^((?:19|20)\d{2}|[二〇零O][〇零一二三四五六七八九O]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

const dateAtEndRe = /((?:19|20)\d{2}|[二〇零O][〇零一二三四五六七八九O]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
/** What a signature ends with before its date: the name of a body. */
const signer = /(?:政府|办公室|办公厅|局|委员会|委|办事处|管委会|中心|公署)$/;

function isoDate(m: RegExpExecArray): string | null {
  const y = chineseNumber(m[1]);
  const mo = chineseNumber(m[2]);
  const d = chineseNumber(m[3]);
  if (!y || !mo || !d || mo > 12 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The signature date near the end of the report: a block that is only a date,
 * or (PDF text, where the signature and date join the last paragraph) a date
 * that ends a block right after the signing body's name.
 */
export function readSignatureDate(prose: ProseBlock[]): Pick<ReportMetadata, 'publishedOn' | 'publishedLine'> {
  // A source line that is only a date, even where web chrome (【打印本页】) follows in the same paragraph.
  for (const b of prose.slice(-8).flatMap(sourceLines).reverse()) {
    const text = compact(b.text);
    const whole = dateRe.exec(text);
    if (whole) {
      const iso = isoDate(whole);
      if (iso) return { publishedOn: iso, publishedLine: b.line };
    }
  }
  for (const b of prose.slice(-3).reverse()) {
    const text = b.text.normalize('NFKC').replace(/\s+$/, '');
    const m = dateAtEndRe.exec(text);
    if (!m || !signer.test(compact(text.slice(0, m.index)))) continue;
    const iso = isoDate(m);
    if (iso) return { publishedOn: iso, publishedLine: lineOf(b, m.index) };
  }
  return { publishedOn: null, publishedLine: null };
}

export function readMetadata(prose: ProseBlock[]): ReportMetadata {
  return { ...readTitle(prose), ...readSignatureDate(prose) };
}
