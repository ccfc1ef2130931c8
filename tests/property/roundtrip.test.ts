/**
 * Issue 2's property: a record rendered into each supported layout and parsed
 * back is the same record (issuer, year, publication date, proactive,
 * requests, review, processingFeeYuan). Runs are seeded for reproducible CI;
 * set FC_SEED and FC_RUNS to explore further (e.g. FC_RUNS=2000 FC_SEED=$RANDOM).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicantColumnKeys, requestRowKeys, reviewColumnKeys, reviewGroupKeys } from '../../src/model/catalogue.ts';
import { parseReport } from '../../src/parse/index.ts';
import { diffRecord } from '../../src/synth/compare.ts';
import type { SynthRecord } from '../../src/synth/record.ts';
import { layoutInfo, layouts, type Layout } from '../../src/synth/render/index.ts';
import { documentOptions, quirks, record } from './arbitraries.ts';

const runs = Number(process.env.FC_RUNS ?? 60);
const seed = Number(process.env.FC_SEED ?? 20241231);

async function roundTrip(layout: Layout, rec: SynthRecord, options: object, compare: { publishedOn?: boolean } = {}) {
  const info = layoutInfo[layout];
  const text = info.render(rec, options as never);
  const parsed = await parseReport({ file: `synthetic.${info.ext}`, bytes: new TextEncoder().encode(text) });
  return { text, differences: diffRecord(rec, parsed, compare) };
}

describe.each(layouts)('round trip through the %s layout', (layout) => {
  it('parses back to the record it was rendered from', async () => {
    await fc.assert(
      fc.asyncProperty(record, documentOptions, quirks[layout], async (generated, { slash, ...doc }, generatedQuirks) => {
        const nullMark = slash || !layoutInfo[layout].nullMarks.includes('') ? '/' : '';
        const { differences } = await roundTrip(layout, generated, { ...doc, nullMark, quirks: generatedQuirks }, { publishedOn: true });
        expect(differences).toEqual([]);
      }),
      { numRuns: runs, seed, endOnFailure: false },
    );
  }, Math.max(30_000, runs * 300));
});

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number | null>;

/** The smallest record: every cell 0. */
function allZero(): SynthRecord {
  return {
    issuer: '北海市人民政府',
    year: 2024,
    publishedOn: '2025-01-20',
    proactive: {
      rules: zeros(['issued', 'repealed', 'inForce']),
      normativeDocuments: zeros(['issued', 'repealed', 'inForce']),
      licensing: 0,
      punishment: 0,
      coercion: 0,
      administrativeFeesWan: 0,
    } as SynthRecord['proactive'],
    requests: Object.fromEntries(requestRowKeys.map((k) => [k, zeros(applicantColumnKeys)])) as SynthRecord['requests'],
    review: Object.fromEntries(reviewGroupKeys.map((g) => [g, zeros(reviewColumnKeys)])) as SynthRecord['review'],
    processingFeeYuan: 0,
  };
}

const plainWeb = { runTogether: 1, chrome: false, blankLines: false, maxRunDigits: Infinity };

describe('the smallest inputs round-trip in every layout', () => {
  it.each(layouts)('%s: an all-zero report with a signature date', async (layout) => {
    const { differences } = await roundTrip(layout, allZero(), { seed: 0, quirks: {} }, { publishedOn: true });
    expect(differences).toEqual([]);
  });
});

interface Gap {
  name: string;
  layout: Layout;
  record: () => SynthRecord;
  options: object;
  /** What the rendered input must show for the gap to be the reason of the failure. */
  shows: RegExp;
}

/** The smallest inputs that once failed, one per former parser gap: kept as regression cases. */
const gaps: Gap[] = [
  ...(['tab', 'cells', 'markdown', 'html'] as const).map((layout) => ({
    // Parsed before the fix: upheld 0 and litigationAfterReconsideration.total null (the row shifted left).
    name: `gap 1 (${layout}): a §四 value row starting with a blank cell keeps the blank in place`,
    layout,
    record: () => {
      const rec = allZero();
      rec.review.reconsideration.upheld = null;
      return rec;
    },
    options: { seed: 0, nullMark: '' },
    shows: layout === 'tab' ? /^\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0$/m : /./,
  })),
  {
    // Parsed before the fix: issuer "首页>政务公开>政府信息公开年报北海市人民政府", publishedOn null.
    name: 'gap 2 (webcopy): a breadcrumb line right above the title stays out of the issuer, and the date above the print links is read',
    layout: 'webcopy',
    record: allZero,
    options: { seed: 0, titleStyle: 'one-line', quirks: { ...plainWeb, chrome: true } },
    shows: /^首页 > 政务公开 > 政府信息公开年报\n北海市人民政府2024年/m,
  },
  {
    // Parsed before the fix: administrativeFeesWan null (the integer 行政事业性收费720 is read).
    name: 'gap 3 (webcopy): a decimal amount run onto its label is read',
    layout: 'webcopy',
    record: () => {
      const rec = allZero();
      rec.proactive.administrativeFeesWan = 720.34;
      return rec;
    },
    options: { seed: 0, quirks: plainWeb },
    shows: /^行政事业性收费720\.34$/m,
  },
  {
    // Parsed before the fix (2026-11-22): first as one number 2.1e22, later all 15 cells null; the digits have exactly one reading.
    name: 'gap 4 (webcopy): a §四 run of 23 digits with one reading is split by the group sums',
    layout: 'webcopy',
    record: () => {
      const rec = allZero();
      rec.review = {
        reconsideration: { upheld: 21, corrected: 4, other: 53, pending: 19, total: 97 },
        litigationDirect: { upheld: 8, corrected: 2, other: 10, pending: 4, total: 24 },
        litigationAfterReconsideration: { upheld: 4, corrected: 12, other: 4, pending: 2, total: 22 },
      };
      return rec;
    },
    options: { seed: 0, quirks: plainWeb },
    shows: /^21453199782104244124222$/m,
  },
  {
    // Parsed before the fix (2026-11-22): first natural 1.1e23, later the row null with not-a-number (leading 0); one reading exists.
    name: 'gap 4 (webcopy): a request row of 25 digits with one reading is split by the row sum',
    layout: 'webcopy',
    record: () => {
      const rec = allZero();
      rec.requests.newReceived = { natural: 0, commercial: 11112, research: 1122, nonprofit: 2249, legal: 1011, otherOrg: 21, total: 15515 };
      rec.requests.totalHandled = { ...rec.requests.newReceived };
      rec.requests.granted = { ...rec.requests.newReceived };
      return rec;
    },
    options: { seed: 0, quirks: plainWeb },
    shows: /数量0111121122224910112115515$/m,
  },
];

describe('former parser gaps: the inputs', () => {
  it.each(gaps)('$name — the input shows it', ({ layout, record: rec, options, shows }) => {
    expect(layoutInfo[layout].render(rec(), options as never)).toMatch(shows);
  });
});

describe('former parser gaps stay fixed', () => {
  it.each(gaps)('$name', async ({ layout, record: rec, options }) => {
    const { differences } = await roundTrip(layout, rec(), options, { publishedOn: true });
    expect(differences).toEqual([]);
  });
});
