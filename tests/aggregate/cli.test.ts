// The `dcs aggregate …` commands as other tools script them: a child process, exit codes, one
// line per imported file, JSON status.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateStatus } from '../../shared/aggregate/api';
import type { ExpectedUnit } from '../../shared/aggregate/types';
import { UNIT_KIND_INFO } from '../../shared/domain/units';
import { statusText } from '../../electron/core/cli/aggregate';
import { HELP } from '../../electron/core/cli/help';
import { makeUnits, unitWorkbook } from './inbox';

const repo = resolve(__dirname, '../..');
let root: string;
let dbPath: string;

function dcs(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/dcs.mjs', ...args, '--db', dbPath], { cwd: repo, encoding: 'utf8', env: { ...process.env, DCS_DATA_DIR: root } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const units = makeUnits(6, 3);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dcs-agg-cli-'));
  dbPath = join(root, 'tong-hop.sqlite');
  const inbox = join(root, 'inbox');
  mkdirSync(inbox);
  for (const u of units.slice(0, 4)) writeFileSync(join(inbox, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values));
  writeFileSync(join(inbox, 'hong.xlsx'), 'not a workbook at all, just text');
  writeFileSync(
    join(root, 'don-vi.csv'),
    'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên\n' + units.map((u: ExpectedUnit) => `${u.code},"${u.name}",${UNIT_KIND_INFO[u.kind].label},${u.parent}`).join('\n'),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dcs aggregate', () => {
  it('units import and units add refuse a database that does not exist; aggregate setup makes it', () => {
    for (const args of [
      ['aggregate', 'units', 'import', join(root, 'don-vi.csv')],
      ['aggregate', 'units', 'add', '--code', 'DV-X', '--name', 'Ủy ban nhân dân xã Bình Lư', '--kind', 'xa'],
    ]) {
      const r = dcs(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toContain(`Lỗi: Không có tệp dữ liệu ${dbPath}. Không có gì được tạo hay thay đổi. Nếu đây là lần đầu dùng, hãy khai báo đơn vị bằng "dcs init …" (hoặc "dcs aggregate setup …" cho đơn vị tổng hợp)`);
      expect(r.out).not.toContain('Đã tạo tệp dữ liệu mới');
      expect(existsSync(dbPath), 'no database file made').toBe(false);
    }
    const setup = dcs('aggregate', 'setup');
    expect(setup.code).toBe(0);
    expect(setup.out).toContain(`Đã tạo tệp dữ liệu mới: ${dbPath}`);
  });

  it('units import FILE, then units list --json', () => {
    const imp = dcs('aggregate', 'units', 'import', join(root, 'don-vi.csv'));
    expect(imp.err).toBe('');
    expect(imp.code).toBe(0);
    expect(imp.out).toContain('thêm 6 đơn vị');
    const list = dcs('aggregate', 'units', 'list', '--json');
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.out) as ExpectedUnit[];
    expect(parsed.map((u) => u.code)).toEqual(units.map((u) => u.code));
  });

  it('import DIR --period ID prints one line per file with its outcome, and exits 1 when a file was refused', () => {
    const r = dcs('aggregate', 'import', join(root, 'inbox'), '--period', '2026-H1', '--received', '28/04/2026');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[0]).toBe('Ngày nhận: 28/04/2026 cho cả đợt (theo --received).');
    const accepted = lines.filter((l) => l.startsWith('Đã nhận: DV-'));
    expect(accepted).toHaveLength(4);
    for (const l of accepted) expect(l).toMatch(/\(nhận ngày 28\/04\/2026\)$/);
    expect(lines.find((l) => l.includes('hong.xlsx'))).toMatch(/^Từ chối: hong\.xlsx: Tệp hong\.xlsx là tệp văn bản/);
    expect(lines.at(-1)).toMatch(/^Tổng: 5 tệp/);
    expect(r.err).toContain('1/5 tệp bị từ chối');
    // The same folder again: every workbook is an exact duplicate.
    const again = dcs('aggregate', 'import', join(root, 'inbox', `${units[0]!.code}_2026-H1.xlsx`), '--period', '2026-H1');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Bỏ qua (trùng tệp đã nhập)');
  });

  it('suggests the mapping command for an unknown unit quoted for the shell, and writes the time with a decimal comma', async () => {
    const dir = join(root, 'la');
    mkdirSync(dir);
    const stranger = { ...units[0]!, code: "TH Hoa'Sen", name: 'Trường Tiểu học Hoa Sen' };
    writeFileSync(join(dir, 'la.xlsx'), await unitWorkbook(stranger, units[0]!.values));
    const r = dcs('aggregate', 'import', dir, '--period', '2026-H1', '--received', '28/04/2026');
    expect(r.code).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('la.xlsx'))!;
    expect(line).toContain('không có trong danh sách đơn vị phải báo cáo');
    expect(line).toContain(process.platform === 'win32' ? 'dcs aggregate map "TH Hoa\'Sen" MÃ_ĐƠN_VỊ' : "dcs aggregate map 'TH Hoa'\\''Sen' MÃ_ĐƠN_VỊ");
    expect(r.out).toMatch(/; \d+,\d{1,2} giây\.\n?$/);
  });

  it('status --period ID --json gives each unit’s status, received date, warnings and the totals', () => {
    const r = dcs('aggregate', 'status', '--period', '2026-H1', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as AggregateStatus;
    expect(s.counts).toMatchObject({ expected: 6, submitted: 4, onTime: 4, late: 0, missing: 2 });
    expect(s.units[0]).toMatchObject({ code: units[0]!.code, status: 'on_time', receivedAt: '2026-04-28', warnings: [] });
    expect(s.units[5]).toMatchObject({ status: 'missing', receivedAt: null });
    const a1 = s.totals.find((t) => t.code === 'A1')!;
    const want = units.slice(0, 4).reduce((sum, u) => sum + (typeof u.values.A1 === 'number' ? u.values.A1 : 0), 0);
    expect(a1.total).toBe(want);
    expect(statusText(s).join('\n')).toContain('Đã nhận 4/6 đơn vị: 4 đúng hạn, 0 nộp muộn, 2 chưa nộp');
  });

  it('report --period ID --out DIR writes the .docx and the .xlsx; remind writes the letter', () => {
    const out = join(root, 'out');
    const r = dcs('aggregate', 'report', '--period', '2026-H1', '--out', out);
    expect(r.code).toBe(0);
    const files = r.out.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('.docx') || l.endsWith('.xlsx'));
    expect(files).toHaveLength(2);
    for (const f of files) expect(existsSync(f), f).toBe(true);
    // The CLI's today is the machine's date; without --deadline the new date is today + 5 days.
    const m = dcs('aggregate', 'remind', '--period', '2026-H1', '--out', out);
    expect(m.code).toBe(0);
    expect(m.out).toContain('2 đơn vị chưa gửi báo cáo');
    expect(existsSync(m.out.trim().split('\n').at(-1)!.trim())).toBe(true);
  });

  it('import without --received takes each file\'s own date (when it was saved here) and prints it per file', async () => {
    const dir = join(root, 'nhan-tu-thu');
    mkdirSync(dir);
    // Saved from the mail on two different days, long before the officer imports them (today is later).
    const saved = { [units[4]!.code]: Date.UTC(2026, 3, 29, 3), [units[5]!.code]: Date.UTC(2026, 4, 7, 2) };
    for (const u of units.slice(4, 6)) {
      const file = join(dir, `${u.code}_2026-H1.xlsx`);
      writeFileSync(file, await unitWorkbook(u, u.values));
      utimesSync(file, new Date(saved[u.code]!), new Date(saved[u.code]!));
    }
    const r = dcs('aggregate', 'import', dir, '--period', '2026-H1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^Ngày nhận: ngày của từng tệp .*--received dd\/mm\/yyyy/);
    expect(lines.find((l) => l.includes(units[4]!.code))).toMatch(/\(nhận ngày 29\/04\/2026\)$/);
    expect(lines.find((l) => l.includes(units[5]!.code))).toMatch(/\(nhận ngày 07\/05\/2026\)$/);
    const s = JSON.parse(dcs('aggregate', 'status', '--period', '2026-H1', '--json').out) as AggregateStatus;
    expect(s.units.find((u) => u.code === units[4]!.code)?.receivedAt).toBe('2026-04-29');
    expect(s.units.find((u) => u.code === units[5]!.code)?.receivedAt).toBe('2026-05-07');
  });

  it('explains a wrong period and a missing option in Vietnamese with exit code 2', () => {
    const r = dcs('aggregate', 'status');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Thiếu --period');
    expect(HELP).toContain('dcs aggregate import THƯ_MỤC|TỆP… --period KỲ');
    expect(HELP).toContain('dcs aggregate units import TỆP.xlsx|.csv');
  });
});
