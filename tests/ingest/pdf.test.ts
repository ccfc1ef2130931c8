import { readFileSync } from 'node:fs';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf.ts';
import { textBoxes, type Matrix } from '../../src/ingest/pdf/geometry.ts';
import { blocksToText, dropFurniture, gapCells, pageLines, toBlocks } from '../../src/ingest/pdf/layout.ts';
import { attachWrappedLabels } from '../../src/ingest/pdf/stream.ts';
import { findTables, maxRulings, tableRows } from '../../src/ingest/pdf/lattice.ts';
import { completeVerticalItems, openPdf, pageContent, rulingsFromOperators, verticalRuns } from '../../src/ingest/pdf/load.ts';
import type { LayoutLine, Ruling, TextBox } from '../../src/ingest/pdf/types.ts';
import { applicantColumnKeys, requestRowKeys, reviewColumnKeys, reviewGroupKeys } from '../../src/model/catalogue.ts';
import { parseReport } from '../../src/parse/index.ts';
import { garbledPdf, imageOnlyPdf, truncated } from '../fixtures/generated/image-only-pdf.ts';
import { compareWithExpected, formatAccuracy, type ExpectedValues } from './accuracy.ts';

const realworld = new URL('../fixtures/realworld/', import.meta.url);
const pdfBytes = (name: string) => new Uint8Array(readFileSync(new URL(`${name}.pdf`, realworld)));
const expectedOf = (name: string) => JSON.parse(readFileSync(new URL(`${name}.expected.json`, realworld), 'utf8')) as ExpectedValues & Record<string, any>;
const reports = ['huaian-2024', 'hongze-2023', 'hongze-2024'] as const;

/** An A4 page viewport at scale 1: PDF y up → viewport y down. */
const a4: Matrix = [1, 0, 0, -1, 0, 842];

describe('PDF geometry', () => {
  it('splits a run holding several figures into one box per figure, left to right', () => {
    const [label, ...figures] = textBoxes(
      [
        { str: '行政处罚', transform: [10, 0, 0, 10, 50, 700], width: 40, height: 10 },
        { str: '21 0 1362', transform: [10, 0, 0, 10, 200, 700], width: 45, height: 10 },
        { str: '   ', transform: [10, 0, 0, 10, 300, 700], width: 2609, height: 0 },
      ],
      a4,
    );
    expect(label).toMatchObject({ text: '行政处罚', x0: 50, x1: 90, top: 132, bottom: 142, size: 10 });
    expect(figures.map((b) => b.text)).toEqual(['21', '0', '1362']);
    expect(figures[0].x1).toBeLessThan(figures[1].x0);
    expect(figures[1].x1).toBeLessThan(figures[2].x0);
    expect(figures[2].x1).toBeCloseTo(245, 5);
  });

  it('reads border lines from stroked paths and thin filled rectangles, through the CTM, and ignores clipping paths', () => {
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore];
    const args = [
      null,
      [1, 0, 0, -1, 0, 842],
      // A clip rectangle: draws nothing.
      [OPS.endPath, [new Float32Array([0, 10, 10, 1, 500, 10, 1, 500, 400, 1, 10, 400, 4])], null],
      // A stroked horizontal and vertical line (flipped coordinates, as Word/WPS write them).
      [OPS.stroke, [new Float32Array([0, 73, 80, 1, 519, 80, 0, 73, 80, 1, 73, 300])], null],
      // A thin filled rectangle is a border; a big one is shading.
      [OPS.eoFill, [new Float32Array([0, 100, 150, 1, 400, 150, 1, 400, 150.5, 1, 100, 150.5, 4])], null],
      [OPS.fill, [new Float32Array([0, 100, 200, 1, 400, 200, 1, 400, 260, 1, 100, 260, 4])], null],
      null,
    ];
    // Paths are in the flipped space; the page viewport flips them back: y_viewport = y_path.
    const rulings = rulingsFromOperators(fn, args, a4);
    expect(rulings).toEqual([
      { orientation: 'h', at: 80, from: 73, to: 519 },
      { orientation: 'v', at: 73, from: 80, to: 300 },
      { orientation: 'h', at: 150.25, from: 100, to: 400 },
    ]);
  });

  it('completes vertical labels that pdfjs cut short from the glyphs in the operators', () => {
    const glyph = (unicode: string) => ({ unicode, vmetric: [1000, 500, 880] });
    const fn = [OPS.beginText, ...[...'三、本年度办理结果'].map(() => OPS.showText), OPS.endText];
    const args = [null, ...[...'三、本年度办理结果'].map((ch) => [[glyph(ch)]]), null];
    const runs = verticalRuns(fn, args);
    expect(runs).toEqual(['三、本年度办理结果']);
    const [fixed, other] = completeVerticalItems(
      [
        { str: '三、本年', dir: 'ttb', transform: [10, 0, 0, 10, 90, 235], width: 10, height: 40 },
        { str: '三、本年', dir: 'ltr', transform: [10, 0, 0, 10, 90, 235], width: 40, height: 10 },
      ],
      runs,
    );
    expect(fixed).toMatchObject({ str: '三、本年度办理结果', height: 90 });
    expect(other.str).toBe('三、本年');
  });
});

