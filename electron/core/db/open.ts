import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_VERSION, migrate, SchemaTooNewError, schemaVersion } from './migrations';

export type Db = Database;

export interface OpenOptions {
  /** Called before pending migrations run, with the version found (0 for a new file). */
  onBeforeMigrate?: (fromVersion: number, db: Db) => void;
}

/** Opens (or creates) the database file with the pragmas the app relies on, then migrates it. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  try {
    // Refuse a newer file before touching it: switching it to WAL would already change its header.
    const found = schemaVersion(db);
    if (found > LATEST_VERSION) throw new SchemaTooNewError(found);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, { onBeforeMigrate: (v) => options.onBeforeMigrate?.(v, db) });
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
