/**
 * A layout-free report: every string a renderer prints (title, prose, table
 * labels and cells) decided once from the record and a seed. Renderers only
 * arrange these strings, with their own layout quirks, so the numbers and
 * labels are the same whichever layout a record is rendered into.
 */
import {
  applicantColumnKeys,
  documentRows,
  proactiveValueRows,
  requestRowDef,
  requestRowKeys,
  reviewColumnKeys,
  reviewGroupKeys,
  type RequestRowGroup,
  type RequestRowKey,
  type SectionKey,
} from '../model/catalogue.ts';
import { formText, syntheticMarker } from './form-text.ts';
import {
  balanceNote,
  documentColumnHeader,
  headerText,
  outcomesHeading,
  plainLabelStyle,
  randomLabelStyle,
  requestParentLabel,
  requestRowLabel,
  sectionHeading,
  type LabelStyle,
} from './labels.ts';
import { planNarrative, type NarrativePlan } from './narrative.ts';
import { createRng, type Rng } from './prng.ts';
import {
  formatDate,
  introParagraph,
  managementParagraph,
  otherParagraphs,
  overviewLead,
  oversightParagraph,
  platformParagraph,
  proactiveParagraph,
  problemsParagraphs,
  requestParagraph,
  titleLines,
  type DateStyle,
  type ProseContext,
  type TitleStyle,
} from './prose.ts';
import type { SynthRecord } from './record.ts';

/** Options every renderer accepts (each also has its own quirks). */
export interface DocumentOptions {
  /** Drives prose wording and every per-row choice; same seed, same text. */
  seed: number;
  /** How null cells are printed: blank or "/". */
  nullMark?: '' | '/';
  /** What the prose states; default: planned from the record's totals. */
  narrative?: NarrativePlan;
  /** How the prose refers to the issuer (我县, 本机关 …); default derived from the issuer. */
  self?: string;
  labelStyle?: LabelStyle;
  titleStyle?: TitleStyle;
  dateStyle?: DateStyle;
  spacedNumbers?: boolean;
  /** Sign with the government's 办公室 (the compiler) instead of the issuer, as 化隆 2024 does. */
  signByOffice?: boolean;
  /** The issuer's place (省市县…) for the contact line; omitted when not given. */
  address?: string;
}

export interface ProactiveBlock {
  /** 第二十条第（一）项 */
  heading: string;
  header: string[];
  rows: { key: string; label: string; values: string[] }[];
}

export interface RequestRow {
  key: RequestRowKey;
  /** top: 一、二、四、 rows; single: an outcome row without sub-rows; sub: a row under a parent heading. */
  kind: 'top' | 'single' | 'sub';
  group: RequestRowGroup;
  label: string;
  /** Parent heading （三）不予公开 for sub rows. */
  parent: string | null;
  /** Index within its parent group and the group's size (for merged cells). */
  indexInParent: number;
  parentSize: number;
  /** Index among the outcome rows under 三、本年度办理结果, or -1. */
  outcomeIndex: number;
  /** Seven printed cells: six applicant columns and 总计. */
  values: string[];
}

export interface SynthDocument {
  issuer: string;
  year: number;
  titleLines: string[];
  marker: string;
  intro: string;
  headings: Record<SectionKey, string>;
  overviewLead: string;
  overviewParts: { heading: string; paragraphs: string[] }[];
  proactive: ProactiveBlock[];
  requests: { note: string; outcomesHeading: string; outcomeCount: number; rows: RequestRow[] };
  /** Table 四 header texts and the fifteen printed cells. */
  review: { values: string[] };
  problems: string[];
  other: string[];
  signature: string[];
  labelStyle: LabelStyle;
  spacedNumbers: boolean;
  nullMark: '' | '/';
}

/** 我县 for 化隆回族自治县人民政府, 我镇 for …镇人民政府, 本机关 for offices and departments. */
export function defaultSelf(issuer: string): string {
  const m = /^(.*?)(人民政府|办事处|行政公署)$/.exec(issuer);
  if (!m) return '本机关';
  const place = m[1];
  if (place.endsWith('街道')) return '我街道';
  if (place.endsWith('自治州')) return '我州';
  if (place.endsWith('自治县')) return '我县';
  return `我${place.slice(-1)}`;
}

/** Spaced numbers never sit before closing punctuation or after an opening bracket: 100%。 not 100% 。 */
function tidy(text: string): string {
  return text.replace(/ +(?=[，。；：、）])/g, '').replace(/（ +/g, '（').replace(/^ +| +$/g, '');
}

export function formatValue(v: number | null, nullMark: '' | '/'): string {
  return v === null ? nullMark : String(v);
}

/** The printed request rows, in form order; collapsed （六）其他处理 when both named sub-rows are absent. */
function requestRows(record: SynthRecord, style: LabelStyle, nullMark: '' | '/', rng: Rng) {
  const collapsed = record.requests.otherNoCorrection === null && record.requests.otherUnpaidFee === null;
  const keys = requestRowKeys.filter((k) => record.requests[k] !== null);
  const rows: RequestRow[] = [];
  for (const key of keys) {
    const def = requestRowDef(key);
    const values = applicantColumnKeys.map((c) => formatValue(record.requests[key]![c], nullMark));
    const members = keys.filter((k) => requestRowDef(k).group === def.group);
    const isTop = def.group === 'intake' || def.group === 'outflow';
    const hasParent = !isTop && members.length > 1;
    const label = collapsed && key === 'otherOther' ? requestParentLabel('other', style) : requestRowLabel(key, keys, style, rng);
    rows.push({
      key,
      kind: isTop ? 'top' : hasParent ? 'sub' : 'single',
      group: def.group,
      label,
      parent: hasParent ? requestParentLabel(def.group, style) : null,
      indexInParent: members.indexOf(key),
      parentSize: members.length,
      outcomeIndex: -1,
      values,
    });
  }
  let i = 0;
  for (const row of rows) if (row.kind !== 'top') row.outcomeIndex = i++;
  return { rows, outcomeCount: i };
}

