/** From collection entries to the corpus the pages show. */
import type { ReportEntryData } from '../loader/entry.ts';
import { isReport, type ErrorRecord, type ReportRecord } from '../model/record.ts';
import { formatOf } from '../loader/files.ts';
import { sourceHref } from './sources.ts';
import type { Corpus, SiteReport, SiteSource, SiteUnreadable } from './types.ts';

export interface CorpusEntry {
  id: string;
  data: ReportEntryData;
}

function siteSource(data: ReportEntryData): SiteSource {
  const { path, sha256, bytes } = data.source;
  const recordFormat = data.record.source?.format ?? null;
  return { path, sha256, bytes, format: recordFormat ?? formatOf(path), href: sha256 ? sourceHref(path, sha256) : '' };
}

/**
 * Sorts entries into reports and unreadable files. Files with identical
 * bytes are shown once (the first by path); the others are listed on it.
 */
export function buildCorpus(entries: readonly CorpusEntry[]): Corpus {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reports: SiteReport[] = [];
  const unreadable: SiteUnreadable[] = [];
  const bySha = new Map<string, { identicalFiles: string[] }>();
  for (const { id, data } of sorted) {
    const source = siteSource(data);
    const first = source.sha256 ? bySha.get(source.sha256) : undefined;
    if (first) {
      first.identicalFiles.push(source.path);
      continue;
    }
    const identicalFiles: string[] = [];
    if (source.sha256) bySha.set(source.sha256, { identicalFiles });
    if (isReport(data.record)) reports.push({ id, record: data.record as ReportRecord, source, identicalFiles });
    else unreadable.push({ id, record: data.record as ErrorRecord, source, identicalFiles });
  }
  return { reports, unreadable };
}
