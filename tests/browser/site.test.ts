/**
 * The built site in a real browser: build the atlas from the seed reports
 * (plus an unreadable file and a hostile HTML file), serve dist/ on
 * 127.0.0.1, and open every page type in headless Chromium with JavaScript
 * off and on. Also builds under ATLAS_BASE=/atlas/ and crawls both builds.
 * Screenshots at 375 and 1280 px go to tests/screenshots/ (git-ignored).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestRowDef } from '../../src/model/catalogue.ts';
import type { ReportRecord } from '../../src/model/record.ts';
import { formatNumber } from '../../src/site/format.ts';
import { serveDist, type StaticServer } from './serve.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const seedsDir = join(root, 'tests', 'fixtures', 'seeds');
const screenshotsDir = join(root, 'tests', 'screenshots');
const chromiumPath = '/usr/bin/chromium';
const hostileName = 'x"><img src=x onerror=alert(1)>.html';

let work: string;
let distRoot: string;
let distBase: string;
let server: StaticServer;
let serverBase: StaticServer;
let browser: Browser;
let seeds: ReportRecord[];
/** The 2023 report of 洪泽区, shown on its own page below the region's. */
let earlier: ReportRecord;

async function buildSite(reports: string, outDir: string, base: string | null): Promise<string> {
  // vitest's own environment (BASE_URL, MODE, NODE_ENV=test, VITEST_*) must not leak into the build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|ATLAS_BASE)$|^VITEST/.test(k)),
  );
  Object.assign(env, { ATLAS_REPORTS_DIR: reports, ATLAS_LOG_LEVEL: 'info', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' });
  if (base) env.ATLAS_BASE = base;
  const { stdout, stderr } = await run(process.execPath, [join(import.meta.dirname, 'build-site.mjs'), outDir, join(outDir, '..', `cache-${base ? 'base' : 'root'}`)], {
    cwd: root,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout + stderr;
}

beforeAll(async () => {
  // Fail loudly, never skip: .ci/run installs Debian's chromium when it is missing.
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  work = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  const reports = join(work, 'reports');
  mkdirSync(reports);
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) copyFileSync(join(seedsDir, f), join(reports, f));
  // A report as governments publish it: a PDF, read and linked like the text reports.
  copyFileSync(join(root, 'tests', 'fixtures', 'realworld', 'hongze-2024.pdf'), join(reports, 'hongze-2024.pdf'));
  // An earlier year of the same region: summarised on the region page, in full on its own report page.
  copyFileSync(join(root, 'tests', 'fixtures', 'realworld', 'hongze-2023.pdf'), join(reports, 'hongze-2023.pdf'));
  // Not reports: they must be listed on the data-quality page, and their content never run.
  writeFileSync(join(reports, 'empty.txt'), '');
  writeFileSync(join(reports, hostileName), '<html><body><script>window.__pwned = 1</script><p onclick="x()">not a report</p></body></html>');
  seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(readFileSync(join(seedsDir, f), 'utf8')));
  // The PDF's hand-read figures, with its issuer as the title prints it.
  const pdfExpected = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'realworld', 'hongze-2024.expected.json'), 'utf8'));
  seeds.push({ ...pdfExpected, issuer: '淮安市洪泽区人民政府' });
  earlier = { ...JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'realworld', 'hongze-2023.expected.json'), 'utf8')), issuer: '洪泽区人民政府' };

  distRoot = join(work, 'dist');
  distBase = join(work, 'dist-base');
  const log = await buildSite(reports, distRoot, null);
  expect(log).toMatch(/read 7 \/ flagged \d+ \/ unreadable 2/);
  await buildSite(reports, distBase, '/atlas/');
  server = await serveDist(distRoot, '/');
  serverBase = await serveDist(distBase, '/atlas/');
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await serverBase?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function regionSlugs(dist: string): string[] {
  return readdirSync(join(dist, 'regions')).filter((d) => statSync(join(dist, 'regions', d)).isDirectory());
}

/** Every page type, with one region page per seed. */
function pagePaths(dist: string): string[] {
  const regions = regionSlugs(dist).filter((s) => existsSync(join(dist, 'regions', s, 'records.json')));
  // Earlier reports of a region have their own pages below it.
  const reports = regions.flatMap((s) =>
    readdirSync(join(dist, 'regions', s), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dist, 'regions', s, d.name, 'index.html')))
      .map((d) => `regions/${s}/${d.name}/`),
  );
  return ['', 'regions/', ...regions.map((s) => `regions/${s}/`), ...reports, 'charts/requests/', 'charts/refusals/', 'charts/fees/', 'charts/reviews/', 'data-quality/', 'data-quality/info/', 'data/', 'about/'];
}

interface Visit {
  problems: string[];
  text: string;
}

/** Opens a page and collects console errors, page errors, CSP violations and failed requests. */
async function visit(context: BrowserContext, url: string, onPage?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) problems.push(`HTTP ${response?.status()}: ${url}`);
  const text = await page.locator('body').innerText();
  if (onPage) await onPage(page);
  await page.close();
  return { problems, text };
}

const screenshotName = (path: string, width: number, js: boolean) =>
  `${(path.replace(/\/$/, '').replace(/\//g, '_') || 'home').replace(/[^a-z0-9_-]/gi, '')}-${width}${js ? '' : '-nojs'}.png`;

