import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/model/record.ts';
import { regionChecks, resolveRegion, resolveRegionDetailed } from '../../src/regions/index.ts';
import { expectedRegions, fixtureText } from './fixtures.ts';

describe('seeds and real-world reports resolve with their full texts', () => {
  for (const want of expectedRegions) {
    it(`${want.issuer} → ${want.path.join(' ')} (${want.bodyType})`, () => {
      const region = resolveRegion({ issuer: want.issuer, text: fixtureText(want.file) });
      expect(region).not.toBeNull();
      expect(regionSchema.parse(region)).toEqual(region);
      expect({
        code: region!.code,
        name: region!.name,
        level: region!.level,
        path: region!.path,
        bodyType: region!.bodyType,
        body: region!.body,
      }).toEqual({
        code: want.code,
        name: want.name,
        level: want.level,
        path: want.path,
        bodyType: want.bodyType,
        body: want.body,
      });
      expect(region!.confidence).toBeGreaterThanOrEqual(0.75);
    });
  }
});

describe('the issuers of the golden seed records (as the parser reads them) resolve the same way', () => {
  for (const want of expectedRegions.filter((w) => w.file.startsWith('seeds/'))) {
    const golden = JSON.parse(fixtureText(want.file.replace(/\.txt$/, '.expected.json'))) as { issuer: string };
    it(`${golden.issuer}`, () => {
      const region = resolveRegion({ issuer: golden.issuer, text: fixtureText(want.file) })!;
      expect([region.code, region.bodyType, region.body]).toEqual([want.code, want.bodyType, golden.issuer]);
    });
  }
});

describe('evidence names the clues used', () => {
  const resolve = (i: number) => {
    const want = expectedRegions[i];
    return resolveRegionDetailed({ issuer: want.issuer, text: fixtureText(want.file) });
  };

  it('化隆县: printed name is the short form of 化隆回族自治县; no clue in the text, so no more than the base confidence', () => {
    const r = resolve(0);
    expect(r.region!.evidence[0]).toContain('“化隆县”即“化隆回族自治县”');
    expect(r.region!.evidence).toContain('发布机关仅印地名，视为其人民政府');
    expect(r.region!.confidence).toBe(0.8);
  });

  it('隆德县城关镇: the county in the issuer picks one of the 城关镇', () => {
    const r = resolve(1);
    expect(r.region!.evidence).toContain('发布机关名称含上级“隆德县”');
    expect(r.region!.evidence[0]).toMatch(/全国\d+处同名，上级限定后唯一/);
    expect(r.candidates).toHaveLength(1);
  });

  it('石台县: postal code and area code of the contact line point to 安徽', () => {
    const ev = resolve(2).region!.evidence;
    expect(ev).toContain('邮编245100→安徽省');
    expect(ev).toContain('区号0566→安徽省');
  });

  it('永宁县人民政府办公室: postal code, area code and the nxyn.gov.cn domain (宁夏 + 永宁)', () => {
    const ev = resolve(3).region!.evidence;
    expect(ev).toContain('邮编750100→宁夏回族自治区');
    expect(ev).toContain('区号0951→宁夏回族自治区');
    expect(ev).toContain('网址nxyn.gov.cn=宁夏+永宁');
    expect(ev).toContain('机构类型：政府办公室');
  });

  it('利通区: the text names its prefecture 吴忠市', () => {
    expect(resolve(4).region!.evidence).toContain('正文提及上级“吴忠市”');
  });

  it('洪泽区 2023 (pdftotext -layout, 邮 编 spaced out): postal and area code still read', () => {
    const ev = resolve(6).region!.evidence;
    expect(ev).toContain('邮编223100→江苏省');
    expect(ev).toContain('区号0517→江苏省');
  });

  it('resolved seeds produce no region checks', () => {
    for (let i = 0; i < expectedRegions.length; i++) expect(regionChecks(resolve(i))).toEqual([]);
  });
});

describe('body types', () => {
  const body = (issuer: string) => {
    const r = resolveRegion({ issuer, text: '' })!;
    return [r.code, r.level, r.bodyType, r.body];
  };

  it('a department belongs to its division but is a different body', () => {
    expect(body('永宁县教育局')).toEqual(['640121', 'county', 'department', '永宁县教育局']);
    expect(body('永宁县人民政府国有资产监督管理委员会')).toEqual([
      '640121', 'county', 'department', '永宁县人民政府国有资产监督管理委员会',
    ]);
    expect(body('国家税务总局化隆县税务局')).toEqual(['630224', 'county', 'department', '国家税务总局化隆县税务局']);
  });

  it('盟 and 地区 are governed by an 行政公署', () => {
    expect(body('锡林郭勒盟行政公署')).toEqual(['1525', 'prefecture', 'government', '锡林郭勒盟行政公署']);
    expect(body('和田地区行政公署')).toEqual(['6532', 'prefecture', 'government', '和田地区行政公署']);
  });

  it('offices of governments at every level', () => {
    expect(body('宁夏回族自治区人民政府办公厅')).toEqual(['64', 'province', 'office', '宁夏回族自治区人民政府办公厅']);
    expect(body('淮安市人民政府办公室')).toEqual(['3208', 'prefecture', 'office', '淮安市人民政府办公室']);
  });

  it('zones: in the code table (7x county codes) or placed under the division that names them', () => {
    expect(body('淮安经济技术开发区管理委员会')).toEqual(['320871', 'county', 'zone', '淮安经济技术开发区管理委员会']);
    expect(body('郑州航空港经济综合实验区')).toEqual(['410173', 'county', 'zone', '郑州航空港经济综合实验区']);
    expect(body('吴忠市金积工业园区管委会')).toEqual(['6403', 'prefecture', 'zone', '吴忠市金积工业园区管委会']);
    // 浦东新区 is a district (310115), not a functional zone, despite 新区.
    expect(body('浦东新区人民政府')).toEqual(['310115', 'county', 'government', '浦东新区人民政府']);
  });

  it('township and street governments', () => {
    expect(body('化隆县群科镇人民政府')).toEqual(['630224101', 'township', 'township', '化隆县群科镇人民政府']);
    // The table writes 凤凰北街街道; reports print the street office, 街道办事处.
    const street = resolveRegion({ issuer: '兴庆区凤凰北街街道办事处', text: '' })!;
    expect([street.code, street.level, street.bodyType, street.path]).toEqual([
      '640104001', 'township', 'township', ['宁夏回族自治区', '银川市', '兴庆区', '凤凰北街街道'],
    ]);
    // A bare street name gets its office's title as body.
    expect(resolveRegion({ issuer: '兴庆区凤凰北街街道', text: '' })!.body).toBe('兴庆区凤凰北街街道办事处');
  });
});

