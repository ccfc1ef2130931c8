import { describe, expect, it } from 'vitest';
import {
  bodiesOf,
  breadcrumbs,
  buildRegionTree,
  divisionTable,
  itemsUnder,
  peerGroups,
  peerKey,
  regionChecks,
  regionSlug,
  resolveRegion,
  resolveRegionDetailed,
  unresolvedReason,
  type Placed,
} from '../../src/regions/index.ts';
import { expectedRegions, fixtureText } from './fixtures.ts';

interface Item extends Placed {
  file: string;
}

const resolved: Item[] = expectedRegions.map((w) => ({
  file: w.file,
  issuer: w.issuer,
  region: resolveRegion({ issuer: w.issuer, text: fixtureText(w.file) }),
}));
const statistics = resolveRegionDetailed({ issuer: '国家统计局', text: '' });
const unplaced: Item[] = [
  { file: 'x/stats.txt', issuer: '国家统计局', region: null, checks: regionChecks(statistics) },
  { file: 'x/not-run.txt', issuer: '某某公司' },
];
const tree = buildRegionTree([...resolved, ...unplaced]);

describe('regionSlug', () => {
  it('is the code plus the toneless pinyin of the official name', () => {
    expect(regionSlug({ code: '640302', name: '利通区' })).toBe('640302-litongqu');
    expect(regionSlug({ code: '630224', name: '化隆回族自治县' })).toBe('630224-hualonghuizuzizhixian');
    expect(regionSlug({ code: '1411', name: '吕梁市' })).toBe('1411-lvliangshi');
  });

  it('is URL-safe and unique for every division of the table', () => {
    const slugs = new Set<string>();
    for (const d of divisionTable().byCode.values()) {
      const slug = regionSlug(d);
      expect(slug).toMatch(/^\d{2,9}(-[a-z]+)?$/);
      slugs.add(slug);
    }
    expect(slugs.size).toBe(divisionTable().byCode.size);
  });
});

describe('breadcrumbs', () => {
  it('利通区: 宁夏回族自治区 › 吴忠市 › 利通区, each with code and slug', () => {
    expect(breadcrumbs(resolved[4].region!).map((c) => [c.code, c.name, c.level, c.slug])).toEqual([
      ['64', '宁夏回族自治区', 'province', '64-ningxiahuizuzizhiqu'],
      ['6403', '吴忠市', 'prefecture', '6403-wuzhongshi'],
      ['640302', '利通区', 'county', '640302-litongqu'],
    ]);
  });

  it('隆德县城关镇: four levels', () => {
    expect(breadcrumbs(resolved[1].region!).map((c) => c.code)).toEqual(['64', '6404', '640423', '640423100']);
  });

  it('北京市东城区: the municipality then the district, no 市辖区', () => {
    const r = resolveRegion({ issuer: '北京市东城区人民政府', text: '' })!;
    expect(breadcrumbs(r).map((c) => c.name)).toEqual(['北京市', '东城区']);
  });

  it('a code the table does not know falls back to the printed path and code prefixes', () => {
    const region = { code: '640399', name: '新设区', level: 'county' as const, path: ['宁夏回族自治区', '吴忠市', '新设区'] };
    expect(breadcrumbs(region).map((c) => [c.code, c.name, c.level])).toEqual([
      ['64', '宁夏回族自治区', 'province'],
      ['6403', '吴忠市', 'prefecture'],
      ['640399', '新设区', 'county'],
    ]);
  });
});

describe('buildRegionTree', () => {
  it('provinces at the root, in code order, with report counts including descendants', () => {
    expect(tree.roots.map((n) => [n.name, n.total])).toEqual([
      ['江苏省', 3],
      ['安徽省', 1],
      ['青海省', 1],
      ['宁夏回族自治区', 3],
    ]);
  });

  it('province → prefecture → county → township, reports on their own division', () => {
    const ningxia = tree.byCode.get('64')!;
    expect(ningxia.children.map((n) => n.name)).toEqual(['银川市', '吴忠市', '固原市']);
    const longde = tree.byCode.get('640423')!;
    expect([longde.items.length, longde.total, longde.children.map((c) => c.code)]).toEqual([0, 1, ['640423100']]);
    expect(tree.byCode.get('640423100')!.path).toEqual(['宁夏回族自治区', '固原市', '隆德县', '城关镇']);
    expect(itemsUnder(ningxia).map((i) => i.file).sort()).toEqual([
      'seeds/001_06c190fbb6a81427.txt',
      'seeds/003_4a212a54c74a48a0.txt',
      'seeds/004_a0c218d13443adaa.txt',
    ]);
  });

  it('淮安市 holds its own report and 洪泽区 with both years', () => {
    const huaian = tree.byCode.get('3208')!;
    expect([huaian.items.length, huaian.total]).toEqual([1, 3]);
    expect(tree.byCode.get('320813')!.items).toHaveLength(2);
  });

  it('未识别: records without a region, with the reason', () => {
    expect(tree.unresolved.map((u) => [u.item.file, u.reason])).toEqual([
      ['x/stats.txt', '未能识别行政区划：发布机关“国家统计局”中没有可识别的行政区划名称'],
      ['x/not-run.txt', '记录未经区划识别：发布机关“某某公司”中没有可识别的行政区划名称'],
    ]);
    expect(unresolvedReason({ region: null, issuer: '' })).toBe('发布机关名称为空，无法确定行政区划');
  });
});

describe('bodies under a region', () => {
  it('洪泽区人民政府 and 淮安市洪泽区人民政府 are one body', () => {
    const groups = bodiesOf(tree.byCode.get('320813')!.items);
    expect(groups.map((g) => [g.bodyType, g.items.length])).toEqual([['government', 2]]);
    expect(groups[0].body).toBe('洪泽区人民政府');
  });

  it('government, office and departments of one county are listed apart, government first', () => {
    const issuers = ['永宁县人民政府办公室', '永宁县', '永宁县教育局', '永宁县政府'];
    const items = issuers.map((issuer) => ({ region: resolveRegion({ issuer, text: '' }) }));
    expect(bodiesOf(items).map((g) => [g.bodyType, g.body, g.items.length])).toEqual([
      ['government', '永宁县人民政府', 2],
      ['office', '永宁县人民政府办公室', 1],
      ['department', '永宁县教育局', 1],
    ]);
  });
});

describe('peer groups', () => {
  const peers = peerGroups([...resolved, ...unplaced]);

  it('same level and body type within the same parent', () => {
    expect([...peers.withinParent.keys()].sort()).toEqual([
      '32/prefecture/government',
      '3208/county/government',
      '3417/county/government',
      '6302/county/government',
      '6401/county/office',
      '6403/county/government',
      '640423/township/township',
    ]);
    expect(peers.withinParent.get('3208/county/government')).toHaveLength(2);
  });

  it('same level nationally: county governments together, the office and the township apart', () => {
    const names = (k: string) => peers.national.get(k)!.map((i) => i.region!.name);
    expect(names('county/government')).toEqual(['化隆回族自治县', '石台县', '利通区', '洪泽区', '洪泽区']);
    expect(names('county/office')).toEqual(['永宁县']);
    expect(names('township/township')).toEqual(['城关镇']);
  });

  it('unresolved records have no peers', () => {
    expect(peerKey(null)).toBeNull();
    const total = [...peers.national.values()].reduce((n, list) => n + list.length, 0);
    expect(total).toBe(resolved.length);
  });
});
