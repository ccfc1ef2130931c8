/**
 * Test records: the realworld `*.expected.json` (hand-read from the page
 * images) turned into the record shape, and the five seeds' golden values
 * (tests/fixtures/seeds/*.expected.json). Narrative figures come from the real
 * prose through readNarrative.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportRecord } from '../../src/model/record.ts';
import { readNarrative } from '../../src/parse/narrative.ts';
import { proseBlocks } from './prose.ts';
import { realworldBaseRecord, type RealworldName } from '../fixtures/realworld.ts';

export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixtureText(relative: string): string {
  return readFileSync(fixtures + relative, 'utf8');
}

/** A deep copy, so a test can break one number without touching the others. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

function withNarrative(record: ReportRecord, text: string): ReportRecord {
  const { figures, processingFee } = readNarrative(proseBlocks(text, 'paragraph'));
  return { ...record, narrative: figures, processingFeeYuan: record.processingFeeYuan ?? processingFee.value };
}

export type { RealworldName };

/** A realworld expected record in the record's shape, with the narrative read from its pdftotext text. */
export function realworldRecord(name: RealworldName): ReportRecord {
  // The checks report by path: name the file as it sits in the fixtures.
  const record = { ...realworldBaseRecord(name), file: `tests/fixtures/realworld/${name}.pdf` };
  return withNarrative(record, fixtureText(`realworld/${name}.pdftotext.txt`));
}

/* ------------------------------------------------------------------ */
/* Seeds                                                               */
/* ------------------------------------------------------------------ */

/** The five seeds by a short name, each with its file in tests/fixtures/seeds. */
const seedFiles = {
  hualong: '000_5d77362307499405',
  chengguan: '001_06c190fbb6a81427',
  shitai: '002_5aff47976b242122',
  yongning: '003_4a212a54c74a48a0',
  litong: '004_a0c218d13443adaa',
} as const;

export type SeedName = keyof typeof seedFiles;
export const seedNames = Object.keys(seedFiles) as SeedName[];

/**
 * A seed's record from its golden values (tests/fixtures/seeds/*.expected.json, read by hand
 * from the tables; e.g. 化隆 is signed 2024年1月25日 under its 2024 report, a misprint the dates
 * rule reports), with the narrative read from its text. Checks start empty.
 */
export function seedRecord(name: SeedName): ReportRecord {
  const file = seedFiles[name];
  const expected = JSON.parse(fixtureText(`seeds/${file}.expected.json`));
  const record: ReportRecord = {
    file: `tests/fixtures/seeds/${file}.txt`,
    ok: true,
    error: null,
    issuer: expected.issuer,
    year: expected.year,
    publishedOn: expected.publishedOn,
    proactive: expected.proactive,
    requests: expected.requests,
    review: expected.review,
    processingFeeYuan: null,
    checks: [],
  };
  return withNarrative(record, fixtureText(`seeds/${file}.txt`));
}
