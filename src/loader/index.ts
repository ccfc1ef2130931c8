/**
 * The `reports` collection loader (Astro content layer).
 *
 * Every file under the reports folder becomes exactly one entry: a record
 * when the parser reads it, an error record when it does not. Entries are
 * keyed by the file's path and carry a digest of its bytes plus the parser
 * version, so unchanged files are not parsed again and a parser change
 * reparses everything. In `astro dev` the folder is watched.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { AnyRecord } from '../model/record.ts';
import { buildEntry, entryDigest, errorRecord, sha256Hex, type ParseFn, type ReportEntryData } from './entry.ts';
import { formatOf, listReportFiles, relativeReportPath, reportsDir } from './files.ts';
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
  /** Files read and parsed at once. */
  concurrency?: number;
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

  return {
    name: 'atlas-reports-loader',
    async load({ store, logger, config, watcher }: LoaderContext) {
      const dir = options.dir ?? reportsDir(process.env, fileURLToPath(config.root), process.cwd());
      const digestOf = (sha256: string) => entryDigest(sha256, options.parserVersion);

      /** Reads and (re)parses one file unless its digest is unchanged; returns its record. */
      async function sync(path: string): Promise<AnyRecord> {
        let bytes: Uint8Array;
        try {
          // A plain Uint8Array copy, not a Buffer: the contract is Uint8Array and pdfjs refuses Buffers.
          bytes = new Uint8Array(await readFile(`${dir}/${path}`));
        } catch (error) {
          const record = errorRecord(path, `无法读取文件：${(error as Error).message}`);
          store.set({ id: path, data: { record, source: { path, sha256: '', bytes: 0 } } as never, digest: `unreadable:${Date.now()}` });
          return record;
        }
        const sha256 = sha256Hex(bytes);
        const digest = digestOf(sha256);
        const existing = store.get(path);
        if (existing && existing.digest === digest) return (existing.data as unknown as ReportEntryData).record;
        const data = await buildEntry(options.parse, path, bytes, timeoutMs);
        store.set({ id: path, data: data as unknown as Record<string, unknown>, digest });
        return data.record;
      }

      const files = await listReportFiles(dir);
      const keep = new Set(files);
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);

      const records: AnyRecord[] = new Array(files.length);
      await eachLimited(
        files.map((f, i) => [f, i] as const),
        concurrency,
        async ([file, i]) => {
          records[i] = await sync(file);
        },
      );

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
