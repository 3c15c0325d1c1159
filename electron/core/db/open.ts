import BetterSqlite3, { type Database } from 'better-sqlite3';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { damagedDatabaseError, databaseFault, missingDatabaseError } from '../errors/faults';
import { LATEST_VERSION, migrate, SchemaTooNewError, schemaVersion } from './migrations';

export type Db = Database;

/** The folder of the database file (where group writes keep their journal), or null in memory. */
export const dataDirOf = (db: Db): string | null => (db.memory || !db.name ? null : dirname(db.name));

export interface OpenOptions {
  /** Called before pending migrations run, with the version found (0 for a new file). */
  onBeforeMigrate?: (fromVersion: number, db: Db) => void;
  /** Refuse a file that does not exist instead of creating an empty one (every door but first use). */
  mustExist?: boolean;
}

/**
 * Opens (or, unless `mustExist`, creates) the database file with the pragmas the app relies on,
 * checks it (a damaged file is refused before anything reads or copies it), then migrates it.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') {
    if (options.mustExist && !existsSync(path)) throw missingDatabaseError(path);
    mkdirSync(dirname(path), { recursive: true });
  }
  let db: Db;
  try {
    db = new BetterSqlite3(path);
  } catch (e) {
    throw databaseFault(e, path) ?? e;
  }
  try {
    // Refuse a newer file before touching it: switching it to WAL would already change its header.
    const found = schemaVersion(db);
    if (found > LATEST_VERSION) throw new SchemaTooNewError(found);
    if (found > 0) {
      // Damage spreads: a broken page read by list, add or backup goes on into every copy.
      const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
      const verdict = rows.map((r) => r.quick_check).join('; ');
      if (verdict !== 'ok') throw damagedDatabaseError(path, verdict);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, { onBeforeMigrate: (v) => options.onBeforeMigrate?.(v, db) });
    return db;
  } catch (e) {
    try {
      db.close();
    } catch {
      // A damaged file may not close cleanly; the first error is the one to report.
    }
    throw e instanceof SchemaTooNewError ? e : (databaseFault(e, path) ?? e);
  }
}

/**
 * Makes every committed transaction durable now: flushes the write-ahead log to disk, without
 * copying it into the database file. With `synchronous = NORMAL` a commit is not flushed (a power
 * cut may lose the last ones); a long write such as an import ends with this one flush instead of
 * a checkpoint, which would write every page twice (log, then file) and flush both. SQLite copies
 * the log into the file later on its own (at a later commit, or when the database is closed), and
 * a crash before then replays it. Returns the bytes flushed: 0 in memory, outside WAL mode (a
 * commit there is flushed already), or when the log is empty.
 */
export function flushWriteAheadLog(db: Db): number {
  if (db.memory || !db.name) return 0;
  let fd: number;
  try {
    // Read-write: Windows flushes a file only through a handle that may write it.
    fd = openSync(`${db.name}-wal`, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw databaseFault(e, db.name) ?? e;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > 0) fsyncSync(fd);
    return size;
  } catch (e) {
    throw databaseFault(e, db.name) ?? e;
  } finally {
    closeSync(fd);
  }
}
