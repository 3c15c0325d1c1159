// Worker thread: reads the files it is sent off the main process. Received workbooks come in
// batches and go back as plain results with the accepted files' bytes transferred (not copied); a
// clerk's list of activities comes alone and goes back as a table of cells (import/readOffThread.ts).
import { parentPort } from 'node:worker_threads';
import { readActivityTable } from '../import/activityTable';
import { readOne, type ReadDone, type ReadJob } from './readOne';

export interface ActivitiesJob {
  activities: { fileName: string; bytes: Uint8Array };
}

const port = parentPort;
if (port) {
  port.on('message', (msg: ReadJob[] | ActivitiesJob) => {
    if (!Array.isArray(msg)) {
      port.postMessage(readActivityTable(msg.activities.fileName, msg.activities.bytes));
      return;
    }
    const done: ReadDone[] = msg.map(readOne);
    const transfer = done.flatMap((d) => (d.bytes ? [d.bytes.buffer as ArrayBuffer] : []));
    port.postMessage(done, transfer);
  });
  port.postMessage('ready');
}
