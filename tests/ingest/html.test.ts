import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Heading, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/ingest/html.ts';
import { hiddenSelectorsFromCss } from '../../src/ingest/html/clean.ts';
import { parseReport } from '../../src/parse/index.ts';
import { seedLayout, type SeedTable } from '../fixtures/generated/seed-layout.ts';
import { decoyFigures, webPageFromSeed } from '../fixtures/generated/seed-page.ts';
import { isReport } from '../../src/model/record.ts';
import { recordEssentials } from './accuracy.ts';
import { trimRow, withoutEmptyColumns } from './grids.ts';

const seedDir = new URL('../fixtures/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, seedDir), 'utf8');
const seed000 = seed('000_5d77362307499405.txt');

function tablesOf(children: RootContent[]): string[][][] {
  return children.filter((n): n is Table => n.type === 'table').map((t) => t.children.map((r) => r.children.map((c) => toString(c))));
}


describe('readHtml tables', () => {
  it('expands rowspan and colspan into a rectangular grid with the text in the first slot', () => {
    const html = `<table>
      <tr><td rowspan="2" colspan="2">A</td><td>B</td></tr>
      <tr><td>C</td></tr>
      <tr><td>D</td><td colspan="2">E</td></tr>
    </table>`;
    expect(tablesOf(readHtml(html).children)).toEqual([
      [
        ['A', '', 'B'],
        ['', '', 'C'],
        ['D', 'E', ''],
      ],
    ]);
  });

  it('reads rowspan="0" as "to the end of the table" and ignores absurd spans', () => {
    const html = `<table><tr><td rowspan="0">G</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>
      <tr><td>x</td><td colspan="99999">y</td></tr></table>`;
    const [grid] = tablesOf(readHtml(html).children);
    expect(grid.slice(0, 3)).toEqual([
      ['G', '1', ''],
      ['', '2', ''],
      ['', '3', ''],
    ]);
    expect(grid[3].slice(0, 3)).toEqual(['', 'x', 'y']);
  });

  it('joins Word-paste markup inside cells: spans, <br>, <o:p>, &nbsp; and source line breaks', () => {
    const html = `<table><tr>
      <td><p class=MsoNormal><span style='font-family:宋体'>结果<br>
      维持</span><span lang=EN-US><o:p></o:p></span></p></td>
      <td><p><span>&nbsp;1288<o:p></o:p></span></p></td>
      <td><p><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td></tr>
      <tr><td>x</td><td>2</td><td>3</td></tr></table>`;
    expect(tablesOf(readHtml(html).children)[0][0]).toEqual(['结果维持', '1288', '']);
  });

  it('drops rows and columns that are empty everywhere (spacer rows, ghost columns)', () => {
    const html = `<table><tr><td>a</td><td></td><td>1</td></tr><tr><td>&nbsp;</td><td></td><td> </td></tr><tr><td>b</td><td></td><td>2</td></tr></table>`;
    expect(tablesOf(readHtml(html).children)).toEqual([
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ]);
  });

  it('treats a table that holds another table as page layout and reads the inner table', () => {
    const html = `<table width="100%"><tr><td><p>二、主动公开政府信息情况</p>
      <table><tr><td>规章</td><td>5</td></tr><tr><td>行政规范性文件</td><td>54</td></tr></table></td></tr></table>`;
    const tree = readHtml(html);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'table']);
    expect(tablesOf(tree.children)).toEqual([
      [
        ['规章', '5'],
        ['行政规范性文件', '54'],
      ],
    ]);
  });

  it('puts every cell and row on the source line where it is written', () => {
    const html = ['<table>', '<tr>', '<td>规章</td>', '<td>5</td>', '</tr>', '<tr><td>行政规范性文件</td><td>54</td></tr>', '</table>'].join('\n');
    const table = readHtml(html).children[0] as Table;
    expect(table.position?.start.line).toBe(1);
    expect(table.children.map((r) => r.position?.start.line)).toEqual([2, 6]);
    expect(table.children[0].children.map((c) => c.position?.start.line)).toEqual([3, 4]);
  });
});

describe('readHtml hidden content', () => {
  it('collects class and id selectors hidden by page CSS, but not print-only rules', () => {
    const hidden = hiddenSelectorsFromCss('.a, #b { display : none } .c{color:red} @media print { .article { display:none } } div.d{visibility:hidden}');
    expect([...hidden.classes].sort()).toEqual(['a', 'd']);
    expect([...hidden.ids]).toEqual(['b']);
  });

  it('never lets scripts, styles, comments or hidden elements reach the tree', () => {
    const html = `<html><head><style>.x{display:none}</style><script>var n = 111;</script></head><body>
      <p>看得见 1</p><p style="display: none">隐藏 222</p><p hidden>隐藏 333</p><p aria-hidden="true">隐藏 444</p>
      <p class="x">隐藏 555</p><!-- 注释 666 --><noscript>777</noscript><script>document.write('888')</script><p>看得见 2</p>
      </body></html>`;
    const text = readHtml(html).children.map((n) => toString(n)).join('\n');
    expect(text).toBe('看得见 1\n看得见 2');
  });
});

