/**
 * Romanisations of division names, for URL slugs and for matching website
 * domains (nxyn.gov.cn = 宁夏 + 永宁, huaian.gov.cn = 淮安).
 */
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, { full: string; initials: string }>();

/** Toneless pinyin of a name, letters only: 利通区 → { full: litongqu, initials: ltq }. */
export function romanise(name: string): { full: string; initials: string } {
  let hit = cache.get(name);
  if (!hit) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
    const clean = syllables.map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
    hit = { full: clean.join(''), initials: clean.map((s) => s[0]).join('') };
    cache.set(name, hit);
  }
  return hit;
}

/** Both romanisations of a stem, as candidates for a domain label. */
export function domainForms(stem: string): string[] {
  const { full, initials } = romanise(stem);
  return full === initials ? [full] : [full, initials];
}
