// Reads received workbooks on worker threads (one per core, up to 4) and hands them to the caller
// batch by batch as they are read, so that recording overlaps reading and only a few batches of
// files are ever held at once (memory stays flat whatever the number of files). The app asks for
// workers for any number of files (its main process never parses a received file); the command
// line reads a small drop in its own thread, which is faster than starting a worker. The calling
// thread also reads what no worker could (no built worker, or a worker that failed).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readOne, type ReadDone, type ReadJob } from './readOne';

export interface PoolOptions {
  /** Worker threads to use; 0 reads in the calling thread. Default: one per core, at most 4. */
  workers?: number;
  /** Below this many files, the calling thread reads them: starting a worker costs more (default 48). */
  minFilesForWorkers?: number;
  onRead?: (done: ReadDone) => void;
}

/** Files per message to a worker: large enough to amortise the message, small enough to stream. */
const BATCH = 16;
/** Batches read ahead of the recorder, in all: bounds the bytes held in memory. */
const AHEAD = 4;

/**
 * Where the worker's built JavaScript is: beside this module in a bundle (the app's out/main, the
 * CLI's out/cli), or, when this module runs from its TypeScript source (tests, scripts), the CLI
 * bundle's copy, which `npm test` and `dcs` rebuild whenever a source changes. A worker never
 * compiles TypeScript: that would cost each worker more than it reads.
 */
export function workerEntry(): URL | null {
  for (const rel of ['./readWorker.js', '../readWorker.js', '../../../out/cli/readWorker.js']) {
    try {
      const url = new URL(rel, import.meta.url);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    } catch {
      // Not a file URL (inside an archive, a test bundle): try the next place.
    }
  }
  return null;
}

function readInThread(jobs: readonly ReadJob[], onRead?: (d: ReadDone) => void): ReadDone[] {
  return jobs.map((j) => {
    const d = readOne(j);
    onRead?.(d);
    return d;
  });
}

/** Every file read, in batches in the order they finish (each ReadDone keeps its index). */
export async function* readBatches(paths: readonly string[], options: PoolOptions = {}): AsyncGenerator<ReadDone[]> {
  const jobs: ReadJob[] = paths.map((path, index) => ({ index, path }));
  const batches: ReadJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const wanted = options.workers ?? Math.min(4, availableParallelism());
  const entry = wanted > 0 && jobs.length > 0 && jobs.length >= (options.minFilesForWorkers ?? 48) ? workerEntry() : null;
  if (!entry) {
    for (const b of batches) yield readInThread(b, options.onRead);
    return;
  }

  let next = 0;
  const done: ReadDone[][] = [];
  /** Batches a worker could not read (it failed to start or crashed): read here. */
  const handedBack: ReadJob[][] = [];
  let inFlight = 0;
  let live = 0;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const idle: Array<() => void> = [];

  const count = Math.max(1, Math.min(wanted, batches.length));
  const workers: Worker[] = [];
  for (let k = 0; k < count; k++) {
    const w = new Worker(entry);
    workers.push(w);
    live++;
    let current: ReadJob[] | null = null;
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      live--;
      if (current) {
        handedBack.push(current);
        inFlight--;
        current = null;
      }
      void w.terminate();
      notify();
    };
    const send = (): void => {
      if (ended) return;
      if (next >= batches.length) return end();
      // Read ahead only so far: the recorder lets go of each batch's bytes before more are read.
      if (done.length + inFlight >= AHEAD) {
        idle.push(send);
        return;
      }
      current = batches[next++]!;
      inFlight++;
      w.postMessage(current);
    };
    w.on('message', (msg: 'ready' | ReadDone[]) => {
      if (msg !== 'ready') {
        current = null;
        inFlight--;
        for (const d of msg) options.onRead?.(d);
        done.push(msg);
        notify();
      }
      send();
    });
    w.on('error', end);
    w.on('exit', end);
  }

  try {
    for (;;) {
      idle.splice(0).forEach((f) => f());
      const batch = done.shift();
      if (batch) {
        yield batch;
        continue;
      }
      const back = handedBack.shift();
      if (back) {
        yield readInThread(back, options.onRead);
        continue;
      }
      if (live === 0) {
        // Every worker is gone: what none of them took is read here.
        if (next < batches.length) {
          yield readInThread(batches[next++]!, options.onRead);
          continue;
        }
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    // Also when the caller stops early (an error while recording): no worker is left running.
    for (const w of workers) void w.terminate();
  }
}

/** Every file read, in the given order (for callers that want them all at once: small drops, tests). */
export async function readAll(paths: readonly string[], options: PoolOptions = {}): Promise<ReadDone[]> {
  const out = new Array<ReadDone>(paths.length);
  for await (const batch of readBatches(paths, options)) for (const d of batch) out[d.index] = d;
  return out;
}
