/**
 * The rules on records the real parser makes from the fixture files (not
 * hand-built records): what each report's check list holds from these rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/checks/index.ts';
import { isReport } from '../../src/model/record.ts';
import { parseReport } from '../../src/parse/index.ts';
import { fixtures } from './records.ts';

const ours = new Set(checkRules.map((r) => r.code));

/** [code, severity, line] of every error/warning from these rules, per fixture. */
const expected: Record<string, [string, string, number | null][]> = {
  'seeds/000_5d77362307499405.txt': [
    ['narrative', 'warning', 21], // 办理 13 条 vs 23
    ['dates', 'warning', 111], // 2024年1月25日 for the 2024 report
  ],
  'seeds/001_06c190fbb6a81427.txt': [],
  'seeds/002_5aff47976b242122.txt': [],
  'seeds/003_4a212a54c74a48a0.txt': [],
  'seeds/004_a0c218d13443adaa.txt': [['narrative', 'warning', 15]], // 未发生行政诉讼 vs 3 + 3
  'realworld/huaian-2024.pdftotext.txt': [],
  'realworld/hongze-2023.pdftotext.txt': [
    ['review-total', 'error', 149],
    ['review-total', 'error', 149],
  ],
  'realworld/hongze-2024.pdftotext.txt': [['narrative', 'warning', 30]], // 受理 17 件 vs 95
};

describe('checks on parsed fixtures', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      const file = fixtures + name;
      const record = await parseReport({ file, bytes: readFileSync(file) });
      expect(isReport(record)).toBe(true);
      const found = record.checks
        .filter((c) => ours.has(c.code) && c.severity !== 'info')
        .map((c) => [c.code, c.severity, c.line]);
      expect(found).toEqual(want);
    });
  }
});
