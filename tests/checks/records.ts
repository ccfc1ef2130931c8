/**
 * Test records: the realworld `*.expected.json` (hand-read from the page
 * images) turned into the record shape, and the five seeds' printed numbers
 * hand-read from tests/fixtures/seeds. Narrative figures come from the real
 * prose through readNarrative.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  applicantColumnKeys,
  requestRowKeys,
  reviewColumnKeys,
  type RequestRowKey,
  type ReviewGroupKey,
} from '../../src/model/catalogue.ts';
import type { ApplicantRow, ReportRecord, ReviewRow } from '../../src/model/record.ts';
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

type Seven = [number, number, number, number, number, number, number];

function applicantRow(values: Seven | null): ApplicantRow {
  const v = values ?? [0, 0, 0, 0, 0, 0, 0];
  return Object.fromEntries(applicantColumnKeys.map((k, i) => [k, v[i]])) as ApplicantRow;
}

function reviewRow(values: [number, number, number, number, number] | undefined): ReviewRow {
  const v = values ?? [0, 0, 0, 0, 0];
  return Object.fromEntries(reviewColumnKeys.map((k, i) => [k, v[i]])) as ReviewRow;
}

interface SeedSpec {
  file: string;
  issuer: string;
  publishedOn: string | null;
  documents: { rules: [number, number, number]; normativeDocuments: [number, number, number] };
  values: [licensing: number, punishment: number, coercion: number, feesWan: number];
  /** Rows that are not all zero. */
  requests: Partial<Record<RequestRowKey, Seven>>;
  review: Partial<Record<ReviewGroupKey, [number, number, number, number, number]>>;
}

function makeSeedRecord(spec: SeedSpec): ReportRecord {
  const docs = (v: [number, number, number]) => ({ issued: v[0], repealed: v[1], inForce: v[2] });
  const record: ReportRecord = {
    file: `tests/fixtures/seeds/${spec.file}`,
    ok: true,
    error: null,
    issuer: spec.issuer,
    year: 2024,
    publishedOn: spec.publishedOn,
    proactive: {
      rules: docs(spec.documents.rules),
      normativeDocuments: docs(spec.documents.normativeDocuments),
      licensing: spec.values[0],
      punishment: spec.values[1],
      coercion: spec.values[2],
      administrativeFeesWan: spec.values[3],
    },
    requests: Object.fromEntries(requestRowKeys.map((k) => [k, applicantRow(spec.requests[k] ?? null)])) as ReportRecord['requests'],
    review: {
      reconsideration: reviewRow(spec.review.reconsideration),
      litigationDirect: reviewRow(spec.review.litigationDirect),
      litigationAfterReconsideration: reviewRow(spec.review.litigationAfterReconsideration),
    },
    processingFeeYuan: null,
    checks: [],
  };
  return withNarrative(record, fixtureText(`seeds/${spec.file}`));
}

const seedSpecs = {
  hualong: {
    file: '000_5d77362307499405.txt',
    issuer: '化隆县人民政府',
    // Signed 2024年1月25日 under a 2024 report: a misprint the dates rule reports.
    publishedOn: '2024-01-25',
    documents: { rules: [5, 0, 0], normativeDocuments: [54, 0, 202] },
    values: [2754, 114, 4, 720.34],
    requests: {
      newReceived: [22, 0, 0, 0, 0, 1, 23],
      granted: [4, 0, 0, 0, 0, 1, 5],
      notProcessedComplaint: [18, 0, 0, 0, 0, 0, 18],
      totalHandled: [22, 0, 0, 0, 0, 1, 23],
    },
    // The review row prints 16 figures for 15 columns; here the last five (0 0 0 1 1) are 复议后起诉.
    review: { reconsideration: [5, 0, 0, 1, 6], litigationAfterReconsideration: [0, 0, 0, 1, 1] },
  },
  chengguan: {
    file: '001_06c190fbb6a81427.txt',
    issuer: '隆德县城关镇人民政府',
    publishedOn: null,
    documents: { rules: [0, 0, 0], normativeDocuments: [0, 0, 0] },
    values: [0, 0, 0, 0],
    requests: {},
    review: {},
  },
  shitai: {
    file: '002_5aff47976b242122.txt',
    issuer: '石台县人民政府',
    publishedOn: null,
    documents: { rules: [0, 0, 0], normativeDocuments: [12, 67, 68] },
    values: [4462, 508, 325, 1003.34],
    requests: {
      newReceived: [19, 0, 0, 0, 0, 0, 19],
      granted: [9, 0, 0, 0, 0, 0, 9],
      partiallyGranted: [2, 0, 0, 0, 0, 0, 2],
      withheldEnforcementFiles: [7, 0, 0, 0, 0, 0, 7],
      unavailableNotHeld: [1, 0, 0, 0, 0, 0, 1],
      totalHandled: [19, 0, 0, 0, 0, 0, 19],
    },
    review: { reconsideration: [1, 0, 1, 0, 2] },
  },
  yongning: {
    file: '003_4a212a54c74a48a0.txt',
    issuer: '永宁县人民政府办公室',
    publishedOn: null,
    documents: { rules: [0, 0, 0], normativeDocuments: [3, 1, 36] },
    values: [0, 0, 0, 0],
    requests: {
      newReceived: [8, 0, 0, 0, 0, 0, 8],
      carriedOver: [1, 0, 0, 0, 0, 0, 1],
      granted: [1, 0, 0, 0, 0, 0, 1],
      partiallyGranted: [7, 0, 0, 0, 0, 0, 7],
      unavailableNotHeld: [1, 0, 0, 0, 0, 0, 1],
      totalHandled: [9, 0, 0, 0, 0, 0, 9],
    },
    review: { litigationDirect: [0, 0, 1, 0, 1] },
  },
  litong: {
    file: '004_a0c218d13443adaa.txt',
    issuer: '利通区人民政府',
    publishedOn: null,
    documents: { rules: [0, 0, 1], normativeDocuments: [7, 18, 31] },
    values: [5963, 107, 0, 1759],
    requests: {
      newReceived: [38, 0, 0, 0, 0, 0, 38],
      granted: [12, 0, 0, 0, 0, 0, 12],
      partiallyGranted: [4, 0, 0, 0, 0, 0, 4],
      withheldThirdPartyRights: [6, 0, 0, 0, 0, 0, 6],
      withheldInternalAffairs: [1, 0, 0, 0, 0, 0, 1],
      unavailableNotHeld: [14, 0, 0, 0, 0, 0, 14],
      notProcessedDuplicate: [1, 0, 0, 0, 0, 0, 1],
      totalHandled: [38, 0, 0, 0, 0, 0, 38],
    },
    review: { reconsideration: [9, 0, 0, 0, 9], litigationDirect: [0, 0, 3, 0, 3], litigationAfterReconsideration: [3, 0, 0, 0, 3] },
  },
} satisfies Record<string, SeedSpec>;

export type SeedName = keyof typeof seedSpecs;
export const seedNames = Object.keys(seedSpecs) as SeedName[];

/** A seed's record built from its hand-read numbers, with the narrative read from its text. */
export function seedRecord(name: SeedName): ReportRecord {
  return makeSeedRecord(seedSpecs[name] as SeedSpec);
}
