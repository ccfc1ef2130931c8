import { describe, expect, it } from 'vitest';
import { divisionTable, regionChecks, resolveRegionDetailed } from '../../src/regions/index.ts';
import { fixtureText } from './fixtures.ts';

const chengguanText = fixtureText('seeds/001_06c190fbb6a81427.txt');
const chengguanCount = divisionTable().byName.get('城关镇')!.length;

describe('a 城关镇 report whose issuer does not name the county', () => {
  it('there are many 城关镇 in the table', () => {
    expect(chengguanCount).toBeGreaterThanOrEqual(88);
  });

  it('with clues: the text names 隆德县, which picks 隆德县城关镇', () => {
    const r = resolveRegionDetailed({ issuer: '城关镇人民政府', text: chengguanText });
    expect(r.region!.code).toBe('640423100');
    expect(r.region!.path).toEqual(['宁夏回族自治区', '固原市', '隆德县', '城关镇']);
    expect(r.ambiguous).toBe(false);
    expect(r.region!.evidence).toContain('正文提及上级“隆德县”');
    expect(r.region!.confidence).toBeGreaterThan(0.6);
    expect(r.candidates).toHaveLength(chengguanCount);
    expect(regionChecks(r)).toEqual([]);
  });

  it('without clues: best candidate, confidence near zero, evidence and a check say it is ambiguous', () => {
    // The same report with every mention of its county, prefecture and region taken out.
    const text = chengguanText.replace(/隆德县|隆德|固原市|固原|宁夏回族自治区|宁夏/g, '');
    const r = resolveRegionDetailed({ issuer: '城关镇人民政府', text });
    expect(r.region).not.toBeNull();
    expect(r.ambiguous).toBe(true);
    expect(r.region!.confidence).toBeLessThan(0.05);
    expect(r.region!.evidence.at(-1)).toMatch(/^有歧义：.*等\d+处均符合，线索无法区分/);
    const checks = regionChecks(r);
    expect(checks.map((c) => [c.code, c.severity, c.fields])).toEqual([['region-ambiguous', 'warning', ['region']]]);
    expect(checks[0].message).toContain(`可对应${chengguanCount}处同名区划`);
  });

  it('a postal code alone narrows the 城关镇 to one province but not to one town', () => {
    const r = resolveRegionDetailed({ issuer: '城关镇人民政府', text: '联系地址：城关镇政府大院，邮编：756300' });
    const top = r.candidates.filter((c) => c.score === r.candidates[0].score);
    expect(top.length).toBeGreaterThan(1);
    expect(new Set(top.map((c) => c.division.code.slice(0, 2)))).toEqual(new Set(['64']));
    expect(r.ambiguous).toBe(true);
  });
});

describe('a name that exists in two provinces: 通州区 (北京市; 江苏省南通市)', () => {
  const issuer = '通州区人民政府';

  it('both are candidates', () => {
    const r = resolveRegionDetailed({ issuer, text: '' });
    expect(r.candidates.map((c) => c.division.code).sort()).toEqual(['110112', '320612']);
  });

  it('a 江苏 postal code and area code pick 南通市通州区', () => {
    const text = '如有疑问请联系（地址：通州区世纪大道，邮编：226300，电话：0513-86512345）。';
    const r = resolveRegionDetailed({ issuer, text });
    expect(r.region!.code).toBe('320612');
    expect(r.region!.path).toEqual(['江苏省', '南通市', '通州区']);
    expect(r.region!.evidence).toEqual(expect.arrayContaining(['邮编226300→江苏省', '区号0513→江苏省']));
    expect(r.region!.confidence).toBeGreaterThan(0.8);
  });

  it('a 北京 area code alone picks 北京市通州区', () => {
    const r = resolveRegionDetailed({ issuer, text: '咨询电话：010-69512345' });
    expect(r.region!.code).toBe('110112');
    expect(r.region!.evidence).toContain('区号010→北京市');
  });

  it('the prefecture named in the text picks it too', () => {
    const r = resolveRegionDetailed({ issuer, text: '按照南通市政务公开工作要点，我区……' });
    expect(r.region!.code).toBe('320612');
    expect(r.region!.evidence).toContain('正文提及上级“南通市”');
  });

  it('no clue: low confidence and the evidence says ambiguous', () => {
    const r = resolveRegionDetailed({ issuer, text: '本年度我区政务公开工作平稳推进。' });
    expect(r.ambiguous).toBe(true);
    expect(r.region!.confidence).toBeLessThanOrEqual(0.4);
    expect(r.region!.evidence.join('')).toContain('有歧义：北京市通州区、江苏省南通市通州区均符合');
    expect(regionChecks(r)[0].code).toBe('region-ambiguous');
  });

  it('鼓楼区 (four cities): townships mentioned in the text pick 福州市鼓楼区', () => {
    const r = resolveRegionDetailed({ issuer: '鼓楼区人民政府', text: '鼓东街道、温泉街道、五凤街道等单位按时报送……' });
    expect(r.candidates).toHaveLength(4);
    expect(r.region!.code).toBe('350102');
    expect(r.region!.evidence.some((e) => e.startsWith('正文提及下辖'))).toBe(true);
  });
});

describe('an issuer that is not a place at all', () => {
  for (const issuer of ['国家统计局', '中国人民银行', '国务院办公厅', '自治区人民政府办公厅']) {
    it(`${issuer}: null, with the reason available`, () => {
      const r = resolveRegionDetailed({ issuer, text: fixtureText('seeds/002_5aff47976b242122.txt') });
      expect(r.region).toBeNull();
      expect(r.reason).toBe(`发布机关“${issuer}”中没有可识别的行政区划名称`);
      expect(regionChecks(r)).toEqual([
        { code: 'region-unresolved', severity: 'warning', message: `未能识别行政区划：${r.reason}`, line: null, fields: ['region'] },
      ]);
    });
  }

  it('an empty issuer', () => {
    const r = resolveRegionDetailed({ issuer: '  ', text: '' });
    expect(r.region).toBeNull();
    expect(r.reason).toBe('发布机关名称为空，无法确定行政区划');
  });
});
