import { describe, expect, it } from 'vitest';
import { checkDates } from '../../src/checks/dates.ts';
import { clone, seedRecord } from './records.ts';
import { runRule } from './run.ts';

function dated(publishedOn: string | null, year: number | null = 2024) {
  const r = clone(seedRecord('shitai'));
  r.publishedOn = publishedOn;
  r.year = year;
  r.lines = { publishedOn: 120 };
  return runRule(checkDates, r);
}

describe('dates', () => {
  it('warns on 化隆, whose 2024 report is signed 2024年1月25日', () => {
    const checks = runRule(checkDates, seedRecord('hualong'));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: 'dates', severity: 'warning', fields: ['publishedOn', 'year'] });
    expect(checks[0].message).toContain('2024-01-25');
    expect(checks[0].message).toContain('2024-12-31');
  });

  it('is silent for a report published in January of the next year', () => {
    expect(dated('2025-01-20')).toEqual([]);
    expect(dated('2025-01-01')).toEqual([]);
    expect(dated('2025-01-31')).toEqual([]);
  });

  it('warns after the 31 January deadline, at the signature line', () => {
    const checks = dated('2025-02-01');
    expect(checks.map((c) => [c.severity, c.line])).toEqual([['warning', 120]]);
    expect(checks[0].message).toContain('2025-01-31');
  });

  it('warns on the last day of the report year itself', () => {
    expect(dated('2024-12-31').map((c) => c.severity)).toEqual(['warning']);
  });

  it('gives an info when no signature date was printed, and nothing when the year is unknown', () => {
    expect(dated(null).map((c) => c.severity)).toEqual(['info']);
    expect(dated('2025-03-01', null)).toEqual([]);
  });
});
