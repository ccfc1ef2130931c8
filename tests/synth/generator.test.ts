import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  applicantColumnKeys,
  applicantPartKeys,
  outcomeRowKeys,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
} from '../../src/model/catalogue.ts';
import { reportRecordSchema } from '../../src/model/record.ts';
import { generateCorpus, type CorpusFile } from '../../src/synth/corpus.ts';
import { loadDivisions } from '../../src/synth/divisions.ts';
import { narrativeFields } from '../../src/synth/narrative.ts';
import { expectedChecks } from '../../src/synth/oracle.ts';
import { createRng } from '../../src/synth/prng.ts';
import type { SynthRecord } from '../../src/synth/record.ts';
import { syntheticMarker } from '../../src/synth/form-text.ts';

const corpus = (options: Parameters<typeof generateCorpus>[0]) => [...generateCorpus(options)];
const decode = (f: CorpusFile) =>
  f.truth.source.encoding === 'gb18030' ? iconv.decode(Buffer.from(f.bytes), 'gb18030') : new TextDecoder().decode(f.bytes).replace(/^\uFEFF/, '');

/** Null is skipped in sums, as the checks do; the generator only blanks zeros. */
const n = (v: number | null | undefined) => (typeof v === 'number' ? v : 0);

/** The form's arithmetic, written out independently of the oracle. */
function arithmeticProblems(r: SynthRecord): string[] {
  const out: string[] = [];
  for (const k of requestRowKeys) {
    const row = r.requests[k];
    if (row && applicantPartKeys.reduce((s, c) => s + n(row[c]), 0) !== n(row.total)) out.push(`row ${k}`);
  }
  for (const c of applicantColumnKeys) {
    const sum = outcomeRowKeys.reduce((s, k) => s + n(r.requests[k]?.[c]), 0);
    if (sum !== n(r.requests.totalHandled![c])) out.push(`column ${c}`);
    const q = r.requests;
    if (n(q.newReceived![c]) + n(q.carriedOver![c]) !== n(q.totalHandled![c]) + n(q.carriedForward![c])) out.push(`balance ${c}`);
  }
  for (const g of reviewGroupKeys) {
    if (reviewPartKeys.reduce((s, c) => s + n(r.review[g][c]), 0) !== n(r.review[g].total)) out.push(`review ${g}`);
  }
  return out;
}

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    const a = corpus({ reports: 25, years: 3, seed: 42 });
    const b = corpus({ reports: 25, years: 3, seed: 42 });
    const c = corpus({ reports: 25, years: 3, seed: 43 });
    expect(a.map((f) => f.name)).toEqual(b.map((f) => f.name));
    a.forEach((f, i) => {
      expect(Buffer.from(f.bytes).equals(Buffer.from(b[i].bytes))).toBe(true);
      expect(JSON.stringify(f.truth)).toBe(JSON.stringify(b[i].truth));
    });
    expect(c.map((f) => f.name)).not.toEqual(a.map((f) => f.name));
  });

  it('writes exactly N reports, Y consecutive years per region, named by content hash', () => {
    const files = corpus({ reports: 20, years: 4, seed: 1, lastYear: 2024 });
    expect(files).toHaveLength(20);
    const regions = new Map<number, number[]>();
    for (const f of files) {
      expect(f.name).toMatch(/^[0-9a-f]{16}\.(txt|md|html)$/);
      expect(f.name.slice(0, 16)).toBe(createHash('sha256').update(f.bytes).digest('hex').slice(0, 16));
      expect(f.truth.source.sha256.startsWith(f.name.slice(0, 16))).toBe(true);
      expect(f.truth.source.bytes).toBe(f.bytes.length);
      regions.set(f.truth.generator.region, [...(regions.get(f.truth.generator.region) ?? []), f.truth.record.year!]);
    }
    expect([...regions.values()]).toEqual(Array(5).fill([2021, 2022, 2023, 2024]));
    expect(new Set(files.map((f) => f.name)).size).toBe(20);
  });

  it('marks every file as synthetic in its text, whatever the encoding', () => {
    const files = corpus({ reports: 60, years: 2, seed: 3 });
    const encodings = new Set(files.map((f) => f.truth.source.encoding));
    expect(encodings).toContain('gb18030');
    for (const f of files) expect(decode(f)).toContain(syntheticMarker);
  });

  it('produces records that satisfy the record schema and issuers of real divisions', () => {
    const d = loadDivisions();
    const names = new Set([...d.prefectures.map((c) => c.name), ...d.counties.map((a) => a.name), ...d.townships.map((s) => s.name)]);
    for (const f of corpus({ reports: 80, years: 2, seed: 4 })) {
      expect(() => reportRecordSchema.parse({ ...f.truth.record, checks: [] })).not.toThrow();
      expect(names.has(f.truth.region.name)).toBe(true);
      expect(f.truth.record.issuer).toContain(f.truth.region.name);
      expect(f.truth.record.issuer).toBe(f.truth.region.body);
    }
  });

  it('keeps the arithmetic exact when no errors are asked for (blanks are zeros; only late signatures are flagged)', () => {
    const files = corpus({ reports: 300, years: 3, seed: 5, errorShare: 0 });
    let nulls = 0;
    for (const f of files) {
      const r = f.truth.record;
      expect(arithmeticProblems(r), f.name).toEqual([]);
      expect(f.truth.errors).toEqual([]);
      const late = r.publishedOn !== null && r.publishedOn > `${r.year! + 1}-01-31`;
      expect(f.truth.expectedChecks.map((c) => c.code)).toEqual(late ? ['dates'] : []);
      nulls += Object.keys(r.printed).length;
    }
    expect(nulls).toBeGreaterThan(0);
  });

  it('carries each year’s 结转下年 into the next year’s 上年结转', () => {
    const files = corpus({ reports: 90, years: 3, seed: 6, errorShare: 0 });
    const byRegion = new Map<number, CorpusFile[]>();
    for (const f of files) byRegion.set(f.truth.generator.region, [...(byRegion.get(f.truth.generator.region) ?? []), f]);
    for (const series of byRegion.values()) {
      for (let i = 1; i < series.length; i++) {
        const before = series[i - 1].truth.record.requests.carriedForward!;
        const now = series[i].truth.record.requests.carriedOver!;
        for (const c of applicantColumnKeys) expect(n(now[c])).toBe(n(before[c]));
      }
    }
  });

  it('scales requests by level: townships 0–5, counties tens, prefecture governments hundreds to thousands', () => {
    const files = corpus({ reports: 600, years: 1, seed: 7, errorShare: 0 });
    const received = (kind: string) =>
      files.filter((f) => `${f.truth.region.level}/${f.truth.region.bodyType}` === kind).map((f) => f.truth.record.requests.newReceived!.total!);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(Math.max(...received('township/township'))).toBeLessThanOrEqual(5);
    expect(median(received('county/government'))).toBeGreaterThanOrEqual(10);
    expect(median(received('county/government'))).toBeLessThan(150);
    expect(Math.min(...received('prefecture/government'))).toBeGreaterThanOrEqual(120);
    // Most cells are 0.
    const cells = files.flatMap((f) => requestRowKeys.flatMap((k) => applicantColumnKeys.map((c) => f.truth.record.requests[k]?.[c])));
    expect(cells.filter((v) => v === 0).length / cells.length).toBeGreaterThan(0.6);
  });

  it('states the processing fee as 0, an amount, or not at all', () => {
    const fees = corpus({ reports: 300, years: 1, seed: 8 }).map((f) => [f.truth.record.processingFeeYuan, decode(f)] as const);
    expect(fees.some(([v]) => v === null)).toBe(true);
    expect(fees.some(([v]) => v === 0)).toBe(true);
    const paid = fees.filter(([v]) => typeof v === 'number' && v > 0);
    expect(paid.length).toBeGreaterThan(0);
    for (const [v, text] of paid) expect(text.replace(/\s+(?=\d)|(?<=\d)\s+/g, '')).toContain(`信息处理费${v}元`);
    for (const [, text] of fees.filter(([v]) => v === null)) expect(text).not.toMatch(/处理费/);
  });

  it('collapses （六）其他处理 in some reports: named sub-rows null, their sum under otherOther', () => {
    const collapsed = corpus({ reports: 400, years: 1, seed: 9, errorShare: 0 }).filter((f) => f.truth.blanks.collapsedOther);
    expect(collapsed.length).toBeGreaterThan(0);
    for (const f of collapsed) {
      const q = f.truth.record.requests;
      expect(q.otherNoCorrection).toBeNull();
      expect(q.otherUnpaidFee).toBeNull();
      expect(q.otherOther).not.toBeNull();
      expect(Object.keys(f.truth.record.printed).some((p) => p.startsWith('requests.otherNoCorrection'))).toBe(false);
    }
  });
});