describe('the built atlas in Chromium', () => {
  it('builds every page type, serves the sources and never ships a report’s markup as code', () => {
    const pages = pagePaths(distRoot);
    expect(pages.filter((p) => p.startsWith('regions/') && p !== 'regions/')).toHaveLength(7);
    for (const p of pages) expect(existsSync(join(distRoot, p, 'index.html')), p).toBe(true);
    for (const p of pages) {
      const { document } = parseHTML(readFileSync(join(distRoot, p, 'index.html'), 'utf8'));
      // Nothing executable: no script, no embedding, no event handler, no javascript: URL.
      expect(document.querySelectorAll('script, iframe, object, embed, img').length, p).toBe(0);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name.startsWith('on'), `${p}: <${el.tagName} ${attr.name}>`).toBe(false);
          if (attr.name === 'href' || attr.name === 'src') expect(attr.value, p).not.toMatch(/^\s*javascript:/i);
        }
      }
      if (p === 'data-quality/') expect(document.body.textContent).toContain(hostileName);
    }
    // The hostile HTML source is served only as text.
    const served = readdirSync(join(distRoot, 'sources')).flatMap((h) => readdirSync(join(distRoot, 'sources', h)));
    expect(served.filter((f) => /\.html?$/.test(f))).toEqual([]);
    expect(served).toContain('x_img_src_x_onerror_alert_1.html.txt');
    for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) expect(served).toContain(f);
    // The PDF is served as it was published, and its region page links to it with its figures.
    expect(served).toContain('hongze-2024.pdf');
    const hongze = readFileSync(join(distRoot, 'regions', '320813-hongzequ', 'index.html'), 'utf8');
    expect(hongze).toMatch(/href="\/sources\/[0-9a-f]{16}\/hongze-2024\.pdf"/);
    expect(hongze).toContain('9,487');
    // The earlier year is summarised and linked; its own page has the full tables.
    expect(hongze).toContain('href="/regions/320813-hongzequ/report-2023-2/"');
    const older = readFileSync(join(distRoot, 'regions', '320813-hongzequ', 'report-2023-2', 'index.html'), 'utf8');
    expect(older).toMatch(/href="\/sources\/[0-9a-f]{16}\/hongze-2023\.pdf"/);
    expect(older).toContain('7,730.28');
  });

  for (const js of [false, true]) {
    it(`every page loads without errors and shows its key numbers (JavaScript ${js ? 'on' : 'off'})`, { timeout: 180_000 }, async () => {
      const pages = pagePaths(distRoot);
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } });
        for (const path of pages) {
          const { problems, text } = await visit(context, `${server.origin}/${path}`, async (page) => {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${path} is wider than ${width}px`).toBeLessThanOrEqual(0);
            await page.screenshot({ path: join(screenshotsDir, screenshotName(path, width, js)), fullPage: true });
          });
          // A CSP error on an inline <style> means Astro inlined a component stylesheet: see docs/site.md, "Known gaps".
          expect(problems, path).toEqual([]);
          expect(text).toContain('政府信息公开年报图谱');
        }
        await context.close();
      }
    });
  }

  it('shows the seeds’ figures: overview totals, each region’s own numbers, the unreadable files', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // The overview totals the latest year (2024): the 2023 report is not in it.
    const sum = seeds.reduce((s, r) => s + (r.requests.newReceived?.total ?? 0), 0);
    const home = await visit(context, `${server.origin}/`);
    expect(home.text).toContain(`${requestRowDef('newReceived').short}\n${formatNumber(sum)}`);
    expect(home.text).toMatch(/报告\n7/);

    for (const path of pagePaths(distRoot).filter((p) => /^regions\/.+\//.test(p))) {
      const page = await visit(context, `${server.origin}/${path}`);
      const seed = [...seeds, earlier].find((s) => page.text.includes(`发布机关（原文）：${s.issuer}`));
      expect(seed, `${path} names one seed's issuer`).toBeDefined();
      expect(page.text).toContain(`${requestRowDef('newReceived').short}\n${formatNumber(seed!.requests.newReceived!.total)}`);
      expect(page.text).toContain('SHA-256');
    }

    const quality = await visit(context, `${server.origin}/data-quality/`);
    expect(quality.text).toContain('empty.txt');
    expect(quality.text).toContain(hostileName);
    const regions = await visit(context, `${server.origin}/regions/`);
    for (const s of seeds) expect(regions.text).toContain(formatNumber(s.requests.newReceived!.total));
    await context.close();
  });

  it('has no broken internal links or fragments, with base / and with base /atlas/', { timeout: 120_000 }, async () => {
    for (const [origin, base] of [[server.origin, '/'], [serverBase.origin, '/atlas/']] as const) {
      const seen = new Map<string, string>();
      const queue = [`${origin}${base}`];
      const fragments: [string, string][] = [];
      while (queue.length) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        const res = await fetch(url);
        expect(res.status, url).toBe(200);
        const body = await res.text();
        seen.set(url, body);
        if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
        for (const m of body.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
          const link = m[1].replace(/&amp;/g, '&');
          if (/^[a-z]+:/i.test(link)) throw new Error(`external link ${link} on ${url}`);
          const target = new URL(link, url);
          expect(target.pathname.startsWith(base), `${link} on ${url} ignores base ${base}`).toBe(true);
          if (target.hash) fragments.push([`${target.origin}${target.pathname}`, decodeURIComponent(target.hash.slice(1))]);
          target.hash = '';
          if (!seen.has(target.href)) queue.push(target.href);
        }
      }
      for (const [page, id] of fragments) expect(seen.get(page), `#${id} on ${page}`).toContain(`id="${id}"`);
      expect(seen.size).toBeGreaterThan(25);
    }
  });

  it('axe-core finds no serious or critical accessibility violations', { timeout: 120_000 }, async () => {
    const axe = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const path of pagePaths(distRoot)) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);
      // evaluate() runs through the DevTools protocol, so the page's CSP does not block the injected axe.
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
