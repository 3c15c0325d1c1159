// Worker thread: reads files off the main process. Started by the read pool (readPool.ts), it takes
// batches of received workbooks itself from the pool's shared counter until none is left, and posts
// each as plain results with the accepted files' bytes transferred (not copied). Started for a
// clerk's list of activities (import/readOffThread.ts), it is sent the file and answers with its
// table of cells.
import { parentPort, workerData } from 'node:worker_threads';
import { readOne } from './readOne';
import { batchPosted, claimBatch, type PoolData, type PoolResult } from './poolShared';

export interface ActivitiesJob {
  activities: { fileName: string; bytes: Uint8Array };
}

function readPoolBatches({ pool }: PoolData): void {
  const shared = new Int32Array(pool.shared);
  for (;;) {
    const b = claimBatch(shared, pool.batches.length, pool.slot);
    if (b < 0) break;
    const done = pool.batches[b]!.map(readOne);
    const result: PoolResult = { batch: b, done };
    pool.port.postMessage(result, done.flatMap((d) => (d.bytes ? [d.bytes.buffer as ArrayBuffer] : [])));
    batchPosted(shared, pool.slot);
  }
  pool.port.close();
}

const data = workerData as PoolData | null | undefined;
if (data?.pool) readPoolBatches(data);
else if (parentPort) {
  const port = parentPort;
  // Loaded for this role only: a pool worker never needs the activity reader (nor its inflater).
  const { readActivityTable } = await import('../import/activityTable');
  port.on('message', (msg: ActivitiesJob) => port.postMessage(readActivityTable(msg.activities.fileName, msg.activities.bytes)));
  port.postMessage('ready');
}
