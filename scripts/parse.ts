/**
 * `npm run --silent parse -- FILE...` prints a JSON array of records, one per
 * file, in the order given.
 */
import { parseReportFile } from '../src/corpus/read.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run --silent parse -- FILE...');
  process.exit(2);
}
const records = [];
for (const file of files) {
  try {
    // Size cap before reading: an oversized file is refused with its size, never loaded whole.
    records.push(await parseReportFile(file));
  } catch (err) {
    records.push({ file, ok: false, error: `${file}: 无法打开文件：${(err as Error).message}`, checks: [] });
  }
}
process.stdout.write(JSON.stringify(records, null, 1) + '\n');
