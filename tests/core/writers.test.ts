// One writer at a time, between real processes: a running app refuses restore and other writers
// with a message naming it; command-line writers queue instead of failing with SQLite's raw text.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { main } from '../../electron/core/cli/main';
import { holdDatabase } from '../helpers/faults';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { UNIT_KIND_INFO } from '../../shared/domain/units';

const ROOT = resolve(__dirname, '../..');
let dir: string;
let dbPath: string;

interface Run {
  status: number | null;
  out: string;
  err: string;
}
async function dcs(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const status = await main([...args, '--db', dbPath], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { status, out, err };
}
function dcsChild(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/dcs.mjs', ...args, '--db', dbPath], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', fail);
    child.on('close', (status) => done({ status, out, err }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-writers-'));
  dbPath = join(dir, 'dcs.sqlite');
  expect((await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau')).status).toBe(0);
  expect((await dcs('activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'Hội nghị tuyên truyền'))).toMatchObject({ status: 0 });
  expect((await dcs('backup', '--out', join(dir, 'sao-luu.sqlite'))).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('while the app holds the database', () => {
  it('restore and writers are refused naming the app, its user and machine; readers go on; a killed app frees it', async () => {
    const app = await holdDatabase(dbPath);
    try {
      for (const args of [['restore', join(dir, 'sao-luu.sqlite')], ['activity', 'add', '--date', '06/03/2026', '--kind', '2', '--title', 'Khi ứng dụng đang mở']]) {
        const r = await dcs(...args);
        expect(r.status, args[0]).toBe(1);
        expect(r.err).toContain('đang được ứng dụng Báo cáo dân chủ ở cơ sở');
        expect(r.err).toContain(`trên máy ${hostname()}`);
        // One form of a moment everywhere: "11:15 ngày 02/12/2026" (shared/format/vi.ts).
        expect(r.err).toMatch(/từ \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\)/);
        expect(r.err).toContain('Chưa có gì bị thay đổi. Hãy đóng ứng dụng');
      }
      const list = await dcs('activity', 'list', '--period', '2026-H1', '--json');
      expect(list.status).toBe(0);
      expect(JSON.parse(list.out).map((a: { title: string }) => a.title)).toEqual(['Hội nghị tuyên truyền']);
    } finally {
      app.kill('SIGKILL');
      await new Promise((r) => app.once('exit', r));
    }
    // The lock of a process that died is recognised and taken over.
    const r = await dcs('activity', 'add', '--date', '06/03/2026', '--kind', '2', '--title', 'Sau khi ứng dụng tắt');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('several command-line writers at once', () => {
  it('three `dcs report` runs all succeed, one after the other, with one frozen revision', async () => {
    const out = join(dir, 'bao-cao');
    const runs = await Promise.all([0, 1, 2].map(() => dcsChild('report', '--period', '2026-H1', '--out', out, '--accept-drafts')));
    for (const r of runs) {
      expect(r.err).not.toMatch(/UNIQUE constraint|database is locked|Lỗi không mong đợi/);
      expect(r.status).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(['BL_2026-H1.docx', 'BL_2026-H1.xlsx']);
    const db = new BetterSqlite3(dbPath, { readonly: true });
    expect(db.prepare("SELECT revision FROM period_snapshot WHERE period_id = '2026-H1'").all()).toEqual([{ revision: 1 }]);
    db.close();
  }, 120_000);

  it('two inbox imports at once both finish, every workbook recorded once', async () => {
    const units = makeUnits(6, 7);
    const list = join(dir, 'don-vi.csv');
    writeFileSync(list, 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên\n' + units.map((u) => `${u.code},"${u.name}",${UNIT_KIND_INFO[u.kind].label},${u.parent}`).join('\n'));
    expect((await dcs('aggregate', 'units', 'import', list)).status).toBe(0);
    const inbox = join(dir, 'hop-thu');
    mkdirSync(inbox);
    for (const u of units) writeFileSync(join(inbox, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values));
    const runs = await Promise.all([0, 1].map(() => dcsChild('aggregate', 'import', inbox, '--period', '2026-H1', '--received', '28/04/2026')));
    for (const r of runs) {
      expect(r.err).not.toMatch(/UNIQUE constraint|database is locked|Lỗi không mong đợi/);
      expect(r.status).toBe(0);
    }
    // One of them recorded the six workbooks, the other found them already there.
    expect(runs.map((r) => (r.out.match(/^Đã nhận/gm) ?? []).length).sort()).toEqual([0, 6]);
    const db = new BetterSqlite3(dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) n FROM agg_submission').get()).toEqual({ n: 6 });
    db.close();
    expect(existsSync(join(dir, '.dcs.sqlite.lock'))).toBe(false);
  }, 120_000);
});
