/**
 * What the region step reports about a record, as vfile messages (rule id,
 * source `regions`) and as the record's `checks` entries.
 *
 * - `region-unresolved` (warning): the issuer names no division; the reason is the message.
 * - `region-ambiguous` (warning): several namesakes fit and no clue separated them.
 * - `region-uncertain` (info): resolved, but with confidence below 0.6 (renamed county, unlisted township, contradicting codes).
 */
import { VFileMessage } from 'vfile-message';
import type { Check } from '../model/record.ts';
import type { RegionResolution } from './resolve.ts';

export const regionRuleIds = {
  unresolved: 'region-unresolved',
  ambiguous: 'region-ambiguous',
  uncertain: 'region-uncertain',
} as const;

/** Below this confidence a resolved region is reported as uncertain. */
export const uncertainBelow = 0.6;

function message(reason: string, ruleId: string, fatal: boolean | undefined): VFileMessage {
  const m = new VFileMessage(reason, { ruleId, source: 'regions' });
  m.fatal = fatal;
  return m;
}

export function regionMessages(resolution: RegionResolution): VFileMessage[] {
  const { region, reason } = resolution;
  if (!region) return [message(`未能识别行政区划：${reason ?? '原因不明'}`, regionRuleIds.unresolved, false)];
  const where = `${region.path.join('')}（${region.code}）`;
  if (resolution.ambiguous) {
    const n = resolution.candidates.filter((c) => c.score === resolution.candidates[0].score).length;
    return [
      message(
        `发布机关“${resolution.issuer}”可对应${n}处同名区划，正文线索无法区分，暂归入${where}，可信度${region.confidence}`,
        regionRuleIds.ambiguous,
        false,
      ),
    ];
  }
  if (region.confidence < uncertainBelow) {
    return [
      message(
        `发布机关“${resolution.issuer}”归入${where}的可信度仅${region.confidence}：${region.evidence.join('；')}`,
        regionRuleIds.uncertain,
        undefined,
      ),
    ];
  }
  return [];
}

/** The messages in the record's `checks` shape (field `region`, no line: the issuer is the place). */
export function regionChecks(resolution: RegionResolution): Check[] {
  return regionMessages(resolution).map((m) => ({
    code: m.ruleId ?? regionRuleIds.unresolved,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    message: m.reason,
    line: null,
    fields: ['region'],
  }));
}
