// The clerk's way through the app, in the real renderer (vite build) in Debian's chromium, with
// the loopback bridge standing in for IPC: first run → activities → import with a bad row →
// figures → self-inspection → texts → report preview → export, then the exported files are read.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/runDemo';
import type { Activity } from '../../shared/domain/activities';
import type { PeriodStatus } from '../../shared/domain/status';
import type { TextRow } from '../../shared/ipc/contract';
import { COL_CODE, COL_NOTE, COL_VALUE, SHEET_FIGURES } from '../../shared/exchange';
import { api, buildRenderer, launchBrowser, SCREENSHOTS, shot, startApp, watchErrors } from './harness';
import { go } from './suite';

let context: BrowserContext;
let userDir: string;
const started = Date.now();
const timings: string[] = [];
const mark = (what: string) => timings.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

beforeAll(async () => {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  await buildRenderer();
  mark('renderer built');
  ({ context, userDir } = await launchBrowser());
  mark('browser started');
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
  console.log(`[e2e] ${timings.join(' · ')}`);
});

const CSV_HEADER = 'Ngày,Loại hoạt động,Tên hoạt động,Hình thức,Số buổi,Số lượt người,Văn bản căn cứ,Ghi chú';
const csv = (badDate: string) =>
  [
    CSV_HEADER,
    '15/01/2026,Công khai thông tin,Công khai dự toán ngân sách xã năm 2026,Trực tiếp,1,,,Niêm yết tại trụ sở',
    '20/01/2026,Đối thoại,Đối thoại của Chủ tịch UBND xã với Nhân dân thôn Sín Chải,Trực tiếp,1,85,,',
    `${badDate},Lấy ý kiến,Lấy ý kiến Nhân dân về dự thảo hương ước thôn Tả Phìn,Trực tiếp,1,60,,`,
  ].join('\r\n');

