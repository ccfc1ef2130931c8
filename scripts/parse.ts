/**
 * `npm run --silent parse -- FILE...` prints a JSON array of records, one per
 * file, in the order given.
 */
import { readFile } from 'node:fs/promises';
import { parseReport } from '../src/parse/index.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run --silent parse -- FILE...');
  process.exit(2);
}
const records = [];
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    records.push({ file, ok: false, error: `${file}: 无法打开文件：${(err as Error).message}`, checks: [] });
    continue;
  }
  records.push(await parseReport({ file, bytes }));
}
process.stdout.write(JSON.stringify(records, null, 1) + '\n');
