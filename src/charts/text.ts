/**
 * Text measuring and number formatting for chart labels. Plot's own text
 * measure counts a CJK character like a Latin "e" (≈0.6 em), which truncates
 * Chinese labels too late and sizes margins too small, so we measure here.
 */

/** True for characters drawn about one em wide: CJK ideographs, kana, hangul, full-width forms and punctuation. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  );
}

/** Width of one character in em: wide (CJK) 1, digits and punctuation ≈ 0.55, other Latin 0.6. */
function charWidthEm(ch: string): number {
  if (isWide(ch.codePointAt(0)!)) return 1;
  return /[0-9.,:;'\-–\s]/.test(ch) ? 0.55 : 0.6;
}

/** Approximate rendered width of `text` in em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em;
}

/** `text` cut to at most `maxEm` em, ending in "…" when cut. */
export function truncateLabel(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = '';
  let em = 1; // room for the ellipsis
  for (const ch of text) {
    const w = charWidthEm(ch);
    if (em + w > maxEm) break;
    out += ch;
    em += w;
  }
  return `${out}…`;
}

const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const amountFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A count as printed in Chinese text: 3,119. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** A money amount (万元 or 元) with at most two decimals. */
export function formatAmount(n: number): string {
  return amountFormat.format(n);
}

/** A share in [0, 1] as a percentage with one decimal: 52.6%. */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A share in [0, 1] as a number of percent with one decimal, for data tables. */
export function percentValue(share: number | null): number | null {
  return share == null ? null : Math.round(share * 1000) / 10;
}

/** "2024年", or "年份不详" for a report whose year could not be read. */
export function yearText(year: number | null): string {
  return year == null ? '年份不详' : `${year}年`;
}

/** A count with its unit, or "无数据" when missing: "95 件". */
export function countText(n: number | null, unit = '件'): string {
  return n == null ? '无数据' : `${formatCount(n)} ${unit}`;
}
