import { describe, expect, it } from 'vitest';
import { extractClues } from '../../src/regions/index.ts';
import { fixtureText } from './fixtures.ts';

const codes = (cs: { code: string }[]) => cs.map((c) => c.code);

describe('clues read from the real texts', () => {
  it('化隆县 prints no contact line', () => {
    const c = extractClues(fixtureText('seeds/000_5d77362307499405.txt'));
    expect([c.postalCodes, c.areaCodes, c.govLabels]).toEqual([[], [], []]);
  });

  it('石台县: postal code, and the area code of both telephone and fax once', () => {
    const c = extractClues(fixtureText('seeds/002_5aff47976b242122.txt'));
    expect(codes(c.postalCodes)).toEqual(['245100']);
    expect(c.areaCodes).toEqual([{ code: '0566', province: '34' }]);
  });

  it('永宁县: em-dash phone numbers, the site and the e-mail domain', () => {
    const c = extractClues(fixtureText('seeds/003_4a212a54c74a48a0.txt'));
    expect(codes(c.postalCodes)).toEqual(['750100']);
    expect(codes(c.areaCodes)).toEqual(['0951']);
    expect(c.govLabels).toEqual(['nxyn', 'nx']);
  });

  it('利通区: contact line at the end', () => {
    const c = extractClues(fixtureText('seeds/004_a0c218d13443adaa.txt'));
    expect([codes(c.postalCodes), codes(c.areaCodes)]).toEqual([['751100'], ['0953']]);
  });

  it('洪泽区 2023 (pdftotext -layout spreads 邮 编 ： over spaces and lines)', () => {
    const c = extractClues(fixtureText('realworld/hongze-2023.pdftotext.txt'));
    expect([codes(c.postalCodes), codes(c.areaCodes)]).toEqual([['223100'], ['0517']]);
  });
});

describe('what is not a clue', () => {
  it('mobile numbers, hotlines and counts are not area codes', () => {
    const c = extractClues('拨打12345热线或13912345678，共受理2024件，编号20240101。');
    expect(c.areaCodes).toEqual([]);
  });

  it('bracketed and full-width forms are read', () => {
    const c = extractClues('电话：（０５１７）８７２２２５８９，邮政编码：２２３１００');
    expect([codes(c.areaCodes), codes(c.postalCodes)]).toEqual([['0517'], ['223100']]);
  });

  it('www.gov.cn names no place', () => {
    expect(extractClues('登录中国政府网 www.gov.cn 查阅').govLabels).toEqual([]);
  });
});
