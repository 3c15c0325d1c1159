import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBeforeMigration, backupDir, backupTo, checkBackupFile, dailyBackup, listBackups, restoreFrom } from '../../electron/core/backup/backup';
import { LATEST_VERSION, migrate } from '../../electron/core/db/migrations';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { insertActivity } from '../../electron/core/db/repos';

let dir: string;
let dbPath: string;
let db: Db;
const titles = (d: Db) => (d.prepare('SELECT title FROM activity ORDER BY id').all() as Array<{ title: string }>).map((r) => r.title);
const add = (d: Db, title: string) =>
  insertActivity(d, { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title, form: 'truc_tiep', sessions: 1, participants: 10, basisDoc: '', notes: '', measures: [] });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-backup-'));
  dbPath = join(dir, 'dcs.sqlite');
  db = openDatabase(dbPath);
  add(db, 'Trước khi sao lưu');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips: what was backed up comes back, and the replaced data is kept as a backup', async () => {
    const copy = await backupTo(db, join(dir, 'saoluu.sqlite'));
    expect(readdirSync(dir).filter((f) => f.startsWith('saoluu'))).toEqual(['saoluu.sqlite']);
    add(db, 'Sau khi sao lưu');
    db.close();
    const r = await restoreFrom(copy, dbPath);
    db = openDatabase(dbPath);
    expect(titles(db)).toEqual(['Trước khi sao lưu']);
    const kept = openDatabase(r.keptCurrentAs!);
    expect(titles(kept)).toEqual(['Trước khi sao lưu', 'Sau khi sao lưu']);
    kept.close();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a file that is not a backup and leaves the database byte for byte as it was', async () => {
    db.close();
    const before = readFileSync(dbPath);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'không phải cơ sở dữ liệu');
    await expect(restoreFrom(junk, dbPath)).rejects.toThrow(/không phải cơ sở dữ liệu SQLite hợp lệ/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(backupDir(dbPath))).toBe(false);
    db = openDatabase(dbPath);
  });

  it('refuses a backup from a newer version of the app', async () => {
    const copy = await backupTo(db, join(dir, 'new.sqlite'));
    const other = openDatabase(copy);
    other.pragma('user_version = 999');
    other.close();
    expect(checkBackupFile(copy)).toMatch(/phiên bản mới hơn/);
  });

  it('makes at most one daily backup and keeps 7 daily and 4 weekly copies', async () => {
    // 09:00 and 17:00 in Viet Nam (02:00 and 10:00 UTC), whatever the machine's time zone.
    for (let day = 1; day <= 40; day++) await dailyBackup(db, dbPath, new Date(Date.UTC(2026, 2, day, 2)));
    const again = await dailyBackup(db, dbPath, new Date(Date.UTC(2026, 2, 40, 10)));
    expect(again).toEqual([]);
    const files = listBackups(dbPath).map((b) => b.file.split(/[\\/]/).pop()!);
    expect(files.filter((f) => f.startsWith('sao-luu-ngay-')).sort()).toEqual(
      ['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09'].map((d) => `sao-luu-ngay-${d}.sqlite`),
    );
    expect(files.filter((f) => f.startsWith('sao-luu-tuan-'))).toHaveLength(4);
    expect(checkBackupFile(join(backupDir(dbPath), 'sao-luu-ngay-2026-04-09.sqlite'))).toBeNull();
  });

  it('copies an older database before this version migrates it, and not a current one', async () => {
    expect(await backupBeforeMigration(dbPath)).toBeNull();
    const old = join(dir, 'old.sqlite');
    const o = new BetterSqlite3(old);
    migrate(o, { upTo: 1 });
    o.prepare("INSERT INTO activity (date, kind, title, form, sessions, participants, created_at, updated_at) VALUES ('2026-03-01','TUYEN_TRUYEN','Cũ','truc_tiep',1,5,'x','x')").run();
    o.close();
    const copy = await backupBeforeMigration(old);
    expect(copy).toMatch(new RegExp(`truoc-nang-cap-v${LATEST_VERSION}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.sqlite$`));
    const c = new BetterSqlite3(copy!, { readonly: true });
    expect(c.pragma('user_version', { simple: true })).toBe(1);
    expect(c.prepare('SELECT title FROM activity').all()).toEqual([{ title: 'Cũ' }]);
    c.close();
  });
});