describe('printed forms of names', () => {
  const code = (issuer: string) => resolveRegion({ issuer, text: '' })?.code;

  it('autonomous counties and prefectures printed without the ethnic designation', () => {
    expect(code('长白县人民政府')).toBe('220623'); // 长白朝鲜族自治县 (not 长 + 白族)
    expect(code('东乡县人民政府')).toBe('622926'); // 东乡族自治县
    expect(code('黔东南州人民政府')).toBe('5226'); // 黔东南苗族侗族自治州
    expect(code('河南县人民政府')).toBe('632324'); // 河南蒙古族自治县, not the province 河南
  });

  it('a district and a township-level zone share a name: the district is preferred, and confidence says it was a choice', () => {
    const r = resolveRegionDetailed({ issuer: '白塔区人民政府', text: '' });
    expect(r.candidates.map((c) => c.division.level).sort()).toEqual(['county', 'township']);
    expect([r.region!.code, r.region!.level, r.ambiguous]).toEqual(['211002', 'county', false]);
    expect(r.region!.evidence).toContain('同名者中取级别较高的县级区划');
    expect(r.region!.confidence).toBeLessThan(0.8);
  });

  it('names with full-width brackets match the table and keep their brackets in the body', () => {
    const r = resolveRegion({ issuer: '洮北区（白城市生态新区）官银号街道办事处', text: '' })!;
    expect([r.code, r.bodyType, r.body]).toEqual(['220802012', 'township', '洮北区（白城市生态新区）官银号街道办事处']);
  });

  it('full parent chains, whitespace and stamps', () => {
    expect(code('青海省海东市化隆县人民政府')).toBe('630224');
    expect(code('化 隆 县 人 民 政 府（盖章）')).toBe('630224');
    expect(code('北京市朝阳区人民政府')).toBe('110105');
  });

  it('municipalities and cities without counties skip the placeholder rows', () => {
    expect(resolveRegion({ issuer: '北京市东城区人民政府', text: '' })!.path).toEqual(['北京市', '东城区']);
    expect(resolveRegion({ issuer: '仙桃市人民政府', text: '' })!.path).toEqual(['湖北省', '仙桃市']);
    const dongguan = resolveRegion({ issuer: '东莞市人民政府', text: '' })!;
    expect([dongguan.code, dongguan.level]).toEqual(['4419', 'prefecture']);
  });

  it('a county printed with its former suffix resolves with lowered confidence and says so', () => {
    const r = resolveRegionDetailed({ issuer: '洪泽县人民政府', text: '' });
    expect(r.region!.code).toBe('320813');
    expect(r.region!.evidence[0]).toContain('印作“洪泽县”，区划表为“洪泽区”');
    expect(r.region!.confidence).toBeLessThan(0.6);
    expect(regionChecks(r).map((c) => c.code)).toEqual(['region-uncertain']);
  });

  it('a township not listed under the named county keeps the county and is flagged', () => {
    const r = resolveRegionDetailed({ issuer: '永宁县城关镇人民政府', text: '' });
    expect([r.region!.code, r.region!.bodyType]).toEqual(['640121', 'township']);
    expect(r.region!.evidence).toContain('“城关镇”不在永宁县的乡级区划中，暂归入永宁县');
    expect(r.region!.confidence).toBeLessThan(0.6);
  });
});

describe('clues against the issuer lower confidence but never move the report', () => {
  it('石台县 with a 宁夏 postal code and area code', () => {
    const text = fixtureText('seeds/002_5aff47976b242122.txt');
    const honest = resolveRegion({ issuer: '石台县人民政府', text })!;
    const forged = resolveRegion({
      issuer: '石台县人民政府',
      text: text.replace('邮编：245100', '邮编：750100').replaceAll('0566-', '0951-'),
    })!;
    expect(forged.code).toBe('341722');
    expect(forged.evidence).toContain('邮编750100指向宁夏回族自治区，与安徽省不符');
    expect(forged.confidence).toBeLessThan(honest.confidence - 0.4);
  });
});
