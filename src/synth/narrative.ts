/**
 * What the prose of section 一 states about requests and reviews. The
 * statements are planned from the printed table totals, so prose and tables
 * agree unless a deliberate `narrative` error changes a statement.
 */
import { reviewPartKeys } from '../model/catalogue.ts';
import type { SynthRecord } from './record.ts';
import type { Rng } from './prng.ts';

/** Figures the prose can state, each compared with one table cell (or a sum of cells). */
export const narrativeKeys = [
  'requestsReceived',
  'carriedOver',
  'requestsHandled',
  'carriedForward',
  'reconsiderationTotal',
  'reconsiderationUpheld',
  'reconsiderationCorrected',
  'reconsiderationOther',
  'reconsiderationPending',
  'litigationTotal',
] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];

/** 结果维持/结果纠正/其他结果/尚未审结 of 行政复议, in form order (stated by the 'detailed' wording). */
export const reconsiderationPartKeys = ['reconsiderationUpheld', 'reconsiderationCorrected', 'reconsiderationOther', 'reconsiderationPending'] as const;

/** The table cells a narrative figure is compared with. */
export const narrativeFields: Record<NarrativeKey, string[]> = {
  requestsReceived: ['requests.newReceived.total'],
  carriedOver: ['requests.carriedOver.total'],
  requestsHandled: ['requests.totalHandled.total'],
  carriedForward: ['requests.carriedForward.total'],
  reconsiderationTotal: ['review.reconsideration.total'],
  reconsiderationUpheld: ['review.reconsideration.upheld'],
  reconsiderationCorrected: ['review.reconsideration.corrected'],
  reconsiderationOther: ['review.reconsideration.other'],
  reconsiderationPending: ['review.reconsideration.pending'],
  litigationTotal: ['review.litigationDirect.total', 'review.litigationAfterReconsideration.total'],
};

/** Value of the table cell(s) a figure is compared with; null when a cell is blank. */
export function narrativeTableValue(record: SynthRecord, key: NarrativeKey): number | null {
  let sum = 0;
  for (const path of narrativeFields[key]) {
    const [, row, col] = path.split('.');
    const group = path.startsWith('requests.') ? record.requests : record.review;
    const v = (group as Record<string, Record<string, number | null> | null>)[row]?.[col];
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

/** How the request paragraph is worded. */
export type RequestSentence =
  /** 共收到…N件，上年结转C件，办结H件，结转下年度继续办理F件 */
  | 'full'
  /** 淮安-style: 受理 N 件，答复 H 件（含上年度结转申请 C 件，另有 F 件顺延到下年度答复） */
  | 'answered'
  /** 收到政府信息公开申请N件 only */
  | 'receivedOnly'
  /** 未收到政府信息公开申请 (N = 0) */
  | 'none';
/** How the review sentence is worded. */
export type ReviewSentence = 'counts' | 'detailed' | 'none' | 'omitted';

export interface NarrativePlan {
  requestSentence: RequestSentence;
  reviewSentence: ReviewSentence;
  /** The figures the prose states; values may differ from the table only through a deliberate error. */
  figures: Partial<Record<NarrativeKey, number>>;
}

/** Choose wording and figures from the printed totals. */
export function planNarrative(rng: Rng, record: SynthRecord): NarrativePlan {
  const figures: Partial<Record<NarrativeKey, number>> = {};
  const get = (k: NarrativeKey) => narrativeTableValue(record, k);
  const received = get('requestsReceived');
  let requestSentence: RequestSentence;
  if (received === 0 && get('carriedOver') === 0 && rng.chance(0.8)) {
    requestSentence = 'none';
    figures.requestsReceived = 0;
  } else {
    requestSentence = rng.weighted<RequestSentence>([
      ['full', 4],
      ['answered', 3],
      ['receivedOnly', 3],
    ]);
    const wanted: NarrativeKey[] =
      requestSentence === 'receivedOnly' ? ['requestsReceived'] : ['requestsReceived', 'carriedOver', 'requestsHandled', 'carriedForward'];
    for (const k of wanted) {
      const v = get(k);
      if (v === null) {
        // A blank total cannot be stated; fall back to the simplest wording.
        requestSentence = 'receivedOnly';
        break;
      }
      figures[k] = v;
    }
    if (requestSentence === 'receivedOnly') {
      for (const k of ['carriedOver', 'requestsHandled', 'carriedForward'] as const) delete figures[k];
      if (received === null) delete figures.requestsReceived;
    }
  }
  const recon = get('reconsiderationTotal');
  const lit = get('litigationTotal');
  let reviewSentence: ReviewSentence = 'omitted';
  if (recon !== null && lit !== null && rng.chance(0.85)) {
    // 'detailed' also states the 复议 parts, so they must all be printed.
    const partsPrinted = reviewPartKeys.every((c) => record.review.reconsideration[c] !== null);
    reviewSentence = recon === 0 && lit === 0 ? 'none' : partsPrinted && rng.chance(0.3) ? 'detailed' : 'counts';
    if (reviewSentence === 'detailed') {
      for (const k of reconsiderationPartKeys) figures[k] = narrativeTableValue(record, k)!;
    }
    figures.reconsiderationTotal = recon;
    figures.litigationTotal = lit;
  }
  return { requestSentence, reviewSentence, figures };
}
