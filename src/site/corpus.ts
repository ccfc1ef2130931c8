/** From collection entries to the corpus the pages show. */
import type { ReportEntryData } from '../loader/entry.ts';
import { corpusChecks, decideCorpus } from '../corpus/dedupe.ts';
import { isReport, type AnyRecord, type ErrorRecord, type ReportRecord } from '../model/record.ts';
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

/** The entry's record, named and hashed as the loader saw the file (error records may lack a source). */
function recordOf(data: ReportEntryData): AnyRecord {
  const { path, sha256, bytes } = data.source;
  return { ...data.record, file: path, source: { ...data.record.source, sha256, bytes } } as AnyRecord;
}

/**
 * Sorts entries into reports and unreadable files. The corpus rules decide
 * (src/corpus/dedupe.ts): files with identical bytes are shown once, the
 * others listed on it; different files for one issuer and year all stay and
 * are flagged. Their notes are added to the records' checks.
 */
export function buildCorpus(entries: readonly CorpusEntry[]): Corpus {
  const byPath = new Map(entries.map((e) => [e.data.source.path, e]));
  const decision = decideCorpus(entries.map((e) => recordOf(e.data)));
  const notes = corpusChecks(decision);
  const copies = new Map(decision.identical.map((g) => [g.shown, g.others]));
  const reports: SiteReport[] = [];
  const unreadable: SiteUnreadable[] = [];
  for (const distinct of decision.distinct) {
    const { id, data } = byPath.get(distinct.file)!;
    const source = siteSource(data);
    const identicalFiles = copies.get(distinct.file) ?? [];
    const added = notes.get(distinct.file) ?? [];
    const record = added.length ? { ...data.record, checks: [...data.record.checks, ...added] } : data.record;
    if (isReport(record)) reports.push({ id, record: record as ReportRecord, source, identicalFiles });
    else unreadable.push({ id, record: record as ErrorRecord, source, identicalFiles });
  }
  return { reports, unreadable };
}
