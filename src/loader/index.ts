/**
 * The `reports` collection loader (Astro content layer).
 *
 * Every file under the reports folder becomes exactly one entry: a record
 * when the parser reads it, an error record when it does not. Entries are
 * keyed by the file's path and carry a digest of its bytes plus the parser
 * version, so unchanged files are not parsed again and a parser change
 * reparses everything. In `astro dev` the folder is watched.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readReportFile, type ReadOutcome } from '../corpus/read.ts';
import type { AnyRecord } from '../model/record.ts';
import { oversizeRecord } from '../parse/index.ts';
import { buildEntry, entryDigest, errorRecord, sha256Hex, type ParseFn, type ReportEntryData } from './entry.ts';
import { formatOf, listReportFiles, relativeReportPath, reportsDir } from './files.ts';
import { createParsePool, poolSizeFromEnv, type ParsePool } from './pool.ts';
import { isStrict, strictFailure, summarize, summaryLine } from './summary.ts';

export type { ReportEntryData, ParseFn } from './entry.ts';

export interface ReportsLoaderOptions {
  parse: ParseFn;
  parserVersion: string;
  /** Folder to read; defaults to `ATLAS_REPORTS_DIR` or `content/reports`. */
  dir?: string;
  /** Fail the build when a file is unreadable; defaults to `ATLAS_STRICT`. */
  strict?: boolean;
  /** Per-file parse time limit. */
  timeoutMs?: number;
  /** Files read and parsed at once when parsing on this thread. */
  concurrency?: number;
  /**
   * Module exporting the parser (`parseReport`), for parsing on worker threads.
   * Without it every file is parsed on the build's own thread with `parse`.
   */
  parserModule?: URL | string;
  /** Worker threads for parsing; defaults to `ATLAS_PARSE_WORKERS` or one per core. 0 parses on this thread. */
  workers?: number;
  /**
   * Fewest files to parse before workers are started: a worker needs 0.5–0.9 s to load the parser, about what
   * 100 files cost to parse on a cold thread, so fewer files parse faster here (measured on 2 cores).
   */
  minFilesForWorkers?: number;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(workers);
}

export function reportsLoader(options: ReportsLoaderOptions): Loader {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const concurrency = options.concurrency ?? 4;
  const minFilesForWorkers = options.minFilesForWorkers ?? 150;

  return {
    name: 'atlas-reports-loader',
    async load({ store, logger, config, watcher }: LoaderContext) {
      const dir = options.dir ?? reportsDir(process.env, fileURLToPath(config.root), process.cwd());
      const digestOf = (sha256: string) => entryDigest(sha256, options.parserVersion);

      /** The stored record of `path` when the file on disk still has the stored digest, else null. */
      async function cached(path: string): Promise<AnyRecord | null> {
        const existing = store.get(path);
        if (!existing) return null;
        let read: ReadOutcome;
        try {
          read = await readReportFile(`${dir}/${path}`);
        } catch {
          return null;
        }
        const sha256 = read.ok ? sha256Hex(read.bytes) : read.sha256;
        return existing.digest === digestOf(sha256) ? (existing.data as unknown as ReportEntryData).record : null;
      }

      /** Reads and (re)parses one file unless its digest is unchanged; returns its record. */
      async function sync(path: string, parse: ParseFn = options.parse): Promise<AnyRecord> {
        let read: ReadOutcome;
        try {
          // The size cap applies before reading: an oversized file is hashed as a stream, never held in memory.
          read = await readReportFile(`${dir}/${path}`);
        } catch (error) {
          const record = errorRecord(path, `无法读取文件：${(error as Error).message}`);
          store.set({ id: path, data: { record, source: { path, sha256: '', bytes: 0 } } as never, digest: `unreadable:${Date.now()}` });
          return record;
        }
        if (!read.ok) {
          const record = oversizeRecord(path, read.size, read.sha256);
          store.set({ id: path, data: { record, source: { path, sha256: read.sha256, bytes: read.size } } as never, digest: digestOf(read.sha256) });
          return record;
        }
        // A plain Uint8Array copy, not a Buffer: the contract is Uint8Array and pdfjs refuses Buffers.
        const bytes = new Uint8Array(read.bytes);
        const sha256 = sha256Hex(bytes);
        const digest = digestOf(sha256);
        const existing = store.get(path);
        if (existing && existing.digest === digest) return (existing.data as unknown as ReportEntryData).record;
        const data = await buildEntry(parse, path, bytes, timeoutMs);
        store.set({ id: path, data: data as unknown as Record<string, unknown>, digest });
        return data.record;
      }

      const files = await listReportFiles(dir);
      const keep = new Set(files);
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);

      // First the cache: unchanged files keep their stored record without being parsed.
      const records: AnyRecord[] = new Array(files.length);
      const stale: number[] = [];
      await eachLimited(
        files.map((f, i) => [f, i] as const),
        16,
        async ([file, i]) => {
          const record = await cached(file);
          if (record) records[i] = record;
          else stale.push(i);
        },
      );

      // Then the files to parse: on worker threads when there are enough of them to pay for starting the workers.
      const parseStart = performance.now();
      const workers = options.workers ?? poolSizeFromEnv(process.env);
      let pool: ParsePool | null = null;
      if (options.parserModule && workers > 0 && stale.length >= minFilesForWorkers) {
        pool = createParsePool({
          parserModule: options.parserModule,
          size: Math.min(workers, stale.length),
          fallback: options.parse,
          onFallback: (reason) => logger.warn(`无法启动解析线程，改在主线程解析 (parse workers unavailable: ${reason})`),
        });
      }
      try {
        await eachLimited(
          stale.sort((a, b) => a - b),
          pool ? pool.size * 2 : concurrency,
          async (i) => {
            records[i] = await sync(files[i], pool ? pool.parse : options.parse);
          },
        );
      } finally {
        await pool?.close();
      }
      if (stale.length > 0) {
        const seconds = ((performance.now() - parseStart) / 1000).toFixed(1);
        const threads = pool ? `${pool.size} 个线程，` : '';
        logger.info(
          `解析 ${stale.length} 个文件（${threads}${seconds} 秒），${files.length - stale.length} 个未变沿用缓存 (parsed ${stale.length} in ${seconds} s, cached ${files.length - stale.length})`,
        );
      }

      if (files.length === 0) logger.warn(`没有找到年报文件 (no report files in ${dir})`);
      logger.info(summaryLine(summarize(records)));
      const strict = options.strict ?? isStrict(process.env);
      const failure = strict ? strictFailure(records) : null;
      if (failure) throw new Error(failure);

      if (!watcher) return;
      // Dev server: pick up added, edited and removed reports without a restart.
      watcher.add(dir);
      const pathIn = (changed: string): string | null => {
        const rel = relativeReportPath(dir, changed);
        return rel && formatOf(rel) ? rel : null;
      };
      const onChange = async (changed: string) => {
        const rel = pathIn(changed);
        if (!rel) return;
        const record = await sync(rel);
        logger.info(`已重新读取 ${rel}${record.ok ? '' : `（无法读取：${record.error}）`}`);
      };
      watcher.on('add', onChange);
      watcher.on('change', onChange);
      watcher.on('unlink', (removed: string) => {
        const rel = pathIn(removed);
        if (!rel || !store.has(rel)) return;
        store.delete(rel);
        logger.info(`已移除 ${rel}`);
      });
    },
  };
}
