/** Key figures of one report and totals over many: what the cards and the overview show. */
import {
  outcomeRowKeys,
  processingFee,
  proactiveValueRows,
  requestRowDef,
  requestRowGroups,
  requestRows,
  reviewGroups,
  reviewHeadings,

  type RequestRowGroup,
  type RequestRowKey,
  type Unit,
} from '../model/catalogue.ts';
import type { ReportRecord } from '../model/record.ts';
import { share } from './format.ts';

/** Sum of the non-null values, or null when every value is null. */
export function sumKnown(values: readonly (number | null | undefined)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v != null) total = (total ?? 0) + v;
  return total;
}

export function rowTotal(record: ReportRecord, key: RequestRowKey): number | null {
  return record.requests[key]?.total ?? null;
}

/** The printed 总计 of the rows of an outcome group (e.g. all eight 不予公开 grounds). */
export function groupTotal(record: ReportRecord, group: RequestRowGroup): number | null {
  return sumKnown(requestRows.filter((r) => r.group === group).map((r) => rowTotal(record, r.key)));
}

/** Total litigation: direct plus after reconsideration. */
export function litigationTotal(record: ReportRecord): number | null {
  return sumKnown([record.review.litigationDirect.total, record.review.litigationAfterReconsideration.total]);
}

export interface KeyFigure {
  key: string;
  label: string;
  value: number | null;
  unit: Unit | 'share';
  /** Optional note below the figure, e.g. what a share is of. */
  note?: string;
}

const label = (key: RequestRowKey) => requestRowDef(key).short;
const adminFees = proactiveValueRows.find((r) => r.key === 'administrativeFeesWan')!;

/** The cards at the top of a region page. */
export function keyFigures(record: ReportRecord): KeyFigure[] {
  const handled = rowTotal(record, 'totalHandled');
  const withheld = groupTotal(record, 'withheld');
  return [
    { key: 'newReceived', label: label('newReceived'), value: rowTotal(record, 'newReceived'), unit: 'count' },
    { key: 'totalHandled', label: label('totalHandled'), value: handled, unit: 'count' },
    {
      key: 'grantedShare',
      label: `${label('granted')}占比`,
      value: share(rowTotal(record, 'granted'), handled),
      unit: 'share',
      note: `${label('granted')} ÷ ${label('totalHandled')}`,
    },
    {
      key: 'withheldShare',
      label: `${requestRowGroups.withheld.label}占比`,
      value: share(withheld, handled),
      unit: 'share',
      note: `${requestRowGroups.withheld.label} ÷ ${label('totalHandled')}`,
    },
    { key: 'reconsideration', label: reviewGroups[0].label, value: record.review.reconsideration.total, unit: 'count' },
    { key: 'litigation', label: reviewHeadings.litigation, value: litigationTotal(record), unit: 'count' },
    { key: 'administrativeFeesWan', label: adminFees.label, value: record.proactive.administrativeFeesWan, unit: 'wan-yuan' },
    { key: 'processingFeeYuan', label: processingFee.label, value: record.processingFeeYuan, unit: 'yuan' },
  ];
}

/** The outcome split of §三 by group (予以公开, 部分公开, 不予公开, …), summed over reports. */
export function outcomeSplit(records: readonly ReportRecord[]): { group: RequestRowGroup; label: string; value: number | null }[] {
  const groups = [...new Set(outcomeRowKeys.map((k) => requestRowDef(k).group))];
  return groups.map((group) => ({
    group,
    label: requestRowGroups[group].label,
    value: sumKnown(records.map((r) => groupTotal(r, group))),
  }));
}

/** Totals over a set of reports (one year), each with how many reports printed the figure. */
export interface Totals {
  reports: number;
  newReceived: number | null;
  totalHandled: number | null;
  withheld: number | null;
  withheldShare: number | null;
  outcomes: ReturnType<typeof outcomeSplit>;
  reconsideration: number | null;
  litigation: number | null;
  administrativeFeesWan: { sum: number | null; reporting: number };
  processingFeeYuan: { sum: number | null; reporting: number; charging: number };
}

export function totals(records: readonly ReportRecord[]): Totals {
  const handled = sumKnown(records.map((r) => rowTotal(r, 'totalHandled')));
  const withheld = sumKnown(records.map((r) => groupTotal(r, 'withheld')));
  const adminFees = records.map((r) => r.proactive.administrativeFeesWan);
  const procFees = records.map((r) => r.processingFeeYuan);
  return {
    reports: records.length,
    newReceived: sumKnown(records.map((r) => rowTotal(r, 'newReceived'))),
    totalHandled: handled,
    withheld,
    withheldShare: share(withheld, handled),
    outcomes: outcomeSplit(records),
    reconsideration: sumKnown(records.map((r) => r.review.reconsideration.total)),
    litigation: sumKnown(records.map(litigationTotal)),
    administrativeFeesWan: { sum: sumKnown(adminFees), reporting: adminFees.filter((v) => v != null).length },
    processingFeeYuan: {
      sum: sumKnown(procFees),
      reporting: procFees.filter((v) => v != null).length,
      charging: procFees.filter((v) => v != null && v > 0).length,
    },
  };
}

