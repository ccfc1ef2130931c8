/**
 * Hostile and broken files (tests/fixtures/hostile, see its README): each
 * gives, within a generous time bound, either an ok record with the right
 * figures and checks naming the problem, or an error record whose reason
 * names the file and what was expected.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.ts';
import { recordSchema, type AnyRecord, type ReportRecord } from '../../src/model/record.ts';
import { figuresOf, hostileDir, seeds } from './seeds.ts';

/** Correctness bound, not a benchmark: a file that takes this long is stuck. */
const BOUND_MS = 5000;
const golden = seeds.find((s) => s.name.startsWith('000_'))!.expected as unknown as ReportRecord;

async function parseTimed(file: string, bytes: Uint8Array): Promise<AnyRecord> {
  const started = performance.now();
  const record = await parseReport({ file, bytes });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  // Whatever happened, the record honours the contract.
  expect(recordSchema.safeParse(record).success).toBe(true);
  return record;
}

async function hostile(name: string): Promise<AnyRecord> {
  return parseTimed(name, readFileSync(join(hostileDir, name)));
}

async function ok(name: string): Promise<ReportRecord> {
  const r = await hostile(name);
  if (!r.ok) throw new Error(`${name} should be read: ${r.error}`);
  return r as ReportRecord;
}

const codes = (r: ReportRecord) => r.checks.map((c) => c.code);
const checkOf = (r: ReportRecord, code: string) => r.checks.filter((c) => c.code === code);

it('every hostile file is covered by this test and documented in the README', () => {
  const readme = readFileSync(join(hostileDir, 'README.md'), 'utf8');
  const files = readdirSync(hostileDir).filter((f) => f !== 'README.md');
  expect(files.length).toBeGreaterThanOrEqual(14);
  const self = readFileSync(import.meta.filename, 'utf8');
  for (const f of files) {
    expect(readme, f).toContain(`| ${f} |`);
    expect(self, f).toContain(`'${f}'`);
  }
});

