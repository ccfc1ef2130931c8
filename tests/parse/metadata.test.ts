import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../src/ingest/text.ts';
import { toDocument } from '../../src/parse/grid.ts';
import { normalizeIssuer, readMetadata } from '../../src/parse/metadata.ts';

const meta = (text: string) => readMetadata(toDocument(readPlainText(text)).prose);

describe('readMetadata', () => {
  it('reads the issuer before the year, a bare place meaning its government', () => {
    expect(meta('\n\n化隆县 2024 年度政府信息公开 工作年度报告\n\n一、总体情况\n').issuer).toBe('化隆县人民政府');
    expect(meta('石台县人民政府2024年政府信息公开工作年度报告\n').issuer).toBe('石台县人民政府');
  });
  it('takes the issuer from the line above a title that starts with the year', () => {
    const m = meta('# 永宁县人民政府办公室\n\n## 2024 年政府信息公开工作年度报告\n');
    expect(m).toMatchObject({ issuer: '永宁县人民政府办公室', year: 2024, issuerLine: 3 });
  });
  it('reads the issuer after the year', () => {
    expect(meta('2023年某某县政府信息公开工作年度报告\n').issuer).toBe('某某县人民政府');
  });
  it('reads the signature date, also in Chinese numerals', () => {
    expect(meta('某县2024年政府信息公开工作年度报告\n\n某县人民政府办公室\n\n2025年1月20日\n').publishedOn).toBe('2025-01-20');
    expect(meta('某县2024年政府信息公开工作年度报告\n\n二〇二五年一月二十日\n').publishedOn).toBe('2025-01-20');
  });
  it('falls back to the statistics period for the year', () => {
    expect(meta('本报告统计期限为2023年1月1日至12月31日。\n').year).toBe(2023);
  });
  it('normalizeIssuer appends the body to a bare place name', () => {
    expect(normalizeIssuer('利通区')).toBe('利通区人民政府');
    expect(normalizeIssuer('某某街道')).toBe('某某街道办事处');
    expect(normalizeIssuer('淮安市洪泽区人民政府')).toBe('淮安市洪泽区人民政府');
  });
});

describe('signature date in PDF text', () => {
  it('reads a date joined to the signing body at the end of the last paragraph', () => {
    const m = meta('某县2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n本年度未收取信息处理费。\n某县人民政府办公室\n2025 年 1 月 20 日\n- 6 -\n');
    expect(m.publishedOn).toBe('2025-01-20');
    expect(m.publishedLine).toBe(5);
  });
  it('does not take a date inside a sentence for the signature', () => {
    expect(meta('某县2024年政府信息公开工作年度报告\n本报告统计期限为2024年1月1日至2024年12月31日\n').publishedOn).toBeNull();
  });
});
