// Backups with SQLite's online backup API (a consistent copy of a live database, WAL included),
// each checked (integrity_check) before it takes a name, kept in rotation next to the database;
// restore checks a file before it replaces anything and works whatever state the current file is in.
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/result';
import { vietNamDate, vietNamFileStamp, vietNamParts } from '../../../shared/time/clock';
import { LATEST_VERSION } from '../db/migrations';
import type { Db } from '../db/open';
import { damagedDatabaseError, errorCode, outputFault } from '../errors/faults';
import { BACKUP_DIR_NAME, backupDir } from '../paths';
import { removeQuietly, setHidden, sweepTemps, tempPathFor, writeStep } from '../fs/atomicWrite';

export { BACKUP_DIR_NAME, backupDir };
/** Where a damaged database is moved aside by a restore: kept for support, never offered back. */
export const DAMAGED_DIR_NAME = 'hong';

/** "ok", or what SQLite's full integrity check found (first lines). */
export function integrityOf(file: string): string {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check(5)') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}

/** Makes `path` one self-contained file (no -wal or -shm once opened elsewhere) and checks it. */
function sealCopy(path: string): string {
  const copy = new BetterSqlite3(path);
  try {
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('integrity_check(5)') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    copy.close();
  }
}

/**
 * Writes a checked, consistent copy of the open database to `dest`: through a hidden temporary
 * file beside it, renamed only once the copy passes the integrity check. A damaged database is
 * refused (so it never replaces a good copy); a folder that cannot take the file is the folder's
 * problem, said as such.
 */
export async function backupTo(db: Db, dest: string): Promise<string> {
  const tmp = tempPathFor(dest);
  let found = 'ok';
  try {
    mkdirSync(dirname(dest), { recursive: true });
    sweepTemps(dirname(dest));
    // Created here first, so a folder that refuses it gives the system's own reason (read-only,
    // missing, full) rather than SQLite's "unable to open database file".
    closeSync(openSync(tmp, 'wx'));
    setHidden(tmp, true);
    writeStep('backup', tmp);
    await db.backup(tmp);
    found = sealCopy(tmp);
    if (found === 'ok') {
      setHidden(tmp, false);
      writeStep('rename', dest);
      renameSync(tmp, dest);
    }
  } catch (e) {
    removeQuietly(tmp);
    // Reading the source is what failed: the database is damaged, not the destination.
    const code = errorCode(e);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw damagedDatabaseError(db.name, (e as Error).message);
    throw outputFault(e, dest, 'tệp sao lưu') ?? e;
  }
  if (found !== 'ok') {
    removeQuietly(tmp);
    throw damagedDatabaseError(db.name, found);
  }
  return dest;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO week (of the Viet Nam date), for the weekly rotation. */
function isoWeek(now: Date): string {
  const p = vietNamParts(now);
  const t = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-${pad(week)}`;
}

export interface RotationPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };
export const DAILY_PREFIX = 'sao-luu-ngay-';
export const WEEKLY_PREFIX = 'sao-luu-tuan-';

/** `base.sqlite`, or `base-2.sqlite`… when two copies are made within the same minute. */
function freshName(dir: string, base: string): string {
  let name = `${base}.sqlite`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.sqlite`;
  return join(dir, name);
}

/** A backup made on request (Cài đặt > Sao lưu): "sao-luu-2026-12-02-1115.sqlite", local time. */
export function manualBackup(db: Db, dbPath: string, now: Date): Promise<string> {
  return backupTo(db, freshName(backupDir(dbPath), `sao-luu-${vietNamFileStamp(now)}`));
}

/**
 * At most one backup a day of use: makes today's (and this week's) copy if missing, then keeps the
 * newest `daily` daily and `weekly` weekly copies, and never deletes the newest copy that passes
 * the integrity check. A damaged database is refused by backupTo, so it never enters rotation.
 * Returns the files written.
 */
export async function dailyBackup(db: Db, dbPath: string, now = new Date(), policy = DEFAULT_ROTATION): Promise<string[]> {
  const dir = backupDir(dbPath);
  const written: string[] = [];
  const daily = join(dir, `${DAILY_PREFIX}${vietNamDate(now)}.sqlite`);
  if (!existsSync(daily)) written.push(await backupTo(db, daily));
  const weekly = join(dir, `${WEEKLY_PREFIX}${isoWeek(now)}.sqlite`);
  if (!existsSync(weekly)) written.push(await backupTo(db, weekly));
  const doomed: string[] = [];
  for (const [prefix, keep] of [
    [DAILY_PREFIX, policy.daily],
    [WEEKLY_PREFIX, policy.weekly],
  ] as const) {
    const files = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
      .sort()
      .reverse();
    doomed.push(...files.slice(keep).map((f) => join(dir, f)));
  }
  if (doomed.length) {
    const keepGood = newestGoodBackup(dbPath);
    for (const old of doomed) if (old !== keepGood) rmSync(old, { force: true });
  }
  return written;
}

export interface BackupInfo {
  file: string;
  size: number;
  modified: string;
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // No backups folder yet, or something else stands in its place: there is nothing to offer.
    return [];
  }
  return names
    .filter((f) => f.endsWith('.sqlite') && !f.startsWith('.'))
    .flatMap((f) => {
      try {
        const st = statSync(join(dir, f));
        return st.isFile() ? [{ file: join(dir, f), size: st.size, modified: st.mtime.toISOString() }] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.modified.localeCompare(a.modified) || b.file.localeCompare(a.file));
}

/** The newest backup that passes the full integrity check, or null. */
export function newestGoodBackup(dbPath: string): string | null {
  for (const b of listBackups(dbPath)) if (integrityOf(b.file) === 'ok') return b.file;
  return null;
}

/** Opens a candidate file read-only and says why it cannot be restored, or returns null. */
export function checkBackupFile(file: string): string | null {
  const name = basename(file);
  if (!existsSync(file)) return `Không tìm thấy tệp ${name}.`;
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `Tệp ${name} bị hỏng (kiểm tra toàn vẹn: ${String(integrity)}). Hãy chọn bản sao lưu khác.`;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) return `Tệp ${name} được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng trước khi khôi phục.`;
    const hasUnit = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='unit_profile'").get();
    if (version < 1 || !hasUnit) return `Tệp ${name} không phải bản sao lưu dữ liệu của ứng dụng.`;
    return null;
  } catch {
    return `Tệp ${name} không phải cơ sở dữ liệu SQLite hợp lệ. Hãy chọn đúng tệp sao lưu (.sqlite).`;
  } finally {
    db?.close();
  }
}

/** "ok" when the database at `dbPath` opens and passes the quick check, else what is wrong. */
export function healthOf(dbPath: string): string {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new BetterSqlite3(dbPath, { fileMustExist: true });
    const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
    return rows.map((r) => r.quick_check).join('; ');
  } catch (e) {
    return (e as Error).message || 'không mở được';
  } finally {
    try {
      db?.close();
    } catch {
      // A damaged file may fail to close cleanly; nothing of it is used after this.
    }
  }
}

