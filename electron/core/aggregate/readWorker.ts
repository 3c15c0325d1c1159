// Worker thread: reads the workbooks it is sent, in batches, and posts back plain results with the
// accepted files' bytes transferred (not copied).
import { parentPort } from 'node:worker_threads';
import { readOne, type ReadDone, type ReadJob } from './readOne';

const port = parentPort;
if (port) {
  port.on('message', (jobs: ReadJob[]) => {
    const done: ReadDone[] = jobs.map(readOne);
    const transfer = done.flatMap((d) => (d.bytes ? [d.bytes.buffer as ArrayBuffer] : []));
    port.postMessage(done, transfer);
  });
  port.postMessage('ready');
}
