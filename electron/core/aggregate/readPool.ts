// Reads received workbooks on worker threads and hands them to the caller batch by batch as they
// are read, so that recording overlaps reading and only a few batches of files are ever held at
// once (memory stays flat whatever the number of files).
//
// Every thread takes the next batch itself from a counter in shared memory: a worker never waits
// for the calling thread (busy recording, or reading a batch of its own) to hand it work, and the
// calling thread collects finished batches without a turn of the event loop. Reading ahead of the
// recorder stops at AHEAD batches in all; a worker that gets there sleeps until a batch is recorded.
//
// The app reads every file off its main thread (`offThread`: its main process never parses a
// received file), on one worker per core. The command line's thread records and also reads
// whenever no worker has a batch ready, beside one worker per other core. A small drop is read in
// the calling thread alone, which is faster than starting a worker. The calling thread also reads
// what no worker could (no built worker, or a worker that failed).
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { builtWorkerEntry, startBuiltWorker } from '../workers/builtWorker';
import { readOne, type ReadDone, type ReadJob } from './readOne';
import { claimBatch, POOL, releaseBatch, wakeCaller, type PoolData, type PoolResult } from './poolShared';

export interface PoolOptions {
  /** Worker threads to use; 0 reads in the calling thread. Default: see defaultWorkers. */
  workers?: number;
  /** Below this many files, the calling thread reads them alone (default MIN_FILES_FOR_WORKERS). */
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

/**
 * A worker costs the process a fixed price before it pays back: its thread and modules (about 70 ms
 * with the compile cache the command line keeps), then code not yet optimised (its first batch comes
 * about a quarter of a second after the import starts), while the calling thread reads meanwhile.
 * Measured on two cores, median of interleaved fresh runs (import + consolidation): 100 files 0.22 s
 * in one thread against 0.26 s with a worker; 400 files 0.51 against 0.47 s; 1,000 files 0.92
 * against 0.84 s; 10,000 files 8.2–9.2 s against 5.6–5.8 s. Below this many files the calling
 * thread reads alone (the app's main process, which never reads, always uses workers).
 */
const MIN_FILES_FOR_WORKERS = 400;
/** Files per batch: large enough to amortise a message, small enough to stream. */
const BATCH = 16;
/**
 * A worker's young generation: reading makes short-lived strings only, so a small nursery costs
 * little time and keeps each worker's memory small (the default grows to tens of MB).
 */
const WORKER_YOUNG_MB = 8;
/** How long the calling thread sleeps at most before looking again (a worker's exit also wakes it). */
const WAIT_MS = 100;

/** The read worker's built file, or null where there is none (a test running the sources unbuilt). */
export const workerEntry = (): URL | null => builtWorkerEntry('readWorker');

function readInThread(jobs: readonly ReadJob[], onRead?: (d: ReadDone) => void): ReadDone[] {
  return jobs.map((j) => {
    const d = readOne(j);
    onRead?.(d);
    return d;
  });
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** Its slot in the shared counters: the batch it is reading, or -1. */
  slot: number;
  live: boolean;
}

/** Every file read, in batches in the order they finish (each ReadDone keeps its index). */
export async function* readBatches(paths: readonly string[], options: PoolOptions = {}): AsyncGenerator<ReadDone[]> {
  const jobs: ReadJob[] = paths.map((path, index) => ({ index, path }));
  const batches: ReadJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const offThread = options.offThread === true;
  const wanted = options.workers ?? defaultWorkers(offThread);
  const entry = wanted > 0 && jobs.length > 0 && jobs.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS) ? workerEntry() : null;
  if (!entry) {
    for (const b of batches) yield readInThread(b, options.onRead);
    return;
  }

  const count = Math.max(1, Math.min(wanted, batches.length));
  const shared = new Int32Array(new SharedArrayBuffer((POOL.SLOTS + count) * 4));
  const received = new Uint8Array(batches.length);
  let receivedCount = 0;
  /** Batches a worker took but could not finish (it failed to start or crashed): read here. */
  const handedBack: number[] = [];
  const pool: PoolWorker[] = [];
  for (let k = 0; k < count; k++) {
    const slot = POOL.SLOTS + k;
    shared[slot] = -1;
    const { port1, port2 } = new MessageChannel();
    const data: PoolData = { pool: { batches, shared: shared.buffer as SharedArrayBuffer, slot, port: port2 } };
    const worker = startBuiltWorker(entry, { workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const p: PoolWorker = { worker, port: port1, slot, live: true };
    const ended = (): void => {
      if (!p.live) return;
      p.live = false;
      // What it had finished is still in its port; what it had taken and not finished is read here.
      const taken = Atomics.exchange(shared, slot, -1);
      if (taken >= 0) handedBack.push(taken);
      wakeCaller(shared);
    };
    worker.on('error', ended);
    worker.on('exit', ended);
    pool.push(p);
  }

  /** A finished batch from any worker's port, without waiting. */
  const collect = (): PoolResult | null => {
    for (const p of pool) {
      const m = receiveMessageOnPort(p.port);
      if (m) return m.message as PoolResult;
    }
    return null;
  };
  const take = (b: number, done: ReadDone[]): ReadDone[] | null => {
    if (received[b]) return null;
    received[b] = 1;
    receivedCount++;
    return done;
  };

  try {
    while (receivedCount < batches.length) {
      const seen = Atomics.load(shared, POOL.POSTED);
      const result = collect();
      let out: ReadDone[] | null = null;
      if (result) {
        out = take(result.batch, result.done);
        if (out) for (const d of out) options.onRead?.(d);
      } else if (handedBack.length > 0) {
        const b = handedBack.shift()!;
        if (!received[b]) out = take(b, readInThread(batches[b]!, options.onRead));
      } else {
        const live = pool.some((p) => p.live);
        // No batch ready: this thread reads the next one itself rather than wait (not the app's
        // main process), while the workers go on with theirs.
        const mine = !offThread || !live ? claimBatch(shared, batches.length) : -1;
        if (mine >= 0) out = take(mine, readInThread(batches[mine]!, options.onRead));
        else if (!live && Atomics.load(shared, POOL.NEXT) >= batches.length) {
          // Every worker ended (their last results were already in their ports when the ends were
          // seen) and every batch was taken: one taken by a worker that died before noting it is read here.
          for (let b = 0; b < batches.length; b++) if (!received[b]) handedBack.push(b);
          continue;
        } else {
          const w = Atomics.waitAsync(shared, POOL.POSTED, seen, WAIT_MS);
          if (w.async) await w.value;
          continue;
        }
      }
      if (!out) continue;
      yield out;
      // The caller has recorded it: its place in the read-ahead window is free again.
      releaseBatch(shared);
    }
  } finally {
    // Also when the caller stops early (an error while recording): no worker is left running.
    Atomics.store(shared, POOL.STOP, 1);
    Atomics.notify(shared, POOL.RECORDED);
    for (const p of pool) {
      p.live = false;
      p.port.close();
      void p.worker.terminate();
    }
  }
}

/** Every file read, in the given order (for callers that want them all at once: small drops, tests). */
export async function readAll(paths: readonly string[], options: PoolOptions = {}): Promise<ReadDone[]> {
  const out = new Array<ReadDone>(paths.length);
  for await (const batch of readBatches(paths, options)) for (const d of batch) out[d.index] = d;
  return out;
}
