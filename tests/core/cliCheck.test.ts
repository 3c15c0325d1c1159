// `dcs check`, `dcs text accept`, `dcs report --accept-drafts` and the frozen-period notice.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'dcs-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'x.sqlite');

async function dcs(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args, '--db', db], { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') });
  return { status, stdout, stderr };
}

describe('dcs check and drafts on the command line', () => {
  it('lists problems by section, refuses to export drafts without --accept-drafts, and warns when a frozen period changes', async () => {
    expect((await dcs('init', '--name', 'Sở Thử', '--code', 'SO-T', '--kind', 'co_quan', '--profile', 'lao-cai', '--signer-name', 'Trần B')).status).toBe(0);
    await dcs('activity', 'add', '--date', '20/01/2026', '--kind', '5', '--title', 'Hội nghị cán bộ, công chức, viên chức năm 2026', '--participants', '80');
    const check = await dcs('check', '--period', '2026-H1');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/== Kết quả thực hiện/);
    expect(check.stdout).toMatch(/LỖI .*Hội nghị cán bộ, công chức, viên chức năm 2026.*\[sửa tại: số liệu C4_HN_CBCCVC\]/);
    expect(check.stdout).toMatch(/vẫn là bản nháp/);
    const json = JSON.parse((await dcs('check', '--period', '2026-H1', '--json')).stdout) as { problems: Array<{ rule: string; area: string }>; errors: number; drafts: string[] };
    expect(json.drafts).toEqual(['uu_diem', 'han_che', 'nguyen_nhan', 'phuong_huong', 'kien_nghi']);
    expect(json.problems.some((p) => p.rule === 'yes-no-vs-activities' && p.area === 'figures')).toBe(true);

    await dcs('figure', 'set', '--period', '2026-H1', 'C4_HN_CBCCVC', 'có');
    const out = join(dir, 'out');
    const refused = await dcs('report', '--period', '2026-H1', '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/còn 5 phần là bản nháp.*--accept-drafts/);
    expect(existsSync(join(out, 'SO-T_2026-H1.docx'))).toBe(false);

    const accepted = await dcs('text', 'accept', 'uu_diem', '--period', '2026-H1');
    expect(accepted.stdout).toMatch(/Đã chấp nhận bản nháp phần “Ưu điểm”/);
    expect((await dcs('report', '--period', '2026-H1', '--out', out, '--accept-drafts')).status).toBe(0);
    expect(existsSync(join(out, 'SO-T_2026-H1.docx'))).toBe(true);

    const edit = await dcs('figure', 'set', '--period', '2026-H1', 'G2_NHAN', '12');
    expect(edit.status).toBe(0);
    expect(edit.stderr).toMatch(/Lưu ý: Kỳ 6 tháng đầu năm 2026 đã chốt số liệu \(báo cáo lần 1.*báo cáo bổ sung lần 1/);
    expect((await dcs('report', '--period', '2026-H1', '--out', out)).status).toBe(0);
    expect(existsSync(join(out, 'SO-T_2026-H1_lan2.docx'))).toBe(true);
    expect(existsSync(join(out, 'SO-T_2026-H1.docx'))).toBe(true);
  });
});
