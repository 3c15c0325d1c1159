// Reads received workbooks on worker threads and hands them to the caller batch by batch as they
// are read, so that recording overlaps reading and only a few batches of files are ever held at
// once (memory stays flat whatever the number of files). The app reads every file off its main
// thread (`offThread`: its main process never parses a received file), on one worker per core. The
// command line's thread records and also reads whenever no worker has a batch ready, beside one
// worker per other core: on two cores, one worker and the calling thread keep both busy, where a
// worker per core would leave the recorder a core's share of three threads. A small drop is read in
// the calling thread alone, which is faster than starting a worker. The calling thread also reads
// what no worker could (no built worker, or a worker that failed).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readOne, type ReadDone, type ReadJob } from './readOne';

export interface PoolOptions {
  /** Worker threads to use; 0 reads in the calling thread. Default: see defaultWorkers. */
  workers?: number;
  /** Below this many files, the calling thread reads them: starting a worker costs more (default 48). */
  minFilesForWorkers?: number;
  /** The calling thread never reads a file while workers run (the app's main process). */
  offThread?: boolean;
  onRead?: (done: ReadDone) => void;
}

/** One worker per core, at most 4; without `offThread` the calling thread reads too, so one core fewer. */
export function defaultWorkers(offThread: boolean): number {
  const cores = Math.min(4, availableParallelism());
  return offThread ? cores : Math.max(0, cores - 1);
}

/** Files per message to a worker: large enough to amortise the message, small enough to stream. */
const BATCH = 16;
/** Batches read ahead of the recorder, in all: bounds the bytes held in memory. */
const AHEAD = 4;
/**
 * A worker's young generation: reading makes short-lived strings only, so a small nursery costs
 * little time and keeps each worker's memory small (the default grows to tens of MB).
 */
const WORKER_YOUNG_MB = 8;

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
  const offThread = options.offThread === true;
  const wanted = options.workers ?? defaultWorkers(offThread);
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
    const w = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
      // No batch ready: this thread reads the next one itself rather than wait (not the app's
      // main process), while the workers go on with theirs.
      if ((live === 0 || !offThread) && next < batches.length && done.length + inFlight < AHEAD) {
        yield readInThread(batches[next++]!, options.onRead);
        continue;
      }
      if (live === 0) return;
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
