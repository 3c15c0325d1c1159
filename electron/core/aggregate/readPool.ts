// Reads many workbooks on worker threads (one per core, up to 4), in batches pulled as each worker
// frees up, and falls back to the calling thread when workers cannot start (for example inside a
// bundle that does not ship readWorker.js).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readOne, type ReadDone, type ReadJob } from './readOne';

export interface PoolOptions {
  /** Worker threads to use; 0 reads in the calling thread. Default: one per core, at most 4. */
  workers?: number;
  /** Below this many files, reading in the calling thread is faster than starting workers. */
  minFilesForWorkers?: number;
  onRead?: (done: ReadDone) => void;
}

const BATCH = 24;

/**
 * Where the worker's built JavaScript is: beside this module in a bundle (the app's out/main, the
 * CLI's out/cli), or, when this module runs from its TypeScript source (tests, scripts), the CLI
 * bundle's copy, which `npm test` and `dcs` rebuild whenever a source changes. A worker never
 * compiles TypeScript: that would cost each worker more than it reads.
 */
function workerEntry(): URL | null {
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

function readInThread(jobs: readonly ReadJob[], out: ReadDone[], onRead?: (d: ReadDone) => void): void {
  for (const j of jobs) {
    const d = readOne(j);
    out[j.index] = d;
    onRead?.(d);
  }
}

export async function readAll(paths: readonly string[], options: PoolOptions = {}): Promise<ReadDone[]> {
  const jobs: ReadJob[] = paths.map((path, index) => ({ index, path }));
  const out: ReadDone[] = new Array<ReadDone>(jobs.length);
  const wanted = options.workers ?? Math.min(4, availableParallelism());
  const entry = wanted > 0 && jobs.length >= (options.minFilesForWorkers ?? 48) ? workerEntry() : null;
  if (!entry) {
    readInThread(jobs, out, options.onRead);
    return out;
  }
  const count = Math.max(1, Math.min(wanted, Math.ceil(jobs.length / BATCH)));
  let next = 0;
  const take = (): ReadJob[] => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const failed: ReadJob[] = [];
  let ready = 0;
  const pool = Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((resolve) => {
        let current: ReadJob[] = [];
        let settled = false;
        const w = new Worker(entry);
        const finish = (): void => {
          if (settled) return;
          settled = true;
          void w.terminate();
          resolve();
        };
        const send = (): void => {
          current = take();
          if (current.length) w.postMessage(current);
          else finish();
        };
        w.on('message', (msg: 'ready' | ReadDone[]) => {
          if (msg === 'ready') ready++;
          else {
            for (const d of msg) {
              out[d.index] = d;
              options.onRead?.(d);
            }
          }
          send();
        });
        w.on('error', () => {
          // A worker that cannot start or crashes hands its batch back; it is read in this thread.
          failed.push(...current);
          current = [];
          finish();
        });
        w.on('exit', () => {
          if (!settled) {
            failed.push(...current);
            finish();
          }
        });
      }),
    ),
  );
  // Starting a worker takes a few hundred milliseconds (loading its code): this thread reads
  // meanwhile, batch by batch, and leaves the rest to the workers once one is ready.
  let done = false;
  void pool.then(() => {
    done = true;
  });
  while (!done && ready === 0 && next < jobs.length) {
    readInThread(take(), out, options.onRead);
    await new Promise<void>((r) => setImmediate(r));
  }
  await pool;
  // Whatever no worker took (all failed) or handed back is read here.
  failed.push(...jobs.slice(next));
  readInThread(failed, out, options.onRead);
  return out;
}
