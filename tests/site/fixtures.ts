/**
 * Records for the page-data tests: the hand-read realworld records
 * (tests/fixtures/realworld/*.expected.json, in the record's shape) completed
 * into full records, and collection entries built from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportEntryData } from '../../src/loader/entry.ts';
import type { ReportRecord } from '../../src/model/record.ts';
import { realworldBaseRecord, realworldIssuers, type RealworldName } from '../fixtures/realworld.ts';
import type { CorpusEntry } from '../../src/site/corpus.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const seedsDir = join(fixturesDir, 'seeds');

/** A realworld expected file completed into a full record (no checks, no printed map). */
export function realworldRecord(name: RealworldName): ReportRecord {
  return realworldBaseRecord(name);
}

export const realworldNames = Object.keys(realworldIssuers) as RealworldName[];

/** A collection entry for a record, as the loader stores it. */
export function entryFor(record: ReportRecord | ReportEntryData['record'], sha256?: string): CorpusEntry {
  const sha = sha256 ?? record.source?.sha256 ?? `sha-${record.file}`;
  return { id: record.file, data: { record, source: { path: record.file, sha256: sha, bytes: record.source?.bytes ?? 0 } } };
}

/** Deep copy with changes, for building variants of a known record. */
export function variant(record: ReportRecord, change: (r: ReportRecord) => void): ReportRecord {
  const copy = structuredClone(record);
  change(copy);
  return copy;
}

/** The five seed reports read by the real parser, as collection entries (what the loader stores). */
export async function seedEntries(): Promise<CorpusEntry[]> {
  const { parseReport } = await import('../../src/parse/index.ts');
  const { buildEntry } = await import('../../src/loader/entry.ts');
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (f) => ({ id: f, data: await buildEntry(parseReport, f, readFileSync(join(seedsDir, f)), 60_000) })),
  );
}

/**
 * Seed entries with `region` filled by src/regions' resolver from the issuer
 * and the text, for the hierarchy tests (the parser sets it itself once
 * region resolution is wired into it; a region it already set is kept).
 */
export async function seedEntriesWithRegions(): Promise<CorpusEntry[]> {
  const { resolveRegion } = await import('../../src/regions/index.ts');
  return (await seedEntries()).map((e) => {
    const r = e.data.record;
    if (!r.ok || r.region) return e;
    const text = readFileSync(join(seedsDir, e.id), 'utf8');
    return { ...e, data: { ...e.data, record: { ...r, region: resolveRegion({ issuer: r.issuer, text }) } } };
  });
}
