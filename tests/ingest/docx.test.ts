import { readFileSync } from 'node:fs';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { lineBreakBlocks, readDocx } from '../../src/ingest/docx.ts';
import { readHtml } from '../../src/ingest/html.ts';
import { parseReport } from '../../src/parse/index.ts';
import { docxFromSeed } from '../fixtures/generated/seed-docx.ts';
import { seedLayout, type SeedTable } from '../fixtures/generated/seed-layout.ts';
import { isReport } from '../../src/model/record.ts';
import { recordEssentials } from './accuracy.ts';
import { trimRow, withoutEmptyColumns } from './grids.ts';

const seedDir = new URL('../fixtures/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');
const seed000 = seed('000_5d77362307499405.txt');



describe('readDocx', () => {
  it('turns Word merged cells (vMerge, gridSpan) into rowspan/colspan', async () => {
    const { html } = await readDocx(await docxFromSeed(seed000));
    // The seed's vertical group label spans ten rows and the applicant heading five columns.
    expect(html).toMatch(/<td rowspan="10"[^>]*><p>三、本年度办理结果/);
    expect(html).toMatch(/<td colspan="5"[^>]*><p>法人或其他组织/);
  });

  it('puts each paragraph and table row on its own line, so positions are useful', async () => {
    const { html } = await readDocx(await docxFromSeed(seed000));
    const tree = readHtml(html);
    const lines = tree.children.map((n) => n.position?.start.line);
    expect(new Set(lines).size).toBe(lines.length);
    const table = tree.children.find((n): n is Table => n.type === 'table')!;
    const rowLines = table.children.map((r) => r.position?.start.line);
    expect(new Set(rowLines).size).toBe(rowLines.length);
    expect(lineBreakBlocks('<p>a</p><p>b</p>')).toBe('<p>a</p>\n<p>b</p>\n');
  });

  it('reads the Word tables back to the seed grid, slot for slot', async () => {
    const { html } = await readDocx(await docxFromSeed(seed000));
    const read = readHtml(html)
      .children.filter((n): n is Table => n.type === 'table')
      .map((t) => t.children.map((r) => trimRow(r.children.map((c) => toString(c)))));
    const expected = seedLayout(seed000)
      .blocks.filter((b): b is SeedTable => b.kind === 'table')
      .map((t) => withoutEmptyColumns(t.grid));
    expect(read).toEqual(expected);
  });

  it('keeps the title (Word Title style) as the first heading', async () => {
    const { html } = await readDocx(await docxFromSeed(seed000));
    const first = readHtml(html).children[0];
    expect(first.type).toBe('heading');
    expect(toString(first).replace(/\s/g, '')).toBe(seedLayout(seed000).title.replace(/\s/g, ''));
  });

  it('refuses bytes that are not a Word document with a clear reason', async () => {
    await expect(readDocx(new TextEncoder().encode('{\\rtf1 not a docx}'))).rejects.toThrow(/不是 DOCX 文件：没有 zip 签名/);
    // A zip that is not a Word document.
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
    await expect(readDocx(zipHeaderOnly)).rejects.toThrow(/unreadable DOCX/);
  });
});

describe('parseReport on Word documents made from seeds', () => {
  for (const name of ['000_5d77362307499405', '001_06c190fbb6a81427', '004_a0c218d13443adaa']) {
    it(`${name}: the .docx parses to the same record as the seed text`, async () => {
      const text = seed(`${name}.txt`);
      const fromSeed = await parseReport({ file: `${name}.txt`, bytes: new TextEncoder().encode(text) });
      const fromDocx = await parseReport({ file: `${name}.docx`, bytes: await docxFromSeed(text) });
      expect(fromDocx.ok).toBe(true);
      expect(recordEssentials(fromDocx)).toEqual(recordEssentials(fromSeed));
      expect(isReport(fromDocx) && fromDocx.source?.format).toBe('docx');
    });
  }

  it('a damaged .docx gives an error record, not a crash', async () => {
    const record = await parseReport({ file: 'broken.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(record.ok).toBe(false);
    expect(record.error).toMatch(/broken\.docx/);
    expect(record.error).toMatch(/DOCX/);
  });
});
