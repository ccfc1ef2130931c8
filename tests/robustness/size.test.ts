/**
 * Size and memory bounds: a 50 MB file is refused with a clear error record
 * without being decoded (and, read from disk, without being read into memory);
 * texts under the byte cap whose tree would be too large are refused before
 * any tree is built. Big inputs are generated here into a temp folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseReport, MAX_BYTES } from '../../src/parse/index.ts';
import { MAX_HTML_TAGS, MAX_TEXT_CHARS, MAX_TEXT_PIECES } from '../../src/ingest/index.ts';
import { parseReportFile, readReportFile, sha256OfFile } from '../../src/corpus/read.ts';
import { sha256 } from '../../src/parse/index.ts';
import { hostileDir } from './seeds.ts';

// Watch whole-file reads: an oversized file must only be stat'ed and streamed.
const wholeReads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
      wholeReads.push(String(path));
      return (fs.readFile as (...a: unknown[]) => unknown)(path, ...rest);
    },
  };
});

const BOUND_MS = 5000;
const MB = 1024 * 1024;
const base = readFileSync(join(hostileDir, 'base.txt'));

let dir: string;
let bigPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-size-'));
  // 50 MB of real report text: the seed repeated, written in pieces.
  bigPath = join(dir, 'fifty-megabytes.txt');
  const fd = openSync(bigPath, 'w');
  for (let written = 0; written < 50 * MB; written += base.length) writeSync(fd, base);
  closeSync(fd);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 50 MB file', () => {
  it('is refused by parseReport from bytes, with size and cap in the reason, without decoding', async () => {
    const bytes = readFileSync(bigPath);
    expect(bytes.byteLength).toBeGreaterThan(MAX_BYTES);
    const started = performance.now();
    const r = await parseReport({ file: 'reports/fifty-megabytes.txt', bytes });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^reports\/fifty-megabytes\.txt: 文件大小 50\.\d MB，超过 20 MB 上限/);
    expect(r.source).toMatchObject({ bytes: bytes.byteLength, sha256: sha256(bytes) });
    expect(r.source?.encoding).toBeNull();
  });

  it('is refused from disk without being read whole (stat, then a streamed hash)', async () => {
    wholeReads.length = 0;
    const outcome = await readReportFile(bigPath);
    expect(outcome).toMatchObject({ ok: false, size: readFileSync(bigPath).byteLength });
    expect(wholeReads).toEqual([]);
    const r = await parseReportFile(bigPath, 'fifty-megabytes.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^fifty-megabytes\.txt: 文件大小 50\.\d MB/);
    expect(r.source?.sha256).toBe(await sha256OfFile(bigPath));
  });

  it('a small file read from disk parses as usual', async () => {
    const path = join(dir, 'base.txt');
    writeFileSync(path, base);
    wholeReads.length = 0;
    const r = await parseReportFile(path, 'base.txt');
    expect(r.ok).toBe(true);
    expect(wholeReads).toEqual([path]);
  });
});

describe('texts under the byte cap whose trees would be too large', () => {
  async function refused(file: string, text: string, reason: RegExp) {
    const bytes = Buffer.from(text);
    expect(bytes.byteLength).toBeLessThan(MAX_BYTES);
    const started = performance.now();
    const r = await parseReport({ file, bytes });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.startsWith(`${file}: `)).toBe(true);
      expect(r.error).toMatch(reason);
    }
  }

  // Without the budget, 17 MB of such rows exhausted a 4 GB heap (measured).
  it('a text table with more cells than any report is refused', () =>
    refused('rows.txt', `${base}\n${`行政许可\t${'1\t'.repeat(50)}\n`.repeat(Math.ceil(MAX_TEXT_PIECES / 50) + 10)}`, /单元格或词.*上限/));

  it('more characters than the text budget are refused', () => refused('long.txt', `${base}${'政'.repeat(MAX_TEXT_CHARS)}`, /字符.*上限/));

  it('a web page with more tags than any report page is refused', () => {
    const row = `<tr>${'<td>1</td>'.repeat(20)}</tr>`;
    return refused('tags.html', `<html><body><table>${row.repeat(Math.ceil(MAX_HTML_TAGS / 21) + 10)}</table></body></html>`, /标签.*上限/);
  });

  it('a report just under the budget is still read', async () => {
    const padding = `\n${'备注\t说明\n'.repeat(Math.floor(MAX_TEXT_PIECES / 2) - 1000)}`;
    const r = await parseReport({ file: 'padded.txt', bytes: Buffer.from(`${base}${padding}`) });
    expect(r.ok).toBe(true);
  });
});
