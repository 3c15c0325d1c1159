// The date is Viet Nam's, from an injected clock; an inbox import stopped by a full disk says
// exactly which files were saved; backup rotation never deletes the newest good copy.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, todayIn, vietNamDate } from '../../shared/time/clock';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, dispatch } from '../../electron/core/services';
import { backupDir, dailyBackup, listBackups } from '../../electron/core/backup/backup';
import { insertActivity } from '../../electron/core/db/repos';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { call } from '../aggregate/helpers';
import { LOG_FILE_NAME } from '../../electron/core/log/supportLog';
import { readFileSync } from 'node:fs';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-clock-'));
  db = openDatabase(join(dir, 'dcs.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function inbox(count: number): Promise<{ folder: string; units: ReturnType<typeof makeUnits> }> {
  const units = makeUnits(count, 5);
  const folder = join(dir, 'hop-thu');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  for (const u of units) writeFileSync(join(folder, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values));
  return { folder, units };
}

describe('the clock', () => {
  it('gives the date in Viet Nam whatever the machine’s zone: 05:30 local is already the next day', () => {
    expect(vietNamDate(new Date('2026-05-05T22:30:00Z'))).toBe('2026-05-06');
    expect(vietNamDate(new Date('2026-05-05T16:59:59Z'))).toBe('2026-05-05');
    expect(vietNamDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayIn(fixedClock('2026-05-05T22:30:00Z'))).toBe('2026-05-06');
  });

  it('a report received at 05:30 local time the day after the deadline is late', async () => {
    const { folder, units } = await inbox(2);
    const probe = createServices(db, { dbPath: join(dir, 'dcs.sqlite'), clock: fixedClock('2026-05-01T00:00:00Z') });
    for (const { code, name, kind, parent } of units) await call(probe, 'aggregate.units.add', { code, name, kind, parent });
    // The aggregator's own deadline for the 6-month reports: 05/5.
    const settings = await call(probe, 'aggregate.settings.get', undefined);
    const p = settings.profile;
    await call(probe, 'aggregate.settings.set', { ...p, periodOverrides: { ...p.periodOverrides, deadline: { ...(p.periodOverrides.deadline ?? {}), H1: { monthDay: '05-05' } } } });
    const deadline = (await call(probe, 'aggregate.status', { period: '2026-H1' })).period.deadline!;
    // 05:30 in Viet Nam on the day after the deadline is 22:30 UTC on the deadline itself.
    const s = createServices(db, { dbPath: join(dir, 'dcs.sqlite'), clock: fixedClock(`${deadline}T22:30:00Z`) });
    expect((await call(s, 'app.info', undefined)).today).not.toBe(deadline);
    await call(s, 'aggregate.import', { period: '2026-H1', paths: [folder] });
    const status = await call(s, 'aggregate.status', { period: '2026-H1' });
    expect(status.counts).toMatchObject({ submitted: 2, late: 2, onTime: 0 });
  });
});

describe('a full disk during an inbox import', () => {
  it('says which files were saved instead of "nothing was changed"', async () => {
    const { folder, units } = await inbox(8);
    const dbPath = join(dir, 'dcs.sqlite');
    const s = createServices(db, { dbPath, today: () => '2026-04-28' });
    for (const { code, name, kind, parent } of units) await call(s, 'aggregate.units.add', { code, name, kind, parent });
    // Measure what the whole inbox takes on a copy, then give the real file room for about half.
    const scratch = openDatabase(join(dir, 'nhap-thu.sqlite'));
    const ss = createServices(scratch, { today: () => '2026-04-28' });
    for (const { code, name, kind, parent } of units) await call(ss, 'aggregate.units.add', { code, name, kind, parent });
    const pages = (d: Db): number => d.pragma('page_count', { simple: true }) as number;
    const before = pages(scratch);
    await call(ss, 'aggregate.import', { period: '2026-H1', paths: [folder] });
    const need = pages(scratch) - before;
    scratch.close();
    // SQLite's own "database or disk is full" (SQLITE_FULL), as on a full disk.
    db.pragma(`max_page_count = ${pages(db) + Math.floor(need / 2)}`);
    const r = await dispatch(s, 'aggregate.import', { period: '2026-H1', paths: [folder] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const saved = (db.prepare('SELECT file_name f FROM agg_submission ORDER BY id').all() as Array<{ f: string }>).map((x) => x.f);
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.length).toBeLessThan(8);
    expect(r.error.code).toBe('PARTLY_SAVED');
    expect(r.error.message).toContain(`(ổ đĩa chứa tệp dữ liệu đã đầy). Đã lưu ${saved.length} tệp: ${saved.join(', ')}. Các tệp còn lại chưa được lưu.`);
    expect(r.error.message).not.toMatch(/không bị thay đổi|chưa lưu gì/);
    expect(readFileSync(join(dir, LOG_FILE_NAME), 'utf8')).toMatch(/aggregate\.import \| PARTLY_SAVED/);
    // Room again: the same inbox finishes, the saved files recognised as already there.
    db.pragma('max_page_count = 1073741823');
    const again = await call(s, 'aggregate.import', { period: '2026-H1', paths: [folder] });
    expect(again.counts).toMatchObject({ duplicate: saved.length, accepted: 8 - saved.length });
  });
});

describe('backup rotation', () => {
  it('never deletes the newest copy that passes the integrity check, even when newer ones went bad on disk', async () => {
    const dbPath = join(dir, 'dcs.sqlite');
    insertActivity(db, { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title: 'Một hoạt động', form: 'truc_tiep', sessions: 1, participants: 10, basisDoc: '', notes: '', measures: [] });
    const day = (d: number): Date => new Date(Date.UTC(2026, 2, d, 2));
    const all = { daily: 10, weekly: 10 };
    for (let d = 1; d <= 5; d++) await dailyBackup(db, dbPath, day(d), all);
    // Every copy but the first is then ruined on disk (a failing USB stick).
    for (const f of readdirSync(backupDir(dbPath))) if (f !== 'sao-luu-ngay-2026-03-01.sqlite') writeFileSync(join(backupDir(dbPath), f), 'hỏng');
    // The same day again, keeping only two daily copies: the oldest one is the only good one left.
    expect(await dailyBackup(db, dbPath, day(5), { daily: 2, weekly: 10 })).toEqual([]);
    const kept = readdirSync(backupDir(dbPath)).filter((f) => f.startsWith('sao-luu-ngay-')).sort();
    expect(kept).toEqual(['sao-luu-ngay-2026-03-01.sqlite', 'sao-luu-ngay-2026-03-04.sqlite', 'sao-luu-ngay-2026-03-05.sqlite']);
    expect(listBackups(dbPath).length).toBeGreaterThan(0);
  });
});
