// Importing the same file twice, the names people use for kinds and statuses, two-digit years and
// Excel's empty trailing rows, through the CLI's main() on a real database file.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';

let dir: string;
let dbPath: string;

async function dcs(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args, '--db', dbPath], { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') });
  return { status, stdout, stderr };
}
const count = (): number => {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM activity').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const CSV = [
  'Ngày;Loại hoạt động;Tên hoạt động;Hình thức;Số buổi;Số lượt người',
  '5/3/26;Dân chủ trực tiếp;Họp thôn Nà Khuy bàn việc làm đường;Trực tiếp;1;120',
  '06/03/2026;dan chu truc tiep;Hội nghị cán bộ, công chức năm 2026;;1;35',
  '07/03/2026;6;Đối thoại lần 2;;1;40',
  '07/03/2026;Đối thoại;  đối thoại LẦN 2. ;;1;40',
  ';;;;;',
  ';;;;;',
].join('\r\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-reimport-'));
  dbPath = join(dir, 'dcs.sqlite');
  writeFileSync(join(dir, 'hoat-dong.csv'), '\uFEFF' + CSV);
  const init = await dcs('init', '--name', 'Ủy ban nhân dân xã Bình Lư', '--code', 'BL', '--kind', 'xa', '--profile', 'lao-cai');
  expect(init.stderr).toBe('');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('activity import: the same file twice', () => {
  it('reads "5/3/26", "Dân chủ trực tiếp" without diacritics, ignores ";;;;;" rows, and skips a line repeating an earlier one', async () => {
    const r = await dcs('activity', 'import', join(dir, 'hoat-dong.csv'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã nhập 3 hoạt động');
    expect(r.stdout).toContain('1 dòng trùng');
    expect(r.stdout).toContain('dòng 5');
    const list = JSON.parse((await dcs('activity', 'list', '--period', '2026-H1', '--json')).stdout) as Array<{ date: string; kind: string }>;
    expect(list.map((a) => [a.date, a.kind])).toEqual([
      ['2026-03-05', 'DAN_CHU_TRUC_TIEP'],
      ['2026-03-06', 'DAN_CHU_TRUC_TIEP'],
      ['2026-03-07', 'DOI_THOAI'],
    ]);
  });

  it('a second import adds nothing and names the rows already recorded; --dry-run says the same without saving', async () => {
    const dry = await dcs('activity', 'import', join(dir, 'hoat-dong.csv'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('0 hoạt động sẽ được nhập');
    expect(dry.stdout).toContain('4 dòng trùng');
    const again = await dcs('activity', 'import', join(dir, 'hoat-dong.csv'));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Đã nhập 0 hoạt động');
    expect(again.stdout).toContain('dòng 2, 3, 4, 5');
    expect(again.stdout).toContain('--keep-duplicates');
    expect(count()).toBe(3);
  });

  it('--keep-duplicates imports every row anyway', async () => {
    const r = await dcs('activity', 'import', join(dir, 'hoat-dong.csv'), '--keep-duplicates');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã nhập 4 hoạt động');
    expect(r.stdout).toContain('Vẫn nhập');
    expect(count()).toBe(7);
  });
});

describe('statuses in Vietnamese words', () => {
  it('inspect set takes "đã thực hiện", "một phần", "chua", "không áp dụng"; task set "đang thực hiện", "hoàn thành"', async () => {
    const items = JSON.parse((await dcs('inspect', 'list', '--period', '2026-H1', '--json')).stdout) as Array<{ item: { id: string } }>;
    const ids = items.slice(0, 4).map((i) => i.item.id);
    const words = ['đã thực hiện', 'Một phần', 'chua', 'KHÔNG ÁP DỤNG'];
    for (const [i, w] of words.entries()) {
      const r = await dcs('inspect', 'set', '--period', '2026-H1', ids[i]!, w);
      expect(r.stderr).toBe('');
    }
    const after = JSON.parse((await dcs('inspect', 'list', '--period', '2026-H1', '--json')).stdout) as Array<{ item: { id: string }; status: string }>;
    expect(ids.map((id) => after.find((a) => a.item.id === id)!.status)).toEqual(['done', 'partly', 'not_done', 'na']);

    const tasks = JSON.parse((await dcs('task', 'list', '--period', '2026-H1', '--json')).stdout) as Array<{ task: { id: string } }>;
    expect(tasks.length).toBeGreaterThan(2);
    const t = tasks.slice(0, 3).map((x) => x.task.id);
    for (const [i, w] of ['chưa bắt đầu', 'đang thực hiện', 'Hoàn thành'].entries()) expect((await dcs('task', 'set', '--period', '2026-H1', t[i]!, w)).stderr).toBe('');
    const list = await dcs('task', 'list', '--period', '2026-H1');
    expect(list.stdout).toContain('Đang thực hiện');
    expect(list.stdout).not.toMatch(/in_progress|not_started/);
    const done = JSON.parse((await dcs('task', 'list', '--period', '2026-H1', '--json')).stdout) as Array<{ task: { id: string }; status: string }>;
    expect(t.map((id) => done.find((d) => d.task.id === id)!.status)).toEqual(['not_started', 'in_progress', 'done']);
  });

  it('a word that is no status is refused with the Vietnamese choices listed', async () => {
    const r = await dcs('task', 'set', '--period', '2026-H1', 'X', 'sắp xong');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"đang thực hiện"');
  });
});

describe("Excel's empty trailing rows in every importer", () => {
  it('aggregate units import accepts a list ending in ";;;" rows and imports only the units', async () => {
    const file = join(dir, 'don-vi.csv');
    writeFileSync(file, ['Mã đơn vị;Tên đơn vị;Loại đơn vị;Cấp trên', 'XA-A;UBND xã A;xã;UBND tỉnh', 'XA-B;UBND xã B;xa;UBND tỉnh', ';;;', ';;;', ''].join('\r\n'));
    const r = await dcs('aggregate', 'units', 'import', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const db = new BetterSqlite3(dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT code FROM agg_unit ORDER BY code').pluck().all()).toEqual(['XA-A', 'XA-B']);
    } finally {
      db.close();
    }
  });
});
