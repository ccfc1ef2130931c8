/**
 * Issuer + report text → the division the report belongs to, the kind of body
 * that issued it, the evidence used and a confidence.
 *
 * The issuer decides which divisions are possible (a report is never moved to
 * a place its issuer does not name); the text only chooses among namesakes and
 * raises or lowers confidence. Every clue used is written into `evidence`.
 */
import type { Region } from '../model/record.ts';
import { extractClues, type TextClues } from './clues.ts';
import {
  ancestorsOf,
  childrenOf,
  divisionTable,
  levels,
  pathOf,
  provinceOf,
  type Division,
  type DivisionTable,
} from './divisions.ts';
import { bodyOf, matchForm, normaliseIssuer, type BodyType } from './issuer.ts';
import { mentionForms, nameStem } from './names.ts';
import { findPlaceChain, type PlaceChain, type PlaceToken } from './place.ts';
import { domainForms } from './pinyin.ts';

export interface RegionInput {
  /** Issuer as the parser read it (化隆县, 永宁县人民政府办公室). */
  issuer: string;
  /** The report's full decoded text. */
  text: string;
}

export type ClueKind = 'issuer-parent' | 'text-parent' | 'text-children' | 'postal' | 'phone' | 'domain' | 'level-prior';

/** One piece of evidence for (positive weight) or against (negative) a candidate. */
export interface Clue {
  kind: ClueKind;
  /** Log-odds weight: ~ln(how much likelier the text is if the candidate is right). */
  weight: number;
  note: string;
}

export interface Candidate {
  division: Division;
  path: string[];
  clues: Clue[];
  score: number;
  /** Share of the candidates' combined likelihood (softmax of scores). */
  probability: number;
}

export interface RegionResolution {
  region: Region | null;
  /** Why `region` is null; null when resolved. */
  reason: string | null;
  /** Namesakes considered, best first (empty when no division name was found). */
  candidates: Candidate[];
  /** The issuer normalised (whitespace, stamps removed). */
  issuer: string;
  /** True when several divisions fit and no clue separated them. */
  ambiguous: boolean;
}

/*
 * Clue weights, as log likelihood ratios. A township's county named in its own
 * report is near-certain (a report from another 城关镇 would hardly name 隆德县),
 * a province named in passing much less so.
 */
const parentWeights = [7, 5, 3.5]; // nearest ancestor first
const codeWeight = 3.5; // postal / area code pointing to the candidate's province (or away from it)
const domainCompositeWeight = 5; // nxyn = 宁夏 + 永宁
const domainAncestorWeight = 3; // nx.gov.cn = 宁夏
const childWeight = 2.5; // per child name mentioned, divided by its number of namesakes
const childCap = 6;
const levelPriorWeight = 1.5; // a higher-level namesake over a township-level one

const bodyLabels: Record<BodyType, string> = {
  government: '人民政府',
  office: '政府办公室',
  department: '部门',
  township: '乡镇（街道）',
  zone: '功能区',
};

function firstMention(compact: string, forms: readonly string[]): string | null {
  for (const f of forms) if (compact.includes(f)) return f;
  return null;
}

function parentClues(d: Division, clues: TextClues, chainCodes: ReadonlySet<string>, t: DivisionTable): Clue[] {
  const out: Clue[] = [];
  const ancestors = ancestorsOf(d, t).reverse(); // nearest first
  ancestors.forEach((a, i) => {
    if (chainCodes.has(a.code)) return; // already named by the issuer itself
    const full = firstMention(clues.compact, mentionForms(a.name, a.level).filter((f) => f !== nameStem(a.name)));
    const stem = full ? null : firstMention(clues.compact, [nameStem(a.name)].filter((s) => s.length >= 2 && s !== a.name));
    const weight = parentWeights[i] ?? parentWeights.at(-1)!;
    if (full) out.push({ kind: 'text-parent', weight, note: `正文提及上级“${full}”` });
    else if (stem && (a.level === 'province' || a.level === 'prefecture')) {
      out.push({ kind: 'text-parent', weight: weight / 2, note: `正文提及上级简称“${stem}”` });
    }
  });
  return out;
}

