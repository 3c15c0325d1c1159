// Backups with SQLite's online backup API (a consistent copy of a live database, WAL included),
// kept in rotation next to the database; restore checks a file before it replaces anything.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/result';
import { LATEST_VERSION } from '../db/migrations';
import type { Db } from '../db/open';

export const BACKUP_DIR_NAME = 'backups';

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_DIR_NAME);
}

/** A backup is one self-contained file: no -wal or -shm beside it once it is opened elsewhere. */
function singleFile(path: string): void {
  const copy = new BetterSqlite3(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Writes a consistent copy of the open database to `dest` (through a temporary file, then renamed). */
export async function backupTo(db: Db, dest: string): Promise<string> {
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = `${dest}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  try {
    await db.backup(tmp);
    singleFile(tmp);
    renameSync(tmp, dest);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new UserError('DISK_FULL', `Không sao lưu được vào ${dest}: ổ đĩa đã đầy. Hãy chọn nơi khác.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT') throw new UserError('BAD_FOLDER', `Không ghi được tệp sao lưu ${dest}. Hãy chọn thư mục khác.`);
    throw e;
  }
  return dest;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const stamp = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** ISO week number, for the weekly rotation. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

export interface RotationPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

/**
 * At most one backup a day of use: makes today's (and this week's) copy if missing, then keeps the
 * newest `daily` daily and `weekly` weekly copies. Returns the files written.
 */
export async function dailyBackup(db: Db, dbPath: string, now = new Date(), policy = DEFAULT_ROTATION): Promise<string[]> {
  const dir = backupDir(dbPath);
  const written: string[] = [];
  const daily = join(dir, `daily-${stamp(now)}.sqlite`);
  if (!existsSync(daily)) written.push(await backupTo(db, daily));
  const weekly = join(dir, `weekly-${isoWeek(now)}.sqlite`);
  if (!existsSync(weekly)) written.push(await backupTo(db, weekly));
  for (const [prefix, keep] of [
    ['daily-', policy.daily],
    ['weekly-', policy.weekly],
  ] as const) {
    const files = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.sqlite'))
      .sort()
      .reverse();
    for (const old of files.slice(keep)) rmSync(join(dir, old), { force: true });
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
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => {
      const st = statSync(join(dir, f));
      return { file: join(dir, f), size: st.size, modified: st.mtime.toISOString() };
    })
    .sort((a, b) => b.modified.localeCompare(a.modified));
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

/**
 * Replaces the database at `dbPath` by `file`, after checking it and keeping the current database
 * as a backup. The caller must have closed its connection to `dbPath`.
 */
export async function restoreFrom(file: string, dbPath: string, now = new Date()): Promise<{ keptCurrentAs: string | null }> {
  const problem = checkBackupFile(file);
  if (problem) throw new UserError('BAD_BACKUP', `Không khôi phục: ${problem} Dữ liệu hiện tại giữ nguyên.`);
  let keptCurrentAs: string | null = null;
  if (existsSync(dbPath)) {
    const current = new BetterSqlite3(dbPath);
    try {
      keptCurrentAs = await backupTo(current, join(backupDir(dbPath), `before-restore-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`));
    } finally {
      current.close();
    }
  }
  const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const tmp = `${dbPath}.restore.tmp`;
    rmSync(tmp, { force: true });
    await source.backup(tmp);
    for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    renameSync(tmp, dbPath);
  } finally {
    source.close();
  }
  return { keptCurrentAs };
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
    return await backupTo(db, join(backupDir(dbPath), `before-v${LATEST_VERSION}-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`));
  } finally {
    db.close();
  }
}
