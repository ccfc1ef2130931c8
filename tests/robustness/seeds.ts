/**
 * The seed reports and their hand-read records, as the robustness tests use
 * them: bytes to mutate or re-encode, and the figures a parse must reproduce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyRecord } from '../../src/model/record.ts';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const seedsDir = join(fixturesDir, 'seeds');
export const hostileDir = join(fixturesDir, 'hostile');

export interface Seed {
  name: string;
  text: string;
  expected: Record<string, unknown>;
}

export const seeds: Seed[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(seedsDir, name), 'utf8'),
    expected: JSON.parse(readFileSync(join(seedsDir, name.replace(/\.txt$/, '.expected.json')), 'utf8')),
  }));

/** The parts of a record that must not change with the encoding or file name. */
export function figuresOf(r: AnyRecord | Record<string, unknown>) {
  const x = r as Record<string, unknown>;
  return {
    issuer: x.issuer,
    year: x.year,
    proactive: x.proactive,
    requests: x.requests,
    review: x.review,
    processingFeeYuan: x.processingFeeYuan,
  };
}