const h = (at: number, from: number, to: number): Ruling => ({ orientation: 'h', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'v', at, from, to });
const box = (text: string, x0: number, top: number, size = 10): TextBox => {
  const width = [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0);
  return { text, x0, x1: x0 + width, top, bottom: top + size, size, vertical: false };
};

describe('ruled tables (lattice)', () => {
  // Columns: group label | row label | figure. Rows 0–1 share a merged group cell (no border
  // between them in column 0); the table's last row is cut by a page break (no bottom border).
  const rulings = [h(0, 0, 250), h(20, 100, 250), h(40, 0, 250), h(60, 0, 250), v(0, 0, 80), v(100, 0, 80), v(200, 0, 80), v(250, 0, 80)];
  // Word draws each cell edge separately: split one border into pieces.
  const pieces = [h(40, 0, 120), h(40, 120, 250)];
  const boxes = [
    box('（三）不', 5, 9), // a merged label wrapped over two lines,
    box('予公开', 5, 21), // centred across its two rows
    box('1.秘密', 105, 5),
    box('2', 220, 7), // figures sit a little below their label's baseline
    box('2.法规', 105, 25),
    box('0', 220, 27),
    box('（四）无法提供', 5, 45),
    box('1.不掌握', 105, 45),
    box('5', 220, 47),
    box('2.另行制作', 105, 65),
    box('7', 220, 67),
    box('表外的文字', 300, 30),
  ];

  it('rebuilds rows with merged cells, wrapped labels joined, and a row left open by a page break', () => {
    const { tables, rest } = findTables([...rulings.filter((r) => !(r.orientation === 'h' && r.at === 40)), ...pieces], boxes);
    expect(tables).toHaveLength(1);
    expect(tableRows(tables[0]).map((r) => r.cells)).toEqual([
      ['（三）不予公开', '1.秘密', '2'],
      ['', '2.法规', '0'],
      ['（四）无法提供', '1.不掌握', '5'],
      ['', '2.另行制作', '7'],
    ]);
    expect(rest.map((b) => b.text)).toEqual(['表外的文字']);
  });

  it('treats a page of line art (thousands of strokes) as having no table', () => {
    const hatching = Array.from({ length: maxRulings + 1 }, (_, i) => (i % 2 ? h(i, 0, 400) : v(i, 0, 400)));
    const { tables, rest } = findTables(hatching, [box('图例', 10, 10)]);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(1);
  });

  it('does not take a frame around text (one cell) for a table', () => {
    const { tables, rest } = findTables([h(0, 0, 100), h(50, 0, 100), v(0, 0, 50), v(100, 0, 50)], [box('标题', 10, 10)]);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(1);
  });
});

const line = (text: string, page: number, top: number, x0 = 90, x1 = 505, extra: Partial<LayoutLine> = {}): LayoutLine => ({
  cells: [text],
  table: false,
  x0,
  x1,
  top,
  bottom: top + 16,
  size: 16,
  page,
  ...extra,
});

