// One writer at a time. SQLite alone lets a second process write between two of ours (three
// `dcs report` runs racing for the same revision) and lets `dcs restore` replace the file under an
// open app. A lock file beside the database, created with O_EXCL (the same on Windows and Linux),
// says who holds it and since when; a holder that died is recognised by its process id.
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../../shared/result';
import { formatLocalDateTime } from '../../../shared/format/vi';
import { processAlive, setHidden } from '../fs/atomicWrite';
import { databaseFault } from '../errors/faults';

const Owner = z.object({
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  /** 'app' for the desktop app, otherwise the CLI command ("dcs report"). */
  program: z.string(),
  since: z.string(),
});
export type LockOwner = z.infer<typeof Owner>;

export function lockPathFor(dbPath: string): string {
  return join(dirname(dbPath), `.${basename(dbPath)}.lock`);
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '?';
  }
}

export function readOwner(dbPath: string): LockOwner | null {
  try {
    const parsed = Owner.safeParse(JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function describeOwner(o: LockOwner): string {
  const who = o.program === 'app' ? 'ứng dụng Báo cáo dân chủ ở cơ sở' : `lệnh "${o.program}"`;
  const since = Number.isNaN(Date.parse(o.since)) ? '' : `, từ ${formatLocalDateTime(o.since)}`;
  return `${who} (người dùng ${o.user} trên máy ${o.host}${since})`;
}

export function inUseError(dbPath: string, o: LockOwner, action: string): UserError {
  const what = o.program === 'app' ? 'Hãy đóng ứng dụng (hoặc làm việc này ngay trong ứng dụng)' : 'Hãy đợi lệnh kia chạy xong';
  return new UserError('DB_IN_USE', `Không ${action}: tệp dữ liệu ${dbPath} đang được ${describeOwner(o)} sử dụng. Chưa có gì bị thay đổi. ${what} rồi thử lại.`);
}

/** Whether a lock file belongs to nobody any more: its process ended, or it was never finished. */
function isStale(dbPath: string, o: LockOwner | null): boolean {
  if (!o) {
    // A lock file cut short by a kill while it was written: stale once it is a few seconds old.
    try {
      return Date.now() - statSync(lockPathFor(dbPath)).mtimeMs > 5000;
    } catch {
      return true;
    }
  }
  return o.host === hostname() && !processAlive(o.pid);
}

/** Removes a stale lock, with a second lock around the removal so two breakers cannot both win. */
function breakStale(dbPath: string, seen: string): void {
  const guard = `${lockPathFor(dbPath)}.break`;
  try {
    mkdirSync(guard);
  } catch {
    return;
  }
  try {
    let now = '';
    try {
      now = readFileSync(lockPathFor(dbPath), 'utf8');
    } catch {
      return;
    }
    if (now === seen) rmSync(lockPathFor(dbPath), { force: true });
  } finally {
    rmdirSync(guard);
  }
}

export interface HeldLock {
  release: () => void;
}

export interface LockOptions {
  /** 'app', or the CLI command. */
  program: string;
  /** What the caller wanted to do, for the refusal ("ghi dữ liệu", "khôi phục"). */
  action: string;
  /** How long to wait for another command-line run to finish; the app is never waited for. */
  waitMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the database's lock, or throws DB_IN_USE naming its holder. A CLI holder is waited for
 * (up to `waitMs`): command-line runs are short, so three at once simply queue.
 */
export async function acquireLock(dbPath: string, options: LockOptions): Promise<HeldLock> {
  const path = lockPathFor(dbPath);
  const deadline = Date.now() + (options.waitMs ?? 0);
  mkdirSync(dirname(path), { recursive: true });
  const me: LockOwner = { pid: process.pid, host: hostname(), user: currentUser(), program: options.program, since: new Date().toISOString() };
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      setHidden(path, true);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: after a stale break someone else's may stand here.
        if (readOwner(dbPath)?.pid === me.pid && readOwner(dbPath)?.host === me.host) rmSync(path, { force: true });
      };
      process.on('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw databaseFault(e, dbPath) ?? e;
    }
    let raw = '';
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const owner = readOwner(dbPath);
    if (isStale(dbPath, owner)) {
      breakStale(dbPath, raw);
      continue;
    }
    if (owner && owner.host === me.host && owner.pid === me.pid) throw inUseError(dbPath, owner, options.action);
    const waitable = !owner || owner.program !== 'app';
    if (!waitable || Date.now() >= deadline) {
      throw owner ? inUseError(dbPath, owner, options.action) : new UserError('DB_IN_USE', `Không ${options.action}: tệp dữ liệu ${dbPath} đang được một chương trình khác sử dụng. Chưa có gì bị thay đổi. Hãy thử lại sau ít phút.`);
    }
    await sleep(100 + Math.floor(Math.random() * 100));
  }
}
