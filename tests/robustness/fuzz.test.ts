/**
 * Property: whatever damage is done to a seed report, parseReport never
 * throws, always returns a record that validates against recordSchema (an
 * ok record or an error record with a reason), within a time bound per case.
 * ~200 cases here with a fixed seed (reproducible); `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.ts';
import { recordSchema } from '../../src/model/record.ts';
import { applyTextEdit, encode, fuzzCase, materialize } from './mutations.ts';
import { seeds } from './seeds.ts';

const BOUND_MS = 5000;

describe('the mutations do what they say', () => {
  const text = 'a\tb\tc\n1\t2\t3\nx 12 y 3.5';
  it('edits lines, cells and numbers', () => {
    expect(applyTextEdit(text, { op: 'deleteLines', at: 0, count: 1 })).toBe('1\t2\t3\nx 12 y 3.5');
    expect(applyTextEdit(text, { op: 'duplicateLines', at: 0.5, count: 1 })).toBe('a\tb\tc\n1\t2\t3\n1\t2\t3\nx 12 y 3.5');
    expect(applyTextEdit(text, { op: 'swapLines', a: 0, b: 0.9 })).toBe('x 12 y 3.5\n1\t2\t3\na\tb\tc');
    expect(applyTextEdit(text, { op: 'deleteCell', line: 0.9, cell: 1 })).toBe('a\tb\tc\n1\t3\nx 12 y 3.5');
    expect(applyTextEdit(text, { op: 'swapCells', line: 0, a: 0, b: 2 })).toBe('c\tb\ta\n1\t2\t3\nx 12 y 3.5');
    expect(applyTextEdit(text, { op: 'replaceNumber', nth: 0.99, with: '约30' })).toBe('a\tb\tc\n1\t2\t3\nx 12 y 约30');
    expect(applyTextEdit(text, { op: 'cut', at: 0.5 })).toBe(text.slice(0, Math.floor(0.5 * (text.length + 1))));
  });
  it('encodes as asked', () => {
    expect([...encode('年', 'gbk')]).toEqual([0xc4, 0xea]);
    expect([...encode('年', 'utf-16be-bom')]).toEqual([0xfe, 0xff, 0x5e, 0x74]);
  });
  it('an unedited case is the seed itself', async () => {
    const { file, bytes } = materialize({ seed: 0, edits: [], encoding: 'utf-8', byteEdits: [], extension: '.txt' });
    expect(file).toBe(seeds[0].name);
    expect(Buffer.from(bytes).toString('utf8')).toBe(seeds[0].text);
  });
});

describe('parseReport on damaged seeds', () => {
  it('never throws, always returns a valid record, within the bound (200 cases)', async () => {
    let ok = 0;
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (c) => {
        const { file, bytes } = materialize(c);
        const started = performance.now();
        const record = await parseReport({ file, bytes });
        const ms = performance.now() - started;
        const valid = recordSchema.safeParse(record);
        if (!valid.success) throw new Error(`invalid record: ${valid.error.message}`);
        if (ms > BOUND_MS) throw new Error(`took ${Math.round(ms)} ms`);
        if (record.ok) ok++;
        else {
          errors++;
          // An error record always says which file and why.
          if (!record.error.startsWith(`${file}: `) || record.error.length < file.length + 6) throw new Error(`vague error: ${record.error}`);
          // A parser bug caught by parseReport's safety net is a failure too.
          if (record.error.includes('内部错误')) throw new Error(record.error);
        }
      }),
      { numRuns: 200, seed: 20261122 },
    );
    // The sample exercises both outcomes, not just one.
    expect(ok).toBeGreaterThan(50);
    expect(errors).toBeGreaterThan(0);
  }, 120_000);
});
