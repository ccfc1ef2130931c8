/**
 * Every code a record's `checks` can hold is described once (allRules), so
 * the methodology page, docs/checks.md and the linter explain all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/checks/index.ts';
import { parseReport } from '../../src/parse/index.ts';
import { methodRules } from '../../src/site/about.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const inputs = [
  ...readdirSync(join(fixtures, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, 'seeds', f)),
  ...readdirSync(join(fixtures, 'realworld')).filter((f) => f.endsWith('.pdftotext.txt')).map((f) => join(fixtures, 'realworld', f)),
  ...readdirSync(join(fixtures, 'hostile')).filter((f) => f !== 'README.md').map((f) => join(fixtures, 'hostile', f)),
  join(fixtures, 'forms', 'form-2019.txt'),
];

describe('the rule registry', () => {
  it('has each code once, with a Chinese title and description', () => {
    const codes = allRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of allRules) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('describes every code the pipeline emits on the fixtures (seeds, realworld, hostile, 2019 form)', async () => {
    const known = new Set(allRules.map((r) => r.code));
    const seen = new Set<string>();
    for (const file of inputs) {
      const record = await parseReport({ file, bytes: readFileSync(file) });
      for (const c of record.checks) seen.add(c.code);
    }
    // The fixtures exercise most codes; none may be undocumented.
    expect(seen.size).toBeGreaterThan(15);
    expect([...seen].filter((c) => !known.has(c))).toEqual([]);
  });

  it('docs/checks.md describes every code', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'checks.md'), 'utf8');
    for (const r of allRules) expect(doc, r.code).toContain(`| \`${r.code}\` |`);
  });

  it('lists every rule on the methodology page, reading steps first', () => {
    const rules = methodRules();
    expect(rules).toHaveLength(allRules.length);
    expect(rules[0].stage).toBe('读取');
  });
});
