/** JSON downloads: the records as parsed, with where their source file is served. */
import { leafFields } from '../model/catalogue.ts';
import type { AnyRecord } from '../model/record.ts';
import type { SiteReport, SiteUnreadable } from './types.ts';

export type DownloadRecord = AnyRecord & { sourceFile: { path: string; sha256: string; bytes: number; href: string } };

function withSource(item: SiteReport | SiteUnreadable): DownloadRecord {
  const { path, sha256, bytes, href } = item.source;
  return { ...item.record, sourceFile: { path, sha256, bytes, href } } as DownloadRecord;
}

/** A region's records (every file, alternates included), as a JSON array. */
export function recordsJson(reports: readonly SiteReport[]): string {
  return JSON.stringify(reports.map(withSource), null, 1);
}

/** The bulk `atlas.json`: the field list, every report and every unreadable file. */
export function atlasJson(reports: readonly SiteReport[], unreadable: readonly SiteUnreadable[]): string {
  return JSON.stringify({
    format: 'disclosure-atlas/1',
    fields: leafFields().map(({ path, label, unit, section }) => ({ path, label, unit, section })),
    reports: reports.map(withSource),
    unreadable: unreadable.map(withSource),
  });
}
