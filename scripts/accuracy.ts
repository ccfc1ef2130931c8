/**
 * `npm run accuracy -- DIR` — parse every generated report in DIR (made by
 * `npm run generate`) and compare it with the `*.truth.json` beside it:
 * fields exactly right per layout, required checks that fired, and the
 * regions resolved to the true division. Prints a table; `--json` for machines.
 * Exit 1 when any field is wrong, so it can gate a parser change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReportFile } from '../src/corpus/read.ts';
import { isReport } from '../src/model/record.ts';
import { comparedPaths, diffRecord, missingChecks, type FieldDifference } from '../src/synth/compare.ts';

const { values, positionals } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), allowPositionals: true, options: { json: { type: 'boolean' }, examples: { type: 'string', default: '3' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run accuracy -- DIR [--json] [--examples N]');
  process.exit(2);
}

interface Row { reports: number; exact: number; fields: number; wrong: number; checksWanted: number; checksMissing: number; regionRight: number; regionKnown: number }
const byLayout = new Map<string, Row>();
const examples: { file: string; layout: string; differences: FieldDifference[] }[] = [];
const truths = readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort();

for (const t of truths) {
  const truth = JSON.parse(readFileSync(join(dir, t), 'utf8'));
  const record = await parseReportFile(join(dir, truth.file), truth.file);
  const differences = diffRecord(truth.record, record, { publishedOn: true });
  const missing = missingChecks(truth.expectedChecks ?? [], record);
  const row = byLayout.get(truth.layout) ?? { reports: 0, exact: 0, fields: 0, wrong: 0, checksWanted: 0, checksMissing: 0, regionRight: 0, regionKnown: 0 };
  row.reports++;
  row.fields += comparedPaths({ publishedOn: true }).length;
  row.wrong += differences.length;
  if (differences.length === 0) row.exact++;
  else if (examples.length < Number(values.examples)) examples.push({ file: truth.file, layout: truth.layout, differences: differences.slice(0, 5) });
  row.checksWanted += new Set((truth.expectedChecks ?? []).map((c: { code: string }) => c.code)).size;
  row.checksMissing += missing.length;
  if (truth.region?.code) {
    row.regionKnown++;
    if (isReport(record) && record.region?.code === truth.region.code) row.regionRight++;
  }
  byLayout.set(truth.layout, row);
}

const total = [...byLayout.values()].reduce(
  (a, r) => ({ reports: a.reports + r.reports, exact: a.exact + r.exact, fields: a.fields + r.fields, wrong: a.wrong + r.wrong, checksWanted: a.checksWanted + r.checksWanted, checksMissing: a.checksMissing + r.checksMissing, regionRight: a.regionRight + r.regionRight, regionKnown: a.regionKnown + r.regionKnown }),
  { reports: 0, exact: 0, fields: 0, wrong: 0, checksWanted: 0, checksMissing: 0, regionRight: 0, regionKnown: 0 },
);
if (values.json) {
  console.log(JSON.stringify({ byLayout: Object.fromEntries(byLayout), total, examples }, null, 1));
} else {
  console.log('| layout | reports exact | fields wrong | required checks fired | region = true division |');
  console.log('|---|---|---|---|---|');
  for (const [layout, r] of [...byLayout].sort()) {
    console.log(`| ${layout} | ${r.exact} / ${r.reports} | ${r.wrong} | ${r.checksWanted - r.checksMissing} / ${r.checksWanted} | ${r.regionRight} / ${r.regionKnown} |`);
  }
  console.log(`| **all** | ${total.exact} / ${total.reports} | ${total.wrong} | ${total.checksWanted - total.checksMissing} / ${total.checksWanted} | ${total.regionRight} / ${total.regionKnown} |`);
  for (const e of examples) console.log(`  ${e.layout} ${e.file}: ${e.differences.map((d) => `${d.path} expected ${JSON.stringify(d.expected)} got ${JSON.stringify(d.actual)}`).join('; ')}`);
}
process.exit(total.wrong > 0 ? 1 : 0);