/**
 * Moves a damaged database (with its -wal and -shm) out of the way by renaming: reading it through
 * SQLite to back it up is exactly what fails. Returns where it went.
 */
function moveAside(dbPath: string, now: Date): string {
  const dir = join(backupDir(dbPath), DAMAGED_DIR_NAME);
  mkdirSync(dir, { recursive: true });
  const dest = freshName(dir, `du-lieu-hong-${vietNamFileStamp(now)}`);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, dest + suffix);
  }
  renameSync(dbPath, dest);
  return dest;
}

/**
 * Replaces the database at `dbPath` by `file`, after checking it. The current database is kept:
 * backed up when healthy, moved aside when damaged, truncated or not a database at all. The caller
 * must hold the database's lock and have closed its own connection to `dbPath`.
 */
export async function restoreFrom(file: string, dbPath: string, now = new Date()): Promise<{ keptCurrentAs: string | null; currentWasDamaged: boolean }> {
  const problem = checkBackupFile(file);
  if (problem) throw new UserError('BAD_BACKUP', `Không khôi phục: ${problem} Dữ liệu hiện tại giữ nguyên.`);
  // The new file is made first, beside the database, so nothing is moved until it is ready.
  const tmp = tempPathFor(dbPath);
  const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
    await source.backup(tmp);
    const found = sealCopy(tmp);
    if (found !== 'ok') throw new UserError('BAD_BACKUP', `Không khôi phục: bản chép của ${basename(file)} không đạt kiểm tra toàn vẹn (${found}). Dữ liệu hiện tại giữ nguyên.`);
  } catch (e) {
    removeQuietly(tmp);
    throw outputFault(e, dbPath, 'tệp dữ liệu') ?? e;
  } finally {
    source.close();
  }
  let keptCurrentAs: string | null = null;
  let currentWasDamaged = false;
  try {
    if (existsSync(dbPath)) {
      if (healthOf(dbPath) === 'ok') {
        const current = new BetterSqlite3(dbPath, { fileMustExist: true });
        try {
          keptCurrentAs = await backupTo(current, freshName(backupDir(dbPath), `truoc-khoi-phuc-${vietNamFileStamp(now)}`));
        } catch (e) {
          // Damage the quick check missed (an index) shows in the copy's full check.
          if (!(e instanceof UserError && e.code === 'DB_DAMAGED')) throw e;
          currentWasDamaged = true;
        } finally {
          // The last connection closing folds the -wal into the file and removes it.
          current.close();
        }
        if (currentWasDamaged) keptCurrentAs = moveAside(dbPath, now);
      } else {
        currentWasDamaged = true;
        keptCurrentAs = moveAside(dbPath, now);
      }
    }
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true });
    writeStep('rename', dbPath);
    renameSync(tmp, dbPath);
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
  return { keptCurrentAs, currentWasDamaged };
}

/**
 * Before this version of the app migrates an existing database, a copy of it as it was, made with
 * the online backup API. Returns the copy's path, or null when nothing needs migrating.
 */
export async function backupBeforeMigration(dbPath: string, now = new Date()): Promise<string | null> {
  if (!existsSync(dbPath)) return null;
  const db = new BetterSqlite3(dbPath, { fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0 || version >= LATEST_VERSION) return null;
    return await backupTo(db, freshName(backupDir(dbPath), `truoc-nang-cap-v${LATEST_VERSION}-${vietNamFileStamp(now)}`));
  } finally {
    db.close();
  }
}
