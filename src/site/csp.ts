/** Hashes of inline `<style>` blocks (chart SVGs), so the CSP can allow exactly those. */
import { createHash } from 'node:crypto';

export function inlineStyleHashes(htmlFragments: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const fragment of htmlFragments) {
    for (const m of fragment.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
      hashes.add(`sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}`);
    }
  }
  return [...hashes].sort();
}
