/**
 * A worker thread that runs the parser. It imports the parser module named in
 * `workerData` (Node strips the types of the project's .ts files itself), says
 * when it is ready, then answers one message per file: the record, or why the
 * parser threw. Keep this file free of TypeScript-only syntax beyond types.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export type WorkerReply =
  | { ready: true }
  | { id: number; record: unknown }
  | { id: number; error: { name: string; message: string } };

const { parserModule, parserExport } = workerData as { parserModule: string; parserExport: string };
const port = parentPort!;
const parser = (await import(parserModule)) as Record<string, unknown>;
const parse = parser[parserExport];
if (typeof parse !== 'function') throw new Error(`${parserModule} has no function ${parserExport}`);

port.on('message', async (job: ParseJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, record: await parse({ file: job.file, bytes: job.bytes }) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { id: job.id, error: { name: e.name, message: e.message } };
  }
  try {
    port.postMessage(reply);
  } catch (error) {
    // A record that cannot be cloned is a parser bug; say so rather than hang.
    port.postMessage({ id: job.id, error: { name: 'DataCloneError', message: (error as Error).message } } satisfies WorkerReply);
  }
});
port.postMessage({ ready: true } satisfies WorkerReply);