describe('unreadable files give an error record naming the file and the reason', () => {
  const cases: [string, RegExp][] = [
    ['empty.txt', /空/],
    ['binary.txt', /二进制|NUL|编码/],
    ['image-renamed.txt', /二进制|NUL/],
  ];
  for (const [name, reason] of cases) {
    it(name, async () => {
      const r = await hostile(name);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.startsWith(`${name}: `)).toBe(true);
      expect(r.error).toMatch(reason);
      expect(r.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }
});

describe('damaged reports are read with the right figures and checks naming the damage', () => {
  it('base.txt (the undamaged short copy) has the seed figures', async () => {
    const r = await ok('base.txt');
    expect(figuresOf(r)).toEqual(figuresOf(golden));
  });

  it('truncated-mid-table.txt keeps what was printed and leaves the rest null, not 0', async () => {
    const r = await ok('truncated-mid-table.txt');
    expect(r.proactive).toEqual(golden.proactive);
    expect(r.requests.newReceived).toEqual(golden.requests.newReceived);
    expect(r.requests.granted).toEqual(golden.requests.granted);
    expect(r.requests.withheldProhibitedByLaw).toBeNull();
    expect(r.requests.totalHandled).toBeNull();
    expect(Object.values(r.review).flatMap((g) => Object.values(g))).toEqual(Array(15).fill(null));
    // The reader is told rows and the §四 table are missing.
    const missing = r.checks.filter((c) => c.severity !== 'info' && /缺少/.test(c.message));
    expect(missing.some((c) => c.message.includes('法律法规禁止'))).toBe(true);
    expect(missing.some((c) => c.message.includes('第四部分'))).toBe(true);
  });

  it('extra-missing-columns.txt drops the extra number by arithmetic and flags the short row', async () => {
    const r = await ok('extra-missing-columns.txt');
    expect(r.requests.newReceived).toEqual(golden.requests.newReceived);
    const extra = checkOf(r, 'value-count').find((c) => c.fields.includes('requests.newReceived.total'));
    expect(extra?.message).toMatch(/印有 8 个数字，应为 7 个/);
    const short = checkOf(r, 'value-count').find((c) => c.fields.includes('requests.granted.total'));
    expect(short?.severity).toBe('warning');
    expect(short?.message).toMatch(/只印有 6 个数字/);
    // The padded column is blank, not an invented 0.
    expect(r.requests.granted?.total).toBeNull();
  });

  it('number-formats.txt reads 2,754 and １１４ and flags 12.5, -3 and 约30', async () => {
    const r = await ok('number-formats.txt');
    expect(r.proactive.licensing).toBe(2754);
    expect(r.proactive.punishment).toBe(114);
    expect(r.proactive.coercion).toBe(-3);
    expect(r.proactive.rules.issued).toBe(12.5);
    expect(r.requests.newReceived?.natural).toBe(30);
    expect(checkOf(r, 'negative-figure')).toMatchObject([{ severity: 'error', fields: ['proactive.coercion'], line: 16 }]);
    expect(checkOf(r, 'negative-figure')[0].message).toMatch(/行政强制.*-3/);
    expect(checkOf(r, 'fractional-count')).toMatchObject([{ severity: 'error', fields: ['proactive.rules.issued'] }]);
    expect(checkOf(r, 'fractional-count')[0].message).toMatch(/规章.*12\.5/);
    expect(checkOf(r, 'approximate-figure')).toMatchObject([{ severity: 'warning', fields: ['requests.newReceived.natural'] }]);
    expect(checkOf(r, 'approximate-figure')[0].message).toMatch(/约30/);
    // 万元 may be fractional: the fee is not flagged.
    expect(r.checks.some((c) => c.fields.includes('proactive.administrativeFeesWan') && c.code === 'fractional-count')).toBe(false);
  });

  it('text-for-numbers.txt records the words as null without shifting the other columns', async () => {
    const r = await ok('text-for-numbers.txt');
    expect(r.proactive.licensing).toBeNull();
    expect(r.printed?.['proactive.licensing']).toBe('若干');
    expect(r.requests.carriedOver).toEqual({ ...golden.requests.carriedOver, natural: null });
    const words = checkOf(r, 'not-a-number');
    expect(words.map((c) => c.fields[0]).sort()).toEqual(['proactive.licensing', 'requests.carriedOver.natural']);
    expect(words.map((c) => c.message).join()).toMatch(/若干.*无数据|无数据.*若干/);
  });

  it('duplicated-table.txt reads the table once and notes the repeat', async () => {
    const r = await ok('duplicated-table.txt');
    expect(figuresOf(r)).toEqual(figuresOf(golden));
    const dups = checkOf(r, 'duplicate-row');
    expect(dups.length).toBeGreaterThanOrEqual(20);
    expect(dups.every((c) => c.severity === 'info')).toBe(true);
  });

  it('duplicated-table-conflict.txt keeps the first figures and warns about the different second ones', async () => {
    const r = await ok('duplicated-table-conflict.txt');
    expect(r.requests.totalHandled).toEqual(golden.requests.totalHandled);
    const conflict = checkOf(r, 'duplicate-row').filter((c) => c.severity === 'warning');
    expect(conflict).toHaveLength(1);
    expect(conflict[0].message).toMatch(/30 0 0 0 0 1 31/);
  });

  it('two-reports.txt reads the first report only and says where the second starts', async () => {
    const r = await ok('two-reports.txt');
    expect(figuresOf(r)).toEqual(figuresOf(golden));
    expect(r.publishedOn).toBe(golden.publishedOn);
    const two = checkOf(r, 'two-reports');
    expect(two).toHaveLength(1);
    expect(two[0].severity).toBe('error');
    expect(two[0].message).toMatch(/利通区/);
    const text = readFileSync(join(hostileDir, 'two-reports.txt'), 'utf8').split('\n');
    expect(text[two[0].line! - 1]).toMatch(/利通区.*年度报告/);
    // Nothing of the second report is compared with the first (its prose said 38 requests).
    expect(r.checks.some((c) => /38/.test(c.message) && c.code === 'narrative')).toBe(false);
  });

  it('markup-in-text.txt keeps the figures, drops markup from the issuer and flags the markup', async () => {
    const r = await ok('markup-in-text.txt');
    expect(figuresOf(r)).toEqual(figuresOf(golden));
    expect(r.issuer).toBe('化隆县人民政府');
    const lines = checkOf(r, 'markup-in-text').map((c) => c.line);
    expect(lines).toEqual([2, 7, 19, 50, 62]);
  });

  it('raw-html.md reads its §二 figures and no script text', async () => {
    const r = await ok('raw-html.md');
    expect(r.proactive).toEqual(golden.proactive);
    expect(r.issuer).toBe('化隆县人民政府');
    expect(checkOf(r, 'markup-in-text').length).toBeGreaterThanOrEqual(4);
    expect(r.checks.some((c) => c.severity === 'error' && c.message.includes('第三部分'))).toBe(true);
  });

  it('script-laden.html reads the report and nothing from scripts or handlers', async () => {
    const r = await ok('script-laden.html');
    expect(figuresOf(r)).toEqual(figuresOf(golden));
    expect(r.source?.format).toBe('html');
    expect(JSON.stringify(r)).not.toMatch(/alert|javascript:/);
  });
});

describe('a file name with markup in it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('is kept verbatim as the record file (the site escapes it) and the report is read', async () => {
    const name = '<img src=x onerror=alert(1)>"\'&<script>.txt';
    let path: string;
    try {
      path = join(dir, name);
      writeFileSync(path, readFileSync(join(hostileDir, 'base.txt')));
    } catch {
      return; // a file system that refuses such names cannot hold the attack either
    }
    const r = await parseTimed(name, readFileSync(path));
    expect(r.ok).toBe(true);
    expect(r.file).toBe(name);
    expect(figuresOf(r)).toEqual(figuresOf(golden));
  });
});

