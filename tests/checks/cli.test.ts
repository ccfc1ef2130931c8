/**
 * The publishers' linter end to end: spawn `scripts/check-reports.ts` on
 * copies of a seed, clean and with a number changed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './records.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function lint(...args: string[]) {
  const run = spawnSync(process.execPath, [tsx, join(root, 'scripts/check-reports.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
const seed = '002_5aff47976b242122.txt'; // 石台: tables, prose and fee all consistent

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-reports-'));
  mkdirSync(join(dir, 'clean'));
  mkdirSync(join(dir, 'broken', 'nested'), { recursive: true });
  copyFileSync(join(fixtures, 'seeds', seed), join(dir, 'clean', seed));
  // One cell per line: "（一）予以公开" is followed by its seven figures; print 8 instead of 9 自然人.
  const lines = readFileSync(join(fixtures, 'seeds', seed), 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes('（一）予以公开'));
  expect(lines[at + 1]).toBe('\t9');
  lines[at + 1] = '\t8';
  writeFileSync(join(dir, 'broken', 'nested', 'shitai-broken.txt'), lines.join('\n'));
  writeFileSync(join(dir, 'broken', 'notes.csv'), 'not a report');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check-reports', () => {
  it('exits 0 on a clean report and prints a summary', () => {
    const run = lint(join(dir, 'clean'));
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n');
    expect(out.at(-1)).toMatch(/^检查 1 个文件：0 个错误，0 个警告/);
    expect(run.stdout).not.toMatch(/: error: /);
  });

  it('exits 1 on a broken report, naming file, line, rule and figures', () => {
    const run = lint(join(dir, 'broken'));
    expect(run.status).toBe(1);
    const file = join(dir, 'broken', 'nested', 'shitai-broken.txt');
    const errors = run.stdout.split('\n').filter((l) => l.includes(': error: '));
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const line of errors) expect(line.startsWith(`${file}:`)).toBe(true);
    // The 自然人 cells no longer add up across the row nor down the column.
    expect(errors.some((l) => /^.+:\d+: error: 第三部分“予以公开”行：六类申请人 8 \+ 0 \+ 0 \+ 0 \+ 0 \+ 0 = 8，但“总计”列为 9 \[row-sum\]$/.test(l))).toBe(true);
    expect(errors.some((l) => l.includes('[column-sum]') && l.includes('“自然人”列'))).toBe(true);
    expect(run.stdout).not.toContain('notes.csv');
  });

  it('prints JSON with --json and still exits by severity', () => {
    const run = lint('--json', join(dir, 'clean'), join(dir, 'broken'));
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.summary).toMatchObject({ files: 2, read: 2, unreadable: 0, failed: 1 });
    const broken = json.files.find((f: { file: string }) => f.file.endsWith('shitai-broken.txt'));
    expect(broken.problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['row-sum', 'column-sum']));
  });

  it('counts an unreadable or missing file as an error', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const run = lint(empty, join(dir, 'no-such-file.txt'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${empty}: error: `);
    expect(run.stdout).toContain('[unreadable]');
    expect(run.stdout).toMatch(/无法读取 2 个/);
  });

  it('exits 2 with usage when given no path', () => {
    const run = lint();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run check-reports');
  });
});