describe('readHtml on a saved government page (seed 000 in site chrome)', () => {
  const page = webPageFromSeed(seed000);
  const tree = readHtml(page);
  const layout = seedLayout(seed000);

  it('finds the article: the seed paragraphs in order, and none of the chrome', () => {
    const prose = tree.children.filter((n): n is Paragraph | Heading => n.type === 'paragraph' || n.type === 'heading').map((n) => toString(n));
    const seedParagraphs = layout.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text.replace(/\s+/g, ''));
    expect(prose.slice(1).map((p) => p.replace(/\s+/g, ''))).toEqual(seedParagraphs);
    for (const chrome of ['当前位置', '分享到', '打印本页', '相关文章', '网站标识码', '首页', '发布时间']) {
      expect(prose.join('\n')).not.toContain(chrome);
    }
  });

  it('recovers the report title from the page header above the article body', () => {
    const first = tree.children[0];
    expect(first.type).toBe('heading');
    expect(toString(first).replace(/\s+/g, '')).toBe(layout.title.replace(/\s+/g, ''));
    // The title line is where the <h1> is written in the page source.
    const line = page.split('\n')[first.position!.start.line - 1];
    expect(line).toContain('<h1');
  });

  it('reads every table back to the seed grid, slot for slot', () => {
    const seedTables = layout.blocks.filter((b): b is SeedTable => b.kind === 'table').map((t) => withoutEmptyColumns(t.grid));
    const read = tablesOf(tree.children).map((t) => t.map(trimRow));
    expect(read).toEqual(seedTables);
  });

  it('never reads the decoy figures hidden in scripts, hidden blocks and chrome', () => {
    const all = tree.children.map((n) => toString(n)).join('\n');
    for (const decoy of decoyFigures) expect(all).not.toContain(String(decoy));
  });

  it('keeps the paragraph and row positions pointing at the lines that hold their text', () => {
    const lines = page.split('\n');
    const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
    for (const p of paragraphs) {
      const { start, end } = p.position!;
      const source = lines.slice(start.line - 1, end.line).join('').replace(/<[^>]*>|&nbsp;|\s/g, '');
      expect(source).toContain(toString(p).replace(/\s/g, '').slice(0, 10));
    }
  });
});


describe('committed web page fixture', () => {
  it('tests/fixtures/generated/seed-000.html is what the builder makes', () => {
    expect(readFileSync(new URL('../fixtures/generated/seed-000.html', import.meta.url), 'utf8')).toBe(webPageFromSeed(seed000));
  });
});

describe('readHtml with a text-heavy sidebar', () => {
  it('keeps to the TRS article body even when the sidebar holds much of the page text', () => {
    const blurb = '近日，市政府办公室印发通知，要求进一步做好政务公开工作，切实提升政府信息公开质量和实效。'.repeat(12);
    const sidebar = `<div class="side"><h3>政策解读</h3>${Array.from({ length: 12 }, () => `<p>${blurb}</p>`).join('')}</div>`;
    const page = webPageFromSeed(seed000).replace('<div class="related">', `${sidebar}<div class="related">`);
    const prose = readHtml(page).children.map((n) => toString(n)).join('\n');
    expect(prose).not.toContain('市政府办公室印发通知');
    expect(prose).toContain('无其他需要报告的事项');
  });
});

describe('readHtml without the usual article containers', () => {
  it('finds the same article by text density alone', () => {
    const plain = webPageFromSeed(seed000, { knownContainers: false });
    expect(plain).not.toMatch(/TRS_Editor|id="zoom"|class="article"/);
    const summary = (html: string) => readHtml(html).children.map((n) => `${n.type}:${toString(n)}`);
    expect(summary(plain)).toEqual(summary(webPageFromSeed(seed000)));
  });
});

describe('parseReport on saved web pages made from seeds', () => {
  it('a page saved in GB2312 (declared in <meta>) reads the same as the UTF-8 page', async () => {
    const page = webPageFromSeed(seed000).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const gbk = await parseReport({ file: 'gbk.htm', bytes: new Uint8Array(iconv.encode(page, 'gbk')) });
    const utf8 = await parseReport({ file: 'utf8.html', bytes: new TextEncoder().encode(page) });
    expect(recordEssentials(gbk)).toEqual(recordEssentials(utf8));
    expect(isReport(gbk) && gbk.source?.encoding).toMatch(/gb/i);
  });

  for (const name of ['000_5d77362307499405', '001_06c190fbb6a81427', '004_a0c218d13443adaa']) {
    it(`${name}: the web page parses to the same record as the seed text`, async () => {
      const text = seed(`${name}.txt`);
      const fromSeed = await parseReport({ file: `${name}.txt`, bytes: new TextEncoder().encode(text) });
      const fromPage = await parseReport({ file: `${name}.html`, bytes: new TextEncoder().encode(webPageFromSeed(text)) });
      expect(fromPage.ok).toBe(true);
      expect(recordEssentials(fromPage)).toEqual(recordEssentials(fromSeed));
      expect(isReport(fromPage) && fromPage.source?.format).toBe('html');
    });
  }

  it('no decoy figure reaches any field of the record', async () => {
    const record = await parseReport({ file: 'page.html', bytes: new TextEncoder().encode(webPageFromSeed(seed000)) });
    const json = JSON.stringify(record);
    for (const decoy of decoyFigures) expect(json).not.toContain(String(decoy));
  });
});
