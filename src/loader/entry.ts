/**
 * Turning one file into one collection entry. Never throws: whatever goes
 * wrong (unreadable bytes, a parser exception, a parser that hangs) becomes
 * an error record that the data-quality page lists.
 */
import { createHash } from 'node:crypto';
import type { AnyRecord, ErrorRecord } from '../model/record.ts';
import { formatOf } from './files.ts';

/** Bump when what the loader stores changes shape, so cached entries are rebuilt. */
export const LOADER_VERSION = '2';

/**
 * What a parser is to the loader: bytes in, a record out. `signal` is aborted
 * when the loader gives up on the file (a parser may ignore it; the worker
 * pool stops the worker).
 */
export type ParseFn = (input: { file: string; bytes: Uint8Array; signal?: AbortSignal }) => Promise<AnyRecord>;

/** The data of one `reports` collection entry. */
export interface ReportEntryData {
  record: AnyRecord;
  source: {
    /** Path relative to the reports folder, forward slashes. Also the record's `file`. */
    path: string;
    sha256: string;
    bytes: number;
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The entry digest: the file's content hash plus the parser and loader
 * versions. Astro keeps its content cache across builds and only resets it
 * when the config or Astro changes, so a parser change must change the digest.
 */
export function entryDigest(sha256: string, parserVersion: string): string {
  return `${sha256}:${parserVersion}:${LOADER_VERSION}`;
}

/** The record for a file the parser could not handle. */
export function errorRecord(file: string, reason: string, sha256?: string, bytes?: number): ErrorRecord {
  const format = formatOf(file);
  return {
    file,
    ok: false,
    error: `${file}: ${reason}`,
    checks: [],
    source: { ...(format ? { format } : {}), ...(sha256 ? { sha256 } : {}), ...(bytes != null ? { bytes } : {}) },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Runs `parse`, turning exceptions, non-records and timeouts into error records. */
export async function parseSafely(
  parse: ParseFn,
  file: string,
  bytes: Uint8Array,
  timeoutMs: number,
  sha256: string = sha256Hex(bytes),
): Promise<AnyRecord> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const abort = new AbortController();
  const size = bytes.length;
  const timeout = new Promise<AnyRecord>((resolveTimeout) => {
    timer = setTimeout(() => {
      resolveTimeout(errorRecord(file, `解析超时（超过 ${timeoutMs / 1000} 秒），已放弃`, sha256, size));
      abort.abort(new Error('timeout'));
    }, timeoutMs);
  });
  try {
    const record = await Promise.race([parse({ file, bytes, signal: abort.signal }), timeout]);
    if (!record || typeof record !== 'object' || typeof (record as { ok?: unknown }).ok !== 'boolean') {
      return errorRecord(file, '解析器没有返回记录', sha256, bytes.length);
    }
    // The loader, not the parser, knows the path the site uses for this file.
    return { ...record, file };
  } catch (error) {
    return errorRecord(file, `解析时出错：${describe(error)}`, sha256, size);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the entry data for a file from its bytes. */
export async function buildEntry(
  parse: ParseFn,
  path: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<ReportEntryData> {
  const sha256 = sha256Hex(bytes);
  const record = await parseSafely(parse, path, bytes, timeoutMs, sha256);
  return { record, source: { path, sha256, bytes: bytes.length } };
}
