/** Sizes of what a build wrote: region pages, chart pages, bulk downloads, and the rest. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Distribution {
  count: number;
  median: number;
  p90: number;
  max: number;
  /** Page with the most bytes (site path). */
  maxPath: string;
}

export interface SiteSizes {
  files: number;
  totalBytes: number;
  htmlPages: number;
  /** Region pages (`regions/<slug>/index.html`), all of them (ancestors without reports of their own included). */
  regionPages: Distribution;
  /** Region pages by the number of reports they show: "1", "2", "3", "4+". */
  regionPagesByReports: Record<string, Distribution>;
  /** `charts/<name>/index.html` → bytes. */
  chartPages: Record<string, number>;
  /** Bulk downloads and the pages that list the whole corpus. */
  whole: Record<string, number>;
}

function walk(dir: string, prefix = ''): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(join(dir, entry.name), rel));
    else out.push({ path: rel, bytes: statSync(join(dir, entry.name)).size });
  }
  return out;
}

export function distribution(items: readonly { path: string; bytes: number }[]): Distribution {
  const sorted = [...items].sort((a, b) => a.bytes - b.bytes);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.bytes ?? 0;
  return {
    count: sorted.length,
    median: at(0.5),
    p90: at(0.9),
    max: sorted.at(-1)?.bytes ?? 0,
    maxPath: sorted.at(-1)?.path ?? '',
  };
}

/**
 * `reportsOnPage` says how many reports a region page shows (from the site's
 * own table of contents), so pages can be compared like for like.
 */
export function siteSizes(dist: string, reportsOnPage: (path: string) => number): SiteSizes {
  const files = walk(dist);
  const regionPages = files.filter((f) => /^regions\/[^/]+\/index\.html$/.test(f.path));
  const byReports: Record<string, { path: string; bytes: number }[]> = {};
  for (const f of regionPages) {
    const n = reportsOnPage(f.path);
    if (n === 0) continue;
    (byReports[n >= 4 ? '4+' : String(n)] ??= []).push(f);
  }
  const chartPages: Record<string, number> = {};
  for (const f of files) {
    const m = /^charts\/([^/]+)\/index\.html$/.exec(f.path);
    if (m) chartPages[m[1]] = f.bytes;
  }
  const whole: Record<string, number> = {};
  for (const path of ['data/atlas.csv', 'data/atlas.json', 'regions/index.html', 'data-quality/index.html', 'index.html']) {
    const f = files.find((x) => x.path === path);
    if (f) whole[path] = f.bytes;
  }
  return {
    files: files.length,
    totalBytes: files.reduce((s, f) => s + f.bytes, 0),
    htmlPages: files.filter((f) => f.path.endsWith('.html')).length,
    regionPages: distribution(regionPages),
    regionPagesByReports: Object.fromEntries(Object.entries(byReports).sort().map(([k, v]) => [k, distribution(v)])),
    chartPages,
    whole,
  };
}

/** Reports on a region page: the entries of its table of contents (`本页报告`), 0 when it has none. */
export function reportsOnRegionPage(dist: string): (path: string) => number {
  return (path) => {
    const file = join(dist, path);
    if (!existsSync(file)) return 0;
    const html = readFileSync(file, 'utf8');
    const toc = /<nav aria-label="本页报告"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    return (toc.match(/<li>/g) ?? []).length;
  };
}
