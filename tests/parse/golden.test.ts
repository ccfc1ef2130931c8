/**
 * Golden records: the five seeds (values read by hand from their tables) and
 * the three realworld reports (hand-read from the PDF page images, pdftotext
 * text as input). Every value must equal what the report printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.ts';
import type { ReportRecord } from '../../src/model/record.ts';
import { leafFields } from '../../src/model/catalogue.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

async function parseFile(path: string): Promise<ReportRecord> {
  const record = await parseReport({ file: path, bytes: readFileSync(path) });
  if (!record.ok) throw new Error(record.error);
  return record as ReportRecord;
}

function pick(r: Pick<ReportRecord, 'proactive' | 'requests' | 'review' | 'processingFeeYuan' | 'year'>) {
  return { year: r.year, proactive: r.proactive, requests: r.requests, review: r.review, processingFeeYuan: r.processingFeeYuan };
}

describe('seed reports parse to their golden records', () => {
  const dir = join(fixtures, 'seeds');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has the five seeds', () => expect(seeds).toHaveLength(5));
  for (const name of seeds) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
      const record = await parseFile(join(dir, name));
      expect(record.issuer).toBe(expected.issuer);
      expect(record.publishedOn).toBe(expected.publishedOn);
      expect(pick(record)).toEqual(pick(expected));
      // Every one of the 25 request rows is printed in the seeds.
      expect(Object.values(record.requests).every((row) => row !== null)).toBe(true);
    });
  }
});

describe('realworld pdftotext texts parse to their hand-read values', () => {
  const dir = join(fixtures, 'realworld');
  for (const name of ['huaian-2024', 'hongze-2023', 'hongze-2024']) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
      const record = await parseFile(join(dir, `${name}.pdftotext.txt`));
      expect(record.issuer).toContain(expected.issuerContains);
      expect(pick(record)).toEqual(pick(expected));
    });
  }

  it('keeps the printed §四 totals of 洪泽区 2023 even though they do not add up', async () => {
    const record = await parseFile(join(dir, 'hongze-2023.pdftotext.txt'));
    expect(record.review.reconsideration).toEqual({ upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 });
    expect(record.review.litigationAfterReconsideration.total).toBe(0);
  });

  it('records the collapsed （六）其他处理 row under otherOther and leaves the sub-rows null', async () => {
    const record = await parseFile(join(dir, 'hongze-2024.pdftotext.txt'));
    expect(record.requests.otherNoCorrection).toBeNull();
    expect(record.requests.otherUnpaidFee).toBeNull();
    expect(record.requests.otherOther).toEqual({ natural: 0, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 0 });
  });
});

describe('accuracy over every leaf field', () => {
  it('matches all 190+ leaf values of each golden file', async () => {
    const leaves = leafFields().map((f) => f.path);
    let matched = 0;
    let total = 0;
    const cases = [
      ...readdirSync(join(fixtures, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [join(fixtures, 'seeds', f), join(fixtures, 'seeds', f.replace(/\.txt$/, '.expected.json'))]),
      ...['huaian-2024', 'hongze-2023', 'hongze-2024'].map((n) => [
        join(fixtures, 'realworld', `${n}.pdftotext.txt`),
        join(fixtures, 'realworld', `${n}.expected.json`),
      ]),
    ];
    for (const [input, exp] of cases) {
      const record = await parseFile(input);
      const expected = JSON.parse(readFileSync(exp, 'utf8'));
      for (const path of leaves) {
        const get = (o: unknown) => path.split('.').reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[k]), o);
        total++;
        if ((get(expected) ?? null) === (get(record) ?? null)) matched++;
      }
    }
    expect(total).toBe(8 * leaves.length);
    expect(matched).toBe(total);
  });
});