describe('pathological inputs generated here (each once slow, overflowing or misread)', () => {
  const base = readFileSync(join(hostileDir, 'base.txt'), 'utf8');
  const parseText = (file: string, text: string) => parseTimed(file, Buffer.from(text));

  it('lone CR line endings (old Mac exports) are lines, not one long line', async () => {
    const r = await parseText('cr.txt', base.replace(/\n/g, '\r'));
    expect(r.ok && figuresOf(r)).toEqual(figuresOf(golden));
    expect(r.ok && r.publishedOn).toBe(golden.publishedOn);
  });

  it('a whole report on one line with a long tail is done within the bound (was ~50 s: label LCS and stray-token search)', async () => {
    const r = await parseText('one-line.txt', `${base.replace(/\n/g, ' ')}${'政'.repeat(300_000)}`);
    expect(r.ok ? r.checks.length : r.error.length).toBeGreaterThan(0);
  });

  it('a 5000-digit figure is text (not-a-number), never Infinity', async () => {
    const r = await parseText('digits.txt', base.replace('行政许可\t2754', `行政许可\t${'1'.repeat(5000)}`));
    if (!r.ok) throw new Error(r.error);
    expect(r.proactive.licensing).toBeNull();
    const check = r.checks.find((c) => c.code === 'not-a-number' && c.fields[0] === 'proactive.licensing');
    expect(check?.message).toMatch(/共 5000 个字符/);
    expect(check!.message.length).toBeLessThan(200);
  });

  it('a 13,000-digit run in a seven-column row is not enumerated for splits (took minutes)', async () => {
    const r = await parseText('run.txt', base.replace('(七) 总计\t22\t0\t0\t0\t0\t0\t1\t23', `(七) 总计\t${'1'.repeat(13_000)}`));
    if (!r.ok) throw new Error(r.error);
    expect(r.requests.totalHandled?.natural).toBeNull();
    expect(r.checks.some((c) => c.code === 'not-a-number' && c.fields[0] === 'requests.totalHandled.natural')).toBe(true);
  });

  it('a label of 80,000 characters is not compared character by character', async () => {
    const r = await parseText('label.txt', base.replace('行政许可\t2754', `${'行政许可'.repeat(20_000)}\t2754`));
    expect(r.ok).toBe(true);
  });

  for (const [name, text] of [
    ['nested.html', `<html><body>${'<div>'.repeat(60_000)}${base.replace(/\n/g, '<br>')}</body></html>`],
    ['nested.md', `${'> '.repeat(20_000)}x\n\n| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规章 | 1 |\n`],
  ] as const) {
    it(`${name}: tens of thousands of nesting levels give an error record, not a stack overflow`, async () => {
      const r = await parseText(name, text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(new RegExp(`^${name.replace('.', '\\.')}: 无法读取：文件的结构嵌套过深`));
    });
  }
});

describe('looksLikeHtml (choosing the web-page reader for a .txt)', () => {
  it('needs a closed table, and stays linear with many unclosed ones', async () => {
    const { looksLikeHtml } = await import('../../src/ingest/index.ts');
    expect(looksLikeHtml('前言\n<table border=1><tr><td>规章</td></tr></table>')).toBe(true);
    expect(looksLikeHtml('<TABLE>\n</TABLE>')).toBe(true);
    expect(looksLikeHtml('</table> 之后 <table>')).toBe(false);
    expect(looksLikeHtml('规章\t1\t2\t3')).toBe(false);
    const started = performance.now();
    expect(looksLikeHtml('<table><tr><td>'.repeat(13_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
