/** What the page-data functions work on: collection entries turned into site objects. */
import type { ErrorRecord, ReportRecord, SourceFormat } from '../model/record.ts';

/** A source file as the site serves it. */
export interface SiteSource {
  /** Path relative to the reports folder (also the record's `file`). */
  path: string;
  sha256: string;
  bytes: number;
  format: SourceFormat | null;
  /** Site path of the served copy, without the base: `sources/<sha256 prefix>/<safe name>`. */
  href: string;
}

/** A file read as a report. */
export interface SiteReport {
  id: string;
  record: ReportRecord;
  source: SiteSource;
  /** Other files with identical bytes, shown once (this one). */
  identicalFiles: string[];
}

/** A file that is not a readable report. */
export interface SiteUnreadable {
  id: string;
  record: ErrorRecord;
  source: SiteSource;
  /** Other files with identical bytes, listed once (this one). */
  identicalFiles: string[];
}

/** Every file of the corpus, sorted into what the pages need. */
export interface Corpus {
  reports: SiteReport[];
  unreadable: SiteUnreadable[];
}
