/**
 * npm run bench [-- --sizes 1000,5000] [--quick] [--no-baseline] [--rounds 3] [--parse-files 1000] [--out docs/benchmarks.md] [--keep]
 *
 * Measures, side by side in one run on this machine:
 *   1. parse throughput of the pipeline vs remark-parse alone on the same generated files;
 *   2. a cold `astro build` of the atlas for N generated reports vs a bare Astro site of N pages;
 *   3. the rebuild after adding one report and after changing one (content cache kept) vs the cold build;
 *   4. peak memory, and the sizes of region pages, chart pages and bulk downloads.
 * At the largest N it also builds with the optimisations off (no parse workers, no incremental build) so
 * their effect is measured in the same run. Prints the figures and writes them into docs/benchmarks.md
 * between the `bench:begin` / `bench:end` markers; the rest of that file (the analysis) is kept.
 * Work files go to tmp/bench/ (git-ignored); the built sites are removed at the end unless --keep.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from './bench/bare.ts';
import { describeMachine, machineCpu, otherLoad } from './bench/machine.ts';
import { measureParse, measurePool, readCorpus, type PoolTiming } from './bench/parse.ts';
import { toMarkdown, type BenchResult, type SizeResult } from './bench/report.ts';
import { runBuild, type BuildRun } from './bench/run.ts';
import { reportsOnRegionPage, siteSizes } from './bench/sizes.ts';
import { defaultPoolSize } from '../src/loader/pool.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'parse-files': { type: 'string' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('npm run bench [-- --sizes 1000,5000] [--quick] [--no-baseline] [--rounds 3] [--parse-files 1000] [--out docs/benchmarks.md] [--keep]');
  process.exit(0);
}

const sizes = (values.sizes ?? (values.quick ? '200' : '1000,5000')).split(',').map((v) => Number(v.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error(`bench: --sizes takes report counts of at least 10, got ${values.sizes}`);
  process.exit(2);
}
const rounds = Number(values.rounds ?? (values.quick ? 1 : 3));
const parseFiles = Number(values['parse-files'] ?? (values.quick ? 200 : 1000));
const baseline = !values['no-baseline'] && !values.quick;
const work = join(root, 'tmp', 'bench');
const logs = join(work, 'logs');
const started = performance.now();

function say(message: string): void {
  console.log(`bench: ${message}`);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });
const astroVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
const machine = describeMachine(astroVersion);
say(`${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, Astro ${machine.astro}, load ${machine.loadAverage.join(' ')}`);

/** N+1 generated reports; one is held back to be "added" later. */
function generate(reports: number): { dir: string; held: string; heldName: string; changeName: string } {
  const dir = join(work, `corpus-${reports}`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'generate-corpus.ts'), '--reports', String(reports + 1), '--years', '3', '--seed', '7', '--out', dir],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`generate-corpus failed: ${result.stderr}`);
  say(result.stdout.trim());
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string; layout: string }[] };
  const heldName = manifest.files.at(-1)!.file;
  const held = join(work, `held-${reports}`);
  mkdirSync(held, { recursive: true });
  renameSync(join(dir, heldName), join(held, heldName));
  // Change a text report: its bytes (and so its record's digest) change, its page must be rebuilt.
  const changeName = manifest.files.find((f) => f.file.endsWith('.txt') && f.file !== heldName)!.file;
  return { dir, held, heldName, changeName };
}

/** A build, with how busy the rest of the machine was meanwhile. */
async function build(label: string, buildRoot: string, out: string, env: Record<string, string>): Promise<{ run: BuildRun; others: number | null }> {
  const before = machineCpu();
  const run = await runBuild(label, buildRoot, join(out, 'dist'), join(out, 'cache'), env, join(logs, `${label.replace(/[^\w-]+/g, '_')}.log`));
  const others = otherLoad(before, machineCpu(), run.cpuMs, run.wallMs);
  if (run.exitCode !== 0) throw new Error(`${label}: build failed (exit ${run.exitCode}), see ${run.log}`);
  say(`${label}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, peak ${(run.peakTreeRssKb / 2 ** 20).toFixed(2)} GB` + (others == null ? '' : `, others ${others.toFixed(1)} cores`));
  return { run, others };
}

const corpora = new Map(sizes.map((n) => [n, generate(n)]));

