/**
 * Fuzzing inputs: the seed reports damaged the ways real files are damaged.
 * A case is a seed, a list of text edits (lines and cells deleted, duplicated,
 * swapped; numbers replaced by odd ones; markup and junk inserted; the file
 * cut), an encoding, byte-level edits (random bytes inserted, bytes cut) and a
 * file extension. Shared by tests/robustness/fuzz.test.ts (a sample in the
 * suite) and scripts/fuzz.ts (`npm run fuzz`, many cases).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { seeds } from './seeds.ts';

export type TextEdit =
  | { op: 'deleteLines'; at: number; count: number }
  | { op: 'duplicateLines'; at: number; count: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'deleteCell'; line: number; cell: number }
  | { op: 'duplicateCell'; line: number; cell: number }
  | { op: 'swapCells'; line: number; a: number; b: number }
  | { op: 'replaceNumber'; nth: number; with: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'blowUp'; at: number; text: string; times: number }
  | { op: 'cut'; at: number };

export type ByteEdit = { op: 'insertBytes'; at: number; bytes: number[] } | { op: 'cutBytes'; at: number };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be' | 'utf-16be-bom';

export interface FuzzCase {
  seed: number;
  edits: TextEdit[];
  encoding: Encoding;
  byteEdits: ByteEdit[];
  extension: string;
}

/** Positions are fractions of the current length, so edits apply to any text. */
// Uniform in [0, 1): fast-check's doubles and biased integers favour 0, which would cut most files to nothing.
const frac = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const oddNumbers = ['-3', '约30', '30余', '１２３', '1,234', '12.5', '0.0001', '99999999999999999999', '1e308', 'NaN', 'Infinity', '0x10', '若干', '无数据', '—', '/', '', ' ', '٣', '三十', '1 234', '12,34,5', '-', '+5', '５．５'];

const markup = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '</style><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<table><tr><td>1</td></tr></table>',
  '<!DOCTYPE html><html><body>',
  '| 规章 | 1 | 2 | 3 |\n| --- | --- | --- | --- |',
  '<!--',
  ']]>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '\u202e\u200b\ufeff',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '2024年政府信息公开工作年度报告',
  '一、总体情况',
  '\t\t\t\t\t\t\t\t',
  '3510000036123456789',
];

const insertText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...markup) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9\t ]{1,60}$/) },
);

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ op: fc.constant('deleteLines' as const), at: frac, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('duplicateLines' as const), at: frac, count: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant('swapLines' as const), a: frac, b: frac }),
  fc.record({ op: fc.constant('deleteCell' as const), line: frac, cell: fc.nat(12) }),
  fc.record({ op: fc.constant('duplicateCell' as const), line: frac, cell: fc.nat(12) }),
  fc.record({ op: fc.constant('swapCells' as const), line: frac, a: fc.nat(12), b: fc.nat(12) }),
  fc.record({ op: fc.constant('replaceNumber' as const), nth: frac, with: fc.oneof(fc.constantFrom(...oddNumbers), fc.string({ maxLength: 8 })) }),
  fc.record({ op: fc.constant('insert' as const), at: frac, text: insertText }),
  fc.record({ op: fc.constant('cut' as const), at: frac }),
  // Scale: one snippet repeated thousands of times (nesting, long runs, long lines, many rows).
  fc.record({
    op: fc.constant('blowUp' as const),
    at: frac,
    text: fc.constantFrom('<div>', '<table><tr><td>', '> ', '1', '10', '政', '\t', '行政许可', '（', '\n规章\t1\t2\t3', ' 1', '<b>', '|'),
    times: fc.integer({ min: 100, max: 30_000 }),
  }),
);

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('insertBytes' as const), at: frac, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
  fc.record({ op: fc.constant('cutBytes' as const), at: frac }),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  seed: fc.nat(seeds.length - 1),
  edits: fc.array(textEdit, { minLength: 0, maxLength: 6 }),
  encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'gbk', 'gb18030', 'utf-16le', 'utf-16le-bom', 'utf-16be', 'utf-16be-bom'),
  byteEdits: fc.oneof({ weight: 4, arbitrary: fc.constant([] as ByteEdit[]) }, { weight: 1, arbitrary: fc.array(byteEdit, { minLength: 1, maxLength: 3 }) }),
  // Mostly text; sometimes a text report under a web-page or markdown name.
  extension: fc.constantFrom('.txt', '.txt', '.txt', '.txt', '.txt', '.txt', '.txt', '.md', '.html', '.text'),
});

const index = (f: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(f * n)));

export function applyTextEdit(text: string, e: TextEdit): string {
  const lines = text.split('\n');
  const n = lines.length;
  switch (e.op) {
    case 'deleteLines':
      lines.splice(index(e.at, n), e.count);
      return lines.join('\n');
    case 'duplicateLines': {
      const at = index(e.at, n);
      lines.splice(at, 0, ...lines.slice(at, at + e.count));
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = index(e.a, n);
      const b = index(e.b, n);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'deleteCell':
    case 'duplicateCell':
    case 'swapCells': {
      const rows = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('\t') || l.includes('|'));
      if (rows.length === 0) return text;
      const [line, i] = rows[index(e.line, rows.length)];
      const sep = line.includes('\t') ? '\t' : '|';
      const cells = line.split(sep);
      if (e.op === 'deleteCell') cells.splice(e.cell % cells.length, 1);
      else if (e.op === 'duplicateCell') cells.splice(e.cell % cells.length, 0, cells[e.cell % cells.length]);
      else {
        const a = e.a % cells.length;
        const b = e.b % cells.length;
        [cells[a], cells[b]] = [cells[b], cells[a]];
      }
      lines[i] = cells.join(sep);
      return lines.join('\n');
    }
    case 'replaceNumber': {
      const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
      if (numbers.length === 0) return text;
      const m = numbers[index(e.nth, numbers.length)];
      return text.slice(0, m.index) + e.with + text.slice(m.index + m[0].length);
    }
    case 'insert': {
      const at = index(e.at, text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case 'cut':
      return text.slice(0, index(e.at, text.length + 1));
    case 'blowUp': {
      const at = index(e.at, text.length + 1);
      return text.slice(0, at) + e.text.repeat(e.times) + text.slice(at);
    }
  }
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gbk':
    case 'gb18030':
      return iconv.encode(text, encoding);
    case 'utf-16le':
    case 'utf-16be':
      return iconv.encode(text, encoding);
    case 'utf-16le-bom':
      return iconv.encode(text, 'utf-16le', { addBOM: true });
    case 'utf-16be-bom':
      return iconv.encode(text, 'utf-16be', { addBOM: true });
  }
}

export function applyByteEdit(bytes: Uint8Array, e: ByteEdit): Uint8Array {
  const at = index(e.at, bytes.length + 1);
  if (e.op === 'cutBytes') return bytes.slice(0, at);
  return Buffer.concat([bytes.subarray(0, at), Uint8Array.from(e.bytes), bytes.subarray(at)]);
}

/** The file a case stands for: its name and bytes. */
export function materialize(c: FuzzCase): { file: string; bytes: Uint8Array } {
  const seed = seeds[c.seed];
  const text = c.edits.reduce(applyTextEdit, seed.text);
  const bytes = c.byteEdits.reduce(applyByteEdit, encode(text, c.encoding));
  return { file: seed.name.replace(/\.txt$/, c.extension), bytes };
}
