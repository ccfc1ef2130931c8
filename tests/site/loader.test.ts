import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryDigest, parseSafely, sha256Hex, type ParseFn, type ReportEntryData } from '../../src/loader/entry.ts';
import { formatOf, listReportFiles, relativeReportPath, reportsDir } from '../../src/loader/files.ts';
import { reportsLoader } from '../../src/loader/index.ts';
import { isStrict, strictFailure, summarize, summaryLine } from '../../src/loader/summary.ts';
import type { AnyRecord } from '../../src/model/record.ts';
import { realworldRecord, seedsDir } from './fixtures.ts';
import { fakeLoaderContext } from './fake-loader-context.ts';

/** A parser stand-in whose truth is known: ok for files naming a report, error otherwise. */
function countingParser() {
  const calls: string[] = [];
  const parse: ParseFn = async ({ file, bytes }) => {
    calls.push(file);
    const text = new TextDecoder().decode(bytes);
    if (text.includes('THROW')) throw new Error('boom at line 3');
    if (!text.includes('报告')) return { file, ok: false, error: `${file}: 不是年报`, checks: [] };
    const record = realworldRecord('huaian-2024');
    if (text.includes('ERR')) record.checks = [{ code: 'balance', severity: 'error', message: '不平', line: 1, fields: [] }];
    return { ...record, file };
  };
  return { parse, calls };
}

