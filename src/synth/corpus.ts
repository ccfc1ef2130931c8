/**
 * The synthetic corpus: regions × years, each report rendered in a layout
 * with its quirks and written beside a ground-truth JSON (the record the
 * parser must produce, the checks that must fire, what was done on purpose).
 * Everything derives from one seed; item i depends only on (seed, i).
 */
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { leafFields } from '../model/catalogue.ts';
import { loadDivisions, pickBody, type Body } from './divisions.ts';
import { applyNarrativeError, applyTableError, type DeliberateError, type ErrorKind } from './errors.ts';
import { planNarrative, type NarrativePlan } from './narrative.ts';
import { expectedChecks, type ExpectedCheck } from './oracle.ts';
import { createRng, type Rng } from './prng.ts';
import { applyBlanks, generateRecord, pickBlankPolicy, type BlankPolicy, type SynthRecord } from './record.ts';
import { layoutInfo, layouts, type Layout } from './render/index.ts';

/** Bump when the output for a given seed changes, so stale corpora are recognisable. */
export const GENERATOR_VERSION = 2;

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface CorpusOptions {
  /** Total number of reports. */
  reports: number;
  /** Consecutive years per region (ending at lastYear); regions = ceil(reports / years). */
  years: number;
  seed: number | string;
  lastYear?: number;
  /** Share of reports carrying deliberate errors (0–1). */
  errorShare?: number;
  /** Layouts to draw from, with weights; default all six. */
  layouts?: Partial<Record<Layout, number>>;
  /** Encodings for .txt files, with weights; default mostly UTF-8, some GB18030 and BOM. */
  encodings?: Partial<Record<Encoding, number>>;
}

/** What a test or the parser benchmark needs to know about one generated file. */
export interface Truth {
  synthetic: true;
  generator: { version: number; seed: number | string; region: number; year: number };
  file: string;
  layout: Layout;
  quirks: object;
  source: { format: string; sha256: string; encoding: string; bytes: number };
  /** The record the parser must print for this file (without checks, lines and source). */
  record: SynthRecord & {
    file: string;
    ok: true;
    error: null;
    /** How each null leaf is printed ("" blank or "/"); nulls of rows not printed at all are absent. */
    printed: Record<string, string>;
  };
  /** The division and body the issuer belongs to. */
  region: Body['region'];
  /** Figures the prose states (compare with the narrative reader). */
  narrative: NarrativePlan['figures'];
  /** Rule codes that must fire, with the cells involved. Info-level messages are not listed. */
  expectedChecks: ExpectedCheck[];
  /** The deliberate errors put in this report. */
  errors: DeliberateError[];
  blanks: BlankPolicy;
}

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  truth: Truth;
}

const defaultLayouts: Record<Layout, number> = { tab: 3, cells: 1, markdown: 2, html: 2, pdftext: 3, webcopy: 1 };
const defaultEncodings: Record<Encoding, number> = { 'utf-8': 75, 'utf-8-bom': 10, gb18030: 15 };
const errorWeights: [ErrorKind, number][] = [
  ['row-total', 3],
  ['cell', 2],
  ['balance', 2],
  ['review-total', 2],
  ['narrative', 2],
  ['date', 1],
];

function weightedEntries<K extends string>(weights: Partial<Record<K, number>>): [K, number][] {
  return (Object.entries(weights) as [K, number][]).filter(([, w]) => w > 0);
}

function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

/** Null leaves of the record and how the layout printed them. */
export function printedNulls(record: SynthRecord, nullMark: string): Record<string, string> {
  const printed: Record<string, string> = {};
  for (const leaf of leafFields()) {
    if (leaf.section === 'other') continue; // the fee is prose, not a cell
    const parts = leaf.path.split('.');
    if (parts[0] === 'requests' && record.requests[parts[1] as keyof SynthRecord['requests']] === null) continue;
    let v: unknown = record;
    for (const p of parts) v = (v as Record<string, unknown>)?.[p];
    if (v === null) printed[leaf.path] = nullMark;
  }
  return printed;
}

/** What an error touches; two errors in one report never touch the same area, so they cannot cancel. */
const errorArea: Record<ErrorKind, string> = {
  'row-total': 'requests',
  cell: 'requests',
  balance: 'requests',
  'review-total': 'review',
  narrative: 'narrative',
  date: 'date',
};

