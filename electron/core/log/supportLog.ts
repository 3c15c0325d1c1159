// A trace for support, beside the database: what failed, in which operation, with which file.
// Never figures, names or text the clerk typed (only codes, operation names, paths and the
// system's own error text). Rotated by size so it never grows without bound.
import { appendFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { vietNamParts } from '../../../shared/time/clock';

export const LOG_FILE_NAME = 'nhat-ky-loi.log';
const MAX_BYTES = 256 * 1024;
const KEEP = 3;

export function logPathFor(dbPath: string): string | null {
  if (!dbPath || dbPath === ':memory:') return null;
  return join(dirname(dbPath), LOG_FILE_NAME);
}

export interface LogEntry {
  /** The operation: a contract name ("report.export"), a CLI command, or "khởi động". */
  op: string;
  code: string;
  file?: string;
  /** The system's own error text (never user data). */
  detail?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function rotate(path: string): void {
  for (let i = KEEP - 1; i >= 1; i--) {
    const from = i === 1 ? path : `${path}.${i - 1}`;
    if (existsSync(from)) {
      if (i === KEEP - 1) rmSync(`${path}.${i}`, { force: true });
      renameSync(from, `${path}.${i}`);
    }
  }
}

/** Appends one line to the log beside `dbPath`; a failure to log never hides the first failure. */
export function logFailure(dbPath: string | null, entry: LogEntry, now = new Date()): void {
  const path = dbPath ? logPathFor(dbPath) : null;
  // Beside a real database only: a mistyped --db must not leave a log file in a random folder.
  if (!path || !dbPath || (!existsSync(dbPath) && !existsSync(path))) return;
  try {
    if (existsSync(path) && statSync(path).size > MAX_BYTES) rotate(path);
    const p = vietNamParts(now);
    const when = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +07`;
    const detail = (entry.detail ?? '').replace(/\s+/g, ' ').slice(0, 500);
    appendFileSync(path, [when, entry.op, entry.code, entry.file ? `tệp: ${entry.file}` : '', detail].filter(Boolean).join(' | ') + '\n');
  } catch {
    // The disk that failed may be the one the log is on.
  }
}

/** The error's own text and where in the code it came from, for the log's detail column. */
export function errorDetail(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim().replace(/^at /, '')).join(' < ');
  return `${typeof code === 'string' ? `${code}: ` : ''}${e.message}${frames ? ` @ ${frames}` : ''}`;
}
