// What the read pool (readPool.ts) and its workers (readWorker.ts) share: the layout of the counters
// in shared memory and the one rule for taking a batch, so that the calling thread and every worker
// take batches the same way and never read further ahead of the recorder than AHEAD batches.
import type { MessagePort } from 'node:worker_threads';
import type { ReadDone, ReadJob } from './readOne';

/** Indexes into the shared Int32Array; worker k's slot (the batch it is reading, or -1) is SLOTS + k. */
export const POOL = {
  /** The next batch nobody has taken. */
  NEXT: 0,
  /** Batches the caller has recorded (their bytes let go). */
  RECORDED: 1,
  /** Bumped after each result is posted (and when a worker ends): what the calling thread waits on. */
  POSTED: 2,
  /** Set when the caller stops: workers leave at once. */
  STOP: 3,
  SLOTS: 4,
} as const;

/** Batches read and not yet recorded, in all: bounds the bytes held in memory. */
export const AHEAD = 4;

/** What a pool worker is started with (its workerData). */
export interface PoolData {
  pool: { batches: ReadJob[][]; shared: SharedArrayBuffer; slot: number; port: MessagePort };
}

/** What a pool worker posts for each batch it has read. */
export interface PoolResult {
  batch: number;
  done: ReadDone[];
}

/**
 * Takes the next batch: its index, or -1 when every batch is taken or the pool is stopping. While
 * AHEAD batches already wait to be recorded, the calling thread (no `slot`) gets -1 and goes on with
 * its own work; a worker, which has nothing else to do, sleeps until a batch is recorded. A worker
 * notes in its slot which batch it took, so that if it crashes the batch is read by the caller.
 */
export function claimBatch(shared: Int32Array, total: number, slot?: number): number {
  for (;;) {
    if (Atomics.load(shared, POOL.STOP) !== 0) return -1;
    const next = Atomics.load(shared, POOL.NEXT);
    if (next >= total) return -1;
    const recorded = Atomics.load(shared, POOL.RECORDED);
    if (next - recorded >= AHEAD) {
      if (slot === undefined) return -1;
      Atomics.wait(shared, POOL.RECORDED, recorded, 200);
      continue;
    }
    if (Atomics.compareExchange(shared, POOL.NEXT, next, next + 1) === next) {
      if (slot !== undefined) Atomics.store(shared, slot, next);
      return next;
    }
  }
}

/** The caller recorded a batch: a worker waiting for room may take the next one. */
export function releaseBatch(shared: Int32Array): void {
  Atomics.add(shared, POOL.RECORDED, 1);
  Atomics.notify(shared, POOL.RECORDED);
}

/** Something the calling thread waits for happened: a result was posted, or a worker ended. */
export function wakeCaller(shared: Int32Array): void {
  Atomics.add(shared, POOL.POSTED, 1);
  Atomics.notify(shared, POOL.POSTED);
}

/** A worker finished its batch and posted it. */
export function batchPosted(shared: Int32Array, slot: number): void {
  Atomics.store(shared, slot, -1);
  wakeCaller(shared);
}
