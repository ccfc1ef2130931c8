/**
 * Reading an issuer as printed: its normal form, and what kind of body it is
 * once the division name in it has been found. 永宁县人民政府办公室 → office of
 * 永宁县; 隆德县城关镇人民政府 → township government; 永宁县教育局 → department.
 */
import type { Region } from '../model/record.ts';
import type { Division } from './divisions.ts';

export type BodyType = Region['bodyType'];

/**
 * Strip what is not part of the name: whitespace, quotes, stamps like （盖章）.
 * Full-width brackets stay as printed (this is the display form); matching
 * uses `matchForm`.
 */
export function normaliseIssuer(issuer: string): string {
  return issuer
    .replace(/\s+/gu, '')
    .replace(/[(（][^()（）]*(?:盖章|印章|公章)[^()（）]*[)）]/g, '')
    .replace(/^[“"「《]+|[”"」》]+$/g, '');
}

/** The form names are compared in (NFKC, as the division index is built). */
export function matchForm(name: string): string {
  return name.normalize('NFKC');
}

/** Words that make a body a special zone rather than a division government. */
export const zoneWords =
  /(综合实验区|经济技术开发区|高新技术产业开发区|高新区|开发区|新区|工业园区|产业园区|园区|示范区|实验区|管理区|合作区|试验区)/;

/** County-level codes 7x are the statistics bureau's functional zones (开发区, 新区 …), not districts. */
export function isZoneDivision(d: Division): boolean {
  return d.level === 'county' && d.code[4] === '7';
}

/** The issuer split around the division name found in it. */
export interface IssuerSplit {
  /** Normalised issuer (display form). */
  normalised: string;
  /** Text before the division name (国家税务总局 in 国家税务总局化隆县税务局); usually ''. */
  prefix: string;
  /** Text after the division name: 人民政府, 人民政府办公室, 教育局, 管委会 … or '' (match form). */
  after: string;
}

export interface Body {
  bodyType: BodyType;
  /** Issuer normalised; a bare place name gets its government's title (化隆县 → 化隆县人民政府). */
  body: string;
  /** What was inferred rather than read, for the evidence list. */
  note: string | null;
}

// 盟 and 地区 are governed by an 行政公署 (administrative office), not a 人民政府.
const governmentTitle = /^(?:(?:人民)?政府|行政公署)$/;
const officeTitle = /^(?:人民)?政府(?:办公室|办公厅)$/;
const streetOfficeTitle = /^办(?:事处)?$/;
const zoneBodyTitle = /(管理委员会|管委会|工作委员会|工委)$/;
/** A township name the table did not have under this county, possibly followed by its government's title. */
const unlistedTownship = /^[^局委厅]*?(镇|乡|街道|苏木)(?:人民政府|政府|办事处)?$/;

/** Body type and body name of an issuer whose division `d` has been found. */
export function bodyOf(split: IssuerSplit, d: Division): Body {
  const { normalised, prefix, after } = split;
  const ownBody: BodyType = d.level === 'township' ? 'township' : isZoneDivision(d) ? 'zone' : 'government';

  if (prefix) return { bodyType: zoneWords.test(prefix) ? 'zone' : 'department', body: normalised, note: null };
  if (after === '') {
    if (ownBody === 'zone') return { bodyType: ownBody, body: normalised, note: null };
    const title = /(街道|地区)$/.test(normalised) ? '办事处' : '人民政府';
    return { bodyType: ownBody, body: normalised + title, note: `发布机关仅印地名，视为其${title}` };
  }
  if (governmentTitle.test(after)) return { bodyType: ownBody, body: normalised, note: null };
  if (officeTitle.test(after)) return { bodyType: 'office', body: normalised, note: null };
  if (streetOfficeTitle.test(after) && d.level === 'township') return { bodyType: 'township', body: normalised, note: null };
  if (d.level === 'county' && unlistedTownship.test(after)) {
    const township = after.replace(/(?:人民政府|政府|办事处)$/, '');
    return { bodyType: 'township', body: normalised, note: `“${township}”不在${d.name}的乡级区划中，暂归入${d.name}` };
  }
  if (zoneWords.test(after) || (ownBody === 'zone' && zoneBodyTitle.test(after))) {
    const note = ownBody === 'zone' ? null : `功能区“${after.replace(zoneBodyTitle, '')}”不在区划表中，归入${d.name}`;
    return { bodyType: 'zone', body: normalised, note };
  }
  return { bodyType: 'department', body: normalised, note: null };
}