function fakeContext(root: string) {
  return fakeLoaderContext(root);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-loader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files', () => {
  it('lists every report file of the seeds folder, sorted', async () => {
    const files = await listReportFiles(seedsDir);
    expect(files).toEqual(readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort());
    expect(files).toHaveLength(5);
  });

  it('walks sub-folders, skips hidden files, editor droppings and other extensions', async () => {
    mkdirSync(join(dir, '2024', '青海'), { recursive: true });
    for (const f of ['a.txt', 'b.PDF', 'c.htm', 'd.docx', 'e.md', '.hidden.txt', '~$lock.docx', 'notes.csv', '2024/青海/化隆.html']) {
      writeFileSync(join(dir, f), 'x');
    }
    expect(await listReportFiles(dir)).toEqual(['2024/青海/化隆.html', 'a.txt', 'b.PDF', 'c.htm', 'd.docx', 'e.md']);
    expect(await listReportFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('maps extensions to formats and keeps paths inside the folder', () => {
    expect(formatOf('x.HTM')).toBe('html');
    expect(formatOf('x.doc')).toBeNull();
    expect(relativeReportPath('/r', '/r/a/b.txt')).toBe('a/b.txt');
    expect(relativeReportPath('/r', '/other/b.txt')).toBeNull();
  });

  it('reads ATLAS_REPORTS_DIR relative to the working directory, else content/reports', () => {
    expect(reportsDir({}, '/proj', '/cwd')).toBe('/proj/content/reports');
    expect(reportsDir({ ATLAS_REPORTS_DIR: 'corpus' }, '/proj', '/cwd')).toBe('/cwd/corpus');
    expect(reportsDir({ ATLAS_REPORTS_DIR: '/abs' }, '/proj', '/cwd')).toBe('/abs');
  });
});

describe('parseSafely', () => {
  const bytes = new TextEncoder().encode('报告');

  it('turns a parser exception into an error record naming the file and the reason', async () => {
    const record = await parseSafely(async () => { throw new TypeError('cannot read x'); }, 'a.txt', bytes, 1000);
    expect(record.ok).toBe(false);
    expect(!record.ok && record.error).toContain('a.txt');
    expect(!record.ok && record.error).toContain('cannot read x');
    expect(record.source?.sha256).toBe(sha256Hex(bytes));
  });

  it('rejects a parser result that is not a record, and gives up on a hanging parser', async () => {
    const notRecord = await parseSafely(async () => 42 as never, 'a.txt', bytes, 1000);
    expect(notRecord.ok).toBe(false);
    const hung = await parseSafely(() => new Promise<AnyRecord>(() => {}), 'b.txt', bytes, 20);
    expect(hung.ok).toBe(false);
    expect(!hung.ok && hung.error).toContain('超时');
  });

  it('sets the record file to the path the site uses', async () => {
    const record = await parseSafely(async () => ({ ...realworldRecord('hongze-2023'), file: '/abs/x.pdf' }), 'x.pdf', bytes, 1000);
    expect(record.file).toBe('x.pdf');
  });

  it('digest changes with the bytes and with the parser version', () => {
    const a = entryDigest(sha256Hex(bytes), '1');
    expect(entryDigest(sha256Hex(bytes), '1')).toBe(a);
    expect(entryDigest(sha256Hex(bytes), '2')).not.toBe(a);
    expect(entryDigest(sha256Hex(new TextEncoder().encode('报告 ')), '1')).not.toBe(a);
  });
});

describe('summary', () => {
  it('counts read, flagged and unreadable files and lists unreadable ones for strict mode', () => {
    const ok = realworldRecord('huaian-2024');
    const flagged = { ...ok, checks: [{ code: 'row-sum', severity: 'warning' as const, message: 'x', line: 3, fields: [] }] };
    const info = { ...ok, checks: [{ code: 'note', severity: 'info' as const, message: 'x', line: 3, fields: [] }] };
    const bad: AnyRecord = { file: 'bad.pdf', ok: false, error: 'bad.pdf: 没有文本层', checks: [] };
    const s = summarize([ok, flagged, info, bad]);
    expect(s).toEqual({ read: 3, flagged: 1, unreadable: 1 });
    expect(summaryLine(s)).toContain('read 3 / flagged 1 / unreadable 1');
    expect(strictFailure([ok, bad])).toContain('bad.pdf: 没有文本层');
    expect(strictFailure([ok])).toBeNull();
    expect(isStrict({ ATLAS_STRICT: '1' })).toBe(true);
    expect(isStrict({ ATLAS_STRICT: '0' })).toBe(false);
    expect(isStrict({})).toBe(false);
  });
});

describe('reportsLoader', () => {
  it('stores one entry per file, ok or not, and logs one summary line', async () => {
    writeFileSync(join(dir, 'good.txt'), '年度报告 ERR');
    writeFileSync(join(dir, 'junk.txt'), 'not a report');
    writeFileSync(join(dir, 'crash.md'), '报告 THROW');
    const { parse } = countingParser();
    const { context, entries, logs } = fakeContext(dir);
    await reportsLoader({ parse, parserVersion: '1', dir }).load(context);
    expect([...entries.keys()].sort()).toEqual(['crash.md', 'good.txt', 'junk.txt']);
    const data = (id: string) => entries.get(id)!.data as unknown as ReportEntryData;
    expect(data('good.txt').record.ok).toBe(true);
    expect(data('junk.txt').record.ok).toBe(false);
    expect(data('crash.md').record.ok).toBe(false);
    expect(!data('crash.md').record.ok && data('crash.md').record.error).toContain('boom at line 3');
    expect(data('good.txt').source.sha256).toBe(sha256Hex(new TextEncoder().encode('年度报告 ERR')));
    expect(logs.filter((l) => l.includes('read 1 / flagged 1 / unreadable 2'))).toHaveLength(1);
  });

  it('does not reparse unchanged files, reparses edited ones and all of them after a parser change', async () => {
    writeFileSync(join(dir, 'a.txt'), '报告 A');
    writeFileSync(join(dir, 'b.txt'), '报告 B');
    const { parse, calls } = countingParser();
    const { context, entries } = fakeContext(dir);
    await reportsLoader({ parse, parserVersion: '1', dir }).load(context);
    expect(calls.sort()).toEqual(['a.txt', 'b.txt']);
    calls.length = 0;
    await reportsLoader({ parse, parserVersion: '1', dir }).load(context);
    expect(calls).toEqual([]);
    writeFileSync(join(dir, 'b.txt'), '报告 B edited');
    rmSync(join(dir, 'a.txt'));
    writeFileSync(join(dir, 'c.txt'), '报告 C');
    await reportsLoader({ parse, parserVersion: '1', dir }).load(context);
    expect(calls.sort()).toEqual(['b.txt', 'c.txt']);
    expect([...entries.keys()].sort()).toEqual(['b.txt', 'c.txt']);
    calls.length = 0;
    await reportsLoader({ parse, parserVersion: '2', dir }).load(context);
    expect(calls.sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('fails only in strict mode, listing each unreadable file with its reason', async () => {
    writeFileSync(join(dir, 'ok.txt'), '报告');
    writeFileSync(join(dir, 'empty.txt'), '');
    const { parse } = countingParser();
    await expect(reportsLoader({ parse, parserVersion: '1', dir, strict: false }).load(fakeContext(dir).context)).resolves.toBeUndefined();
    await expect(reportsLoader({ parse, parserVersion: '1', dir, strict: true }).load(fakeContext(dir).context)).rejects.toThrow(
      /  - empty\.txt: 不是年报/,
    );
  });
});
