/**
 * Parse throughput: the whole pipeline (`parseReport`) against `remark-parse`
 * alone on the same bytes — the floor any markdown-based reader pays. Both run
 * on one thread, in the same process, alternating rounds so that neither gets
 * a warmer machine; the best round of each counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseReport } from '../../src/parse/index.ts';

export interface CorpusFile {
  name: string;
  layout: string;
  bytes: Uint8Array;
}

export interface ThroughputRow {
  /** A layout of the generator, or `all`. */
  layout: string;
  files: number;
  bytes: number;
  pipelineMs: number;
  remarkMs: number;
  /** remark-parse with remark-gfm (pipe tables), what the markdown reader itself runs: context, not the floor. */
  gfmMs: number;
}

/** The generated files of a corpus folder with their layout, from its manifest (files moved away are skipped). */
export function readCorpus(dir: string): CorpusFile[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: { file: string; layout: string }[] };
  return manifest.files
    .filter((f) => existsSync(join(dir, f.file)))
    .map((f) => ({ name: f.file, layout: f.layout, bytes: new Uint8Array(readFileSync(join(dir, f.file))) }));
}

const remark = unified().use(remarkParse);
const remarkWithGfm = unified().use(remarkParse).use(remarkGfm);

/** remark-parse on the bytes, decoded as UTF-8 the way a VFile would be. */
function remarkOnly(bytes: Uint8Array, processor = remark): unknown {
  return processor.parse(new TextDecoder().decode(bytes));
}

async function timePipeline(files: readonly CorpusFile[]): Promise<number> {
  const start = performance.now();
  for (const f of files) await parseReport({ file: f.name, bytes: f.bytes });
  return performance.now() - start;
}

function timeRemark(files: readonly CorpusFile[], processor = remark): number {
  const start = performance.now();
  for (const f of files) remarkOnly(f.bytes, processor);
  return performance.now() - start;
}

/** Best-of-`rounds` times for both, per layout and over all files. */
export async function measureParse(files: readonly CorpusFile[], rounds = 3): Promise<ThroughputRow[]> {
  const layouts = [...new Set(files.map((f) => f.layout))].sort();
  const groups: [string, CorpusFile[]][] = [...layouts.map((l): [string, CorpusFile[]] => [l, files.filter((f) => f.layout === l)]), ['all', [...files]]];
  // Warm both code paths (JIT, lazy imports such as the HTML reader) before timing.
  await timePipeline(files.slice(0, 50));
  timeRemark(files.slice(0, 50));
  timeRemark(files.slice(0, 50), remarkWithGfm);
  const rows: ThroughputRow[] = [];
  for (const [layout, group] of groups) {
    let pipelineMs = Infinity;
    let remarkMs = Infinity;
    let gfmMs = Infinity;
    for (let r = 0; r < rounds; r++) {
      remarkMs = Math.min(remarkMs, timeRemark(group));
      gfmMs = Math.min(gfmMs, timeRemark(group, remarkWithGfm));
      pipelineMs = Math.min(pipelineMs, await timePipeline(group));
    }
    rows.push({ layout, files: group.length, bytes: group.reduce((s, f) => s + f.bytes.length, 0), pipelineMs, remarkMs, gfmMs });
  }
  return rows;
}

export interface PoolTiming {
  size: number;
  /** First pass: workers started fresh (loading the parser, cold JIT), as a build pays it. */
  coldMs: number;
  /** Second pass on the same workers: comparable with the best-of-rounds single-thread time. */
  warmMs: number;
}

/** Wall time of the loader's worker pool parsing every file, twice. */
export async function measurePool(files: readonly CorpusFile[], size: number): Promise<PoolTiming> {
  const { createParsePool } = await import('../../src/loader/pool.ts');
  const start = performance.now();
  const pool = createParsePool({
    parserModule: new URL('../../src/parse/index.ts', import.meta.url),
    size,
    fallback: parseReport,
    onFallback: (reason) => {
      throw new Error(`parse workers unavailable: ${reason}`);
    },
  });
  const pass = async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: size * 2 }, async () => {
        while (next < files.length) {
          const f = files[next++];
          await pool.parse({ file: f.name, bytes: f.bytes });
        }
      }),
    );
  };
  await pass();
  const coldMs = performance.now() - start;
  const warmStart = performance.now();
  await pass();
  const warmMs = performance.now() - warmStart;
  await pool.close();
  return { size, coldMs, warmMs };
}
