/**
 * Reading a report file from disk with the size cap applied before reading:
 * a file over `MAX_BYTES` is hashed as a stream (64 KB at a time) and refused,
 * so a 50 MB or 5 GB file never sits in memory, let alone in a string.
 * Callers that hold a path (the content loader, the CLIs) should use this
 * rather than `readFile` + `parseReport`.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { AnyRecord } from '../model/record.ts';
import { MAX_BYTES, oversizeRecord, parseReport } from '../parse/index.ts';

export type ReadOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; size: number; sha256: string };

/** SHA-256 of a file, streamed. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The file's bytes, or its size and hash when it is over `maxBytes`. */
export async function readReportFile(path: string, maxBytes = MAX_BYTES): Promise<ReadOutcome> {
  const { size } = await stat(path);
  if (size > maxBytes) return { ok: false, size, sha256: await sha256OfFile(path) };
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) return { ok: false, size: bytes.byteLength, sha256: await sha256OfFile(path) };
  return { ok: true, bytes };
}

/** Read and parse one file; `file` is the name the record carries (e.g. the path relative to the reports folder). */
export async function parseReportFile(path: string, file: string = path): Promise<AnyRecord> {
  const read = await readReportFile(path);
  return read.ok ? parseReport({ file, bytes: read.bytes }) : oversizeRecord(file, read.size, read.sha256);
}