function childClues(d: Division, clues: TextClues, t: DivisionTable): Clue[] {
  if (d.level === 'township') return [];
  let weight = 0;
  const hits: string[] = [];
  for (const c of childrenOf(d, t)) {
    const form = firstMention(clues.compact, mentionForms(c.name, c.level).filter((f) => f.length >= 3));
    if (!form) continue;
    weight += childWeight / (t.byName.get(form)?.length ?? 1);
    hits.push(form);
  }
  if (weight < 1) return [];
  const shown = hits.slice(0, 3).join('、') + (hits.length > 3 ? `等${hits.length}处` : '');
  return [{ kind: 'text-children', weight: Math.min(weight, childCap), note: `正文提及下辖“${shown}”` }];
}

function codeClues(kind: 'postal' | 'phone', codes: TextClues['postalCodes'], d: Division, t: DivisionTable): Clue[] {
  const known = codes.filter((c) => c.province);
  if (!known.length) return [];
  const province = provinceOf(d, t);
  const label = kind === 'postal' ? '邮编' : '区号';
  const hit = known.find((c) => c.province === province.code);
  if (hit) return [{ kind, weight: codeWeight, note: `${label}${hit.code}→${province.name}` }];
  const other = t.byCode.get(known[0].province!)?.name ?? known[0].province;
  return [{ kind, weight: -codeWeight, note: `${label}${known[0].code}指向${other}，与${province.name}不符` }];
}

function domainClues(d: Division, clues: TextClues, t: DivisionTable): Clue[] {
  if (!clues.govLabels.length) return [];
  const own = domainForms(nameStem(d.name));
  const ancestors = ancestorsOf(d, t);
  const out: Clue[] = [];
  for (const label of clues.govLabels) {
    if (own.includes(label)) {
      out.push({ kind: 'domain', weight: 0.5, note: `网址${label}.gov.cn与名称相符` });
      continue;
    }
    for (const a of ancestors) {
      const stem = nameStem(a.name);
      const forms = domainForms(stem);
      const composite = forms.flatMap((f) => own.map((o) => f + o));
      if (composite.includes(label)) {
        out.push({ kind: 'domain', weight: domainCompositeWeight, note: `网址${label}.gov.cn=${stem}+${nameStem(d.name)}` });
        break;
      }
      if (forms.includes(label) && label.length >= 2) {
        out.push({ kind: 'domain', weight: domainAncestorWeight, note: `网址${label}.gov.cn指向${a.name}` });
        break;
      }
    }
  }
  return out;
}

const levelNames: Record<Division['level'], string> = { province: '省级', prefecture: '地级', county: '县级', township: '乡级' };

/**
 * When namesakes sit at different levels (白塔区 is a district of 辽阳市 and a
 * township-level zone in 太谷区), an issuer naming a government is far more
 * often the higher one: a prior, not evidence, so it does not raise confidence.
 */
function levelPrior(d: Division, divisions: readonly Division[]): Clue[] {
  const rank = (x: Division) => levels.indexOf(x.level);
  const top = Math.min(...divisions.map(rank));
  if (divisions.every((x) => rank(x) === top) || rank(d) !== top) return [];
  return [{ kind: 'level-prior', weight: levelPriorWeight, note: `同名者中取级别较高的${levelNames[d.level]}区划` }];
}

function scoreCandidates(divisions: readonly Division[], clues: TextClues, chain: PlaceChain, t: DivisionTable): Candidate[] {
  const chainCodes = new Set(chain.tokens.slice(0, -1).flatMap((tok) => tok.divisions.map((d) => d.code)));
  const scored = divisions.map((d) => {
    const all = [
      ...levelPrior(d, divisions),
      ...parentClues(d, clues, chainCodes, t),
      ...childClues(d, clues, t),
      ...codeClues('postal', clues.postalCodes, d, t),
      ...codeClues('phone', clues.areaCodes, d, t),
      ...domainClues(d, clues, t),
    ];
    return { division: d, path: pathOf(d, t), clues: all, score: all.reduce((s, c) => s + c.weight, 0), probability: 0 };
  });
  const max = Math.max(...scored.map((c) => c.score));
  const total = scored.reduce((s, c) => s + Math.exp(c.score - max), 0);
  for (const c of scored) c.probability = Math.exp(c.score - max) / total;
  return scored.sort((a, b) => b.score - a.score || a.division.code.localeCompare(b.division.code));
}

