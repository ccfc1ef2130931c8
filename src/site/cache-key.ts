/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page is re-rendered only when its key or its code changed. A key is a
 * digest of everything the page is rendered from (a region page: its group,
 * records included; a source copy: its path and bytes' hash). The base path
 * and the code are covered by Astro itself (config hash, module graph hash).
 */
import { createHash } from 'node:crypto';

/** Digest of a JSON-serialisable value: equal values, equal keys. */
export function cacheKeyOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

const byObject = new WeakMap<object, string>();

/**
 * The key of an object that several routes render (a region's page, CSV and
 * JSON), computed once per build. The object must not change afterwards.
 */
export function memoCacheKey(value: object): string {
  let key = byObject.get(value);
  if (key === undefined) {
    key = cacheKeyOf(value);
    byObject.set(value, key);
  }
  return key;
}