describe('ứng dụng trong trình duyệt', () => {
  it('khai báo đơn vị, ghi hoạt động, nhập tệp, điền số liệu và xuất báo cáo', async () => {
    const app = await startApp('2026-03-20');
    const files = mkdtempSync(join(tmpdir(), 'dcs-e2e-files-'));
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const consoleErrors = watchErrors(page);
    try {
      // ---- First run
      await page.goto(app.bridge.url);
      await page.getByRole('heading', { name: 'Khai báo đơn vị báo cáo' }).waitFor();
      await shot(page, '01-thiet-lap-buoc-1');
      await page.getByLabel('Tên đơn vị', { exact: true }).fill('Ủy ban nhân dân xã Tả Phìn');
      await page.getByLabel('Tên đơn vị', { exact: true }).blur();
      await expect.poll(() => page.getByLabel('Mã đơn vị').inputValue()).toBe('UBND-TAPHIN');
      await page.getByLabel('Mã đơn vị').fill('UBND TA PHIN');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await page.getByText('Mã đơn vị chỉ gồm chữ không dấu').waitFor();
      await page.getByText('Loại đơn vị: hãy chọn một trong năm loại đơn vị.').waitFor();
      await shot(page, '02-thiet-lap-loi');
      await page.getByLabel('Mã đơn vị').fill('UBND-TAPHIN');
      await page.getByLabel('Xã, phường, đặc khu').check();
      await page.getByLabel('Hồ sơ tỉnh').selectOption('lao-cai');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await expect.poll(() => page.getByLabel('Cơ quan chủ quản (dòng trên tên đơn vị)').inputValue()).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
      expect(await page.getByLabel('Địa danh (ở dòng ngày tháng)').inputValue()).toBe('Tả Phìn');
      await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
      await shot(page, '03-thiet-lap-buoc-2');
      await page.getByRole('button', { name: 'Hoàn tất' }).click();
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
      await page.getByText('Còn thiếu').first().waitFor();
      await shot(page, '04-tong-quan-moi');
      mark('setup done');

      // ---- Activities through the form
      await go(page, 'Hoạt động');
      await page.getByText('Chưa có hoạt động nào trong kỳ này.').waitFor();
      await page.getByRole('button', { name: '+ Thêm hoạt động' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm hoạt động' });
      await dialog.getByLabel('Ngày (dd/mm/yyyy)').fill('31/02/2026');
      await dialog.getByLabel('Loại hoạt động').selectOption('TUYEN_TRUYEN');
      await dialog.getByLabel('Tên hoạt động').fill('Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở');
      await dialog.getByLabel('Số buổi, số cuộc').fill('2');
      await dialog.getByLabel('Số lượt người').fill('1.240');
      await dialog.getByLabel('Tên hoạt động').press('Enter');
      await dialog.getByText('Ngày không hợp lệ: hãy ghi theo dạng dd/mm/yyyy').waitFor();
      await shot(page, '05-hoat-dong-form-loi');
      await dialog.getByLabel('Ngày (dd/mm/yyyy)').fill('05/03/2026');
      await dialog.getByLabel('Ngày (dd/mm/yyyy)').press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('cell', { name: 'Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở', exact: true }).waitFor();
      expect(await page.locator('.activities-table tbody tr').first().textContent()).toContain('1.240');

      await page.getByRole('button', { name: '+ Thêm hoạt động' }).click();
      await dialog.getByLabel('Ngày (dd/mm/yyyy)').fill('12/2/2026');
      await dialog.getByLabel('Loại hoạt động').selectOption('TAP_HUAN');
      await dialog.getByLabel('Tên hoạt động').fill('Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân');
      await dialog.getByLabel('Số lượt người').fill('35');
      await dialog.getByLabel('Số lượt người').press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(2);
      // Esc on an empty form closes it; on a filled one it asks first, and "Tiếp tục nhập" keeps the text.
      await page.getByRole('button', { name: '+ Thêm hoạt động' }).click();
      await dialog.getByLabel('Ngày (dd/mm/yyyy)').waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: '+ Thêm hoạt động' }).click();
      await dialog.getByLabel('Tên hoạt động').fill('Không lưu');
      await page.keyboard.press('Escape');
      const ask = page.getByRole('alertdialog', { name: 'Đóng mà không lưu?' });
      await ask.waitFor();
      await shot(page, '05b-hoi-truoc-khi-dong');
      await ask.getByRole('button', { name: 'Tiếp tục nhập' }).click();
      expect(await dialog.getByLabel('Tên hoạt động').inputValue()).toBe('Không lưu');
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await ask.getByRole('button', { name: 'Đóng, không lưu' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length).toBe(2);
      mark('activities added');

      // ---- Import: one bad row, nothing saved; then the corrected file
      const bad = join(files, 'hoat-dong.csv');
      writeFileSync(bad, '\uFEFF' + csv('32/01/2026'));
      await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
      const imp = page.getByRole('dialog', { name: 'Nhập hoạt động từ tệp' });
      await imp.getByLabel('Chọn tệp (.xlsx, .csv, .json)…').setInputFiles(bad);
      const badRow = imp.locator('tr[data-line="4"]');
      await badRow.waitFor();
      expect(await badRow.getAttribute('class')).toContain('row-error');
      expect(await badRow.textContent()).toContain('dòng 4');
      expect(await badRow.textContent()).toContain('"32/01/2026" không phải ngày dd/mm/yyyy');
      expect(await imp.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
      await shot(page, '06-nhap-tep-co-loi');
      expect((await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length).toBe(2);
      writeFileSync(bad, '\uFEFF' + csv('22/01/2026'));
      await imp.getByLabel('Chọn tệp (.xlsx, .csv, .json)…').setInputFiles(bad);
      const importButton = imp.getByRole('button', { name: 'Nhập 3 hoạt động' });
      await importButton.waitFor();
      expect(await importButton.isEnabled()).toBe(true);
      await shot(page, '07-nhap-tep-hop-le');
      await importButton.click();
      await imp.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(5);
      expect((await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length).toBe(5);

      // Delete with undo, search and sort
      const row = page.locator('.activities-table tbody tr', { hasText: 'Công khai dự toán ngân sách xã năm 2026' });
      await row.getByRole('button', { name: /^Xóa/ }).click();
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(4);
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(5);
      await page.getByLabel('Tìm kiếm').fill('doi thoai');
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(1);
      await page.getByLabel('Tìm kiếm').fill('');
      await page.getByRole('button', { name: /^Ngày/ }).click();
      await expect.poll(() => page.locator('.activities-table tbody tr').first().locator('td').first().textContent()).toBe('05/03/2026');
      await shot(page, '08-hoat-dong');
      mark('import done');

      // ---- Figures
      await go(page, 'Số liệu');
      const fig = (code: string) => page.locator(`#fig-${code}`);
      const typeFigure = async (code: string, text: string) => {
        const input = fig(code).locator('input.num-input');
        await input.fill(text);
        await input.press('Enter');
        await expect.poll(() => fig(code).locator('.src-tag').textContent()).toMatch(/Đã lưu|Đã nhập/);
      };
      await typeFigure('G2_NHAN', '1.240');
      await typeFigure('G2_GQ', '1.200');
      await typeFigure('G2_DH', '1.150');
      await typeFigure('H2_PHIEU', '500');
      await fig('H2_HL').locator('input.num-input').fill('600');
      await fig('H2_HL').getByText('Số phiếu hài lòng không được lớn hơn số phiếu thu về.').first().waitFor();
      await typeFigure('H2_HL', '460');
      await fig('K2_VP').getByRole('button', { name: 'Không phát sinh' }).click();
      await expect.poll(() => fig('K2_VP').getByRole('button', { name: 'Không phát sinh' }).getAttribute('aria-pressed')).toBe('true');
      await fig('A2').getByLabel('Có').check();
      await expect.poll(() => fig('G2_TL_GQ').locator('.value-ro').textContent()).toBe('96,8%');
      await expect.poll(() => fig('H2_TL').locator('.value-ro').textContent()).toBe('92%');
      await fig('A3_LUOT').getByRole('button', { name: 'tính từ 1 hoạt động' }).click();
      await page.getByRole('complementary').getByText('Hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở').waitFor();
      await shot(page, '09-so-lieu-tinh-tu-hoat-dong');
      await page.keyboard.press('Escape');
      await fig('G2_NHAN').scrollIntoViewIfNeeded();
      await shot(page, '10-so-lieu');
      mark('figures done');

      // ---- Self-inspection: accept a suggestion, answer another item by hand
      await go(page, 'Tự kiểm tra');
      const suggested = page.locator('#chk-ALL-D8-1');
      await suggested.getByText('Gợi ý: Đã thực hiện, theo 1 hoạt động').waitFor();
      await suggested.getByRole('button', { name: 'Chấp nhận gợi ý' }).click();
      await expect.poll(() => suggested.getByLabel('Đã thực hiện').isChecked()).toBe(true);
      // The evidence names the activity, not a count.
      await expect.poll(() => suggested.getByLabel('Minh chứng').inputValue()).toContain('Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân');
      const manual = page.locator('.chk-item').nth(2);
      await manual.getByLabel('Minh chứng').fill('Biên bản họp ngày 10/3/2026');
      await manual.getByLabel('Thực hiện một phần').check();
      await expect.poll(() => manual.getByLabel('Thực hiện một phần').isChecked()).toBe(true);
      await shot(page, '11-tu-kiem-tra');

      // ---- Tasks
      await go(page, 'Nhiệm vụ');
      const firstTask = page.locator('.tasks-table tbody tr').first();
      await firstTask.getByLabel('Tiến độ').selectOption('in_progress');
      await firstTask.getByLabel('Kết quả, ghi chú').fill('Đã xây dựng dự thảo kế hoạch');
      await firstTask.getByLabel('Kết quả, ghi chú').blur();
      await shot(page, '12-nhiem-vu');

      // ---- Texts: accept a draft
      await go(page, 'Đánh giá, kiến nghị');
      const uu = page.locator('#text-uu_diem');
      await uu.getByRole('button', { name: 'Chấp nhận bản nháp' }).click();
      await uu.getByText('Đã lưu.').waitFor();
      const texts = await api<TextRow[]>(app.bridge, 'text.list', { period: '2026-H1' });
      const uuDiem = texts.find((t) => t.key === 'uu_diem')!;
      expect(uuDiem.text.length).toBeGreaterThan(20);
      expect(await uu.locator('textarea').inputValue()).toBe(uuDiem.text);
      await shot(page, '13-danh-gia');
      mark('checklist, tasks, texts done');

      // ---- Report: preview, click a number, export
      await go(page, 'Báo cáo');
      await page.locator('.paper').first().waitFor();
      await page.locator('.draft-tag').first().waitFor();
      await shot(page, '14-bao-cao');
      const ref = page.locator('button.ref[data-figure="G2_NHAN"]').first();
      expect(await ref.textContent()).toBe('1.240');
      await ref.click();
      const panel = page.getByRole('complementary');
      await panel.getByText('Số kiến nghị, phản ánh tiếp nhận').waitFor();
      await shot(page, '15-bao-cao-xem-so-lieu');
      await panel.getByRole('button', { name: 'Đóng' }).click();
      // The report lists its problems, each a link to where it is fixed.
      await page.getByRole('region', { name: 'Kiểm tra báo cáo' }).getByText(/vẫn là bản nháp/).first().waitFor();
      // The save dialog opens on the usual name; the test's dialog answers it inside exportDir.
      await page.getByRole('button', { name: 'Xuất báo cáo (.docx, .xlsx)…' }).click();
      // Four texts are still the app's drafts: export asks before using them as they are.
      const askDrafts = page.getByRole('dialog', { name: 'Báo cáo còn bản nháp' });
      await askDrafts.getByText(/Còn 4 phần/).waitFor();
      await askDrafts.getByRole('button', { name: 'Chấp nhận bản nháp và xuất' }).click();
      await page.getByText('Đã xuất báo cáo lần 1:').waitFor();
      expect(app.saveRequests.at(-1)).toEqual({ title: 'Lưu báo cáo', defaultPath: 'UBND-TAPHIN_2026-H1.docx' });
      await shot(page, '16-bao-cao-da-xuat');
      const docx = join(app.exportDir, 'UBND-TAPHIN_2026-H1.docx');
      const xlsx = join(app.exportDir, 'UBND-TAPHIN_2026-H1.xlsx');
      expect(existsSync(docx)).toBe(true);
      expect(existsSync(xlsx)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const ws = wb.getWorksheet(SHEET_FIGURES)!;
      const cells = new Map<string, { value: unknown; note: unknown }>();
      ws.eachRow((r) => {
        const code = r.getCell(COL_CODE).value;
        if (typeof code === 'string') cells.set(code, { value: r.getCell(COL_VALUE).value, note: r.getCell(COL_NOTE).value });
      });
      expect(cells.get('G2_NHAN')?.value).toBe(1240);
      expect(cells.get('G2_GQ')?.value).toBe(1200);
      expect(cells.get('G2_DH')?.value).toBe(1150);
      expect(cells.get('H2_HL')?.value).toBe(460);
      expect(cells.get('A2')?.value).toBe(1);
      expect(cells.get('K2_VP')?.value).toBe(0);
      expect(String(cells.get('K2_VP')?.note)).toContain('Không phát sinh');
      expect(cells.get('A3_LUOT')?.value).toBe(1240);
      mark('export checked');

      // ---- A change after chốt số liệu is listed on the report screen
      await go(page, 'Số liệu');
      await typeFigure('G2_NHAN', '1.250');
      await go(page, 'Báo cáo');
      await page.getByText('Có 1 thay đổi sau lần chốt số liệu thứ 1').waitFor();
      await page.getByRole('button', { name: 'Số kiến nghị, phản ánh tiếp nhận: 1.240 → 1.250.' }).waitFor();
      await shot(page, '17-bao-cao-thay-doi-sau-chot');

      // ---- Settings
      await go(page, 'Cài đặt');
      await page.getByText(join(app.dir, 'dcs.sqlite')).waitFor();
      await page.getByLabel('Nơi nhận khác (mỗi dòng một nơi)').fill('Thường trực Đảng ủy xã\nỦy ban MTTQ Việt Nam xã\nCác thôn');
      await shot(page, '18-cai-dat');
      await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
      await page.getByText('Đã lưu cài đặt.').waitFor();
      const unit = await api<{ recipients: string[] }>(app.bridge, 'unit.get');
      expect(unit.recipients).toEqual(['Thường trực Đảng ủy xã', 'Ủy ban MTTQ Việt Nam xã', 'Các thôn']);

      // ---- Backup now, change a figure, restore the backup: the figure is back
      await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
      const backupRow = page.locator('.backup-table tbody tr', { hasText: /sao-luu-\d{4}-/ }).first();
      await backupRow.waitFor();
      // The moment a backup was made reads like every other moment in the app: "11:15 ngày 02/12/2026".
      expect(await backupRow.textContent()).toMatch(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
      await shot(page, '19-cai-dat-sao-luu');
      await api(app.bridge, 'figure.set', { period: '2026-H1', code: 'G2_NHAN', entry: { state: 'value', value: 1300 } });
      await backupRow.getByRole('button', { name: 'Khôi phục' }).click();
      const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu' });
      await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
      await page.getByText('Đã khôi phục dữ liệu.').waitFor();
      const restored = await api<Array<{ code: string; value: number | null }>>(app.bridge, 'figure.list', { period: '2026-H1' });
      expect(restored.find((f) => f.code === 'G2_NHAN')?.value).toBe(1250);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();

      // ---- Tổng quan: a "còn thiếu" item jumps to its figure and focuses it
      await go(page, 'Tổng quan');
      await page.getByRole('heading', { name: /Còn thiếu/ }).waitFor();
      await shot(page, '20-tong-quan');
      const status = await api<PeriodStatus>(app.bridge, 'period.status', { period: '2026-H1' });
      const missingFigure = status.missing.find((m) => m.area === 'figures')!;
      await page.getByRole('button', { name: missingFigure.message }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Số liệu');
      await expect.poll(() => page.locator(`#fig-${missingFigure.ref} :focus`).count()).toBe(1);
      await shot(page, '21-so-lieu-tu-con-thieu');

      // ---- An ad-hoc period
      await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Báo cáo đột xuất (chọn khoảng ngày)…' });
      await page.getByLabel('Từ ngày').fill('01/01/2026');
      await page.getByLabel('đến ngày').fill('31/01/2026');
      await page.getByRole('button', { name: 'Áp dụng' }).click();
      await page.getByText('Số liệu từ 01/01/2026 đến 31/01/2026').waitFor();
      await go(page, 'Hoạt động');
      await expect.poll(() => page.locator('.activities-table tbody tr').count()).toBe(3);
      await shot(page, '22-bao-cao-dot-xuat');

      expect(consoleErrors).toEqual([]);
      mark('scenario done');
    } finally {
      await page.close();
      await app.close();
      rmSync(files, { recursive: true, force: true });
    }
  }, 240_000);

  it('hiển thị dữ liệu mẫu của một xã', async () => {
    const app = await startApp('2026-04-20', seedDemo);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(app.bridge.url);
      await page.getByRole('heading', { name: /Còn thiếu/ }).waitFor();
      await shot(page, 'demo-1-tong-quan');
      await go(page, 'Hoạt động');
      await page.locator('.activities-table tbody tr').first().waitFor();
      await shot(page, 'demo-2-hoat-dong');
      await go(page, 'Số liệu');
      await page.locator('#fig-A1').waitFor();
      await shot(page, 'demo-3-so-lieu');
      await go(page, 'Tự kiểm tra');
      await page.locator('.chk-item').first().waitFor();
      await shot(page, 'demo-4-tu-kiem-tra');
      await go(page, 'Nhiệm vụ');
      await page.locator('.tasks-table tbody tr').first().waitFor();
      await shot(page, 'demo-5-nhiem-vu');
      await go(page, 'Đánh giá, kiến nghị');
      await page.locator('#text-uu_diem').waitFor();
      await shot(page, 'demo-6-danh-gia');
      await go(page, 'Báo cáo');
      await page.locator('.paper').first().waitFor();
      await page.getByText('ỦY BAN NHÂN DÂN XÃ BÌNH LƯ').first().waitFor();
      await shot(page, 'demo-7-bao-cao');
      await page.evaluate("document.querySelectorAll('.paper')[1].scrollIntoView()");
      await shot(page, 'demo-8-phu-luc');
      await go(page, 'Cài đặt');
      await page.getByLabel('Tên đơn vị', { exact: true }).waitFor();
      await shot(page, 'demo-9-cai-dat');
      await page.evaluate("document.getElementById('content').scrollTo(0, 100000)");
      await page.getByText('Tệp dữ liệu', { exact: true }).waitFor();
      await shot(page, 'demo-10-cai-dat-du-lieu');
      mark('demo done');
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});