function nameEvidence(token: PlaceToken, d: Division, chain: PlaceChain, t: DivisionTable): string {
  const namesakes = t.byName.get(token.renamedFrom ? d.name : token.text)?.length ?? 1;
  const narrowed = chain.tokens.length > 1 && token.divisions.length < namesakes;
  const where = narrowed
    ? `全国${namesakes}处同名，上级限定后${token.divisions.length === 1 ? '唯一' : `余${token.divisions.length}处`}`
    : namesakes === 1
      ? '全国唯一'
      : `全国${namesakes}处同名`;
  if (token.renamedFrom) return `印作“${token.text}”，区划表为“${d.name}”（疑撤县设区或更名）`;
  if (token.text === d.name) return `名称“${d.name}”${where}`;
  return `“${token.text}”即“${d.name}”（${where}）`;
}

function describe(c: Candidate): string {
  return c.path.join('');
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Resolve with the full reasoning: candidates, clues, reason for a null. */
export function resolveRegionDetailed(input: RegionInput, t: DivisionTable = divisionTable()): RegionResolution {
  const issuer = normaliseIssuer(input.issuer ?? '');
  const none = (reason: string): RegionResolution => ({ region: null, reason, candidates: [], issuer, ambiguous: false });
  if (!issuer) return none('发布机关名称为空，无法确定行政区划');

  const matched = matchForm(issuer);
  const chain = findPlaceChain(matched, t);
  if (!chain) return none(`发布机关“${issuer}”中没有可识别的行政区划名称`);

  const last = chain.tokens.at(-1)!;
  const clues = extractClues(input.text ?? '');
  const candidates = scoreCandidates(last.divisions, clues, chain, t);
  const best = candidates[0];
  const d = best.division;
  const tied = candidates.filter((c) => c.score === best.score);
  const ambiguous = tied.length > 1;

  const evidence: string[] = [nameEvidence(last, d, chain, t)];
  const prefix = matched.slice(0, chain.start);
  if (prefix) evidence.push(`区划名称前有“${prefix}”`);
  for (const tok of chain.tokens.slice(0, -1)) evidence.push(`发布机关名称含上级“${tok.text}”`);
  const body = bodyOf({ normalised: issuer, prefix, after: matched.slice(chain.end) }, d);
  evidence.push(`机构类型：${bodyLabels[body.bodyType]}`);
  if (body.note) evidence.push(body.note);
  evidence.push(...best.clues.map((c) => c.note));
  if (ambiguous) {
    const shown = tied.slice(0, 4).map(describe).join('、') + (tied.length > 4 ? `等${tied.length}处` : '');
    evidence.push(`有歧义：${shown}均符合，线索无法区分，暂取代码最小者`);
  } else if (candidates.length > 1) {
    evidence.push(`据线索从${candidates.length}处同名区划中选定（次选${describe(candidates[1])}）`);
  }

  const support = new Set(best.clues.filter((c) => c.weight > 0 && c.kind !== 'level-prior').map((c) => c.kind));
  if (chain.tokens.length > 1) support.add('issuer-parent');
  const against = new Set(best.clues.filter((c) => c.weight < 0).map((c) => c.kind));
  let quality = last.renamedFrom ? 0.55 : 0.8;
  if (chain.start > 0) quality -= 0.2;
  if (body.note && body.bodyType === 'township' && d.level !== 'township') quality -= 0.4;
  quality += 0.04 * support.size - 0.25 * against.size;
  quality = Math.min(0.99, Math.max(0.05, quality));

  const region: Region = {
    code: d.code,
    name: d.name,
    level: d.level,
    path: best.path,
    bodyType: body.bodyType,
    body: body.body,
    evidence,
    confidence: Math.max(0.01, round(best.probability * quality)),
  };
  return { region, reason: null, candidates, issuer, ambiguous };
}

/**
 * The division a report belongs to, or null when its issuer names no division.
 * Use `resolveRegionDetailed` for the reason and the candidates.
 */
export function resolveRegion(input: RegionInput): Region | null {
  return resolveRegionDetailed(input).region;
}
