import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/site/corpus.ts';
import { chooseShown, groupRegions } from '../../src/site/regions.ts';
import { assignSlugs, pinyinSlug } from '../../src/site/slug.ts';
import { safeSourceName, sourceHref } from '../../src/site/sources.ts';
import { href, pagePath } from '../../src/site/links.ts';
import { entryFor, realworldNames, realworldRecord, variant } from './fixtures.ts';

const corpus = buildCorpus(realworldNames.map((n) => entryFor(realworldRecord(n))));

describe('regions', () => {
  it('groups reports by issuer until regions are resolved, latest year first', () => {
    const regions = groupRegions(corpus.reports);
    expect(regions.map((g) => g.name).sort()).toEqual(['淮安市人民政府', '淮安市洪泽区人民政府']);
    const hongze = regions.find((g) => g.name === '淮安市洪泽区人民政府')!;
    expect(hongze.years).toEqual([2024, 2023]);
    expect(hongze.latest!.record.year).toBe(2024);
    expect(hongze.resolved).toBe(false);
    expect(hongze.slug).toBe('huaianshihongzequrenminzhengfu');
  });

  it('groups by division code once a record has a region, bodies government first', () => {
    const region = { code: '320813', name: '洪泽区', level: 'county' as const, path: ['江苏省', '淮安市', '洪泽区'], evidence: [], confidence: 0.9 };
    const gov = variant(realworldRecord('hongze-2024'), (r) => {
      r.region = { ...region, bodyType: 'government', body: '淮安市洪泽区人民政府' };
    });
    const office = variant(realworldRecord('hongze-2023'), (r) => {
      r.issuer = '淮安市洪泽区人民政府办公室';
      r.region = { ...region, bodyType: 'office', body: '淮安市洪泽区人民政府办公室' };
    });
    const all = groupRegions(buildCorpus([entryFor(office), entryFor(gov)]).reports);
    // 江苏省 › 淮安市 › 洪泽区: the ancestors get pages too, with no reports of their own.
    expect(all.map((x) => [x.name, x.reports.length, x.totalReports])).toEqual([['江苏省', 0, 2], ['淮安市', 0, 2], ['洪泽区', 2, 2]]);
    const g = all[2];
    expect(g.slug).toBe('320813-hongzequ');
    expect(g.parents.map((p) => p.slug)).toEqual([all[0].slug, all[1].slug]);
    expect(all[1].children).toEqual([{ slug: g.slug, name: '洪泽区', level: 'county', reports: 2 }]);
    expect(g.resolved).toBe(true);
    expect(g.path).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(g.bodies.map((b) => b.bodyType)).toEqual(['government', 'office']);
    expect(g.latest!.record.file).toBe('hongze-2024.pdf');
  });

  it('shows identical files once and names the copies', () => {
    const copy = { ...realworldRecord('huaian-2024'), file: 'copy/huaian.pdf' };
    const c = buildCorpus([entryFor(realworldRecord('huaian-2024')), entryFor(copy, realworldRecord('huaian-2024').source!.sha256)]);
    expect(c.reports).toHaveLength(1);
    expect(c.reports[0].identicalFiles).toEqual(['huaian-2024.pdf']);
  });

  it('of two different files for one body and year shows the one with fewer errors and says why', () => {
    const clean = realworldRecord('huaian-2024');
    const broken = variant(clean, (r) => {
      r.file = 'a-first-by-name.pdf';
      r.checks = [{ code: 'balance', severity: 'error', message: '不平', line: 1, fields: [] }];
    });
    const [g] = groupRegions(buildCorpus([entryFor(broken, 'f'.repeat(64)), entryFor(clean)]).reports);
    const year = g.bodies[0].years[0];
    expect(year.shown.record.file).toBe('huaian-2024.pdf');
    expect(year.alternates.map((a) => a.record.file)).toEqual(['a-first-by-name.pdf']);
    expect(year.why).toContain('它的错误级问题更少（0 个，a-first-by-name.pdf 有 1 个）');
    // Both files carry the corpus note; the hidden one says it is not counted.
    expect(year.shown.record.checks.map((c) => c.code)).toContain('conflicting-reports');
    expect(year.alternates[0].record.checks.find((c) => c.code === 'conflicting-reports')?.message).toMatch(/未计入汇总/);
    expect(g.reports).toHaveLength(1);
    expect(chooseShown([year.shown]).why).toBeNull();
  });

  it('slugs are ASCII, stable per key, and disambiguated only on collision', () => {
    expect(pinyinSlug('化隆县')).toBe('hualongxian');
    expect(pinyinSlug('<script>alert(1)</script>')).toMatch(/^[a-z0-9-]+$/);
    const a = assignSlugs([{ key: 'issuer:甲', readable: 'x' }, { key: 'issuer:乙', readable: 'y' }]);
    const b = assignSlugs([{ key: 'issuer:甲', readable: 'x' }, { key: 'issuer:丙', readable: 'x' }]);
    expect(a.get('issuer:甲')).toBe('x');
    expect(b.get('issuer:甲')).toMatch(/^x-[0-9a-f]{6}$/);
    expect(b.get('issuer:甲')).not.toBe(b.get('issuer:丙'));
  });
});

describe('links and source files', () => {
  it('honours the base path', () => {
    expect(href('/', 'regions/')).toBe('/regions/');
    expect(href('/atlas/', '/regions/')).toBe('/atlas/regions/');
    expect(href('/atlas', 'data/atlas.csv')).toBe('/atlas/data/atlas.csv');
    expect(pagePath('regions', 'x')).toBe('regions/x/');
    expect(pagePath()).toBe('');
  });

  it('serves sources under a hash folder with a safe name; HTML only as text', () => {
    const sha = 'a'.repeat(64);
    expect(sourceHref('2024/000_5d77.txt', sha)).toBe(`sources/${'a'.repeat(16)}/000_5d77.txt`);
    expect(safeSourceName('化隆县年报.pdf')).toBe('report.pdf');
    expect(safeSourceName('"><script>alert(1)</script>.html') /* the last path segment */).toBe('script.html.txt');
    expect(safeSourceName('page.HTM')).toBe('page.htm.txt');
    expect(safeSourceName('a b"onload=x.txt')).toBe('a_b_onload_x.txt');
    expect(safeSourceName('../../etc/passwd')).toBe('passwd.txt');
  });
});
