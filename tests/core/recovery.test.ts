// Restore works from any state of the current file; a damaged file is reported at start-up and
// never spread into backups; a missing file is never silently replaced by an empty one; an old
// file is copied before it is migrated; failures leave a line in the support log.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';
import { backupDir, dailyBackup, listBackups } from '../../electron/core/backup/backup';
import { LATEST_VERSION, migrate } from '../../electron/core/db/migrations';
import { AppDatabase } from '../../electron/core/services/appDatabase';
import { dispatch } from '../../electron/core/services';
import { LOG_FILE_NAME, logFailure } from '../../electron/core/log/supportLog';
import { flipMiddle, makeReadOnly, mountTiny } from '../helpers/faults';
import { openDatabase } from '../../electron/core/db/open';
import { createServices } from '../../electron/core/services';
import { NO_DIALOGS_HOST } from '../helpers/noDialogsHost';

let dir: string;
let dbPath: string;
interface Run {
  status: number;
  out: string;
  err: string;
}
async function dcs(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const status = await main([...args, '--db', dbPath], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { status, out, err };
}
const titles = async (): Promise<string[]> => JSON.parse((await dcs('activity', 'list', '--period', '2026-H1', '--json')).out).map((a: { title: string }) => a.title);

/** A unit with two activities and a good backup of them; returns the backup. */
async function unitWithBackup(): Promise<string> {
  expect((await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau')).status).toBe(0);
  for (let i = 0; i < 60; i++) {
    expect((await dcs('activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', `Hội nghị tuyên truyền số ${i} về dân chủ ở cơ sở`, '--participants', '40')).status).toBe(0);
  }
  const out = join(dir, 'sao-luu-tay.sqlite');
  expect((await dcs('backup', '--out', out)).status).toBe(0);
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-recovery-'));
  dbPath = join(dir, 'dcs.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a damaged database', () => {
  it('with 4 KB flipped mid-file: reported at start-up, list/add/backup refused, no damaged copy enters rotation, restore brings the data back', async () => {
    const good = await unitWithBackup();
    flipMiddle(dbPath);
    const before = readFileSync(dbPath);
    for (const args of [
      ['activity', 'list', '--period', '2026-H1'],
      ['activity', 'add', '--date', '06/03/2026', '--kind', '2', '--title', 'Thêm sau khi hỏng'],
      ['backup', '--out', join(dir, 'ban-sao-cua-tep-hong.sqlite')],
    ]) {
      const r = await dcs(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/Tệp dữ liệu .*dcs\.sqlite bị hỏng/);
      // The command line's way to restore, not the app's screens.
      expect(r.err).toContain(`Hãy khôi phục từ bản sao lưu gần nhất: "dcs restore TỆP_SAO_LƯU" (các bản sao lưu ở ${backupDir(dbPath)}).`);
      expect(r.err).not.toContain('màn hình khởi động');
      expect(r.err).not.toContain('Lỗi không mong đợi');
    }
    expect(existsSync(join(dir, 'ban-sao-cua-tep-hong.sqlite'))).toBe(false);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    // The daily rotation refuses the damaged file too.
    const raw = new BetterSqlite3(dbPath);
    await expect(dailyBackup(raw, dbPath, new Date('2026-05-04T02:00:00Z'))).rejects.toThrow(/bị hỏng/);
    raw.close();
    expect(listBackups(dbPath)).toEqual([]);

    const r = await dcs('restore', good);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Tệp dữ liệu cũ bị hỏng nên được chuyển sang .*hong[\\/]du-lieu-hong-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite/);
    expect(await titles()).toHaveLength(60);
    // The damaged file is kept for support, but never offered as a backup to restore.
    expect(readdirSync(join(backupDir(dbPath), 'hong'))).toHaveLength(1);
    expect(listBackups(dbPath).some((b) => b.file.includes('du-lieu-hong'))).toBe(false);
  });

  it('truncated to half, or with a garbled header: restore still works and nothing is backed up through SQLite', async () => {
    const good = await unitWithBackup();
    for (const damage of [(p: string) => truncateSync(p, Math.floor(statSync(p).size / 2)), (p: string) => writeFileSync(p, Buffer.alloc(100, 0x41), { flag: 'r+' })]) {
      await dcs('activity', 'list', '--period', '2026-H1'); // folds the WAL into the file
      damage(dbPath);
      const list = await dcs('activity', 'list', '--period', '2026-H1');
      expect(list.status).toBe(1);
      expect(list.err).toMatch(/hỏng/);
      expect(list.err).toContain('dcs restore');
      const r = await dcs('restore', good);
      expect(r.err).toBe('');
      expect(r.out).toContain('Tệp dữ liệu cũ bị hỏng');
      expect(await titles()).toHaveLength(60);
    }
    expect(readdirSync(join(backupDir(dbPath), 'hong'))).toHaveLength(2);
  });

  it('in the app: the start-up screen offers the backups, every other call is refused, and restoring one opens the data', async () => {
    await unitWithBackup();
    const held = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    expect((await held.open()).state).toBe('ready');
    held.close();
    const backups = listBackups(dbPath);
    expect(backups.some((b) => /sao-luu-ngay-\d{4}-\d{2}-\d{2}\.sqlite$/.test(b.file))).toBe(true);
    flipMiddle(dbPath);

    const app = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    const state = await app.open();
    expect(state).toMatchObject({ state: 'problem', code: 'DB_DAMAGED' });
    if (state.state !== 'problem') throw new Error('unreachable');
    expect(state.message).toMatch(/bị hỏng/);
    // The app's way to restore: the list on this very screen, not a command to type.
    expect(state.message).toContain(`Hãy khôi phục từ bản sao lưu gần nhất: ở màn hình khởi động của ứng dụng, mục "Khôi phục từ bản sao lưu", bấm "Khôi phục" ở bản mới nhất (các bản sao lưu nằm ở ${backupDir(dbPath)}).`);
    expect(state.message).not.toContain('dcs restore');
    expect(state.backups.map((b) => b.file)).toEqual(listBackups(dbPath).map((b) => b.file));
    const s = app.services();
    const refused = await dispatch(s, 'activity.list', { period: '2026-H1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED', message: state.message } });
    expect(await dispatch(s, 'app.startup', undefined)).toMatchObject({ ok: true, value: { state: 'problem', code: 'DB_DAMAGED' } });
    const daily = state.backups.find((b) => b.file.includes('sao-luu-ngay-'))!;
    const restored = await dispatch(s, 'backup.restore', { file: daily.file });
    expect(restored).toMatchObject({ ok: true, value: { currentWasDamaged: true } });
    expect(await dispatch(app.services(), 'app.startup', undefined)).toMatchObject({ ok: true, value: { state: 'ready' } });
    const list = await dispatch(app.services(), 'activity.list', { period: '2026-H1' });
    expect(list.ok && (list.value as unknown[]).length).toBe(60);
    app.close();
    // The support log says what failed where, without the clerk's data.
    const log = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
    expect(log).toMatch(/khởi động \| DB_DAMAGED/);
    expect(log).not.toContain('Hội nghị');
  });
});

describe('the same damage told to each door', () => {
  it('found during work (a backup reads a damaged page): the app’s services say the app’s way, the command line’s say its own', async () => {
    await unitWithBackup();
    flipMiddle(dbPath);
    // A connection that has not checked the file, as one opened before the damage happened.
    const raw = new BetterSqlite3(dbPath);
    try {
      const app = await dispatch(createServices(raw, { dbPath, door: 'app' }), 'backup.now', undefined);
      expect(app).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
      if (!app.ok) {
        expect(app.error.message).toContain('ở màn hình khởi động của ứng dụng, mục "Khôi phục từ bản sao lưu"');
        expect(app.error.message).not.toContain('dcs restore');
      }
      const cli = await dispatch(createServices(raw, { dbPath, door: 'cli' }), 'backup.now', undefined);
      expect(cli).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED', message: expect.stringContaining('"dcs restore TỆP_SAO_LƯU"') } });
    } finally {
      raw.close();
    }
    expect(listBackups(dbPath)).toEqual([]);
  });

  it('a file that is not a database: the app points to its backups, the command line also to --db', async () => {
    writeFileSync(dbPath, 'Đây không phải tệp dữ liệu, chỉ là văn bản.'.repeat(200));
    const app = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    const state = await app.open();
    app.close();
    if (state.state !== 'problem') throw new Error(`expected a problem, got ${state.state}`);
    expect(state.message).toContain('tệp không phải cơ sở dữ liệu của ứng dụng');
    expect(state.message).toContain('ở màn hình khởi động của ứng dụng, mục "Khôi phục từ bản sao lưu"');
    expect(state.message).not.toMatch(/--db|dcs restore/);
    const r = await dcs('activity', 'list', '--period', '2026-H1');
    expect(r.status).toBe(1);
    expect(r.err).toContain('Hãy kiểm tra --db (đúng tệp .sqlite chưa?); nếu đúng là tệp dữ liệu của bạn, hãy khôi phục từ bản sao lưu gần nhất: "dcs restore TỆP_SAO_LƯU"');
    expect(r.err).not.toContain('màn hình khởi động');
  });
});

describe('the app with its data file gone', () => {
  it('does not silently start empty when backups exist: it offers them, or empty data on request', async () => {
    const first = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    expect((await first.open()).state).toBe('ready');
    first.close();
    expect(listBackups(dbPath).length).toBeGreaterThan(0);
    rmSync(dbPath);
    const app = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    const state = await app.open();
    expect(state).toMatchObject({ state: 'problem', code: 'DB_MISSING' });
    expect(existsSync(dbPath)).toBe(false);
    expect(await dispatch(app.services(), 'app.startup', undefined)).toMatchObject({ ok: true, value: { state: 'problem', code: 'DB_MISSING' } });
    expect(await dispatch(app.services(), 'app.startFresh', undefined)).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(existsSync(dbPath)).toBe(true);
    app.close();
  });
});

describe('the daily backup in the app', () => {
  it('when it cannot be made, the clerk works on, is told once, and the log says why', async () => {
    writeFileSync(backupDir(dbPath), 'a file where the backups folder should be');
    const app = new AppDatabase({ dbPath, version: 'test', host: NO_DIALOGS_HOST });
    const state = await app.open();
    expect(state.state).toBe('ready');
    if (state.state !== 'ready') return;
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatch(/^Chưa sao lưu tự động được hôm nay: Không ghi được tệp sao lưu sao-luu-ngay-\d{4}-\d{2}-\d{2}\.sqlite: thư mục .*backups không tồn tại hoặc không phải thư mục/);
    expect((await dispatch(app.services(), 'unit.get', undefined)).ok).toBe(true);
    app.close();
    expect(readFileSync(join(dir, LOG_FILE_NAME), 'utf8')).toMatch(/sao lưu hằng ngày \| BAD_FOLDER/);
  });
});


describe('a database that is not there', () => {
  it('a typo in --db is refused with a message, exit 1, and no file is created', async () => {
    const typo = join(dir, 'dcs.sqllite');
    for (const args of [['activity', 'list', '--period', '2026-H1'], ['figure', 'set', '--period', '2026-H1', 'G2_NHAN', '5'], ['report', '--period', '2026-H1', '--out', dir]]) {
      let err = '';
      const status = await main([...args, '--db', typo], { out: () => undefined, err: (s) => (err += s + '\n') });
      expect(status).toBe(1);
      expect(err).toContain(`Không có tệp dữ liệu ${typo}`);
      expect(err).toContain('dcs init');
      expect(existsSync(typo)).toBe(false);
    }
    // Nor a log file beside a database that is not there.
    expect(readdirSync(dir)).toEqual([]);
    // init is the way to start: it says it made a new file.
    const r = await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau');
    expect(r.out).toContain(`Đã tạo tệp dữ liệu mới: ${dbPath}`);
  });
});

describe('an older database', () => {
  function oldDb(): void {
    const o = new BetterSqlite3(dbPath);
    migrate(o, { upTo: 1 });
    o.prepare("INSERT INTO activity (date, kind, title, form, sessions, participants, created_at, updated_at) VALUES ('2026-03-01','TUYEN_TRUYEN','Cũ','truc_tiep',1,5,'x','x')").run();
    o.close();
  }

  it('the CLI copies it before migrating, the same copy the app makes', async () => {
    oldDb();
    const r = await dcs('activity', 'list', '--period', '2026-H1', '--json');
    expect(r.status).toBe(0);
    const copy = listBackups(dbPath).find((b) => b.file.includes(`truoc-nang-cap-v${LATEST_VERSION}-`))!;
    expect(copy).toBeDefined();
    const c = new BetterSqlite3(copy.file, { readonly: true });
    expect(c.pragma('user_version', { simple: true })).toBe(1);
    c.close();
  });

  it('is not migrated when the copy cannot be made, and says why', async () => {
    oldDb();
    writeFileSync(backupDir(dbPath), 'a file where the backups folder should be');
    const r = await dcs('activity', 'list', '--period', '2026-H1');
    expect(r.status).toBe(1);
    expect(r.err).toContain('Chưa nâng cấp tệp dữ liệu lên phiên bản mới vì chưa sao lưu được bản cũ');
    const c = new BetterSqlite3(dbPath, { readonly: true });
    expect(c.pragma('user_version', { simple: true })).toBe(1);
    c.close();
  });
});

describe('the support log', () => {
  it('is rotated by size and keeps three files', () => {
    const fake = join(dir, 'dcs.sqlite');
    writeFileSync(fake, '');
    for (let i = 0; i < 8000; i++) logFailure(fake, { op: 'report.export', code: 'DISK_FULL', file: join(dir, `BL_2026-H1-${i}.docx`), detail: 'ENOSPC: no space left on device, write' });
    const logs = readdirSync(dir).filter((f) => f.startsWith(LOG_FILE_NAME)).sort();
    expect(logs).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const f of logs) expect(statSync(join(dir, f)).size).toBeLessThan(300 * 1024);
    expect(readFileSync(join(dir, LOG_FILE_NAME), 'utf8')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+07 \| report\.export \| DISK_FULL \| tệp: /m);
  });
});

describe('a database the machine will not let us write', () => {
  it('in a read-only folder: writers and readers say so in Vietnamese, the file untouched', async () => {
    const folder = join(dir, 'o-chi-doc');
    // Root ignores file modes: a tmpfs of our own is remounted read-only instead.
    const unmount = process.getuid?.() === 0 ? mountTiny(folder, 2048) : null;
    if (!unmount) (await import('node:fs')).mkdirSync(folder, { recursive: true });
    dbPath = join(folder, 'dcs.sqlite');
    try {
      expect((await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau')).status).toBe(0);
      const before = readFileSync(dbPath);
      const ro = makeReadOnly(folder);
      try {
        for (const args of [['activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'Hội nghị'], ['activity', 'list', '--period', '2026-H1']]) {
          const r = await dcs(...args);
          expect(r.status, args.join(' ')).toBe(1);
          expect(r.err).toContain(`Tệp dữ liệu ${dbPath} nằm trong thư mục chỉ cho phép đọc`);
          expect(r.err).not.toMatch(/hỏng|Lỗi không mong đợi|\.lock/);
        }
        expect(readFileSync(dbPath).equals(before)).toBe(true);
      } finally {
        ro.undo();
      }
    } finally {
      unmount?.();
    }
  });

  it('held by another connection longer than the busy timeout: "đang được một chương trình khác ghi", not "database is locked"', async () => {
    const a = openDatabase(dbPath);
    const b = openDatabase(dbPath);
    try {
      const s = createServices(a, { dbPath, today: () => '2026-05-04' });
      const unit = await dispatch(s, 'unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
      a.pragma('busy_timeout = 50');
      b.exec('BEGIN IMMEDIATE');
      const r = await dispatch(s, 'unit.set', { ...(unit as { ok: true; value: Record<string, unknown> }).value, code: 'BL' });
      expect(r).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
      if (!r.ok) expect(r.error.message).toContain('đang được một chương trình khác ghi (ứng dụng hoặc một lệnh dcs khác) nên chưa ghi được. Thao tác này chưa lưu gì');
      b.exec('ROLLBACK');
      expect((await dispatch(s, 'unit.set', { ...(unit as { ok: true; value: Record<string, unknown> }).value, code: 'BL' })).ok).toBe(true);
    } finally {
      a.close();
      b.close();
    }
  });
});