// 1. Parse throughput, on the files of the first corpus.
say(`parse throughput on up to ${parseFiles} files, ${rounds} round(s)`);
const parseCorpus = readCorpus(corpora.get(sizes[0])!.dir).slice(0, parseFiles);
const parseBefore = machineCpu();
const parseStart = performance.now();
const cpuStart = process.cpuUsage();
const rows = await measureParse(parseCorpus, rounds);
const ownCpu = process.cpuUsage(cpuStart);
const parseOthers = otherLoad(parseBefore, machineCpu(), (ownCpu.user + ownCpu.system) / 1000, performance.now() - parseStart);
const poolSizes = [...new Set([defaultPoolSize(), machine.cores])];
const pool: PoolTiming[] = [];
for (const size of poolSizes) pool.push(await measurePool(parseCorpus, size));
for (const r of rows) say(`parse ${r.layout}: pipeline ${r.pipelineMs.toFixed(0)} ms, remark-parse ${r.remarkMs.toFixed(0)} ms (${(r.pipelineMs / r.remarkMs).toFixed(2)}×)`);
for (const p of pool) say(`parse pool of ${p.size}: ${p.coldMs.toFixed(0)} ms started fresh, ${p.warmMs.toFixed(0)} ms warm`);

// 2–4. Builds.
const results: SizeResult[] = [];
const optimisationsOff = { ATLAS_PARSE_WORKERS: '0', ATLAS_INCREMENTAL: '0' };
for (const n of sizes) {
  const corpus = corpora.get(n)!;
  const env = { ATLAS_REPORTS_DIR: corpus.dir };
  const bareDir = join(work, `bare-${n}`);
  writeBareSite(bareDir, n, join(root, 'node_modules'));
  const bare = await build(`bare ${n} pages, cold`, bareDir, join(work, `bare-${n}-out`), {});
  const atlasOut = join(work, `atlas-${n}`);
  const cold = await build(`atlas ${n}, cold`, root, atlasOut, env);
  const sizesAt = siteSizes(join(atlasOut, 'dist'), reportsOnRegionPage(join(atlasOut, 'dist')));
  const withBaseline = baseline && n === sizes.at(-1);
  const baseOut = join(work, `atlas-${n}-baseline`);
  const baseCold = withBaseline ? await build(`atlas ${n}, cold, optimisations off`, root, baseOut, { ...env, ...optimisationsOff }) : null;

  renameSync(join(corpus.held, corpus.heldName), join(corpus.dir, corpus.heldName));
  const addOne = await build(`atlas ${n}, one report added`, root, atlasOut, env);
  const baseAdd = withBaseline ? await build(`atlas ${n}, one report added, optimisations off`, root, baseOut, { ...env, ...optimisationsOff }) : null;

  appendFileSync(join(corpus.dir, corpus.changeName), '\n（基准测试：本行为修改后追加，合成数据。）\n');
  const changeOne = await build(`atlas ${n}, one report changed`, root, atlasOut, env);

  results.push({
    reports: n,
    bare: bare.run,
    cold: cold.run,
    addOne: addOne.run,
    changeOne: changeOne.run,
    baseline: baseCold && baseAdd ? { cold: baseCold.run, addOne: baseAdd.run } : undefined,
    sizes: sizesAt,
    otherLoadCold: cold.others,
    otherLoadBare: bare.others,
  });
  // The outputs are large (about 600 MB at 5,000 reports with the cache); keep the logs, and the atlas only if asked.
  for (const dir of [bareDir, join(work, `bare-${n}-out`), baseOut, ...(values.keep ? [] : [atlasOut])]) rmSync(dir, { recursive: true, force: true });
}

const result: BenchResult = {
  machine,
  options: `--sizes ${sizes.join(',')} --rounds ${rounds} --parse-files ${parseFiles}${baseline ? '' : ' --no-baseline'}`,
  parse: { rows, pool, otherLoad: parseOthers },
  sizes: results,
  totalMs: performance.now() - started,
};
const markdown = toMarkdown(result);
console.log(`\n${markdown}\n`);
writeFileSync(join(work, 'result.json'), `${JSON.stringify(result, null, 1)}\n`);

// docs/benchmarks.md: replace the measured section, keep the rest.
const outFile = resolve(root, values.out!);
const begin = '<!-- bench:begin (written by npm run bench) -->';
const end = '<!-- bench:end -->';
const block = `${begin}\n${markdown}\n${end}`;
let doc = existsSync(outFile) ? readFileSync(outFile, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
const from = doc.indexOf(begin);
const to = doc.indexOf(end);
doc = from >= 0 && to > from ? doc.slice(0, from) + block + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
writeFileSync(outFile, doc);
say(`wrote ${outFile} and ${join(work, 'result.json')} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
