// `dcs profile list | show | export | validate | import`: the plans through the command line.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dcs-profile-cli-'));
  db = join(dir, 'dcs.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dcs(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args, '--db', db], { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') });
  return { status, stdout, stderr };
}

describe('dcs profile', () => {
  it('lists the 34 provinces and cities and the commune plan, as text and as JSON', async () => {
    const text = await dcs('profile', 'list');
    expect(text.status).toBe(0);
    // Before any unit is declared: the shipped plans, and no database file made for them.
    expect(text.stdout).not.toContain('Đã tạo tệp dữ liệu mới');
    expect(existsSync(db)).toBe(false);
    expect(text.stdout).toContain('ho-chi-minh');
    expect(text.stdout).toContain('lai-chau-binh-lu');
    const list = JSON.parse((await dcs('profile', 'list', '--json')).stdout) as Array<{ id: string; scope: string; origin: string }>;
    expect(list.filter((p) => p.scope !== 'local')).toHaveLength(34);
    expect(list.find((p) => p.id === 'lao-cai')).toMatchObject({ origin: 'builtin', scope: 'province' });
    expect(list.find((p) => p.id === 'ca-mau')).toMatchObject({ origin: 'national' });
  });

  it('shows a plan: deadlines with their cut-off, targets with their operator, tasks with who owns them', async () => {
    const r = await dcs('profile', 'show', 'lao-cai');
    expect(r.stdout).toContain('Báo cáo năm: hạn nộp 19/11; chốt số liệu 15/12 năm trước–31/10 (mặc định)');
    expect(r.stdout).toContain('LC-4b > 95%');
    expect(r.stdout).toMatch(/LC-T12 \(Thường xuyên hằng năm; giao cho: Sở Nội vụ – Cơ quan nhà nước – cấp tỉnh\)/);
    const json = JSON.parse((await dcs('profile', 'show', 'lai-chau-binh-lu', '--json')).stdout);
    expect(json.plan).toMatchObject({ scope: 'local', parent: 'lai-chau', reportTo: 'Ủy ban nhân dân xã Bình Lư (qua Phòng Văn hóa - Xã hội)' });
    const none = await dcs('profile', 'show', 'atlantis');
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('Không có tỉnh, thành phố hoặc kế hoạch "atlantis"');
  });

  it('exports a plan, validates an edited copy (saying what changes), refuses a broken one, imports the good one', async () => {
    const out = join(dir, 'thanh-hoa.json');
    expect((await dcs('profile', 'export', 'thanh-hoa', '--out', out)).status).toBe(0);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    plan.reporting = [{ period: 'Y', deadline: { monthDay: '11-25' }, source: 'Công văn của Sở Nội vụ' }];
    const edited = join(dir, 'thanh-hoa-2026.json');
    writeFileSync(edited, JSON.stringify(plan));
    const v = await dcs('profile', 'validate', edited);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('Hạn nộp báo cáo năm: không quy định → 25/11.');
    expect(v.stdout).toContain('Chưa lưu gì');
    // Showing, exporting and checking plans made no database file; storing one (import) will.
    expect(existsSync(db)).toBe(false);
    // Validation stored nothing.
    expect(JSON.parse((await dcs('profile', 'show', 'thanh-hoa', '--json')).stdout).plan.reporting[1].deadline).toBeNull();

    const broken = join(dir, 'hong.json');
    writeFileSync(broken, JSON.stringify({ ...plan, reporting: [{ period: 'Y', deadline: { monthDay: '11-25' }, cutoff: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '12-14' } }, source: 'x' }] }));
    const bad = await dcs('profile', 'import', broken);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('hạn nộp 25/11 không sau ngày chốt số liệu 14/12');
    expect(JSON.parse((await dcs('profile', 'show', 'thanh-hoa', '--json')).stdout).summary.origin).toBe('builtin');

    const ok = await dcs('profile', 'import', edited);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Đã nhập kế hoạch: Thanh Hóa; thay kế hoạch "thanh-hoa" đang dùng (có sẵn).');
    const shown = JSON.parse((await dcs('profile', 'show', 'thanh-hoa', '--json')).stdout);
    expect(shown.summary.origin).toBe('imported');
    expect(shown.plan.reporting).toEqual([{ period: 'Y', deadline: { monthDay: '11-25' }, source: 'Công văn của Sở Nội vụ' }]);
    // A unit of Thanh Hóa now reports under the imported plan.
    expect((await dcs('init', '--name', 'Ủy ban nhân dân xã Định Tân', '--code', 'DT', '--kind', 'xa', '--profile', 'thanh-hoa')).status).toBe(0);
    const p = JSON.parse((await dcs('period', 'status', '--period', '2026-Y', '--json')).stdout);
    expect(p.period).toMatchObject({ to: '2026-10-31', deadline: '2026-11-25' });
  });
});
