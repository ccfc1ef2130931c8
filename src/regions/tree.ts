/**
 * The atlas's places as a hierarchy: province → prefecture → county →
 * township, built from the regions of the records, with what pages need:
 * slugs, breadcrumbs, the bodies under a region, peer groups, and the
 * 未识别 group of records whose region could not be resolved.
 *
 * Generic over the item type so pages can pass records or lighter summaries,
 * anything with `region` (and `issuer`, `checks` for the unresolved reasons).
 */
import type { Check, Region } from '../model/record.ts';
import { ancestorsOf, divisionByCode, levels, type Level } from './divisions.ts';
import { normaliseIssuer } from './issuer.ts';
import { regionRuleIds } from './messages.ts';
import { divisionAliases } from './names.ts';
import { romanise } from './pinyin.ts';
import { resolveRegionDetailed } from './resolve.ts';

/** What the tree needs of an item. */
export interface Placed {
  region?: Region | null;
  issuer?: string | null;
  checks?: readonly Pick<Check, 'code' | 'message'>[];
}

export interface RegionRef {
  code: string;
  name: string;
  level: Level;
}

export interface Crumb extends RegionRef {
  slug: string;
}

export interface RegionNode<T> extends Crumb {
  /** Official names from the province down to this division. */
  path: string[];
  parent: string | null;
  children: RegionNode<T>[];
  /** Items whose region is exactly this division (any body type). */
  items: T[];
  /** Items here and in all descendants. */
  total: number;
}

export interface Unresolved<T> {
  item: T;
  reason: string;
}

export interface RegionTree<T> {
  /** Provinces, by code. */
  roots: RegionNode<T>[];
  byCode: ReadonlyMap<string, RegionNode<T>>;
  /** The 未识别 group: items with no region, and why. */
  unresolved: Unresolved<T>[];
}

export const unresolvedLabel = '未识别';
export const unresolvedSlug = 'unresolved';

/**
 * Stable, readable, unique page slug: the code (unique) plus the toneless
 * pinyin of the official name (readable): 640302-litongqu.
 */
export function regionSlug(region: Pick<RegionRef, 'code' | 'name'>): string {
  const words = romanise(region.name).full;
  return words ? `${region.code}-${words}` : region.code;
}

/** Level implied by a code's length (2, 4, 6, 9 digits). */
function levelOfCode(code: string): Level {
  return code.length <= 2 ? 'province' : code.length <= 4 ? 'prefecture' : code.length <= 6 ? 'county' : 'township';
}

/**
 * Ancestors of a region from the province down, then the region itself, each
 * with its code and slug. Uses the division table; when the code is not in it
 * (a newer table printed a code we do not know) the region's own path is
 * paired with code prefixes.
 */
export function breadcrumbs(region: Pick<Region, 'code' | 'name' | 'level' | 'path'>): Crumb[] {
  const crumb = (r: RegionRef): Crumb => ({ ...r, slug: regionSlug(r) });
  const d = divisionByCode(region.code);
  if (d) {
    return [...ancestorsOf(d), d].map((a) => crumb({ code: a.code, name: a.name, level: a.level }));
  }
  const prefixes = [2, 4, 6, 9].map((n) => region.code.slice(0, n)).filter((c, i, all) => c.length && all.indexOf(c) === i);
  const ancestors = region.path.slice(0, -1).map((name, i) => ({ name, code: prefixes[i] ?? region.code }));
  return [
    ...ancestors.map((a) => crumb({ code: a.code, name: a.name, level: levelOfCode(a.code) })),
    crumb({ code: region.code, name: region.name, level: region.level }),
  ];
}

/** Why an item has no region: the recorded check, else the resolver's reason for its issuer. */
export function unresolvedReason(item: Placed): string {
  const check = item.checks?.find((c) => c.code === regionRuleIds.unresolved);
  if (check) return check.message;
  if (item.region === undefined && !item.issuer) return '记录未经区划识别，且无发布机关';
  const reason = resolveRegionDetailed({ issuer: item.issuer ?? '', text: '' }).reason;
  if (item.region === undefined) return `记录未经区划识别${reason ? `：${reason}` : ''}`;
  return reason ?? '区划识别结果为空';
}

