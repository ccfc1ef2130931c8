/**
 * Compare a parsed record with the ground truth of a synthetic file: the
 * fields a parser must get exactly right (issuer, year, publication date,
 * every table cell, the processing fee) and the check codes that must fire.
 */
import { leafFields } from '../model/catalogue.ts';
import type { AnyRecord } from '../model/record.ts';
import type { SynthRecord } from './record.ts';

export interface FieldDifference {
  path: string;
  expected: unknown;
  actual: unknown;
}

function at(record: unknown, path: string): unknown {
  let cur = record;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Every leaf the round trip must preserve, by record path. */
export function comparedPaths(options: { publishedOn?: boolean } = {}): string[] {
  return ['issuer', 'year', ...(options.publishedOn === false ? [] : ['publishedOn']), ...leafFields().map((f) => f.path)];
}

/** The paths where the parsed record differs from the truth (empty when they agree). */
export function diffRecord(truth: SynthRecord, parsed: AnyRecord, options: { publishedOn?: boolean } = {}): FieldDifference[] {
  if (!parsed.ok) return [{ path: 'ok', expected: true, actual: parsed.error }];
  const out: FieldDifference[] = [];
  for (const path of comparedPaths(options)) {
    const expected = at(truth, path) ?? null;
    const actual = at(parsed, path) ?? null;
    if (expected !== actual) out.push({ path, expected, actual });
  }
  return out;
}

/** Expected check codes the parsed record does not report (any severity counts). */
export function missingChecks(expected: readonly { code: string }[], parsed: AnyRecord): string[] {
  const fired = new Set(parsed.checks.map((c) => c.code));
  return [...new Set(expected.map((c) => c.code))].filter((code) => !fired.has(code));
}
