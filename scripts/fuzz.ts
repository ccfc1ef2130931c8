/**
 * `npm run fuzz -- [--runs N] [--seed S] [--bound MS]`
 *
 * Runs N (default 10,000) damaged copies of the seed reports through
 * parseReport. Case i is drawn from seed S+i, so any failure is replayed alone
 * with `--seed <its seed> --runs 1`. A failure is: a throw, a record that does
 * not validate against recordSchema, an error record without file and reason,
 * a parser bug caught by parseReport's safety net, or a case over the bound.
 * Prints the counts; exits 1 when any case failed.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { recordSchema } from '../src/model/record.ts';
import { parseReport } from '../src/parse/index.ts';
import { fuzzCase, materialize, type FuzzCase } from '../tests/robustness/mutations.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261122' },
    bound: { type: 'string', default: '5000' },
  },
});
const runs = Number(values.runs);
const baseSeed = Number(values.seed);
const boundMs = Number(values.bound);

interface Failure {
  seed: number;
  file: string;
  problem: string;
  edits: FuzzCase;
}

const failures: Failure[] = [];
let ok = 0;
let errors = 0;
let maxMs = 0;
let maxSeed = baseSeed;
let totalMs = 0;
const reasons = new Map<string, number>();

for (let i = 0; i < runs; i++) {
  const seed = baseSeed + i;
  const [c] = fc.sample(fuzzCase, { seed, numRuns: 1 });
  const { file, bytes } = materialize(c);
  const started = performance.now();
  let problem: string | null = null;
  try {
    const record = await parseReport({ file, bytes });
    const valid = recordSchema.safeParse(record);
    if (!valid.success) problem = `invalid record: ${valid.error.message.slice(0, 300)}`;
    else if (record.ok) ok++;
    else {
      errors++;
      if (!record.error.startsWith(`${file}: `)) problem = `error without file name: ${record.error}`;
      else if (record.error.includes('内部错误')) problem = record.error;
      // Group reasons by their first clause, without the file name.
      const reason = record.error.slice(file.length + 2).replace(/[0-9.]+/g, 'N').split(/[：:，。（]/).slice(0, 2).join('：');
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  } catch (err) {
    problem = `threw: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`;
  }
  const ms = performance.now() - started;
  totalMs += ms;
  if (ms > maxMs) {
    maxMs = ms;
    maxSeed = seed;
  }
  if (!problem && ms > boundMs) problem = `took ${Math.round(ms)} ms (bound ${boundMs} ms)`;
  if (problem) failures.push({ seed, file, problem, edits: c });
  if ((i + 1) % 1000 === 0) process.stderr.write(`  … ${i + 1}/${runs}\n`);
}

console.log(`fuzz: ${runs} runs from seed ${baseSeed}`);
console.log(`  ok records:    ${ok}`);
console.log(`  error records: ${errors}`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`      ${String(n).padStart(6)}  ${reason}`);
console.log(`  max ms/case:   ${maxMs.toFixed(0)} (seed ${maxSeed}); mean ${(totalMs / Math.max(runs, 1)).toFixed(1)}`);
console.log(`  failures:      ${failures.length}`);
for (const f of failures.slice(0, 20)) {
  console.log(`    seed ${f.seed} (${f.file}): ${f.problem}`);
  console.log(`      replay: npm run fuzz -- --seed ${f.seed} --runs 1   case: ${JSON.stringify(f.edits).slice(0, 400)}`);
}
console.log(`${runs - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
