/** What each page shows for the five seed reports, read by the real parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leafFields, requestRowDef } from '../../src/model/catalogue.ts';
import { isReport, type ReportRecord } from '../../src/model/record.ts';
import { buildCorpus } from '../../src/site/corpus.ts';
import { toCsv } from '../../src/site/csv.ts';
import { overview } from '../../src/site/overview.ts';
import { dataQuality } from '../../src/site/quality.ts';
import { regionSections } from '../../src/site/region-index.ts';
import { groupRegions, type RegionGroup } from '../../src/site/regions.ts';
import { pageOrder, regionViews } from '../../src/site/report-view.ts';
import { isGroupRow, type FormRow } from '../../src/site/tables.ts';
import type { Corpus } from '../../src/site/types.ts';
import { seedEntries, seedEntriesWithRegions, seedsDir } from './fixtures.ts';

let corpus: Corpus;
let regions: RegionGroup[];
let expected: Record<string, ReportRecord>;

beforeAll(async () => {
  corpus = buildCorpus(await seedEntriesWithRegions());
  regions = groupRegions(corpus.reports);
  // The hand-checked golden records of the seeds (tests/fixtures/seeds/*.expected.json).
  expected = Object.fromEntries(
    corpus.reports.map((r) => [r.id, JSON.parse(readFileSync(join(seedsDir, r.id.replace(/\.txt$/, '.expected.json')), 'utf8'))]),
  );
});

describe('seed corpus', () => {
  it('reads all five seeds as reports', async () => {
    expect(corpus.reports).toHaveLength(5);
    expect(corpus.unreadable).toHaveLength(0);
    const plain = buildCorpus(await seedEntries());
    expect(plain.reports.every((r) => isReport(r.record))).toBe(true);
  });

  it('has five region pages with reports, placed in the hierarchy with breadcrumbs', () => {
    const withReports = regions.filter((g) => g.reports.length > 0);
    expect(withReports.map((g) => g.name).sort()).toEqual(['利通区', '化隆回族自治县', '城关镇', '永宁县', '石台县'].sort());
    const chengguan = regions.find((g) => g.name === '城关镇')!;
    expect(chengguan.parents.map((p) => p.name)).toEqual(['宁夏回族自治区', '固原市', '隆德县']);
    expect(chengguan.slug).toMatch(/^640423100-/);
    // Every breadcrumb leads to a page.
    const slugs = new Set(regions.map((g) => g.slug));
    for (const g of regions) for (const p of g.parents) expect(slugs.has(p.slug)).toBe(true);
    // 宁夏 holds three seeds (城关镇, 永宁县, 利通区) below it.
    expect(regions.find((g) => g.name === '宁夏回族自治区')!.totalReports).toBe(3);
    // 永宁县人民政府办公室 is the office of 永宁县, listed as such on 永宁县's page.
    const yongning = regions.find((g) => g.name === '永宁县')!;
    expect(yongning.bodies.map((b) => [b.body, b.bodyType])).toEqual([['永宁县人民政府办公室', 'office']]);
  });

  it('the regions index is a tree by province, each province first in its section', () => {
    const sections = regionSections(regions);
    expect(sections.map((s) => s.title).sort()).toEqual(['安徽省', '宁夏回族自治区', '青海省'].sort());
    for (const s of sections) expect(s.rows[0].depth).toBe(0);
    const ningxia = sections.find((s) => s.title === '宁夏回族自治区')!;
    expect(ningxia.rows.find((r) => r.name === '利通区')).toMatchObject({ depth: 2, newReceived: expected['004_a0c218d13443adaa.txt'].requests.newReceived!.total });
  });

  it('the overview totals equal the sums of the seeds’ printed figures', () => {
    const o = overview(corpus, regions);
    const seeds = Object.values(expected);
    const sum = (f: (r: ReportRecord) => number | null) => seeds.reduce((s, r) => s + (f(r) ?? 0), 0);
    expect(o.reports).toBe(5);
    expect(o.regions).toBe(5);
    expect(o.years).toEqual([2024]);
    expect(o.latest!.newReceived).toBe(sum((r) => r.requests.newReceived?.total ?? null));
    expect(o.latest!.totalHandled).toBe(sum((r) => r.requests.totalHandled?.total ?? null));
    expect(o.latest!.reconsideration).toBe(sum((r) => r.review.reconsideration.total));
    expect(o.latest!.administrativeFeesWan.sum).toBeCloseTo(sum((r) => r.proactive.administrativeFeesWan));
  });

  it('the region page shows every printed §三 figure of its seed in the 25 × 7 table', () => {
    for (const g of regions.filter((x) => x.reports.length > 0)) {
      const [view] = regionViews(g);
      const golden = expected[view.report.id];
      const table = view.tables.find((t) => t.id === 'table-requests')!;
      const rows = table.rows.filter((r): r is FormRow => !isGroupRow(r));
      expect(rows).toHaveLength(25);
      for (const row of rows) {
        for (const cell of row.cells) {
          const col = cell.path.split('.').at(-1)!;
          const printed = golden.requests[row.key as keyof ReportRecord['requests']]?.[col as 'total'] ?? null;
          expect(cell.value, `${g.name} ${cell.path}`).toBe(printed);
        }
      }
      expect(rows[0].label).toBe(requestRowDef('newReceived').label);
    }
  });

  it("marks exactly the cells named by the parser's checks and links them to the numbered check", () => {
    for (const g of regions.filter((x) => x.reports.length > 0)) {
      for (const view of regionViews(g)) {
        const cells = view.tables.flatMap((t) => t.rows.filter((r): r is FormRow => !isGroupRow(r)).flatMap((r) => r.cells));
        const named = new Set(view.report.record.checks.flatMap((c) => c.fields).filter((f) => leafFields().some((l) => l.path === f || l.path.startsWith(`${f}.`))));
        const marked = cells.filter((c) => c.flags.length > 0);
        for (const c of marked) expect([...named].some((f) => c.path === f || c.path.startsWith(`${f}.`))).toBe(true);
        for (const f of named) expect(marked.some((c) => c.path === f || c.path.startsWith(`${f}.`))).toBe(true);
        for (const c of marked) for (const flag of c.flags) expect(view.notes[flag.n - 1].fields.map((x) => x.path)).toContain(
          view.report.record.checks[flag.n - 1].fields.find((f) => c.path === f || c.path.startsWith(`${f}.`)),
        );
      }
    }
  });

  it('the bulk CSV has a header per leaf field and one row per seed, with the printed totals', () => {
    const lines = toCsv(corpus.reports).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    const header = lines[0].split(',');
    for (const f of leafFields()) expect(header).toContain(`${f.label} (${f.path})`);
    const col = header.indexOf(`${leafFields().find((f) => f.path === 'requests.newReceived.total')!.label} (requests.newReceived.total)`);
    const values = lines.slice(1).map((l) => l.split(',')[col]).map(Number).sort((a, b) => a - b);
    expect(values).toEqual(Object.values(expected).map((r) => r.requests.newReceived!.total!).sort((a, b) => a - b));
  });

  it('the data-quality page lists every check that fired, linked to its place on the region page', () => {
    const q = dataQuality(corpus, regions);
    const fired = corpus.reports.reduce((s, r) => s + r.record.checks.length, 0);
    expect(q.bySeverity.reduce((s, x) => s + x.checks.length, 0)).toBe(fired);
    for (const x of q.bySeverity.flatMap((b) => b.checks)) {
      const g = regions.find((r) => r.slug === x.regionSlug)!;
      const anchors = pageOrder(g).map((p) => p.anchor);
      expect(anchors.some((a) => x.anchor === `${a}-check-${x.n}`)).toBe(true);
    }
    expect(q.byRegion).toHaveLength(5);
  });
});
