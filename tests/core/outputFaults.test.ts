// Files the user asked for, under real and injected faults: a full disk, a read-only folder, a
// report open in Word, a kill between the two renames of a report or in the middle of a backup.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { main } from '../../electron/core/cli/main';
import { fsHooks, writeFilesAtomically } from '../../electron/core/fs/atomicWrite';
import { acquireLock, lockPathFor } from '../../electron/core/db/lock';
import { failAtStep, mountReadOnly, mountTiny } from '../helpers/faults';

const ROOT = resolve(__dirname, '../..');
let dir: string;
let dbPath: string;
let out: string;

async function dcs(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let o = '';
  let err = '';
  const status = await main([...args, '--db', dbPath], { out: (s) => (o += s + '\n'), err: (s) => (err += s + '\n') });
  return { status, out: o, err };
}
function killedAt(label: string, nth: number, ...args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/stopWorker.ts', ...args, '--db', dbPath], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DCS_STOP_LABEL: label, DCS_STOP_AT: String(nth) },
  });
  expect(r.signal, r.stderr).toBe('SIGKILL');
}
const visible = (d: string): string[] => readdirSync(d).filter((f) => !f.startsWith('.')).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-output-'));
  dbPath = join(dir, 'dcs.sqlite');
  out = join(dir, 'bao-cao');
  expect((await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lai-chau')).status).toBe(0);
  expect((await dcs('activity', 'add', '--date', '05/03/2026', '--kind', '2', '--title', 'Hội nghị tuyên truyền')).status).toBe(0);
  expect((await dcs('report', '--period', '2026-H1', '--out', out, '--accept-drafts')).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const realRun = fsHooks.run;
afterEach(() => {
  fsHooks.step = null;
  fsHooks.platform = process.platform;
  fsHooks.run = realRun;
});

describe('a report under faults', () => {
  const pair = (): Buffer[] => ['BL_2026-H1.docx', 'BL_2026-H1.xlsx'].map((f) => readFileSync(join(out, f)));

  it('a full disk while the second file is written: Vietnamese message, the old pair intact, no temporary file, nothing frozen', async () => {
    const before = pair();
    await dcs('figure', 'set', '--period', '2026-H1', 'G2_NHAN', '7');
    const undo = failAtStep('write', 'ENOSPC', 2);
    const r = await dcs('report', '--period', '2026-H1', '--out', out, '--accept-drafts');
    undo();
    expect(r.status).toBe(1);
    // The changed period is a báo cáo bổ sung: its own pair (…_lan2), the sent pair never touched.
    expect(r.err).toContain('Không ghi được tệp BL_2026-H1_lan2.xlsx: ổ đĩa chứa thư mục');
    expect(r.err).toContain('đã đầy. Dữ liệu trong ứng dụng không bị ảnh hưởng.');
    expect(pair()).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['BL_2026-H1.docx', 'BL_2026-H1.xlsx']);
    expect((await dcs('period', 'changes', '--period', '2026-H1')).out).toContain('Thay đổi so với lần chốt 1');
  });

  it('the .docx open in Word (EBUSY on rename): refused whole, the old pair intact', async () => {
    const before = pair();
    const undo = failAtStep('rename', 'EBUSY', 1);
    const r = await dcs('report', '--period', '2026-H1', '--out', out, '--accept-drafts');
    undo();
    expect(r.err).toContain('tệp đang được mở trong chương trình khác (ví dụ Word hoặc Excel)');
    expect(pair()).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['BL_2026-H1.docx', 'BL_2026-H1.xlsx']);
  });

  it('a really full disk (a 12 KB tmpfs, where this machine allows mounting one)', async () => {
    const tiny = join(dir, 'o-nho');
    const unmount = mountTiny(tiny, 12);
    const target = unmount ? tiny : join(dir, 'o-gia-lap');
    const undo = unmount ? () => undefined : failAtStep('write', 'ENOSPC', 1);
    try {
      const r = await dcs('report', '--period', '2026-H1', '--out', target, '--accept-drafts');
      expect(r.status).toBe(1);
      expect(r.err).toMatch(/Không ghi được tệp BL_2026-H1_lan2\.(docx|xlsx): ổ đĩa chứa thư mục .* đã đầy/);
      expect(r.err).not.toContain('ENOSPC');
      expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
    } finally {
      undo();
      unmount?.();
    }
  });

  it('a read-only folder: says so, never that the data is damaged (report and backup --out)', async () => {
    const ro = join(dir, 'chi-doc');
    const unmount = mountReadOnly(ro);
    // Without a mount, a path under a file refuses every user, root included.
    const blocked = join(dir, 'la-tep');
    writeFileSync(blocked, 'x');
    try {
      const targets = unmount ? [ro, join(blocked, 'con')] : [join(blocked, 'con')];
      for (const t of targets) {
        const b = await dcs('backup', '--out', join(t, 'sao-luu.sqlite'));
        expect(b.status).toBe(1);
        expect(b.err).toMatch(/Không ghi được tệp sao lưu sao-luu\.sqlite: thư mục .* (chỉ cho phép đọc|không tồn tại hoặc không phải thư mục)/);
        expect(b.err).toContain('Dữ liệu trong ứng dụng không bị ảnh hưởng');
        expect(b.err).not.toMatch(/hỏng|khôi phục/);
        const r = await dcs('report', '--period', '2026-H1', '--out', t, '--accept-drafts');
        expect(r.status).toBe(1);
        expect(r.err).not.toMatch(/EROFS|ENOTDIR|hỏng|Lỗi không mong đợi/);
      }
      if (unmount) expect((await dcs('report', '--period', '2026-H1', '--out', ro, '--accept-drafts')).err).toContain('chỉ cho phép đọc');
    } finally {
      unmount?.();
    }
    expect((await dcs('activity', 'list', '--period', '2026-H1')).status).toBe(0);
  });
});

describe('a kill half way', () => {
  it('between the two renames of a report: the next start finishes the pair, so no new .docx sits without its .xlsx', async () => {
    await dcs('figure', 'set', '--period', '2026-H1', 'G2_NHAN', '9');
    const sent = ['BL_2026-H1.docx', 'BL_2026-H1.xlsx'].map((f) => readFileSync(join(out, f)));
    killedAt('rename', 2, 'report', '--period', '2026-H1', '--out', out, '--accept-drafts');
    // Killed: the revision's .docx is in place, its .xlsx waits under a hidden name; the pair sent before is untouched.
    expect(readdirSync(out).filter((f) => f.startsWith('.')).length).toBe(1);
    expect(visible(out)).toEqual(['BL_2026-H1.docx', 'BL_2026-H1.xlsx', 'BL_2026-H1_lan2.docx']);
    // Any next start of the app or the CLI completes the pair.
    expect((await dcs('unit', 'show')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['BL_2026-H1.docx', 'BL_2026-H1.xlsx', 'BL_2026-H1_lan2.docx', 'BL_2026-H1_lan2.xlsx']);
    expect(() => unzipSync(readFileSync(join(out, 'BL_2026-H1_lan2.xlsx')))).not.toThrow();
    expect(['BL_2026-H1.docx', 'BL_2026-H1.xlsx'].map((f) => readFileSync(join(out, f)))).toEqual(sent);
  }, 60_000);

  it('while a report is still being written: its temporary files are removed at the next start', async () => {
    await dcs('figure', 'set', '--period', '2026-H1', 'G2_NHAN', '11');
    const names = visible(out);
    const before = names.map((f) => readFileSync(join(out, f)));
    killedAt('write', 2, 'report', '--period', '2026-H1', '--out', out, '--accept-drafts');
    expect(visible(out)).toEqual(names);
    expect((await dcs('unit', 'show')).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(names);
    expect(names.map((f) => readFileSync(join(out, f)))).toEqual(before);
  }, 60_000);

  it('during a backup: no copy of the data in view as *.tmp, and none left after the next start', async () => {
    const dest = join(dir, 'sao-luu-ngoai');
    mkdirSync(dest, { recursive: true });
    killedAt('rename', 1, 'backup', '--out', join(dest, 'sao-luu.sqlite'));
    expect(visible(dest)).toEqual([]);
    // The hidden copy beside the target is swept by the next backup into that folder.
    expect((await dcs('backup', '--out', join(dest, 'sao-luu.sqlite'))).status).toBe(0);
    expect(readdirSync(dest)).toEqual(['sao-luu.sqlite']);
  }, 60_000);
});

describe('temporary files on Windows', () => {
  it('are hidden while written (attrib +h) and shown again before taking their name', async () => {
    const calls: string[] = [];
    fsHooks.platform = 'win32';
    fsHooks.run = (cmd, args) => calls.push(`${cmd} ${args.join(' ')}`);
    const target = join(dir, 'win', 'a.docx');
    await writeFilesAtomically([{ path: target, data: Buffer.from('x') }]);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(/^attrib \+h .*[\\/]\.a\.docx\.dcs-\d+-\d+\.tmp$/);
    expect(calls[1]).toMatch(/^attrib -h .*[\\/]\.a\.docx\.dcs-\d+-\d+\.tmp$/);
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('the lock file beside the database is hidden too, and a lock whose process is gone is taken over', async () => {
    const calls: string[] = [];
    fsHooks.platform = 'win32';
    fsHooks.run = (cmd, args) => calls.push(`${cmd} ${args.join(' ')}`);
    const db = join(dir, 'win', 'dcs.sqlite');
    mkdirSync(join(dir, 'win'), { recursive: true });
    // What a killed holder leaves: its lock file, naming a process that no longer runs on this machine.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockPathFor(db), JSON.stringify({ pid: Number(gone.stdout), host: hostname(), user: 'x', program: 'dcs report', since: '2026-05-04T01:00:00Z' }));
    const lock = await acquireLock(db, { program: 'dcs activity add', action: 'ghi dữ liệu' });
    try {
      expect(calls).toEqual([`attrib +h ${lockPathFor(db)}`]);
      expect(JSON.parse(readFileSync(lockPathFor(db), 'utf8'))).toMatchObject({ pid: process.pid, program: 'dcs activity add' });
    } finally {
      lock.release();
    }
    expect(existsSync(lockPathFor(db))).toBe(false);
  });
});