/** Build the hierarchy; every ancestor of a placed item gets a node, items sit on their own division. */
export function buildRegionTree<T extends Placed>(items: readonly T[]): RegionTree<T> {
  const byCode = new Map<string, RegionNode<T>>();
  const unresolved: Unresolved<T>[] = [];

  const nodeFor = (c: Crumb, path: string[], parent: string | null): RegionNode<T> => {
    let node = byCode.get(c.code);
    if (!node) {
      node = { ...c, path, parent, children: [], items: [], total: 0 };
      byCode.set(c.code, node);
      if (parent) byCode.get(parent)!.children.push(node);
    }
    return node;
  };

  for (const item of items) {
    if (!item.region) {
      unresolved.push({ item, reason: unresolvedReason(item) });
      continue;
    }
    const crumbs = breadcrumbs(item.region);
    let parent: string | null = null;
    let node: RegionNode<T> | undefined;
    crumbs.forEach((c, i) => {
      node = nodeFor(c, crumbs.slice(0, i + 1).map((x) => x.name), parent);
      node.total += 1;
      parent = c.code;
    });
    node!.items.push(item);
  }

  const sort = (nodes: RegionNode<T>[]) => {
    nodes.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of nodes) sort(n.children);
  };
  const roots = [...byCode.values()].filter((n) => n.parent === null);
  sort(roots);
  return { roots, byCode, unresolved };
}

/** All nodes under `node` (itself first), depth first. */
export function descendants<T>(node: RegionNode<T>): RegionNode<T>[] {
  return [node, ...node.children.flatMap((c) => descendants(c))];
}

/** Items of a node and all its descendants. */
export function itemsUnder<T>(node: RegionNode<T>): T[] {
  return descendants(node).flatMap((n) => n.items);
}

/**
 * The part of a body name after the place (人民政府, 人民政府办公室, 教育局),
 * so 洪泽区人民政府 and 淮安市洪泽区人民政府 are one body.
 */
export function bodyTitle(region: Pick<Region, 'name' | 'level' | 'body'>): string {
  const body = normaliseIssuer(region.body);
  let cut = 0;
  for (const alias of divisionAliases(region.name, region.level)) {
    const at = body.lastIndexOf(alias);
    if (at >= 0) cut = Math.max(cut, at + alias.length);
  }
  const title = body.slice(cut) || body;
  return title.replace(/^政府/, '人民政府');
}

export interface BodyGroup<T> {
  bodyType: Region['bodyType'];
  /** The most often printed body name of the group (ties: full title, then shortest). */
  body: string;
  items: T[];
}

/** The bodies whose reports sit on this division: government, office, departments, zones. */
export function bodiesOf<T extends Placed>(items: readonly T[]): BodyGroup<T>[] {
  const groups = new Map<string, { bodyType: Region['bodyType']; title: string; names: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const r = item.region;
    if (!r) continue;
    const title = bodyTitle(r);
    const key = `${r.code}|${r.bodyType}|${title}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { bodyType: r.bodyType, title, names: new Map(), items: [] }));
    g.names.set(r.body, (g.names.get(r.body) ?? 0) + 1);
    g.items.push(item);
  }
  const order: Region['bodyType'][] = ['government', 'township', 'office', 'zone', 'department'];
  return [...groups.values()]
    .map((g) => ({
      bodyType: g.bodyType,
      // Most printed; on ties the full title (人民政府 over 政府), then the shortest (no parent prefix).
      body: [...g.names].sort(
        (a, b) =>
          b[1] - a[1] ||
          Number(b[0].endsWith(g.title)) - Number(a[0].endsWith(g.title)) ||
          a[0].length - b[0].length,
      )[0][0],
      items: g.items,
    }))
    .sort((a, b) => order.indexOf(a.bodyType) - order.indexOf(b.bodyType) || a.body.localeCompare(b.body, 'zh'));
}

export interface PeerGroups<T> {
  /** `parentCode/level/bodyType` → items: e.g. all county governments of 吴忠市. */
  withinParent: Map<string, T[]>;
  /** `level/bodyType` → items: e.g. all county governments in the atlas. */
  national: Map<string, T[]>;
}

/**
 * Items comparable with each other: same level (and same kind of body, since a
 * department's figures are not a government's) within the same parent, and
 * nationally. Unresolved items belong to no peer group.
 */
export function peerGroups<T extends Placed>(items: readonly T[]): PeerGroups<T> {
  const withinParent = new Map<string, T[]>();
  const national = new Map<string, T[]>();
  const push = (m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const item of items) {
    const r = item.region;
    if (!r) continue;
    const crumbs = breadcrumbs(r);
    const parent = crumbs.length > 1 ? crumbs.at(-2)!.code : 'CN';
    push(withinParent, `${parent}/${r.level}/${r.bodyType}`, item);
    push(national, `${r.level}/${r.bodyType}`, item);
  }
  return { withinParent, national };
}

/** Key of an item's peer group within its parent, or null when unresolved. */
export function peerKey(region: Region | null | undefined): string | null {
  if (!region) return null;
  const crumbs = breadcrumbs(region);
  return `${crumbs.length > 1 ? crumbs.at(-2)!.code : 'CN'}/${region.level}/${region.bodyType}`;
}

/** Levels in hierarchy order, for pages that walk the tree level by level. */
export const regionLevels = levels;
