/**
 * What the region step reports about a record, as vfile messages (rule id,
 * source `regions`) and as the record's `checks` entries.
 *
 * - `region-unresolved` (warning): the issuer names no division; the reason is the message.
 * - `region-ambiguous` (warning): several namesakes fit and no clue separated them.
 * - `region-uncertain` (info): resolved, but with confidence below 0.6 (renamed county, unlisted township, contradicting codes).
 */
import { VFile } from 'vfile';
import { report, toChecks } from '../model/messages.ts';
import type { Check } from '../model/record.ts';
import type { CheckRuleMeta } from '../checks/types.ts';
import type { RegionResolution } from './resolve.ts';

export const regionRuleIds = {
  unresolved: 'region-unresolved',
  ambiguous: 'region-ambiguous',
  uncertain: 'region-uncertain',
} as const;

/** The region step's codes, described like the check rules (methodology page, docs). */
export const regionRules: readonly CheckRuleMeta[] = [
  { code: regionRuleIds.unresolved, severity: 'warning', title: '未识别行政区划', description: '发布机关名称中没有可识别的行政区划名称；报告仍有页面，列在“未识别”组。' },
  { code: regionRuleIds.ambiguous, severity: 'warning', title: '同名区划无法区分', description: '发布机关可对应多处同名区划（如城关镇），正文中的上级名称、邮编、电话区号、网址都无法区分，暂归入其一并标出。' },
  { code: regionRuleIds.uncertain, severity: 'info', title: '区划归属可信度低', description: '已归入某一区划，但可信度低于 0.6（更名、未收录的乡镇、线索矛盾），列出所用线索。' },
];

/** Below this confidence a resolved region is reported as uncertain. */
export const uncertainBelow = 0.6;

/**
 * Add what the region step found to `file`: the place is the issuer's line
 * (the title), the field `region`.
 */
export function reportRegion(resolution: RegionResolution, file: VFile, line: number | null = null): void {
  const { region, reason } = resolution;
  const opts = { line, fields: ['region'] };
  if (!region) {
    report(file, 'warning', regionRuleIds.unresolved, `未能识别行政区划：${reason ?? '原因不明'}`, opts);
    return;
  }
  const where = `${region.path.join('')}（${region.code}）`;
  if (resolution.ambiguous) {
    const n = resolution.candidates.filter((c) => c.score === resolution.candidates[0].score).length;
    report(
      file,
      'warning',
      regionRuleIds.ambiguous,
      `发布机关“${resolution.issuer}”可对应${n}处同名区划，正文线索无法区分，暂归入${where}，可信度${region.confidence}`,
      opts,
    );
  } else if (region.confidence < uncertainBelow) {
    report(
      file,
      'info',
      regionRuleIds.uncertain,
      `发布机关“${resolution.issuer}”归入${where}的可信度仅${region.confidence}：${region.evidence.join('；')}`,
      opts,
    );
  }
}

/** The same findings in the record's `checks` shape. */
export function regionChecks(resolution: RegionResolution): Check[] {
  const file = new VFile();
  reportRegion(resolution, file);
  return toChecks(file.messages);
}
