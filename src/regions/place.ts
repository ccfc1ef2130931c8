/**
 * Finding the chain of division names at the start of an issuer's place part:
 * 淮安市洪泽区 → [淮安市, 洪泽区]; 隆德县城关镇 → [隆德县, 城关镇]. Each name must
 * lie under the one before it, which is what tells the 88 城关镇 apart when the
 * county is printed.
 */
import { isAncestorOrSelf, type Division, type DivisionTable } from './divisions.ts';
import { renamedCountySuffixes } from './names.ts';

/** One division name found in the issuer. */
export interface PlaceToken {
  start: number;
  end: number;
  /** As printed. */
  text: string;
  /** Divisions bearing this name that fit under the previous token. */
  divisions: Division[];
  /** Set when the printed generic suffix differs from the table's (洪泽县 printed, 洪泽区 in the table). */
  renamedFrom?: string;
}

export interface PlaceChain {
  tokens: PlaceToken[];
  /** Position in the place string where the first name starts (0 unless a prefix like 国家税务总局 precedes it). */
  start: number;
  /** Position after the last name; what follows is the body (department, zone). */
  end: number;
}

function fitsUnder(parents: readonly Division[] | null, d: Division, t: DivisionTable): boolean {
  if (!parents) return true;
  return parents.some((p) => p.code !== d.code && isAncestorOrSelf(p, d, t));
}

/** All names starting at `i`, longest first (a name of two characters at least). */
function tokensAt(s: string, i: number, parents: Division[] | null, t: DivisionTable): PlaceToken[] {
  const out: PlaceToken[] = [];
  for (let len = Math.min(t.longestName, s.length - i); len >= 2; len--) {
    const text = s.slice(i, i + len);
    const exact = t.byName.get(text);
    if (exact) {
      const divisions = exact.filter((d) => fitsUnder(parents, d, t));
      if (divisions.length) out.push({ start: i, end: i + len, text, divisions });
      continue;
    }
    // A county printed with an older suffix (撤县设区): 洪泽县 for 洪泽区.
    const suffix = text.at(-1)!;
    if (!renamedCountySuffixes.includes(suffix) || len < 3) continue;
    for (const alt of renamedCountySuffixes) {
      if (alt === suffix) continue;
      const renamed = (t.byName.get(text.slice(0, -1) + alt) ?? []).filter(
        (d) => d.level === 'county' && fitsUnder(parents, d, t),
      );
      if (renamed.length) out.push({ start: i, end: i + len, text, divisions: renamed, renamedFrom: text });
    }
  }
  return out;
}

/** The chain covering the most characters from `i` (fewest names on ties). */
function longestChain(s: string, i: number, parents: Division[] | null, t: DivisionTable): PlaceToken[] {
  let best: PlaceToken[] = [];
  let bestEnd = i;
  for (const token of tokensAt(s, i, parents, t)) {
    const rest = longestChain(s, token.end, token.divisions, t);
    const end = rest.length ? rest.at(-1)!.end : token.end;
    const better = end > bestEnd || (end === bestEnd && rest.length + 1 < best.length);
    if (better) {
      best = [token, ...rest];
      bestEnd = end;
    }
    if (end === s.length) break; // cannot do better than covering everything
  }
  return best;
}

/**
 * The division names at the start of `place`. When nothing starts at 0 the
 * first position where a name starts is used (国家税务总局化隆县税务局).
 */
export function findPlaceChain(place: string, t: DivisionTable): PlaceChain | null {
  for (let start = 0; start < place.length - 1; start++) {
    const tokens = longestChain(place, start, null, t);
    if (tokens.length) return { tokens, start, end: tokens.at(-1)!.end };
  }
  return null;
}