describe('page layout', () => {
  it('drops page numbers and running heads in the margins, and keeps figures in the body', () => {
    const pages = [1, 2, 3].map((p) => ({
      height: 842,
      lines: [
        line('淮安市人民政府文件', p, 30, 200, 400),
        line('正文', p, 300),
        line('12', p, 400, 90, 110),
        line(p === 2 ? '-2-' : `- ${p} -`, p, 800, 280, 310),
      ],
    }));
    const kept = dropFurniture(pages).map((ls) => ls.map((l) => l.cells[0]));
    expect(kept).toEqual([
      ['正文', '12'],
      ['正文', '12'],
      ['正文', '12'],
    ]);
  });

  it('joins the lines of a paragraph, also across a page break, but not headings or table rows', () => {
    const lines = [
      [
        line('一、总体情况', 1, 100, 122, 220),
        line('2024年，全市共受理政府信息公开申请3119件，答', 1, 130, 122, 505),
        line('复3050件。', 1, 158, 90, 200),
        line('（一）主动公开情况。本年度主动公开政府信息', 1, 186, 122, 505),
        line('5500余条，', 1, 214, 90, 505),
      ],
      [
        line('其中规章1件。', 2, 80, 90, 220),
        { ...line('', 2, 120), cells: ['规章', '1', '0', '11'], table: true },
        { ...line('', 2, 140), cells: ['行政规范性文件', '8', '26', '66'], table: true },
      ],
    ];
    const text = blocksToText(toBlocks(lines));
    expect(text).toBe(
      [
        '一、总体情况',
        '',
        '2024年，全市共受理政府信息公开申请3119件，答复3050件。',
        '',
        '（一）主动公开情况。本年度主动公开政府信息 5500余条，其中规章1件。',
        '',
        '规章\t1\t0\t11',
        '行政规范性文件\t8\t26\t66',
        '',
      ].join('\n'),
    );
  });

  it('unruled tables: a wrapped label centred on its bare figures joins them, line above and line below', () => {
    const row = (cells: string[], top: number, x0: number, x1: number) => line('', 1, top, x0, x1, { cells, table: cells.length > 1, bottom: top + 10, size: 10 });
    const lines = [
      row(['1.信访举报投诉类申请', '56', '6'], 100, 140, 300),
      row(['5.要求行政机关确认或重新出'], 120, 140, 240),
      row(['1', '0', '0'], 127, 260, 300),
      row(['具已获取信息'], 134, 140, 200),
      row(['（七）总计', '2932', '53'], 160, 100, 300),
    ];
    expect(attachWrappedLabels(lines).map((l) => l.cells)).toEqual([
      ['1.信访举报投诉类申请', '56', '6'],
      ['5.要求行政机关确认或重新出具已获取信息', '1', '0', '0'],
      ['（七）总计', '2932', '53'],
    ]);
  });

  it('splits an unruled table row at wide gaps, and leaves prose whole', () => {
    expect(gapCells([box('规章', 90, 0), box('5', 300, 0), box('0', 380, 0), box('0', 460, 0)])).toEqual(['规章', '5', '0', '0']);
    expect(gapCells([box('行政事业性收费', 90, 0), box('720.34', 300, 0)])).toEqual(['行政事业性收费', '720.34']);
    // Narrow figure columns: figures a few points apart are still separate cells.
    expect(gapCells([box('72', 90, 0), box('64', 103, 0), box('178', 116, 0)])).toEqual(['72', '64', '178']);
    expect(gapCells([box('我县共收到', 90, 0), box('19', 145, 0), box('件申请', 160, 0)])).toEqual(['我县共收到 19 件申请']);
  });
});

/** Rows of the extracted text that are table rows (TAB-separated), as cell arrays. */
function tabRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));
}

const isFigure = (cell: string) => /^\d+(\.\d+)?$/.test(cell);

describe('readPdf on real reports', () => {
  const texts = new Map<string, string>();
  beforeAll(async () => {
    for (const name of reports) texts.set(name, (await readPdf(pdfBytes(name))).text);
  });

  it('huaian-2024: the 予以公开 row and the review row come out whole, in printed order', () => {
    const rows = tabRows(texts.get('huaian-2024')!);
    const granted = rows.find((r) => r.some((c) => c.includes('予以公开')))!;
    expect(granted.filter(isFigure)).toEqual(['1288', '21', '0', '0', '50', '3', '1362']);
    const review = rows.find((r) => r.filter(isFigure).length === 15)!;
    expect(review.filter(isFigure).join(' ')).toBe('72 64 178 37 351 13 4 8 1 26 12 1 1 6 20');
  });

  for (const name of reports) {
    it(`${name}: every request row's seven figures, in form order, and the review figures`, () => {
      const expected = expectedOf(name);
      const rows = tabRows(texts.get(name)!).map((r) => r.filter(isFigure).map(Number));
      const requestRows = rows.filter((r) => r.length === 7);
      const wanted = requestRowKeys.filter((k) => expected.requests[k] !== null).map((k) => applicantColumnKeys.map((c) => expected.requests[k][c]));
      expect(requestRows).toEqual(wanted);
      const review = rows.find((r) => r.length === 15);
      expect(review).toEqual(reviewGroupKeys.flatMap((g) => reviewColumnKeys.map((c) => expected.review[g][c])));
    });

    it(`${name}: loses and invents no character compared with poppler's pdftotext (page numbers aside)`, () => {
      const reference = readFileSync(new URL(`${name}.pdftotext.txt`, realworld), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*-\s*\d+\s*-\s*$/.test(l))
        .join('');
      const histogram = (s: string) => [...s.replace(/\s/g, '')].sort().join('');
      expect(histogram(texts.get(name)!)).toBe(histogram(reference));
    });

    it(`${name}: no page-number lines; paragraphs are whole`, () => {
      const lines = texts.get(name)!.split('\n');
      expect(lines.filter((l) => /^\s*-\s*\d+\s*-\s*$/.test(l))).toEqual([]);
      // The fee sentence of section 六 is split over two lines in the PDF; here it is one line.
      expect(lines.some((l) => /严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费\d+元/.test(l))).toBe(true);
    });
  }
});

