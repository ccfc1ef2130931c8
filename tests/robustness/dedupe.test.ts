/**
 * Same report twice and conflicting reports, on real parsed records: the
 * seed 000 (化隆县 2024) and its shortened copy tests/fixtures/hostile/base.txt
 * are two different files for the same issuer and year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCandidates, corpusChecks, decideCorpus } from '../../src/corpus/dedupe.ts';
import type { AnyRecord, ReportRecord } from '../../src/model/record.ts';
import { parseReport } from '../../src/parse/index.ts';
import { hostileDir, seeds, seedsDir } from './seeds.ts';

async function parse(file: string, path: string): Promise<AnyRecord> {
  return parseReport({ file, bytes: readFileSync(path) });
}

let seed: ReportRecord;
let short: ReportRecord;
let copy: ReportRecord;
let other: ReportRecord;
let empty: AnyRecord;
let emptyCopy: AnyRecord;
beforeAll(async () => {
  seed = (await parse('a/000.txt', join(seedsDir, seeds[0].name))) as ReportRecord;
  copy = (await parse('b/000-copy.txt', join(seedsDir, seeds[0].name))) as ReportRecord;
  short = (await parse('c/short.txt', join(hostileDir, 'base.txt'))) as ReportRecord;
  other = (await parse('d/004.txt', join(seedsDir, seeds[4].name))) as ReportRecord;
  empty = await parse('e/empty.txt', join(hostileDir, 'empty.txt'));
  emptyCopy = await parse('f/empty-too.txt', join(hostileDir, 'empty.txt'));
});

describe('identical files', () => {
  it('are shown once, the first by path, with a note listing the others', () => {
    const d = decideCorpus([copy, seed, other]);
    expect(d.identical).toEqual([{ sha256: seed.source!.sha256, shown: 'a/000.txt', others: ['b/000-copy.txt'] }]);
    expect(d.distinct.map((r) => r.file)).toEqual(['a/000.txt', 'd/004.txt']);
    const note = corpusChecks(d).get('a/000.txt')!;
    expect(note).toMatchObject([{ code: 'identical-files', severity: 'info' }]);
    expect(note[0].message).toContain('b/000-copy.txt');
    // Two copies of one report are not a conflict.
    expect(d.conflicts).toEqual([]);
  });

  it('applies to unreadable files too (one entry on the data-quality page)', () => {
    const d = decideCorpus([empty, emptyCopy]);
    expect(d.distinct.map((r) => r.file)).toEqual(['e/empty.txt']);
    expect(d.identical[0].others).toEqual(['f/empty-too.txt']);
  });
});

describe('different files for the same issuer and year', () => {
  it('are both kept and flagged, and the reason says which is shown and why', () => {
    expect(seed.issuer).toBe(short.issuer);
    expect(seed.year).toBe(short.year);
    const d = decideCorpus([seed, short, other]);
    expect(d.distinct).toHaveLength(3);
    expect(d.conflicts).toHaveLength(1);
    const c = d.conflicts[0];
    const expectedShown = [seed, short].sort(compareCandidates)[0].file;
    expect(c.shown).toBe(expectedShown);
    expect(d.shown.map((r) => r.file).sort()).toEqual([expectedShown, 'd/004.txt'].sort());
    expect(c.reason).toContain('a/000.txt');
    expect(c.reason).toContain('c/short.txt');
    const checks = corpusChecks(d);
    for (const f of ['a/000.txt', 'c/short.txt']) expect(checks.get(f)?.[0]).toMatchObject({ code: 'conflicting-reports', severity: 'warning' });
    expect(checks.get('d/004.txt')).toBeUndefined();
  });

  // A variant is a different file (its own hash) unless the patch says otherwise.
  const variant = (r: ReportRecord, file: string, patch: Partial<ReportRecord>): ReportRecord => ({
    ...r,
    file,
    source: { ...r.source!, sha256: Buffer.from(file).toString('hex').padEnd(64, '0') },
    ...patch,
  });
  const error = { code: 'balance', severity: 'error' as const, message: '…', line: 1, fields: [] };

  it('prefers fewer error-level checks first', () => {
    const worse = variant(seed, 'a.txt', { checks: [...seed.checks.filter((c) => c.severity !== 'error'), error] });
    const better = variant(seed, 'z.txt', { checks: seed.checks.filter((c) => c.severity !== 'error'), publishedOn: '2000-01-01' });
    const [c] = decideCorpus([worse, better]).conflicts;
    expect(c.shown).toBe('z.txt');
    expect(c.reason).toMatch(/错误级问题更少（0 个，a\.txt 有 1 个）/);
  });

  it('then the later signature date', () => {
    const base = { checks: [] };
    const older = variant(seed, 'a.txt', { ...base, publishedOn: '2025-01-20' });
    const newer = variant(seed, 'b.txt', { ...base, publishedOn: '2025-03-01' });
    const undated = variant(seed, 'c.txt', { ...base, publishedOn: null });
    const [c] = decideCorpus([undated, older, newer]).conflicts;
    expect(c.shown).toBe('b.txt');
    expect(c.alternates).toEqual(['a.txt', 'c.txt']);
    expect(c.reason).toMatch(/落款日期更晚（2025-03-01，a\.txt 为 2025-01-20）/);
  });

  it('then the larger file, then the path', () => {
    const small = variant(seed, 'a.txt', { checks: [], source: { ...seed.source!, bytes: 100, sha256: 'a'.repeat(64) } });
    const large = variant(seed, 'b.txt', { checks: [], source: { ...seed.source!, bytes: 200, sha256: 'b'.repeat(64) } });
    expect(decideCorpus([small, large]).conflicts[0].shown).toBe('b.txt');
    const twin = variant(seed, 'c.txt', { checks: [], source: { ...seed.source!, bytes: 200, sha256: 'f'.repeat(64) } });
    const [c] = decideCorpus([twin, large]).conflicts;
    expect(c.shown).toBe('b.txt');
    expect(c.reason).toMatch(/按文件名排序/);
  });

  it('does not group records without an issuer or a year', () => {
    const a = variant(seed, 'a.txt', { issuer: '', source: { ...seed.source!, sha256: '1'.repeat(64) } });
    const b = variant(seed, 'b.txt', { issuer: '', source: { ...seed.source!, sha256: '2'.repeat(64) } });
    expect(decideCorpus([a, b]).conflicts).toEqual([]);
  });
});
