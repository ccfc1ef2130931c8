/** Stable, readable URL slugs for region pages. */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Lower-case ASCII slug of a Chinese name: its pinyin without tones, letters and digits only. */
export function pinyinSlug(name: string): string {
  const latin = pinyin(name.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase();
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'region';
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Slugs for a set of region keys. A slug depends only on its own key, so
 * adding a report never renames another region's page — except that keys
 * whose readable slugs collide all get a hash of their key appended.
 */
export function assignSlugs(items: readonly { key: string; readable: string }[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const { readable } of items) counts.set(readable, (counts.get(readable) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const { key, readable } of items) {
    out.set(key, counts.get(readable)! > 1 ? `${readable}-${shortHash(key)}` : readable);
  }
  return out;
}
