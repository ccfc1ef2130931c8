/**
 * Incremental builds (experimental.incrementalBuild + cacheKey on region
 * pages, their downloads and source copies): after reports are added, edited
 * and removed, a rebuild that reuses the cache writes exactly the files a
 * fresh build of the same folder writes, while re-rendering only what changed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/loader/entry.ts';
import { fixturesDir, seedsDir } from './fixtures.ts';

const buildSite = join(import.meta.dirname, '..', 'browser', 'build-site.mjs');

function build(reports: string, out: string): string {
  const result = spawnSync(process.execPath, [buildSite, join(out, 'dist'), join(out, 'cache')], {
    env: { ...process.env, ATLAS_REPORTS_DIR: reports, ATLAS_LOG_LEVEL: 'info', FORCE_COLOR: '0', ATLAS_INCREMENTAL: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

let work: string;
let reports: string;
let rebuildLog: string;
let edited: string;
beforeAll(() => {
  // Inside the project (tmp/ is git-ignored): Astro puts a build's server chunks in <outDir>/.prerender only when
  // outDir is under the working directory, else in ./.astro/, where builds running at the same time would collide.
  const projectTmp = join(import.meta.dirname, '..', '..', 'tmp');
  mkdirSync(projectTmp, { recursive: true });
  work = mkdtempSync(join(projectTmp, 'atlas-incremental-'));
  reports = join(work, 'reports');
  mkdirSync(reports);
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of seeds) copyFileSync(join(seedsDir, f), join(reports, f));
  build(reports, join(work, 'incremental'));

  // Edit one report, add one, remove one.
  edited = seeds[0];
  appendFileSync(join(reports, edited), '\n（测试：此行为修改后追加。）\n');
  copyFileSync(join(fixturesDir, 'realworld', 'hongze-2024.pdftotext.txt'), join(reports, 'hongze-2024.txt'));
  rmSync(join(reports, seeds[1]));

  rebuildLog = build(reports, join(work, 'incremental'));
  build(reports, join(work, 'fresh'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('writes the same files, byte for byte, as a fresh build of the changed folder', () => {
    const incremental = files(join(work, 'incremental', 'dist'));
    const fresh = files(join(work, 'fresh', 'dist'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('re-renders only what changed and reuses the other region pages and source copies', () => {
    const reused = rebuildLog.split('\n').filter((l) => /\((cached|restored)\)/.test(l));
    expect(reused.length).toBeGreaterThan(5);
    expect(reused.some((l) => l.includes('/sources/'))).toBe(true);
    expect(reused.some((l) => /\/regions\/[^/]+\/index\.html/.test(l))).toBe(true);
    // The edited report's page was rendered again: it names the new bytes' hash.
    const sha = sha256Hex(readFileSync(join(reports, edited)));
    const pages = [...files(join(work, 'incremental', 'dist'))].filter(([p, b]) => p.endsWith('index.html') && b.includes(sha));
    expect(pages.length).toBeGreaterThan(0);
    for (const [page] of pages) expect(reused.some((l) => l.includes(`/${page.replace(/index\.html$/, '')}`))).toBe(false);
  });
});
