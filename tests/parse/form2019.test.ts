/**
 * Reports for 2019–2020 follow the earlier form (国办公开办函〔2019〕60号),
 * whose §二 columns mean other things. The fixture is seed 000 with its §二
 * table rewritten in the 2019 form (synthetic figures, marked in the file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.ts';
import type { ReportRecord } from '../../src/model/record.ts';

const path = join(import.meta.dirname, '..', 'fixtures', 'forms', 'form-2019.txt');

describe('the 2019 form', async () => {
  const record = (await parseReport({ file: path, bytes: readFileSync(path) })) as ReportRecord;

  it('is recognised from the §二 header and said so', () => {
    expect(record.ok).toBe(true);
    expect(record.form).toBe('2019');
    expect(record.year).toBe(2020);
    expect(record.checks.find((c) => c.code === 'form-2019')?.line).toBeGreaterThan(0);
  });

  it('keeps the 2019 columns apart, as printed (including a negative 本年增/减)', () => {
    expect(record.proactive2019).toEqual({
      rules: { newlyMade: 0, newlyPublished: 0, publishedTotal: 0 },
      normativeDocuments: { newlyMade: 12, newlyPublished: 12, publishedTotal: 88 },
      licensing: { previousItems: 310, change: -4, decisions: 2754 },
      otherServices: { previousItems: 25, change: 0, decisions: 130 },
      punishment: { previousItems: 180, change: 2, decisions: 114 },
      coercion: { previousItems: 12, change: 0, decisions: 4 },
      administrativeFees: { previousItems: 41, change: -3 },
      procurement: { projects: 36, amountWan: 1520.5 },
    });
    expect(record.checks.some((c) => c.code === 'negative-figure')).toBe(false);
  });

  it('fills only the 2021 fields that mean the same (处理决定数量) and leaves the rest null', () => {
    expect(record.proactive).toEqual({
      rules: { issued: null, repealed: null, inForce: null },
      normativeDocuments: { issued: null, repealed: null, inForce: null },
      licensing: 2754,
      punishment: 114,
      coercion: 4,
      administrativeFeesWan: null,
    });
    expect(record.checks.filter((c) => c.code === 'missing' && c.severity !== 'info')).toEqual([]);
  });

  it('reads the request and review tables as on the 2021 form', () => {
    expect(record.requests.totalHandled).toEqual({ natural: 22, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 1, total: 23 });
    expect(record.review.reconsideration.total).toBe(6);
  });
});
