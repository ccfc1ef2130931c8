/** Where the site serves each source file, so the region page can link the original. */
import { formatOf } from '../loader/files.ts';

/** Leading hex digits of the sha256 used as the folder; enough to keep distinct files apart. */
export const SOURCE_HASH_PREFIX = 16;

/**
 * A file name safe in any URL and on any static host: ASCII letters, digits,
 * dot, dash and underscore. HTML sources get `.txt` appended so a host serves
 * them as plain text: a report's markup must never run on the atlas's origin.
 */
export function safeSourceName(path: string): string {
  const base = path.split('/').pop() ?? path;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 80);
  const name = `${/[A-Za-z0-9]/.test(stem) ? stem : 'report'}${ext ? `.${ext}` : ''}`;
  return formatOf(name) === 'html' || !formatOf(name) ? `${name}.txt` : name;
}

/** Site path (without base) of the served copy of a source file. */
export function sourceHref(path: string, sha256: string): string {
  return `sources/${sha256.slice(0, SOURCE_HASH_PREFIX)}/${safeSourceName(path)}`;
}
