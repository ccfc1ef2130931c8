import { describe, expect, it } from 'vitest';
import { withChecks } from '../../src/checks/index.ts';
import {
  checksToJson,
  formatCheckLine,
  formatRecordLines,
  formatSummary,
  hasErrors,
  summarizeChecks,
} from '../../src/checks/reporter.ts';
import type { AnyRecord } from '../../src/model/record.ts';
import { realworldRecord } from './records.ts';

const unreadable: AnyRecord = {
  file: 'reports/empty.txt',
  ok: false,
  error: 'reports/empty.txt: 无法读取：文件为空（0 字节）：不是年度报告。',
  checks: [],
};

describe('formatCheckLine', () => {
  it('prints file:line: severity: message [code]', () => {
    expect(formatCheckLine('a/b.txt', { line: 12, severity: 'error', message: '第四部分…', code: 'review-total' })).toBe(
      'a/b.txt:12: error: 第四部分… [review-total]',
    );
  });

  it('leaves the line out when it is not known', () => {
    expect(formatCheckLine('a/b.txt', { line: null, severity: 'info', message: 'x', code: 'dates' })).toBe('a/b.txt: info: x [dates]');
  });
});

describe('formatRecordLines', () => {
  it('lists errors first, then warnings, then info, and can hide info', () => {
    const r = withChecks(realworldRecord('hongze-2023'));
    const lines = formatRecordLines(r);
    expect(lines.map((l) => l.split(': ')[1])).toEqual(['error', 'error', 'info', 'info']);
    expect(lines[0]).toMatch(/^tests\/fixtures\/realworld\/hongze-2023\.pdf: error: 第四部分“行政复议”/);
    expect(formatRecordLines(r, { minSeverity: 'warning' })).toHaveLength(2);
  });

  it('reports an unreadable file as one error, without repeating its name', () => {
    expect(formatRecordLines(unreadable)).toEqual(['reports/empty.txt: error: 无法读取：文件为空（0 字节）：不是年度报告。 [unreadable]']);
  });
});

describe('summary and JSON', () => {
  const records: AnyRecord[] = [withChecks(realworldRecord('huaian-2024')), withChecks(realworldRecord('hongze-2023')), unreadable];

  it('counts files, problems by severity, and files that fail', () => {
    expect(summarizeChecks(records)).toEqual({ files: 3, read: 2, unreadable: 1, failed: 2, errors: 3, warnings: 0, infos: 3 });
    expect(formatSummary(summarizeChecks(records))).toBe(
      '检查 3 个文件：3 个错误，0 个警告，3 条提示；无法读取 1 个 (3 files: 3 errors, 0 warnings, 3 info; 1 unreadable)',
    );
  });

  it('has errors exactly when some file has an error-level problem', () => {
    expect(hasErrors(records)).toBe(true);
    expect(hasErrors([records[0]])).toBe(false);
  });

  it('gives machines every problem with code, severity, line and fields', () => {
    const json = JSON.parse(JSON.stringify(checksToJson(records)));
    expect(json.files.map((f: { file: string; ok: boolean }) => [f.file, f.ok])).toEqual([
      ['tests/fixtures/realworld/huaian-2024.pdf', true],
      ['tests/fixtures/realworld/hongze-2023.pdf', true],
      ['reports/empty.txt', false],
    ]);
    const hongze = json.files[1];
    expect(hongze.problems.filter((p: { code: string }) => p.code === 'review-total')).toHaveLength(2);
    expect(hongze.problems[0]).toHaveProperty('fields');
    expect(json.summary.failed).toBe(2);
  });
});
