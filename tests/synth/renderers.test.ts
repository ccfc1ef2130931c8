import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  applicantColumns,
  documentColumns,
  documentRows,
  proactiveValueRows,
  requestRows,
  requestTableHeadings,
  reviewColumns,
  reviewGroups,
} from '../../src/model/catalogue.ts';
import { generateCorpus } from '../../src/synth/corpus.ts';
import { syntheticMarker } from '../../src/synth/form-text.ts';
import { createRng } from '../../src/synth/prng.ts';
import { strayZeroIsDecidable } from '../../src/synth/render/grid.ts';
import { summedReadings } from '../../src/synth/render/webcopy.ts';
import { layoutInfo, layouts, renderCells, renderHtml, renderMarkdown, renderPdfText, renderTab, renderWebCopy } from '../../src/synth/render/index.ts';
import {
  allowedLabels,
  expectedNumbers,
  htmlText,
  isAllowedLabel,
  isNumberCell,
  parentLabels,
  tableNumbers,
  tableRegion,
} from './helpers.ts';

/** Records with blanks, collapsed rows, big and small numbers, some deliberate errors. */
const records = [...generateCorpus({ reports: 60, years: 1, seed: 2024, errorShare: 0.2 })].map((f) => f.truth.record);
const allowed = allowedLabels();

function render(layout: (typeof layouts)[number], i: number, extra: object = {}) {
  const info = layoutInfo[layout];
  const rng = createRng(i).fork(layout);
  const quirks = { ...info.randomQuirks(rng), strayZero: false, ...extra };
  return info.render(records[i], { seed: i, nullMark: rng.pick(info.nullMarks), quirks });
}

const textOf = (layout: string, out: string) => (layout === 'html' ? htmlText(out) : out);

describe.each(layouts)('%s renderer', (layout) => {
  it('prints every number of the record, in form order, and nothing else in the tables', () => {
    records.forEach((record, i) => {
      const found = tableNumbers(textOf(layout, render(layout, i)));
      // A web copy runs numbers together: compare the digits in order.
      if (layout === 'webcopy') expect(found.join(''), `record ${i}`).toBe(expectedNumbers(record).join(''));
      else expect(found, `record ${i}`).toEqual(expectedNumbers(record));
    });
  });

  it('states that the file is synthetic, and the issuer and year in the title', () => {
    records.slice(0, 10).forEach((record, i) => {
      const text = textOf(layout, render(layout, i));
      expect(text).toContain(syntheticMarker);
      const head = text.slice(0, text.indexOf(syntheticMarker)).replace(/\s+/g, '');
      expect(head).toContain(record.issuer);
      expect(head).toContain(String(record.year));
    });
  });

  it('is deterministic for a seed', () => {
    expect(render(layout, 3)).toBe(render(layout, 3));
  });
});

