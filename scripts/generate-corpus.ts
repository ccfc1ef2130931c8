/**
 * npm run generate -- --reports N --years Y [--out DIR] [--seed S] [--errors SHARE]
 *                     [--layouts tab,cells,markdown,html,pdftext] [--encodings utf-8,gb18030,utf-8-bom]
 *                     [--last-year YYYY]
 *
 * Writes N synthetic reports (every file says it is synthetic in its text)
 * for real divisions, each as `<hash>.<ext>` with `<hash>.truth.json` beside
 * it, plus a `manifest.json`. Default output: tmp/corpus (outside content/).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type Encoding } from '../src/synth/corpus.ts';
import { layouts, type Layout } from '../src/synth/render/index.ts';

function fail(message: string): never {
  console.error(`generate-corpus: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    years: { type: 'string', default: '3' },
    out: { type: 'string', default: 'tmp/corpus' },
    seed: { type: 'string', default: '1' },
    errors: { type: 'string', default: '0.1' },
    layouts: { type: 'string' },
    encodings: { type: 'string' },
    'last-year': { type: 'string', default: '2024' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('npm run generate -- --reports N --years Y [--out DIR] [--seed S] [--errors 0.1] [--layouts a,b] [--encodings utf-8,gb18030] [--last-year 2024]');
  process.exit(0);
}

const reports = Number(values.reports);
const years = Number(values.years);
const errorShare = Number(values.errors);
const lastYear = Number(values['last-year']);
if (!Number.isInteger(reports) || reports < 1) fail(`--reports must be a positive integer, got ${values.reports}`);
if (!Number.isInteger(years) || years < 1) fail(`--years must be a positive integer, got ${values.years}`);
if (!(errorShare >= 0 && errorShare <= 1)) fail(`--errors must be a share between 0 and 1, got ${values.errors}`);
if (!Number.isInteger(lastYear)) fail(`--last-year must be a year, got ${values['last-year']}`);

function weights<K extends string>(list: string | undefined, allowed: readonly string[], flag: string): Partial<Record<K, number>> | undefined {
  if (!list) return undefined;
  const out: Partial<Record<K, number>> = {};
  for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!allowed.includes(item)) fail(`--${flag}: unknown ${item} (known: ${allowed.join(', ')})`);
    out[item as K] = 1;
  }
  return out;
}

const seed = /^\d+$/.test(values.seed!) ? Number(values.seed) : values.seed!;
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });
// Regenerating into the same folder: remove the previous run's files (only those its manifest lists).
const previousManifest = join(out, 'manifest.json');
if (existsSync(previousManifest)) {
  const previous = JSON.parse(readFileSync(previousManifest, 'utf8')) as { synthetic?: boolean; files?: { file: string }[] };
  if (previous.synthetic !== true) fail(`${previousManifest} was not written by this generator; choose another --out`);
  for (const f of previous.files ?? []) {
    rmSync(join(out, f.file), { force: true });
    rmSync(join(out, f.file.replace(/\.[a-z]+$/, '.truth.json')), { force: true });
  }
}

const started = performance.now();
const manifest: { file: string; layout: string; issuer: string; year: number | null; encoding: string; expectedChecks: string[] }[] = [];
let withErrors = 0;
let bytes = 0;
for (const file of generateCorpus({
  reports,
  years,
  seed,
  lastYear,
  errorShare,
  layouts: weights<Layout>(values.layouts, layouts, 'layouts'),
  encodings: weights<Encoding>(values.encodings, ['utf-8', 'utf-8-bom', 'gb18030'], 'encodings'),
})) {
  writeFileSync(join(out, file.name), file.bytes);
  writeFileSync(join(out, file.name.replace(/\.[a-z]+$/, '.truth.json')), `${JSON.stringify(file.truth, null, 1)}\n`);
  bytes += file.bytes.length;
  if (file.truth.errors.length > 0) withErrors++;
  manifest.push({
    file: file.name,
    layout: file.truth.layout,
    issuer: file.truth.record.issuer,
    year: file.truth.record.year,
    encoding: file.truth.source.encoding,
    expectedChecks: [...new Set(file.truth.expectedChecks.map((c) => c.code))],
  });
}
writeFileSync(
  join(out, 'manifest.json'),
  `${JSON.stringify({ synthetic: true, seed, reports: manifest.length, years, lastYear, errorShare, files: manifest }, null, 1)}\n`,
);

const layoutCounts = new Map<string, number>();
for (const m of manifest) layoutCounts.set(m.layout, (layoutCounts.get(m.layout) ?? 0) + 1);
const byLayout = [...layoutCounts].map(([k, n]) => `${k} ${n}`).join(', ');
const seconds = (performance.now() - started) / 1000;
console.log(
  `generate-corpus: ${manifest.length} reports (${byLayout}), ${withErrors} with deliberate errors, ${(bytes / 1e6).toFixed(1)} MB in ${out} — ${seconds.toFixed(1)} s`,
);