/** Put deliberate errors into a record and its narrative plan. */
function addErrors(rng: Rng, record: SynthRecord, plan: () => NarrativePlan, share: number) {
  const errors: DeliberateError[] = [];
  const kinds: ErrorKind[] = [];
  if (rng.chance(share)) {
    kinds.push(rng.weighted(errorWeights));
    const others = errorWeights.filter(([k]) => errorArea[k] !== errorArea[kinds[0]]);
    if (rng.chance(0.2)) kinds.push(rng.weighted(others));
  }
  for (const kind of kinds.filter((k) => k !== 'narrative')) {
    const e = applyTableError(rng, record, kind as Exclude<ErrorKind, 'narrative'>);
    if (e) errors.push(e);
  }
  // The prose is planned from the printed (possibly wrong) totals, then contradicted on purpose.
  const narrative = plan();
  if (kinds.includes('narrative')) {
    const e = applyNarrativeError(rng, narrative, record);
    if (e) errors.push(e);
  }
  return { errors, narrative };
}

/** One region's reports, oldest year first. */
function* regionReports(options: Required<Omit<CorpusOptions, 'layouts' | 'encodings'>> & { layouts: [Layout, number][]; encodings: [Encoding, number][] }, region: number, used: Set<string>): Generator<CorpusFile> {
  const rng = createRng(options.seed).fork(`region:${region}`);
  let body = pickBody(rng);
  for (let tries = 0; used.has(body.issuer) && tries < 50; tries++) body = pickBody(rng);
  used.add(body.issuer);
  let layout = rng.weighted(options.layouts);
  const blankPolicy = pickBlankPolicy(rng.fork('blanks'), body.kind);
  let previous: SynthRecord | null = null;
  const firstYear = options.lastYear - options.years + 1;
  for (let year = firstYear; year <= options.lastYear; year++) {
    const yr = rng.fork(`year:${year}`);
    const clean = generateRecord(yr.fork('record'), body, year, previous);
    previous = clean;
    // Templates change now and then: another layout, another blank habit.
    if (year > firstYear && yr.chance(0.2)) layout = yr.weighted(options.layouts);
    const blanks = year > firstYear && yr.chance(0.1) ? pickBlankPolicy(yr.fork('blanks'), body.kind) : blankPolicy;
    const record = applyBlanks(clean, blanks);
    const { errors, narrative } = addErrors(yr.fork('errors'), record, () => planNarrative(yr.fork('narrative'), record), options.errorShare);

    const info = layoutInfo[layout];
    const quirks = info.randomQuirks(yr.fork('quirks'));
    const nullMark = yr.pick(info.nullMarks);
    const text = info.render(record, {
      seed: yr.fork('render').seed,
      nullMark,
      narrative,
      self: body.self,
      signByOffice: body.region.bodyType === 'government' && yr.chance(0.1),
      // Most reports give a postal address, which tells apart places that share a name.
      ...(yr.chance(0.7) ? { address: body.region.path.join('') } : {}),
      quirks,
      ...(layout === 'html' ? { portalOwner: body.portalOwner } : {}),
    });
    const encoding: Encoding = info.ext === 'txt' ? yr.weighted(options.encodings) : 'utf-8';
    const bytes = encode(text, encoding);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = `${sha256.slice(0, 16)}.${info.ext}`;
    yield {
      name,
      bytes,
      truth: {
        synthetic: true,
        generator: { version: GENERATOR_VERSION, seed: options.seed, region, year },
        file: name,
        layout,
        quirks,
        source: { format: info.format, sha256, encoding: encoding === 'utf-8-bom' ? 'utf-8' : encoding, bytes: bytes.length },
        record: { file: name, ok: true, error: null, ...record, printed: printedNulls(record, nullMark) },
        region: body.region,
        narrative: narrative.figures,
        expectedChecks: expectedChecks(record, narrative),
        errors,
        blanks,
      },
    };
  }
}

/** Generate the corpus lazily: N reports over ceil(N / years) regions. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const years = Math.max(1, Math.floor(options.years));
  const full = {
    reports: options.reports,
    years,
    seed: options.seed,
    lastYear: options.lastYear ?? 2024,
    errorShare: options.errorShare ?? 0.1,
    layouts: weightedEntries({ ...(options.layouts ?? defaultLayouts) }),
    encodings: weightedEntries({ ...(options.encodings ?? defaultEncodings) }),
  };
  if (full.layouts.length === 0) throw new Error('no layout to draw from');
  loadDivisions();
  const used = new Set<string>();
  let emitted = 0;
  for (let region = 0; emitted < options.reports; region++) {
    for (const file of regionReports(full, region, used)) {
      if (emitted++ >= options.reports) return;
      yield file;
    }
  }
}

export { layouts };