describe('labels come from the catalogue', () => {
  it('tab text: every label cell is a catalogue label or variant', () => {
    records.forEach((_, i) => {
      const cells = tableRegion(render('tab', i))
        .split('\n')
        .filter((l) => l.includes('\t'))
        .flatMap((l) => l.split('\t'))
        .map((c) => c.trim())
        .filter((c) => c !== '' && !isNumberCell(c));
      for (const c of cells) expect(isAllowedLabel(c, allowed), `record ${i}: ${c}`).toBe(true);
    });
  });

  it('markdown: every pipe-table cell is a catalogue label, a variant, or half of a parent cut by the page break', () => {
    records.forEach((_, i) => {
      const cells = tableRegion(render('markdown', i, { splitRequests: true }))
        .split('\n')
        .filter((l) => l.startsWith('|') && !l.startsWith('|-'))
        .flatMap((l) => l.slice(1, -1).split('|'))
        .map((c) => c.trim())
        .filter((c) => c !== '' && !isNumberCell(c));
      for (const c of cells) expect(isAllowedLabel(c, allowed, parentLabels), `record ${i}: ${c}`).toBe(true);
    });
  });

  it('one cell per line: every cell (wrapped lines joined) is a catalogue label or variant', () => {
    records.forEach((_, i) => {
      const cells: string[] = [];
      for (const line of tableRegion(render('cells', i)).split('\n')) {
        if (line.startsWith('\t')) cells.push(line.slice(1));
        else if (line !== '' && cells.length > 0 && !/^[一二三四五]、/.test(line)) cells[cells.length - 1] += line;
      }
      for (const c of cells.map((x) => x.replace('[bookmark: _GoBack]', '')).filter((x) => x !== '' && !isNumberCell(x))) {
        expect(isAllowedLabel(c, allowed), `record ${i}: ${c}`).toBe(true);
      }
    });
  });

  it('html: every table cell is a catalogue label or variant', () => {
    records.forEach((_, i) => {
      for (const table of tables(render('html', i))) {
        for (const row of table) {
          for (const c of row.map((x) => x.text).filter((x) => x !== '' && !isNumberCell(x))) {
            expect(isAllowedLabel(c, allowed), `record ${i}: ${c}`).toBe(true);
          }
        }
      }
    });
  });

  it('no renderer or generator source spells a form label itself', () => {
    const labels = [
      ...documentColumns.map((c) => c.label),
      ...documentRows.map((r) => r.label),
      ...proactiveValueRows.map((r) => r.label),
      ...applicantColumns.map((c) => c.label),
      ...requestRows.flatMap((r) => [r.label, ...r.variants]),
      ...Object.values(requestTableHeadings),
      ...reviewColumns.map((c) => c.label),
      ...reviewGroups.map((g) => g.label),
    ].filter((l) => l.length >= 4);
    const dir = join(import.meta.dirname, '../../src/synth');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      // Comments may quote a label to explain the code; string literals may not.
      const source = readFileSync(join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const label of labels) expect(source.includes(label), `${f} spells ${label}`).toBe(false);
    }
  });
});

interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** The tables of an HTML page as rows of cells (spans kept). */
function tables(html: string): GridCell[][][] {
  const tree: Root = fromHtml(html);
  const out: GridCell[][][] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'table') {
        const rows: GridCell[][] = [];
        const collect = (n: Element) => {
          for (const c of n.children) {
            if (c.type !== 'element') continue;
            if (c.tagName === 'tr') {
              rows.push(
                c.children
                  .filter((td): td is Element => td.type === 'element' && td.tagName === 'td')
                  .map((td) => ({
                    text: toText(td).replace(/\s+/g, ' ').trim(),
                    rowspan: Number(td.properties.rowSpan ?? 1),
                    colspan: Number(td.properties.colSpan ?? 1),
                  })),
              );
            } else collect(c);
          }
        };
        collect(child);
        out.push(rows);
      } else walk(child);
    }
  };
  walk(tree);
  return out;
}

/** Expand row and column spans: every row of a well-formed table has the same width. */
function expandedWidths(rows: GridCell[][]): number[] {
  const occupied: number[] = [];
  return rows.map((row) => {
    let width = occupied.filter((n) => n > 0).length;
    for (const c of row) width += c.colspan;
    for (let i = 0; i < occupied.length; i++) if (occupied[i] > 0) occupied[i]--;
    for (const c of row) for (let k = 0; k < c.colspan; k++) if (c.rowspan > 1) occupied.push(c.rowspan - 1);
    return width;
  });
}