describe('deliberate errors', () => {
  const files = corpus({ reports: 400, years: 2, seed: 10, errorShare: 1 });
  const codeOf = { 'row-total': 'row-sum', cell: 'row-sum', balance: 'balance', 'review-total': 'review-total', narrative: 'narrative', date: 'dates' } as const;

  it('puts at least one error in every report when the share is 1, of every kind', () => {
    const kinds = new Set(files.flatMap((f) => f.truth.errors.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(['balance', 'cell', 'date', 'narrative', 'review-total', 'row-total']);
    expect(files.filter((f) => f.truth.errors.length === 0).length / files.length).toBeLessThan(0.02);
  });

  it('lists, for every error, the check that must fire on the cells it changed', () => {
    for (const f of files) {
      for (const e of f.truth.errors) {
        const fields =
          e.kind === 'narrative' ? narrativeFields[e.paths[0].split('.')[1] as keyof typeof narrativeFields] : e.paths.slice(0, 1);
        const hit = f.truth.expectedChecks.some((c) => c.code === codeOf[e.kind] && fields.every((p) => c.fields.includes(p)));
        expect(hit, `${f.name}: ${e.description}`).toBe(true);
      }
    }
  });

  it('breaks only what the error names: a balance error leaves every row and column sum intact', () => {
    const balanceOnly = files.filter((f) => f.truth.errors.length === 1 && f.truth.errors[0].kind === 'balance');
    expect(balanceOnly.length).toBeGreaterThan(0);
    for (const f of balanceOnly) {
      const problems = arithmeticProblems(f.truth.record);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.startsWith('balance'))).toBe(true);
    }
  });

  it('the oracle agrees with the independent arithmetic on every report', () => {
    for (const f of files) {
      const independent = arithmeticProblems(f.truth.record).length > 0;
      const oracle = expectedChecks(f.truth.record, null).some((c) => c.code !== 'dates');
      expect(oracle, f.name).toBe(independent);
    }
  });
});

describe('prng', () => {
  it('splits counts exactly and reproducibly', () => {
    const a = createRng(99).split(1234, [0.5, 0.3, 0.2]);
    expect(a.reduce((s, v) => s + v, 0)).toBe(1234);
    expect(createRng(99).split(1234, [0.5, 0.3, 0.2])).toEqual(a);
  });
});
