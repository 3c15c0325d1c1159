// Reads a clerk's list of activities on a worker thread of its own, so that a hostile or huge file
// never holds the app's main process (its window, its other requests), and stops it after a time
// limit whatever the file does (the reader's own budgets stop it sooner in the sheet and strings;
// this also covers JSON.parse and anything else that cannot check a clock).
import { workerEntry } from '../aggregate/readPool';
import { startBuiltWorker } from '../workers/builtWorker';
import type { ActivitiesJob } from '../aggregate/readWorker';
import { formatNumber } from '../../../shared/format/vi';
import { ACTIVITY_WORDS } from './activityXlsx';
import { readActivityTable, type TableRead } from './activityTable';

export interface OffThreadOptions {
  /** Wall time for the whole read, worker start included (default 30 s). */
  timeoutMs?: number;
}

export const ACTIVITY_READ_TIMEOUT_MS = 30_000;

/**
 * The file's table, read on a worker thread. Where no built worker exists (a test running the
 * sources without a build), it is read here, under the same budgets but without the hard stop.
 */
export async function readActivityTableOffThread(fileName: string, bytes: Uint8Array, options: OffThreadOptions = {}): Promise<TableRead> {
  const entry = workerEntry();
  if (!entry) return readActivityTable(fileName, bytes);
  const ms = options.timeoutMs ?? ACTIVITY_READ_TIMEOUT_MS;
  // No resourceLimits: a worker hitting a lowered heap limit can end the whole process instead of
  // itself (seen here with Node 22), so memory is bounded by the file size cap and the read's budgets.
  const worker = startBuiltWorker(entry);
  try {
    return await new Promise<TableRead>((resolve) => {
      const fail = (message: string): void => resolve({ ok: false, message, warnings: [] });
      const timer = setTimeout(
        () => fail(`Tệp ${fileName}: đọc quá ${formatNumber(ms / 1000, 3)} giây mà chưa xong (${ACTIVITY_WORDS.usual}); tệp có cấu trúc bất thường, có thể bị hỏng hoặc không an toàn. ${ACTIVITY_WORDS.advice}`),
        ms,
      );
      const settle = (r: TableRead): void => {
        clearTimeout(timer);
        resolve(r);
      };
      worker.on('message', (msg: 'ready' | TableRead) => {
        if (msg === 'ready') {
          const job: ActivitiesJob = { activities: { fileName, bytes } };
          worker.postMessage(job);
        } else settle(msg);
      });
      // The worker crashed on the file: the file is refused, the app goes on.
      const broke = (): void =>
        settle({
          ok: false,
          message: `Không đọc được tệp ${fileName}: tệp quá lớn hoặc có cấu trúc bất thường (có thể bị hỏng hoặc không an toàn). ${ACTIVITY_WORDS.advice}`,
          warnings: [],
        });
      worker.on('error', broke);
      worker.on('exit', broke);
    });
  } finally {
    void worker.terminate();
  }
}
