/**
 * The loader's worker pool: the same records as the parser on this thread,
 * a hung parse really stopped, a pool that cannot start falling back, and the
 * loader using it for many files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSafely, type ParseFn, type ReportEntryData } from '../../src/loader/entry.ts';
import { reportsLoader } from '../../src/loader/index.ts';
import { createParsePool, defaultPoolSize, poolSizeFromEnv } from '../../src/loader/pool.ts';
import type { AnyRecord } from '../../src/model/record.ts';
import { parseReport } from '../../src/parse/index.ts';
import { fixturesDir, seedsDir } from './fixtures.ts';
import { fakeLoaderContext } from './fake-loader-context.ts';

const parserModule = new URL('../../src/parse/index.ts', import.meta.url);

/** Every layout the parser reads, from the fixtures: seeds (text), pdftotext, PDF, web page, Word, hostile files. */
function fixtureFiles(): { file: string; bytes: Uint8Array }[] {
  const pick = (dir: string, names: string[]) => names.map((n) => ({ file: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
  return [
    ...pick(seedsDir, readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))),
    ...pick(join(fixturesDir, 'realworld'), ['huaian-2024.pdf', 'hongze-2023.pdftotext.txt']),
    ...pick(join(fixturesDir, 'generated'), ['seed-000.html', 'seed-000.docx']),
    ...pick(join(fixturesDir, 'hostile'), ['script-laden.html', 'raw-html.md', 'empty.txt', 'two-reports.txt']),
  ];
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-pool-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in parser module: says which thread read the file, hangs on `hang`, throws on `throw`. */
function fakeParserModule(): URL {
  const file = join(dir, 'fake-parser.mjs');
  writeFileSync(
    file,
    `import { threadId } from 'node:worker_threads';
export async function parseReport({ file, bytes }) {
  const text = new TextDecoder().decode(bytes);
  if (text.includes('hang')) for (;;) {}
  if (text.includes('throw')) throw new RangeError('bad figure on line 7');
  return { file, ok: false, error: file + ': thread ' + threadId + ': ' + text, checks: [] };
}
`,
  );
  return pathToFileURL(file);
}

describe('parse pool', () => {
  it('gives the same records as the parser on this thread, for every layout', async () => {
    const files = fixtureFiles();
    const pool = createParsePool({ parserModule, size: 2, fallback: parseReport, onFallback: (r) => expect.fail(r) });
    try {
      const viaPool = await Promise.all(files.map((f) => pool.parse(f)));
      const inline: AnyRecord[] = [];
      for (const f of files) inline.push(await parseReport(f));
      expect(viaPool).toEqual(inline);
      // Not vacuous: the fixtures hold readable reports, PDFs included, and unreadable files.
      expect(viaPool.filter((r) => r.ok).length).toBeGreaterThanOrEqual(8);
      expect(viaPool.some((r) => !r.ok)).toBe(true);
      expect(viaPool.find((r) => r.file === 'huaian-2024.pdf')?.ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stops a hung parse at the time limit and keeps serving other files', async () => {
    const pool = createParsePool({ parserModule: fakeParserModule(), size: 1, fallback: async () => expect.fail('no fallback') });
    try {
      const enc = (s: string) => new TextEncoder().encode(s);
      const hung = await parseSafely(pool.parse, 'h.txt', enc('hang'), 300);
      expect(!hung.ok && hung.error).toContain('超时');
      const thrown = await parseSafely(pool.parse, 't.txt', enc('throw'), 5000);
      expect(!thrown.ok && thrown.error).toContain('RangeError: bad figure on line 7');
      const after = await parseSafely(pool.parse, 'a.txt', enc('after'), 5000);
      expect(!after.ok && after.error).toMatch(/^a\.txt: thread [1-9]\d*: after$/);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('parses on this thread, and says why, when workers cannot load the parser', async () => {
    const reasons: string[] = [];
    const fallback: ParseFn = async ({ file }) => ({ file, ok: false, error: 'fallback', checks: [] });
    const pool = createParsePool({ parserModule: pathToFileURL(join(dir, 'missing.ts')), size: 2, fallback, onFallback: (r) => reasons.push(r) });
    try {
      const records = await Promise.all(['a', 'b', 'c'].map((file) => pool.parse({ file, bytes: new Uint8Array() })));
      expect(records.map((r) => !r.ok && r.error)).toEqual(['fallback', 'fallback', 'fallback']);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(/missing\.ts|Cannot find/);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('sizes the pool from the cores or ATLAS_PARSE_WORKERS', () => {
    expect(defaultPoolSize(1)).toBe(1);
    expect(defaultPoolSize(8)).toBe(8);
    expect(poolSizeFromEnv({ ATLAS_PARSE_WORKERS: '0' }, 8)).toBe(0);
    expect(poolSizeFromEnv({ ATLAS_PARSE_WORKERS: '3' }, 8)).toBe(3);
    expect(poolSizeFromEnv({ ATLAS_PARSE_WORKERS: 'many' }, 8)).toBe(8);
  });
});

describe('reportsLoader with workers', () => {
  const fakeContext = () => fakeLoaderContext(dir);


  it('parses on worker threads when enough files changed, on this thread for a few', async () => {
    const reports = join(dir, 'reports');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(reports);
    for (let i = 0; i < 6; i++) writeFileSync(join(reports, `r${i}.txt`), `report ${i}`);
    const module = fakeParserModule();
    const onThisThread: ParseFn = async ({ file }) => ({ file, ok: false, error: `${file}: this thread`, checks: [] });
    const options = { parse: onThisThread, parserVersion: '1', dir: reports, parserModule: module, workers: 2, minFilesForWorkers: 4 };
    const { context, entries, logs } = fakeContext();
    await reportsLoader(options).load(context);
    const error = (id: string) => {
      const r = (entries.get(id)!.data as unknown as ReportEntryData).record;
      return r.ok ? '' : r.error;
    };
    for (let i = 0; i < 6; i++) expect(error(`r${i}.txt`)).toMatch(new RegExp(`^r${i}\\.txt: thread [1-9]\\d*: report ${i}$`));
    expect(logs.some((l) => /parsed 6 in [\d.]+ s, cached 0/.test(l))).toBe(true);

    // Two edits are below the threshold: parsed here; the four others come from the cache.
    writeFileSync(join(reports, 'r1.txt'), 'report 1 edited');
    writeFileSync(join(reports, 'r4.txt'), 'report 4 edited');
    await reportsLoader(options).load(context);
    expect(error('r1.txt')).toBe('r1.txt: this thread');
    expect(error('r4.txt')).toBe('r4.txt: this thread');
    expect(error('r0.txt')).toMatch(/thread [1-9]/);
    expect(logs.some((l) => /parsed 2 in [\d.]+ s, cached 4/.test(l))).toBe(true);
  }, 30_000);
});