function proactiveBlocks(record: SynthRecord, nullMark: '' | '/', rng: Rng, variantRate: number): ProactiveBlock[] {
  const p = record.proactive;
  const fmt = (v: number | null) => formatValue(v, nullMark);
  const { contentHeader, decisionsHeader, feesHeader } = formText;
  const rowOf = (key: (typeof proactiveValueRows)[number]['key']) => {
    const def = proactiveValueRows.find((r) => r.key === key)!;
    return { key, label: def.label, values: [fmt(p[key])] };
  };
  return [
    {
      heading: headerText.article20['article20-1'],
      header: [contentHeader, ...[0, 1, 2].map((i) => documentColumnHeader(i, rng, variantRate))],
      rows: documentRows.map((row) => ({
        key: row.key,
        label: row.variants.length > 0 && rng.chance(variantRate) ? rng.pick(row.variants) : row.label,
        values: [fmt(p[row.key].issued), fmt(p[row.key].repealed), fmt(p[row.key].inForce)],
      })),
    },
    { heading: headerText.article20['article20-5'], header: [contentHeader, decisionsHeader], rows: [rowOf('licensing')] },
    {
      heading: headerText.article20['article20-6'],
      header: [contentHeader, decisionsHeader],
      rows: [rowOf('punishment'), rowOf('coercion')],
    },
    { heading: headerText.article20['article20-8'], header: [contentHeader, feesHeader], rows: [rowOf('administrativeFeesWan')] },
  ];
}

/** Decide every printed string of a report. */
export function buildDocument(record: SynthRecord, options: DocumentOptions): SynthDocument {
  const rng = createRng(options.seed);
  const year = record.year ?? 2024;
  const nullMark = options.nullMark ?? '';
  const labelStyle = options.labelStyle ?? (rng.chance(0.3) ? plainLabelStyle : randomLabelStyle(rng.fork('labels')));
  const spacedNumbers = options.spacedNumbers ?? rng.chance(0.4);
  const ctx: ProseContext = {
    issuer: record.issuer,
    year,
    self: options.self ?? defaultSelf(record.issuer),
    spacedNumbers,
    ...(options.address ? { address: options.address } : {}),
  };
  const narrative = options.narrative ?? planNarrative(rng.fork('narrative'), record);
  const prose = rng.fork('prose');
  const titleStyle =
    options.titleStyle ?? rng.weighted<TitleStyle>([['one-line', 4], ['one-line-spaced', 3], ['two-lines', 2], ['annual', 1]]);
  const dateStyle = options.dateStyle ?? rng.weighted<DateStyle>([['plain', 6], ['spaced', 2], ['chinese', 1]]);

  const headings = {} as Record<SectionKey, string>;
  for (const key of ['overview', 'proactive', 'requests', 'review', 'problems', 'other'] as SectionKey[]) {
    headings[key] = sectionHeading(key, prose);
  }
  const sub = (n: string, text: string) => `（${n}）${text}`;
  const overviewParts = [
    { heading: sub('一', '主动公开情况'), paragraphs: [proactiveParagraph(ctx, prose)] },
    { heading: sub('二', '依申请公开情况'), paragraphs: [requestParagraph(ctx, narrative, prose)] },
    { heading: sub('三', '政府信息管理情况'), paragraphs: [managementParagraph(ctx, prose)] },
    { heading: sub('四', '政府信息公开平台建设情况'), paragraphs: [platformParagraph(ctx, prose)] },
    { heading: sub('五', '监督保障情况'), paragraphs: [oversightParagraph(ctx, prose)] },
  ];

  const signer =
    options.signByOffice && record.issuer.endsWith('人民政府') ? `${record.issuer}办公室` : record.issuer;
  const signature = [signer];
  if (record.publishedOn) signature.push(formatDate(record.publishedOn, dateStyle));

  const { rows, outcomeCount } = requestRows(record, labelStyle, nullMark, rng.fork('rows'));
  return {
    issuer: record.issuer,
    year,
    titleLines: titleLines(ctx, titleStyle),
    marker: syntheticMarker,
    intro: tidy(introParagraph(ctx)),
    headings,
    overviewLead: tidy(overviewLead(ctx, prose)),
    overviewParts: overviewParts.map((p) => ({ heading: p.heading, paragraphs: p.paragraphs.map(tidy) })),
    proactive: proactiveBlocks(record, nullMark, rng.fork('proactive'), labelStyle.variantRate),
    requests: { note: balanceNote(labelStyle), outcomesHeading: outcomesHeading(), outcomeCount, rows },
    review: {
      values: reviewGroupKeys.flatMap((g) => reviewColumnKeys.map((c) => formatValue(record.review[g][c], nullMark))),
    },
    problems: problemsParagraphs(ctx, prose).map(tidy),
    other: otherParagraphs(ctx, record.processingFeeYuan, prose).map(tidy),
    signature,
    labelStyle,
    spacedNumbers,
    nullMark,
  };
}