describe('PDF tables without border lines', () => {
  for (const name of reports) {
    it(`${name}: with every ruling removed (as in an OCR text layer) the figures still come out`, async () => {
      const { doc, destroy } = await openPdf(pdfBytes(name));
      const pages: { lines: LayoutLine[]; height: number }[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await pageContent(await doc.getPage(n));
        pages.push({ lines: pageLines({ ...content, rulings: [] }), height: content.height });
      }
      await destroy();
      const text = blocksToText(toBlocks(dropFurniture(pages)));
      const record = await parseReport({ file: `${name}.unruled.txt`, bytes: new TextEncoder().encode(text) });
      const accuracy = compareWithExpected(record, expectedOf(name));
      console.info(`without rulings: ${formatAccuracy(accuracy)}`);
      expect(accuracy.mismatches).toEqual([]);
    });
  }
});

describe('readPdf input', () => {
  it('accepts a Node Buffer, as fs.readFile returns it, and leaves the caller\'s bytes intact', async () => {
    const buffer = readFileSync(new URL('hongze-2024.pdf', realworld));
    const before = buffer.length;
    const { text, pages } = await readPdf(buffer);
    expect(pages).toBe(5);
    expect(text).toContain('行政许可\t9487');
    expect(buffer.length).toBe(before);
  });

  it('the committed generated PDFs are what the builders make', async () => {
    const { generatedFixtures } = await import('../fixtures/generated/build.ts');
    const built = await generatedFixtures();
    for (const name of ['image-only.pdf', 'truncated.pdf']) {
      const committed = new Uint8Array(readFileSync(new URL(`../fixtures/generated/${name}`, import.meta.url)));
      expect(Buffer.from(committed).equals(Buffer.from(built[name] as Uint8Array))).toBe(true);
    }
  });
});

describe('readPdf errors', () => {
  it('a PDF without a text layer: "no text layer; OCR is not supported"', async () => {
    await expect(readPdf(imageOnlyPdf())).rejects.toThrow('no text layer; OCR is not supported');
  });

  it('a truncated download, a garbled file and a non-PDF each say what is wrong', async () => {
    await expect(readPdf(truncated(pdfBytes('hongze-2024')))).rejects.toThrow(/^PDF 文件不完整：.*没有 %%EOF/);
    await expect(readPdf(garbledPdf())).rejects.toThrow(/^PDF 文件已损坏/);
    await expect(readPdf(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toThrow(/^不是 PDF 文件/);
  });

  it('is bounded: too many pages, or too long, is refused rather than read', async () => {
    await expect(readPdf(pdfBytes('hongze-2024'), { maxPages: 2, timeoutMs: 60_000 })).rejects.toThrow(/PDF 共 5 页，超过 2 页上限/);
    await expect(readPdf(pdfBytes('hongze-2024'), { maxPages: 200, timeoutMs: 1 })).rejects.toThrow(/gave up/);
  });
});

describe('parseReport on PDFs', () => {
  for (const name of reports) {
    it(`${name}.pdf gives every hand-read value`, async () => {
      const record = await parseReport({ file: `${name}.pdf`, bytes: pdfBytes(name) });
      const accuracy = compareWithExpected(record, expectedOf(name));
      console.info(formatAccuracy(accuracy));
      expect(accuracy.mismatches).toEqual([]);
      expect(accuracy.matched).toBe(accuracy.total);
      expect(accuracy.issuerOk && accuracy.yearOk).toBe(true);
      expect(record.ok && record.source?.format).toBe('pdf');
    });
  }

  it('a PDF without text and a corrupt PDF give clear error records', async () => {
    const scan = await parseReport({ file: 'scan.pdf', bytes: imageOnlyPdf() });
    expect(scan).toMatchObject({ file: 'scan.pdf', ok: false, checks: [] });
    expect(scan.error).toContain('no text layer; OCR is not supported');
    const broken = await parseReport({ file: 'broken.pdf', bytes: truncated(pdfBytes('huaian-2024')) });
    expect(broken).toMatchObject({ file: 'broken.pdf', ok: false });
    expect(broken.error).toMatch(/broken\.pdf.*truncated PDF/);
  });
});
