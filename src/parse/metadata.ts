/**
 * Who issued the report, for which year, and when it was signed — read from
 * the title block and the signature, never from the file name.
 */
import type { ProseBlock } from './types.ts';

export interface ReportMetadata {
  issuer: string | null;
  /** Line of the title the issuer was read from. */
  issuerLine: number | null;
  year: number | null;
  publishedOn: string | null;
  publishedLine: number | null;
}

const place = /(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|自治旗|区|特区|林区|镇|乡|民族乡|苏木)$/;

/** A bare place name ("化隆县", "利通区") means the people's government of that place. */
export function normalizeIssuer(raw: string): string {
  let s = raw
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

/** The issuer printed before the year in the title, or on the line above it. */
export function readTitle(prose: ProseBlock[]): Pick<ReportMetadata, 'issuer' | 'issuerLine' | 'year'> {
  const head = prose.slice(0, 15);
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
    issuer = issuer.replace(/[（(].*?[）)]$/, '');
    return { issuer: issuer ? normalizeIssuer(issuer) : null, issuerLine: head[i].line, year };
  }
  // No title: fall back to the statistics period.
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

/** The signature date: a line that is only a date, near the end of the report. */
export function readSignatureDate(prose: ProseBlock[]): Pick<ReportMetadata, 'publishedOn' | 'publishedLine'> {
  for (const b of prose.slice(-8).reverse()) {
    const m = dateRe.exec(compact(b.text));
    if (!m) continue;
    const y = chineseNumber(m[1]);
    const mo = chineseNumber(m[2]);
    const d = chineseNumber(m[3]);
    if (y && mo && d && mo <= 12 && d <= 31) {
      const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return { publishedOn: iso, publishedLine: b.line };
    }
  }
  return { publishedOn: null, publishedLine: null };
}

export function readMetadata(prose: ProseBlock[]): ReportMetadata {
  return { ...readTitle(prose), ...readSignatureDate(prose) };
}
