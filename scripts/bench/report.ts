/** The benchmark's figures as markdown: machine, the targets table, and one table per measurement. */
import type { Machine } from './machine.ts';
import type { PoolTiming, ThroughputRow } from './parse.ts';
import type { BuildRun } from './run.ts';
import type { SiteSizes } from './sizes.ts';

export interface SizeResult {
  reports: number;
  bare: BuildRun;
  cold: BuildRun;
  addOne: BuildRun;
  changeOne: BuildRun;
  /** The same builds with workers and incremental builds off (ATLAS_PARSE_WORKERS=0 ATLAS_INCREMENTAL=0). */
  baseline?: { cold: BuildRun; addOne: BuildRun };
  sizes: SiteSizes;
  /** Cores' worth of CPU other processes used during the cold atlas build. */
  otherLoadCold: number | null;
  otherLoadBare: number | null;
}

export interface BenchResult {
  machine: Machine;
  options: string;
  parse: { rows: ThroughputRow[]; pool: PoolTiming[]; otherLoad: number | null };
  sizes: SizeResult[];
  totalMs: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number | null) => (ms == null || !Number.isFinite(ms) ? '—' : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
const x = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—');
const pct = (ratio: number) => (Number.isFinite(ratio) ? `${(ratio * 100).toFixed(0)} %` : '—');
const gb = (kbytes: number) => `${(kbytes / 2 ** 20).toFixed(2)} GB`;
const cores = (n: number | null) => (n == null ? '—' : n.toFixed(1));
const yes = (ok: boolean) => (ok ? 'met' : '**missed**');

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function buildRow(r: BuildRun, extra: string): (string | number)[] {
  return [
    r.label,
    s(r.wallMs),
    s(r.cpuMs),
    s(r.parseMs),
    `${r.parsed} / ${r.cached}`,
    s(r.renderMs),
    `${r.renderedPages} / ${r.reusedPages}`,
    gb(r.peakTreeRssKb),
    extra,
  ];
}

export function toMarkdown(b: BenchResult): string {
  const m = b.machine;
  const out: string[] = [];
  out.push(
    `Measured ${m.date} on ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB memory, Node ${m.node}, Astro ${m.astro}; load average at the start ${m.loadAverage.join(' / ')}. ` +
      `Options: \`${b.options}\`. The whole run took ${s(b.totalMs)}.`,
  );
  out.push(
    'Wall times on a shared machine move with what else runs on it: the "others" columns give the cores\' worth of CPU that other processes used meanwhile (machine busy time minus the build\'s own CPU). CPU times are steadier than wall times.',
  );

  // Targets.
  const all = b.parse.rows.find((r) => r.layout === 'all');
  const largest = b.sizes.at(-1);
  const targets: (string | number)[][] = [];
  if (all) {
    const ratio = all.pipelineMs / all.remarkMs;
    targets.push(['parse, one thread', '≤ 1.5× remark-parse', x(ratio), yes(ratio <= 1.5)]);
    const pool = b.parse.pool.at(-1);
    if (pool) {
      const r = pool.warmMs / all.remarkMs;
      targets.push([`parse, ${pool.size} worker threads (wall, warm)`, '≤ 1.5× remark-parse (one thread)', x(r), yes(r <= 1.5)]);
    }
  }
  for (const r of b.sizes) {
    const cold = r.cold.wallMs / r.bare.wallMs;
    targets.push([`cold build, ${r.reports} reports`, '≤ 1.3× bare build', `${x(cold)} (CPU ${x(r.cold.cpuMs / r.bare.cpuMs)})`, yes(cold <= 1.3)]);
    const add = r.addOne.wallMs / r.cold.wallMs;
    targets.push([`add one report, ${r.reports}`, '≤ 40 % of cold', pct(add), yes(add <= 0.4)]);
  }
  if (largest) {
    // A region page grows with the reports it shows (each body, each year); compared per report count.
    for (const [n, d] of Object.entries(largest.sizes.regionPagesByReports)) {
      targets.push([
        `region page showing ${n} report${n === '1' ? '' : 's'} (${d.count} pages), ${largest.reports} reports`,
        '≤ 60 KB',
        `median ${kb(d.median)}, p90 ${kb(d.p90)}, max ${kb(d.max)}`,
        d.p90 <= 60 * 1024 ? 'met (p90)' : d.median <= 60 * 1024 ? 'met (median), **p90 missed**' : '**missed**',
      ]);
    }
    const charts = Object.entries(largest.sizes.chartPages);
    const biggest = Math.max(...charts.map(([, v]) => v));
    targets.push([`chart pages, ${largest.reports} reports`, '≤ 400 KB each', charts.map(([k, v]) => `${k} ${kb(v)}`).join(', '), yes(biggest <= 400 * 1024)]);
    const peak = Math.max(largest.cold.peakTreeRssKb, largest.addOne.peakTreeRssKb, largest.changeOne.peakTreeRssKb);
    targets.push([`peak memory, ${largest.reports} reports`, '≤ 4 GB', gb(peak), yes(peak <= 4 * 2 ** 20)]);
  }
  out.push('### Targets\n\n' + table(['measure', 'target', 'reached', ''], targets));

  // Parse.
  const parseRows = b.parse.rows.map((r) => [
    r.layout,
    r.files,
    mb(r.bytes),
    s(r.pipelineMs),
    `${(r.bytes / 2 ** 20 / (r.pipelineMs / 1000)).toFixed(2)} MB/s, ${(r.files / (r.pipelineMs / 1000)).toFixed(0)} files/s`,
    s(r.remarkMs),
    `${(r.bytes / 2 ** 20 / (r.remarkMs / 1000)).toFixed(2)} MB/s, ${(r.files / (r.remarkMs / 1000)).toFixed(0)} files/s`,
    x(r.pipelineMs / r.remarkMs),
    `${s(r.gfmMs)} (${x(r.pipelineMs / r.gfmMs)})`,
  ]);
  out.push(
    '### 1. Parse throughput\n\n' +
      '`parseReport` (decode, tree, grids, catalogue matching, record, checks, region) against `unified().use(remark-parse).parse()` alone on the same bytes, one thread each, best of the rounds.\n\n' +
      table(['layout', 'files', 'bytes', 'pipeline', 'pipeline rate', 'remark-parse', 'remark rate', 'ratio', 'remark-parse + gfm (ratio)'], parseRows),
  );
  if (b.parse.pool.length && all) {
    out.push(
      `The loader's worker pool on the same ${all.files} files, wall time: a first pass on fresh workers (loading the parser, cold JIT: what a build pays) and a second, warm pass. Others used ${cores(b.parse.otherLoad)} cores during the one-thread measurements.\n\n` +
        table(
          ['workers', 'fresh', 'warm', 'files/s (warm)', 'warm vs pipeline on one thread', 'warm vs remark-parse'],
          b.parse.pool.map((p) => [p.size, s(p.coldMs), s(p.warmMs), (all.files / (p.warmMs / 1000)).toFixed(0), x(p.warmMs / all.pipelineMs), x(p.warmMs / all.remarkMs)]),
        ),
    );
  }

  // Builds.
  for (const r of b.sizes) {
    const rows = [
      buildRow(r.bare, `others ${cores(r.otherLoadBare)}`),
      buildRow(r.cold, `others ${cores(r.otherLoadCold)}; ${x(r.cold.wallMs / r.bare.wallMs)} bare`),
      buildRow(r.addOne, `${pct(r.addOne.wallMs / r.cold.wallMs)} of cold`),
      buildRow(r.changeOne, `${pct(r.changeOne.wallMs / r.cold.wallMs)} of cold`),
    ];
    if (r.baseline) {
      rows.push(buildRow(r.baseline.cold, `optimisations off; ${x(r.baseline.cold.wallMs / r.cold.wallMs)} the cold build above`));
      rows.push(buildRow(r.baseline.addOne, `optimisations off; ${pct(r.baseline.addOne.wallMs / r.baseline.cold.wallMs)} of its cold build`));
    }
    out.push(
      `### 2–3. Builds, ${r.reports} generated reports\n\n` +
        table(['build', 'wall', 'CPU', 'parse', 'parsed / cached', 'render', 'pages rendered / reused', 'peak RSS (tree)', ''], rows),
    );
    const z = r.sizes;
    const sizeRows: (string | number)[][] = [
      ['files written', `${z.files} (${z.htmlPages} HTML), ${mb(z.totalBytes)}`],
      ['region pages', `${z.regionPages.count}: median ${kb(z.regionPages.median)}, p90 ${kb(z.regionPages.p90)}, max ${kb(z.regionPages.max)} (${z.regionPages.maxPath})`],
    ];
    for (const [n, d] of Object.entries(z.regionPagesByReports)) {
      sizeRows.push([`region pages showing ${n} report(s)`, `${d.count}: median ${kb(d.median)}, p90 ${kb(d.p90)}, max ${kb(d.max)} (${d.maxPath})`]);
    }
    for (const [k, v] of Object.entries(z.chartPages)) sizeRows.push([`charts/${k}/`, kb(v)]);
    for (const [k, v] of Object.entries(z.whole)) sizeRows.push([k, v > 2 ** 20 ? mb(v) : kb(v)]);
    out.push(`### 4. Sizes, ${r.reports} reports\n\n` + table(['output', 'bytes'], sizeRows));
  }
  return out.join('\n\n');
}
