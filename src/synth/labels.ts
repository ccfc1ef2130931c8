/**
 * Printed labels for the synthetic tables, all taken from the field
 * catalogue (label, short, variants) and decorated the way real reports
 * decorate them: numbering styles, dropped numbering, lost quotes, spaced-out
 * header characters. Nothing here spells a form label itself.
 */
import {
  applicantColumnGroups,
  applicantColumns,
  article20Headings,
  documentColumns,
  requestRowDef,
  requestRowGroups,
  requestTableHeadings,
  reviewColumns,
  reviewGroups,
  reviewHeadings,
  sections,
  type RequestRowGroup,
  type RequestRowKey,
  type SectionKey,
} from '../model/catalogue.ts';
import type { Rng } from './prng.ts';

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a report numbers and spells its table rows. */
export interface LabelStyle {
  /** （一） full-width, (一) half-width, or (一) followed by a space (Word export). */
  paren: 'full' | 'half' | 'half-space';
  /** 1. / 1. (space) / 1、 / no number at all on the sub-rows. */
  subNumber: 'dot' | 'dot-space' | 'comma' | 'none';
  /** Probability that a row prints one of the catalogue's variant spellings. */
  variantRate: number;
  /** Quotes lost in export: “三安全一稳定” → 三安全一稳定 with a space before it. */
  quoteLoss: boolean;
}

export const plainLabelStyle: LabelStyle = { paren: 'full', subNumber: 'dot', variantRate: 0, quoteLoss: false };

export function randomLabelStyle(rng: Rng): LabelStyle {
  return {
    paren: rng.weighted([
      ['full', 5],
      ['half', 1],
      ['half-space', 3],
    ] as const),
    subNumber: rng.weighted([
      ['dot', 6],
      ['dot-space', 3],
      ['comma', 2],
      ['none', 1],
    ] as const),
    variantRate: rng.pick([0, 0, 0.1, 0.3]),
    quoteLoss: rng.chance(0.1),
  };
}

function paren(n: number, style: LabelStyle): string {
  const num = chineseNumerals[n - 1];
  if (style.paren === 'full') return `（${num}）`;
  return style.paren === 'half' ? `(${num})` : `(${num}) `;
}

function subNumber(n: number, style: LabelStyle): string {
  switch (style.subNumber) {
    case 'dot':
      return `${n}.`;
    case 'dot-space':
      return `${n}. `;
    case 'comma':
      return `${n}、`;
    case 'none':
      return '';
  }
}

function loseQuotes(text: string, style: LabelStyle): string {
  return style.quoteLoss ? text.replace(/“/g, ' ').replace(/”/g, '') : text;
}

/** Catalogue variants that read as a sub-row label (the 其他处理 variant names the collapsed row, not 3.其他). */
function usableVariants(key: RequestRowKey): readonly string[] {
  const def = requestRowDef(key);
  return key === 'otherOther' ? [] : def.variants;
}

/** The bare wording of a request row: the catalogue label or, sometimes, one of its variants. */
export function requestRowWording(key: RequestRowKey, style: LabelStyle, rng: Rng): string {
  const variants = usableVariants(key);
  const text = variants.length > 0 && rng.chance(style.variantRate) ? rng.pick(variants) : requestRowDef(key).label;
  return loseQuotes(text, style);
}

/** Position of a request row in the printed form, for numbering. */
const topLevel: Partial<Record<RequestRowKey, number>> = { newReceived: 1, carriedOver: 2, carriedForward: 4 };
const outcomeGroups: RequestRowGroup[] = ['granted', 'partiallyGranted', 'withheld', 'unavailable', 'notProcessed', 'other', 'handled'];

/** The outcome sub-group number (（一）…（七）) of a row, or null for intake/outflow rows. */
export function outcomeGroupNumber(key: RequestRowKey): number | null {
  const i = outcomeGroups.indexOf(requestRowDef(key).group);
  return i < 0 ? null : i + 1;
}

/** 1-based position of a row within its sub-group (不予公开 1–8 etc.); 0 when the group has one row. */
export function subRowNumber(key: RequestRowKey, keys: readonly RequestRowKey[]): number {
  const group = requestRowDef(key).group;
  const members = keys.filter((k) => requestRowDef(k).group === group);
  return members.length > 1 ? members.indexOf(key) + 1 : 0;
}

/** 一、本年新收… / （一）予以公开 / 1.属于国家秘密 — the row label as printed. */
export function requestRowLabel(key: RequestRowKey, keys: readonly RequestRowKey[], style: LabelStyle, rng: Rng): string {
  const wording = requestRowWording(key, style, rng);
  const top = topLevel[key];
  if (top) return `${chineseNumerals[top - 1]}、${wording}`;
  const sub = subRowNumber(key, keys);
  if (sub > 0) return `${subNumber(sub, style)}${wording}`;
  return `${paren(outcomeGroupNumber(key)!, style)}${wording}`;
}

/** （三）不予公开 — the merged parent cell beside a group of sub-rows. */
export function requestParentLabel(group: RequestRowGroup, style: LabelStyle): string {
  const parent = requestRowGroups[group].parent;
  if (!parent) throw new Error(`group ${group} has no parent heading`);
  return `${paren(outcomeGroups.indexOf(group) + 1, style)}${parent}`;
}

/** 三、本年度办理结果 — the vertical cell beside all outcome rows. */
export function outcomesHeading(): string {
  return `${chineseNumerals[2]}、${requestTableHeadings.outcomes}`;
}

export function balanceNote(style: LabelStyle): string {
  return style.paren === 'full' ? `（${requestTableHeadings.balanceNote}）` : `(${requestTableHeadings.balanceNote})`;
}

/** 一、总体情况 — a section heading as printed. */
export function sectionHeading(key: SectionKey, rng?: Rng): string {
  const s = sections.find((x) => x.key === key)!;
  const label = rng && s.variants.length > 0 && rng.chance(0.2) ? rng.pick(s.variants) : s.label;
  return `${s.number}、${label}`;
}

/** Put spaces between the characters of a short header cell (尚 未 审 结, 总 计), as some exports do. */
export function spaced(text: string): string {
  return [...text].join(' ');
}

/** 结果维持 → 结果 维持: a two-by-two header cell exported with a space where the cell wrapped. */
export function wrappedHeader(text: string, sep = ' '): string {
  if (text.length !== 4) return text;
  return `${text.slice(0, 2)}${sep}${text.slice(2)}`;
}

export const headerText = {
  applicantGroups: applicantColumnGroups,
  applicantParts: applicantColumns.filter((c) => c.key !== 'total').map((c) => c.label),
  applicantTotal: applicantColumns.find((c) => c.key === 'total')!.label,
  applicantsHeading: requestTableHeadings.applicants,
  reviewColumns: reviewColumns.map((c) => c.label),
  reconsideration: reviewGroups[0].label,
  litigation: reviewHeadings.litigation,
  litigationDirect: reviewGroups[1].label,
  litigationAfter: reviewGroups[2].label,
  documentColumns,
  article20: article20Headings,
} as const;

/** A document column header: the label, or now and then a catalogue variant such as the 本年度止件数 typo. */
export function documentColumnHeader(index: number, rng: Rng, rate: number): string {
  const def = documentColumns[index];
  return def.variants.length > 0 && rng.chance(rate) ? rng.pick(def.variants) : def.label;
}
