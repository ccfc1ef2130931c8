import { describe, expect, it } from 'vitest';
import { requestRows, documentColumns } from '../../src/model/catalogue.ts';
import { bestLabelMatch, candidatesOf, normalizeLabel, sectionOf } from '../../src/model/labels.ts';

const rows = candidatesOf(requestRows);

describe('normalizeLabel', () => {
  it('drops numbering, spacing, quotes and width differences', () => {
    expect(normalizeLabel('（一）予以公开')).toBe('予以公开');
    expect(normalizeLabel('3. 危及“三安全一稳定”')).toBe('危及三安全一稳定');
    expect(normalizeLabel('尚 未 审 结')).toBe('尚未审结');
    expect(normalizeLabel('２、重复申请')).toBe('重复申请');
  });
});

describe('sectionOf', () => {
  it('recognises section headings with or without numbering and decoration', () => {
    expect(sectionOf('## **六、其他需要报告的事项**')).toBe('other');
    expect(sectionOf('     四、政府信息公开行政复议、行政诉讼情况')).toBe('review');
    expect(sectionOf('三、收到和处理政府信息公开申请情况')).toBe('requests');
  });
  it('does not take table rows or prose for headings', () => {
    expect(sectionOf('四、结转下年度继续办理')).toBeNull();
    expect(sectionOf('三、本年度办理结果')).toBeNull();
    expect(sectionOf('2024年，我县主动公开政府信息情况良好，全年发布信息1123条，并按照要求做好其他需要报告的事项。')).toBeNull();
  });
});

describe('bestLabelMatch', () => {
  const key = (label: string) => bestLabelMatch(label, rows)?.key;
  it('matches labels with and without numbering', () => {
    expect(key('(一) 予以公开')).toBe('granted');
    expect(key('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toBe('otherNoCorrection');
    expect(key('属于国家秘密')).toBe('withheldStateSecret');
  });
  it('knows the variants and typos seen in real reports', () => {
    expect(key('2.其他法律法规禁止公开')).toBe('withheldProhibitedByLaw');
    expect(key('2.其他法律行政止公开')).toBe('withheldProhibitedByLaw');
    expect(key('危及 三安全一稳定')).toBe('withheldSecurityStability');
    expect(key('1. 本机关不掌握相关信息')).toBe('unavailableNotHeld');
    expect(bestLabelMatch('本年度止件数', candidatesOf(documentColumns))?.key).toBe('repealed');
  });
  it('tolerates an unlisted typo approximately', () => {
    const m = bestLabelMatch('4.保护第三方合法权利', rows);
    expect(m?.key).toBe('withheldThirdPartyRights');
    expect(m?.exact).toBe(false);
  });
  it('prefers the most specific row when a merged label holds several', () => {
    expect(key('（六）其他处理1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请')).toBe('otherNoCorrection');
    expect(key('（六）其他处理')).toBe('otherOther');
    expect(key('(七) 总计')).toBe('totalHandled');
  });
  it('matches nothing for unrelated text', () => {
    expect(key('信息内容')).toBeUndefined();
  });
});