describe('layout quirks', () => {
  it('html tables are rectangular once rowspan/colspan are expanded (4, 10 and 15 columns)', () => {
    records.forEach((_, i) => {
      const [proactive, requests, review] = tables(render('html', i));
      expect(new Set(expandedWidths(proactive))).toEqual(new Set([4]));
      expect(new Set(expandedWidths(requests))).toEqual(new Set([10]));
      expect(new Set(expandedWidths(review))).toEqual(new Set([15]));
    });
  });

  it('pdftotext text prints nulls as "/", has page numbers, and the outcomes label one character per line', () => {
    const i = records.findIndex((r) => Object.keys(r.printed).length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const text = renderPdfText(records[i], { seed: 1, nullMark: '', quirks: { pageLines: 20, verticalLabel: 'numbered' } });
    const region = tableRegion(text);
    expect(region).toContain('/');
    expect(text).toMatch(/^- 2 -$/m);
    expect(region).toMatch(/\n本\n年\n度\n办\n理\n结\n果\n/);
    expect(region.split('\n').every((l) => !l.includes('\t') && !/ {2}/.test(l))).toBe(true);
  });

  it('markdown splits table 三 into two tables at a page break', () => {
    const out = renderMarkdown(records[0], { seed: 5, quirks: { splitRequests: true } });
    const section = out.slice(out.indexOf('三、'), out.indexOf('四、'));
    expect(section.match(/^\|-/gm)).toHaveLength(2);
  });

  it('one cell per line: rows are blocks of TAB lines separated by blank lines', () => {
    const out = renderCells(records[0], { seed: 5 });
    const region = tableRegion(out);
    expect(region).toContain('\n\n\t');
    expect(region.split('\n').filter((l) => l !== '' && !l.startsWith('\t')).length).toBeLessThan(10);
  });

  it('a stray 0 cell is only added where the row arithmetic still gives one reading', () => {
    expect(strayZeroIsDecidable(['22', '0', '0', '0', '0', '1', '23'], 2)).toBe(true);
    // 1 0 0 0 0 0 1 2 could be natural=1, otherOrg=0, total=1 (dropping the 2): ambiguous.
    expect(strayZeroIsDecidable(['1', '0', '0', '0', '0', '1', '2'], 2)).toBe(false);
    const withStray = records.map((r, i) => [r, renderTab(r, { seed: i, quirks: { strayZero: true } })] as const);
    let added = 0;
    for (const [r, out] of withStray) {
      const got = tableNumbers(out);
      const want = expectedNumbers(r);
      expect(got.length - want.length).toBeLessThanOrEqual(1);
      added += got.length - want.length;
    }
    expect(added).toBeGreaterThan(withStray.length / 2);
  });

  it('web copy counts the readings of a run of digits correctly (checked against brute force)', () => {
    // 35 1 0 0 0 0 36 has one reading; 1 10 0 0 0 0 11 reads as 11 0 0 0 0 0 11 too.
    expect(summedReadings('351000036', 1, 6)).toBe(1);
    expect(summedReadings('110000011', 1, 6)).toBe(2);
    const brute = (digits: string) => {
      let n = 0;
      const cut = (at: number, parts: string[]) => {
        if (parts.length === 7) {
          if (at === digits.length && parts.slice(0, 6).reduce((x, p) => x + Number(p), 0) === Number(parts[6])) n++;
          return;
        }
        for (let end = at + 1; end <= digits.length; end++) {
          const p = digits.slice(at, end);
          if (p.length > 1 && p[0] === '0') break;
          cut(end, [...parts, p]);
        }
      };
      cut(0, []);
      return Math.min(n, 2);
    };
    const rng = createRng(7);
    for (let i = 0; i < 300; i++) {
      const parts = Array.from({ length: 6 }, () => (rng.chance(0.6) ? 0 : rng.int(1, rng.pick([9, 30, 200]))));
      const digits = [...parts, parts.reduce((x, y) => x + y, 0)].join('');
      expect(summedReadings(digits, 1, 6), digits).toBe(brute(digits));
    }
  });

  it('web copy runs a row together only where it has one reading', () => {
    const full = records.find((r) => Object.keys(r.printed).length === 0)!;
    const out = renderWebCopy(full, { seed: 1, quirks: { runTogether: 1 } });
    expect(out).toMatch(/[\u4e00-\u9fff）]\d{7,}$/m);
    for (const line of tableRegion(out).split('\n')) {
      const run = /(?<=[\u4e00-\u9fff）])(\d{7,})$/.exec(line);
      if (run && line.length > 12) expect(summedReadings(run[1], 1, 6), line).toBeLessThanOrEqual(1);
    }
  });

  it('renders the collapsed （六）其他处理 as one row', () => {
    const i = records.findIndex((r) => r.requests.otherNoCorrection === null);
    expect(i).toBeGreaterThanOrEqual(0);
    const out = renderHtml(records[i], { seed: 1 });
    expect(out).not.toContain(requestRows.find((r) => r.key === 'otherUnpaidFee')!.label);
  });
});
