/**
 * Parsing on worker threads. Astro runs the content loader inside the build
 * process, on one thread; parsing a few thousand reports there leaves every
 * other core idle. The pool keeps `size` workers (each imports the parser
 * once) and hands each one file at a time, so a slow file never holds up the
 * rest.
 *
 * A parse that is aborted (the loader's time limit) terminates its worker and
 * starts a fresh one: unlike a promise race on the main thread, this really
 * stops a parser stuck in a loop. If workers cannot start at all (a Node
 * without type stripping, a parser module that fails to import), the pool
 * says why once and parses on the calling thread instead, so the build
 * still succeeds.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnyRecord } from '../model/record.ts';
import type { ParseFn } from './entry.ts';
import type { ParseJob, WorkerReply } from './parse-worker.ts';

export interface ParsePoolOptions {
  /** Module exporting the parser (a file URL); imported by every worker. */
  parserModule: URL | string;
  /** Name of the exported parse function. */
  parserExport?: string;
  /** Number of workers. */
  size: number;
  /** Parser used on this thread when workers cannot run. */
  fallback: ParseFn;
  /** Told once why workers are not used. */
  onFallback?: (reason: string) => void;
  /** The worker script; defaults to parse-worker.ts beside this file. */
  workerScript?: URL;
}

export interface ParsePool {
  readonly size: number;
  /** Parses on a worker; honours `signal` by terminating the worker running the file. */
  parse: ParseFn;
  /** Stops every worker. Pending parses are rejected. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  resolve: (record: AnyRecord) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

/**
 * Workers worth starting on this machine: one per core. The loader's own
 * thread only reads, hashes and stores files meanwhile (about a sixth of a
 * core when the workers are busy, measured); leaving it a core of its own
 * (cores − 1 workers) gave no speed-up at all on two cores.
 */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.max(1, cores);
}

/**
 * Pool size from `ATLAS_PARSE_WORKERS` (0 turns workers off), else the default.
 * An unreadable value falls back to the default.
 */
export function poolSizeFromEnv(env: Record<string, string | undefined>, cores: number = availableParallelism()): number {
  const raw = env.ATLAS_PARSE_WORKERS?.trim();
  if (raw && /^\d+$/.test(raw)) return Number(raw);
  return defaultPoolSize(cores);
}

function abortError(signal: AbortSignal): Error {
  const reason = signal.reason;
  if (reason instanceof Error) return reason;
  const e = new Error(typeof reason === 'string' ? reason : 'parse aborted');
  e.name = 'AbortError';
  return e;
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const script = options.workerScript ?? new URL('./parse-worker.ts', import.meta.url);
  const parserModule = String(options.parserModule);
  const parserExport = options.parserExport ?? 'parseReport';
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let broken: string | null = null;
  let closed = false;

  function runOnThisThread(job: Job): void {
    detach(job);
    options.fallback({ file: job.file, bytes: job.bytes, signal: job.signal }).then(job.resolve, job.reject);
  }

  function giveUpOnWorkers(reason: string): void {
    if (broken) return;
    broken = reason;
    options.onFallback?.(reason);
    for (const slot of slots.splice(0)) {
      void slot.worker.terminate();
      if (slot.job) runOnThisThread(slot.job);
    }
    for (const job of queue.splice(0)) runOnThisThread(job);
  }

  function detach(job: Job): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
  }

  function spawn(): Slot {
    // Node strips types by itself, but the parser also uses TypeScript that needs transforming
    // (parameter properties); the flag exists from Node 22.7 and is quiet about being experimental.
    const worker = new Worker(script, {
      workerData: { parserModule, parserExport },
      execArgv: [...process.execArgv, '--experimental-transform-types', '--disable-warning=ExperimentalWarning'],
    });
    // Idle workers must not keep a finished build alive; busy ones must keep it waiting for them.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: null };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      worker.unref();
      detach(job);
      if ('record' in reply) job.resolve(reply.record as AnyRecord);
      else {
        const error = new Error(reply.error.message);
        error.name = reply.error.name;
        job.reject(error);
      }
      dispatch();
    });
    worker.on('error', (error) => {
      if (!slot.ready) return giveUpOnWorkers(`${error.name}: ${error.message}`);
      // The parser crashed the worker (e.g. out of memory): fail this file, carry on with a fresh worker.
      replace(slot, error);
    });
    worker.on('exit', (code) => {
      if (closed || broken || !slots.includes(slot)) return;
      if (!slot.ready) return giveUpOnWorkers(`worker exited with code ${code} before the parser loaded`);
      replace(slot, new Error(`解析进程意外退出（exit ${code}）`));
    });
    return slot;
  }

  function replace(slot: Slot, error: Error): void {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    slot.job = null;
    void slot.worker.terminate();
    slots[i] = spawn();
    if (job) {
      detach(job);
      job.reject(error);
    }
    dispatch();
  }

  function dispatch(): void {
    if (broken) return;
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      const message: ParseJob = { id: job.id, file: job.file, bytes: job.bytes };
      slot.worker.postMessage(message);
    }
  }

  try {
    for (let i = 0; i < options.size; i++) slots.push(spawn());
  } catch (error) {
    // e.g. a Node that rejects the flags above.
    giveUpOnWorkers(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }

  return {
    size: options.size,
    parse({ file, bytes, signal }) {
      return new Promise<AnyRecord>((resolve, reject) => {
        const job: Job = { id: nextId++, file, bytes, resolve, reject, signal };
        if (closed) return reject(new Error('parse pool is closed'));
        if (signal?.aborted) return reject(abortError(signal));
        if (broken) return runOnThisThread(job);
        if (signal) {
          job.onAbort = () => {
            const queued = queue.indexOf(job);
            if (queued >= 0) queue.splice(queued, 1);
            const slot = slots.find((s) => s.job === job);
            if (slot) replace(slot, abortError(signal));
            else reject(abortError(signal));
          };
          signal.addEventListener('abort', job.onAbort, { once: true });
        }
        queue.push(job);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        detach(job);
        job.reject(new Error('parse pool is closed'));
      }
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
