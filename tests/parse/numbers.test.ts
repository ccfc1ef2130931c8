import { describe, expect, it } from 'vitest';
import { digitSplits, fitValues, groupSums, parseFigure, type Figure } from '../../src/parse/numbers.ts';

const nums = (...xs: (number | string)[]): Figure[] => xs.map((x) => parseFigure(String(x)));
const values = (f: Figure[]) => f.map((x) => (x.kind === 'number' ? x.value : null));
const sum7 = (v: (number | null)[]) => v.every((x) => x !== null) && v.slice(0, 6).reduce((a, b) => a! + b!, 0) === v[6];

describe('parseFigure', () => {
  it('keeps 0, blank and "/" apart', () => {
    expect(parseFigure('0')).toEqual({ kind: 'number', value: 0, text: '0' });
    expect(parseFigure('')).toEqual({ kind: 'blank', text: '' });
    expect(parseFigure('/')).toEqual({ kind: 'placeholder', text: '/' });
  });
  it('reads full-width digits, thousands separators, decimals, signs and units', () => {
    expect(parseFigure('１２３')).toMatchObject({ value: 123 });
    expect(parseFigure('1,234')).toMatchObject({ value: 1234 });
    expect(parseFigure('720.34')).toMatchObject({ value: 720.34 });
    expect(parseFigure('-3')).toMatchObject({ value: -3 });
    expect(parseFigure('3940元')).toMatchObject({ value: 3940 });
    expect(parseFigure('约30')).toMatchObject({ value: 30, approximate: true });
    expect(parseFigure('不详').kind).toBe('text');
  });
});

describe('fitValues', () => {
  it('takes exactly k values as printed', () => {
    expect(values(fitValues(nums(1, 2, 3), 3, null).values)).toEqual([1, 2, 3]);
  });
  it('drops a stray value when the arithmetic decides uniquely (化隆 总计 row)', () => {
    const fit = fitValues(nums(22, 0, 0, 0, 0, 0, 1, 23), 7, sum7);
    expect(fit.how).toBe('dropped');
    expect(fit.alternatives).toEqual([]);
    expect(values(fit.values)).toEqual([22, 0, 0, 0, 0, 1, 23]);
  });
  it('splits digits run together by a web copy using the row sum', () => {
    const fit = fitValues(nums('351000036'), 7, sum7);
    expect(fit.how).toBe('split');
    expect(values(fit.values)).toEqual([35, 1, 0, 0, 0, 0, 36]);
    expect(fit.alternatives).toEqual([]);
  });
  it('splits a run that also swallowed a stray empty column (…申请数量3510000036)', () => {
    const fit = fitValues(nums('3510000036'), 7, sum7);
    expect(values(fit.values)).toEqual([35, 1, 0, 0, 0, 0, 36]);
    expect(fit.alternatives).toEqual([]);
  });
  it('splits 规章000 without arithmetic only because it is unique', () => {
    expect(values(fitValues(nums('000'), 3, null).values)).toEqual([0, 0, 0]);
  });
  it('refuses to guess an ambiguous split and lists the readings', () => {
    const fit = fitValues(nums('5102'), 3, null);
    expect(values(fit.values)).toEqual([null, null, null]);
    expect(fit.alternatives.length).toBeGreaterThan(1);
    expect(fit.note).toMatch(/无法唯一确定/);
  });
  it('pads a short row with blanks and says so', () => {
    const fit = fitValues(nums(1, 2), 3, null);
    expect(fit.how).toBe('padded');
    expect(values(fit.values)).toEqual([1, 2, null]);
  });
  it('digitSplits never makes numbers with leading zeros', () => {
    expect(digitSplits('105', 2)).toEqual([[10, 5]]);
    expect(digitSplits('000', 3)).toEqual([[0, 0, 0]]);
  });
});

describe('splitSumGroups', () => {
  it('reads a §四 row of 23 run-together digits by its group sums', async () => {
    const { splitSumGroups } = await import('../../src/parse/numbers.ts');
    // 2 1 4 5 12 | 3 1 9 9 22 | … as printed on a web page with the cell boundaries lost.
    const digits = [2, 1, 4, 5, 12, 3, 1, 9, 9, 22, 0, 4, 2, 4, 10].join('');
    const readings = splitSumGroups(digits, 5, 3);
    expect(readings).toContainEqual([2, 1, 4, 5, 12, 3, 1, 9, 9, 22, 0, 4, 2, 4, 10]);
    for (const r of readings) for (let g = 0; g < 15; g += 5) expect(r[g] + r[g + 1] + r[g + 2] + r[g + 3]).toBe(r[g + 4]);
  });
  it('fitValues uses it for a single long run and says when the reading is unique', () => {
    const digits = '21453199782104244124222';
    const fit = fitValues(nums(digits), 15, groupSums(5));
    expect(fit.how).toBe('split');
    if (fit.alternatives.length === 0) {
      const v = values(fit.values) as number[];
      for (let g = 0; g < 15; g += 5) expect(v[g] + v[g + 1] + v[g + 2] + v[g + 3]).toBe(v[g + 4]);
      expect(v.join('')).toBe(digits);
    }
  });
});
