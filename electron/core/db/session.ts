// How every door (the app, the CLI) starts using a database: a missing file is refused unless this
// is a first use, the writer's lock is taken, what a killed process left half done is finished or
// swept, an older file is backed up before it is migrated, and a damaged file is refused.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../../shared/result';
import { backupBeforeMigration } from '../backup/backup';
import { missingDatabaseError, outputFault } from '../errors/faults';
import { recoverPendingWrites, sweepTemps } from '../fs/atomicWrite';
import { backupDir } from '../paths';
import { acquireLock, type HeldLock } from './lock';
import { LATEST_VERSION } from './migrations';
import { openDatabase, type Db } from './open';

export interface SessionOptions {
  /** 'app', or the CLI command ("dcs report"), named to whoever finds the database in use. */
  program: string;
  /** A first use may create the file (`dcs init`, the app's first run). */
  create: boolean;
  /** Takes the writer's lock; readers go without it unless the file needs migrating. */
  write: boolean;
  /** How long to wait for another command-line writer. */
  waitMs?: number;
  now?: () => Date;
}

export interface Session {
  db: Db;
  dbPath: string;
  /** Files a killed process left half renamed, finished at this start. */
  recovered: string[];
  /** Closes the database and lets the next writer in. */
  close: () => void;
}

function versionOf(dbPath: string): number {
  try {
    const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } catch {
    // Not readable as a database: openDatabase says what is wrong with it.
    return LATEST_VERSION;
  }
}

/** Finishes the group writes a killed process left, and deletes its temporary files. */
export function tidyAfterKill(dbPath: string): string[] {
  const recovered = recoverPendingWrites(dirname(dbPath));
  sweepTemps(dirname(dbPath));
  sweepTemps(backupDir(dbPath));
  return recovered;
}

export async function openSession(dbPath: string, options: SessionOptions): Promise<Session> {
  const exists = existsSync(dbPath);
  if (!exists && !options.create) throw missingDatabaseError(dbPath);
  const migrating = exists && versionOf(dbPath) < LATEST_VERSION;
  let lock: HeldLock | null = null;
  if (options.write || migrating || !exists) {
    lock = await acquireLock(dbPath, { program: options.program, action: 'ghi dữ liệu', waitMs: options.waitMs ?? 0 });
  }
  try {
    // Safe without the lock: only records and temporary files of processes that are gone are touched.
    const recovered = tidyAfterKill(dbPath);
    if (migrating) {
      // The same copy the app makes before migrating; without it the file is not touched.
      try {
        await backupBeforeMigration(dbPath, options.now?.() ?? new Date());
      } catch (e) {
        const why = e instanceof UserError ? e.message : (outputFault(e, backupDir(dbPath), 'bản sao lưu')?.message ?? String(e));
        throw new UserError('BACKUP_FAILED', `Chưa nâng cấp tệp dữ liệu lên phiên bản mới vì chưa sao lưu được bản cũ: ${why} Tệp dữ liệu giữ nguyên.`);
      }
    }
    const db = openDatabase(dbPath, { mustExist: !options.create });
    return {
      db,
      dbPath,
      recovered,
      close: () => {
        try {
          db.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
