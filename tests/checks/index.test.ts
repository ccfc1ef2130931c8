import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkRules, checkSource, messagesToChecks, runChecks, withChecks } from '../../src/checks/index.ts';
import {
  applicantColumnKeys,
  applicantPartKeys,
  outcomeRowKeys,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
} from '../../src/model/catalogue.ts';
import { reportRecordSchema, type ReportRecord } from '../../src/model/record.ts';
import { clone, realworldRecord, seedNames, seedRecord } from './records.ts';
import { bySeverity, runAll } from './run.ts';

describe('checkRules metadata', () => {
  it('lists every rule once with a severity, title and description', () => {
    const codes = checkRules.map((r) => r.code);
    expect(codes).toEqual(['missing', 'balance', 'row-sum', 'column-sum', 'review-total', 'narrative', 'dates']);
    for (const r of checkRules) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.title.length).toBeGreaterThan(1);
      expect(r.description.length).toBeGreaterThan(20);
    }
  });

  it('covers every code the rules emit on the test corpus and its broken variants', () => {
    const broken = clone(realworldRecord('huaian-2024'));
    broken.requests.granted!.natural = 0;
    broken.requests.newReceived!.total = 1;
    broken.publishedOn = '2026-01-01';
    broken.requests.notProcessedDuplicate = null;
    const all = [...seedNames.map(seedRecord), realworldRecord('hongze-2023'), realworldRecord('hongze-2024'), broken].flatMap(runAll);
    const known = new Set(checkRules.map((r) => r.code));
    for (const c of all) expect(known).toContain(c.code);
    expect(new Set(all.map((c) => c.code))).toEqual(known);
  });
});

describe('runChecks and messagesToChecks', () => {
  it('makes vfile messages the remark-lint way: ruleId, source, place, fatal by severity', () => {
    const r = clone(realworldRecord('hongze-2023'));
    r.lines = { review: 149 };
    const file = new VFile({ path: r.file });
    runChecks(r, file);
    const errors = file.messages.filter((m) => m.ruleId === 'review-total');
    expect(errors).toHaveLength(2);
    for (const m of errors) {
      expect(m.source).toBe(checkSource);
      expect(m.fatal).toBe(true);
      expect(m.line).toBe(149);
    }
    const info = file.messages.find((m) => m.ruleId === 'missing')!;
    expect(info.fatal).toBeUndefined();
    const checks = messagesToChecks(file.messages);
    expect(checks.find((c) => c.code === 'missing')!.severity).toBe('info');
    expect(checks.filter((c) => c.code === 'review-total').map((c) => [c.severity, c.line])).toEqual([
      ['error', 149],
      ['error', 149],
    ]);
  });

  it('maps fatal false to warning', () => {
    const file = new VFile();
    runChecks(realworldRecord('hongze-2024'), file);
    const narrative = file.messages.find((m) => m.ruleId === 'narrative')!;
    expect(narrative.fatal).toBe(false);
    expect(messagesToChecks([narrative])[0].severity).toBe('warning');
  });

  it('finds no error or warning on 淮安 2024 (the clean realworld report)', () => {
    const checks = runAll(realworldRecord('huaian-2024'));
    expect(bySeverity(checks, 'error')).toEqual([]);
    expect(bySeverity(checks, 'warning')).toEqual([]);
  });

  it('keeps the record valid against the schema', () => {
    const r = withChecks(realworldRecord('hongze-2023'));
    expect(reportRecordSchema.safeParse(r).success).toBe(true);
    expect(r.checks.length).toBeGreaterThan(0);
  });

  it('withChecks is idempotent and keeps the parser’s own checks first', () => {
    const r = clone(realworldRecord('hongze-2023'));
    r.checks = [{ code: 'value-count', severity: 'info', message: '解析说明', line: 3, fields: [] }];
    const once = withChecks(r);
    expect(once.checks[0].code).toBe('value-count');
    expect(withChecks(once).checks).toEqual(once.checks);
  });
});

/* ------------------------------------------------------------------ */
/* Generated records whose arithmetic is known                        */
/* ------------------------------------------------------------------ */

const small = fc.integer({ min: 0, max: 40 });

/** A record whose every row, column, balance and §四 group adds up. */
const consistentRecord = fc
  .record({
    outcomes: fc.array(fc.array(small, { minLength: 6, maxLength: 6 }), { minLength: 21, maxLength: 21 }),
    carriedForward: fc.array(small, { minLength: 6, maxLength: 6 }),
    carriedOverShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    review: fc.array(fc.array(small, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ outcomes, carriedForward, carriedOverShare, review }) => {
    const r = clone(realworldRecord('huaian-2024'));
    r.narrative = [];
    const row = (values: number[]) => {
      const o = Object.fromEntries(applicantPartKeys.map((k, i) => [k, values[i]]));
      return { ...o, total: values.reduce((a, b) => a + b, 0) } as NonNullable<ReportRecord['requests']['granted']>;
    };
    outcomeRowKeys.forEach((k, i) => (r.requests[k] = row(outcomes[i])));
    const handled = applicantPartKeys.map((_, c) => outcomes.reduce((a, o) => a + o[c], 0));
    const inflow = handled.map((h, c) => h + carriedForward[c]);
    const carriedOver = inflow.map((v, c) => Math.floor(v * carriedOverShare[c]));
    r.requests.totalHandled = row(handled);
    r.requests.carriedForward = row(carriedForward);
    r.requests.carriedOver = row(carriedOver);
    r.requests.newReceived = row(inflow.map((v, c) => v - carriedOver[c]));
    reviewGroupKeys.forEach((g, i) => {
      const [upheld, corrected, other, pending] = review[i];
      r.review[g] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
    });
    return r;
  });

/** Every numeric leaf of table 三 and §四. */
const leafPaths = [
  ...requestRowKeys.flatMap((row) => applicantColumnKeys.map((col) => `requests.${row}.${col}`)),
  ...reviewGroupKeys.flatMap((g) => [...reviewPartKeys, 'total'].map((col) => `review.${g}.${col}`)),
];

function bump(record: ReportRecord, path: string, by: number): ReportRecord {
  const r = clone(record);
  const parts = path.split('.');
  const holder = parts.slice(0, -1).reduce<any>((o, p) => o[p], r);
  holder[parts.at(-1)!] += by;
  return r;
}

describe('generated records', () => {
  it('a record whose arithmetic holds gets no error', () => {
    fc.assert(
      fc.property(consistentRecord, (r) => {
        expect(bySeverity(runAll(r), 'error')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('changing any one printed figure yields an error naming that cell', () => {
    fc.assert(
      fc.property(consistentRecord, fc.constantFrom(...leafPaths), fc.integer({ min: 1, max: 9 }), (r, path, by) => {
        const errors = bySeverity(runAll(bump(r, path, by)), 'error');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.some((c) => c.fields.includes(path))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('docs/checks.md', () => {
  it('documents every rule with its code and severity', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');
    for (const r of checkRules) expect(doc).toMatch(new RegExp(`\\| \`${r.code}\` \\| ${r.severity} \\| ${r.title} \\|`));
  });
});
