import { describe, expect, it } from 'vitest';
import { leafFields } from '../../src/model/catalogue.ts';
import { buildCorpus } from '../../src/site/corpus.ts';
import { CSV_BOM, columnHeader, csvField, dataColumns, toCsv } from '../../src/site/csv.ts';
import { atlasJson, recordsJson } from '../../src/site/json.ts';
import { entryFor, realworldNames, realworldRecord, variant } from './fixtures.ts';

/** RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

const corpus = buildCorpus(realworldNames.map((n) => entryFor(realworldRecord(n))));

describe('bulk CSV', () => {
  const csv = toCsv(corpus.reports);
  const rows = readCsv(csv.slice(1));

  it('starts with a BOM and has a header per leaf field and one row per report', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [header, ...body] = rows;
    expect(body).toHaveLength(3);
    for (const f of leafFields()) expect(header).toContain(`${f.label} (${f.path})`);
    expect(header).toHaveLength(dataColumns().length);
    expect(body.every((r) => r.length === header.length)).toBe(true);
  });

  it('holds the printed figures, and blank for null (never 0)', () => {
    const [header, ...body] = rows;
    const col = (path: string) => header.findIndex((h) => h.endsWith(`(${path})`));
    const huaian = body.find((r) => r[col('file')] === 'huaian-2024.pdf')!;
    expect(huaian[col('requests.newReceived.total')]).toBe('3119');
    expect(huaian[col('proactive.administrativeFeesWan')]).toBe('96171.6');
    expect(huaian[col('processingFeeYuan')]).toBe('3940');
    const hongze = body.find((r) => r[col('file')] === 'hongze-2023.pdf')!;
    expect(hongze[col('requests.otherNoCorrection.total')]).toBe('');
    expect(hongze[col('review.reconsideration.total')]).toBe('0');
  });

  it('quotes commas and quotes and defuses spreadsheet formulas in report text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    const hostile = variant(realworldRecord('huaian-2024'), (r) => {
      r.issuer = '=1+1,<script>';
    });
    const [, line] = readCsv(toCsv(buildCorpus([entryFor(hostile)]).reports).slice(1));
    expect(line[1]).toBe("'=1+1,<script>");
  });

  it('every column has a Chinese header with its key and a description', () => {
    for (const c of dataColumns()) {
      expect(columnHeader(c)).toMatch(/[\u4e00-\u9fff].* \(.+\)$/);
      expect(c.description.length).toBeGreaterThan(4);
    }
  });
});

describe('JSON downloads', () => {
  it('atlas.json holds every report and unreadable file with its source link', () => {
    const withBad = buildCorpus([
      ...realworldNames.map((n) => entryFor(realworldRecord(n))),
      { id: 'bad.pdf', data: { record: { file: 'bad.pdf', ok: false, error: 'bad.pdf: 没有文本层', checks: [] }, source: { path: 'bad.pdf', sha256: 'ab'.repeat(32), bytes: 9 } } },
    ]);
    const json = JSON.parse(atlasJson(withBad.reports, withBad.unreadable));
    expect(json.reports).toHaveLength(3);
    expect(json.unreadable[0].error).toContain('没有文本层');
    expect(json.unreadable[0].sourceFile.href).toBe(`sources/${'ab'.repeat(8)}/bad.pdf`);
    expect(json.fields).toHaveLength(leafFields().length);
    const one = JSON.parse(recordsJson([withBad.reports[0]]));
    expect(one[0].requests).toEqual(withBad.reports[0].record.requests);
  });
});
