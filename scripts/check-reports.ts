/**
 * The publishers' linter: `npm run check-reports -- PATH...`
 *
 * Reads each report file (folders are searched recursively for .txt .md .html
 * .htm .pdf .docx), prints every problem as `file:line: severity: message [code]`
 * and a one-line summary. Exit status: 1 when any error-level problem exists
 * (an unreadable file counts as one), 0 otherwise, 2 for a usage error.
 *
 *   --json    print one JSON document ({ files: [...], summary }) instead of lines
 *   --quiet   leave out info-level lines (the summary still counts them)
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checksToJson, formatRecordLines, formatSummary, hasErrors, summarizeChecks } from '../src/checks/reporter.ts';
import { listReportFiles } from '../src/loader/files.ts';
import type { AnyRecord } from '../src/model/record.ts';
import { parseReportFile } from '../src/corpus/read.ts';

const usage = `usage: npm run check-reports -- [--json] [--quiet] PATH...
  PATH    a report file, or a folder searched for .txt .md .html .htm .pdf .docx
  --json  machine-readable output
  --quiet hide info-level problems
exit status: 1 if any error-level problem (or unreadable file), else 0`;

interface Options {
  json: boolean;
  quiet: boolean;
  paths: string[];
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { json: false, quiet: false, paths: [] };
  for (const arg of argv) {
    if (arg === '--') continue;
    else if (arg === '--json') options.json = true;
    else if (arg === '--quiet' || arg === '-q') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return usage;
    else if (arg.startsWith('-')) return `unknown option ${arg}\n${usage}`;
    else options.paths.push(arg);
  }
  return options.paths.length === 0 ? usage : options;
}

/** The files a path names: itself, or every report file under a folder. Null when it does not exist. */
async function filesOf(path: string): Promise<string[] | null> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return [path];
    return (await listReportFiles(path)).map((rel) => join(path, rel));
  } catch {
    return null;
  }
}

function unreadable(file: string, error: string): AnyRecord {
  return { file, ok: false, error, checks: [] };
}

async function check(file: string): Promise<AnyRecord> {
  try {
    // Size cap before reading: an oversized file is refused with its size, never loaded whole.
    return await parseReportFile(file);
  } catch (err) {
    // Opening failed (missing, a directory, no permission), or the parser threw although it should not: still reported.
    return unreadable(file, `${file}: 无法读取：${(err as Error).message}`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const records: AnyRecord[] = [];
  for (const path of options.paths) {
    const files = await filesOf(path);
    if (files === null) {
      records.push(unreadable(path, `${path}: 路径不存在`));
      continue;
    }
    for (const file of files) records.push(await check(file));
  }

  if (options.json) {
    process.stdout.write(JSON.stringify(checksToJson(records), null, 1) + '\n');
  } else {
    const minSeverity = options.quiet ? 'warning' : 'info';
    const lines = records.flatMap((r) => formatRecordLines(r, { minSeverity }));
    process.stdout.write([...lines, formatSummary(summarizeChecks(records))].join('\n') + '\n');
  }
  return hasErrors(records) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
