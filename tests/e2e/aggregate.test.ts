// The aggregator's way through the app (a commune that reports and collects its units' reports,
// both roles in one database), in the real renderer in Debian's chromium through the loopback
// bridge: the list of units from a CSV (a bad row first: nothing saved), the aggregator's
// settings, received workbooks picked as files and as a folder (progress in two batches; a
// broken file, an unknown unit mapped and imported again, a late report, a resubmission, a
// duplicate, a signed PDF), the board (one late, one missing) with drill-down, the consolidated
// report previewed and exported with the reminder letter. Totals are checked against sums
// computed here from the generated figures, not by the code under test.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateStatus } from '../../shared/aggregate/api';
import type { ExpectedUnit } from '../../shared/aggregate/types';
import type { FigureEntry } from '../../shared/domain/catalog';
import { defaultUnitProfile } from '../../shared/domain/defaults';
import { describePeriod } from '../../shared/domain/periods';
import { planPeriodSettings } from '../../shared/plans/resolve';
import { BINH_LU } from '../../shared/domain/profiles';
import { UNIT_KIND_INFO, type UnitKind } from '../../shared/domain/units';
import { formatNumber } from '../../shared/format/vi';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';
import { buildUnitWorkbook } from '../../electron/core/reports/unitReport';
import { createServices, dispatch } from '../../electron/core/services';
import { api, buildRenderer, launchBrowser, SCREENSHOTS, shot, startApp, TMP, watchErrors } from './harness';
import { go } from './suite';

let context: BrowserContext;
let userDir: string;
const started = Date.now();
const timings: string[] = [];
const mark = (what: string) => timings.push(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** Its own build, so this file and app.test.ts can run side by side without emptying each other's. */
const RENDERER = join(TMP, 'renderer-aggregate');

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith('agg-')) rmSync(join(SCREENSHOTS, f));
  await buildRenderer(RENDERER);
  mark('renderer built');
  ({ context, userDir } = await launchBrowser());
  mark('browser started');
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
  console.log(`[e2e aggregate] ${timings.join(' · ')}`);
});

const PERIOD = '2026-H1';
const TODAY = '2026-05-10';
const PARENT = 'Ủy ban nhân dân xã Bình Lư';

/** The commune's 24 units: every kind, names as a commune lists them. */
const KINDS: UnitKind[] = ['xa', 'co_quan', 'su_nghiep', 'su_nghiep', 'su_nghiep', 'su_nghiep', 'dnnn', 'dn_khac'];
const NAMES: Record<UnitKind, string[]> = {
  xa: ['Ủy ban nhân dân xã Bình Lư', 'Ủy ban nhân dân xã Phong Thổ', 'Ủy ban nhân dân xã Tả Lèng'],
  co_quan: ['Trung tâm Phục vụ hành chính công xã Bình Lư', 'Phòng Kinh tế xã Bình Lư', 'Phòng Văn hóa - Xã hội xã Bình Lư'],
  su_nghiep: [
    'Trường Mầm non Bình Lư',
    'Trường Tiểu học Bình Lư',
    'Trường Trung học cơ sở Bình Lư',
    'Trạm Y tế xã Bình Lư',
    'Trường Mầm non Nà Tăm',
    'Trường Tiểu học Nà Tăm',
    'Trường Phổ thông dân tộc bán trú Tiểu học Bình Lư',
    'Trung tâm Dịch vụ nông nghiệp xã Bình Lư',
    'Ban Quản lý dự án đầu tư xây dựng xã Bình Lư',
    'Trường Trung học cơ sở Nà Tăm',
    'Trường Mầm non Sơn Bình',
    'Trường Tiểu học Sơn Bình',
  ],
  dnnn: ['Chi nhánh Thủy nông Bình Lư', 'Chi nhánh Điện lực Tam Đường', 'Bưu điện văn hóa xã Bình Lư'],
  dn_khac: ['Hợp tác xã Chè Bình Lư', 'Công ty TNHH Chè Tiên Phong', 'Hợp tác xã Dịch vụ Nông nghiệp Sơn Bình', 'Công ty Cổ phần Xây dựng Bình Lư'],
};
const UNITS: ExpectedUnit[] = (() => {
  const used: Record<string, number> = {};
  return Array.from({ length: 24 }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const name = NAMES[kind][(used[kind] = (used[kind] ?? -1) + 1)]!;
    return { code: `BL-${String(i + 1).padStart(2, '0')}`, name, kind, parent: kind === 'dn_khac' ? '' : PARENT };
  });
})();

/** Figures a unit reports; the numbers follow the catalogue's rules. */
function figuresOf(i: number, bump = 0): Record<string, FigureEntry> {
  const v = (value: number): FigureEntry => ({ state: 'value', value });
  const nhan = 40 + i * 7 + bump;
  return {
    A2: v(i % 5 === 0 ? 0 : 1),
    B1_PHAI: v(10),
    B1_DA: v(i % 4 === 0 ? 9 : 10),
    G2_NHAN: v(nhan),
    G2_GQ: v(nhan - 2),
    G2_DH: v(nhan - 3),
    H2_PHIEU: v(100),
    H2_HL: v(90 + (i % 10)),
    K2_VP: { state: 'none' },
  };
}

const period = describePeriod(PERIOD, planPeriodSettings(BINH_LU));

/** A unit's exchange workbook, written by the unit report's own writer. */
async function workbook(u: ExpectedUnit, figures: Record<string, FigureEntry>, opts: { code?: string; name?: string; revision?: number; generatedAt?: string } = {}): Promise<Buffer> {
  const unit = { ...defaultUnitProfile(BINH_LU, u.kind, opts.name ?? u.name), code: opts.code ?? u.code, parentBody: u.parent };
  return buildUnitWorkbook(
    { unit, period, activities: [], figures, inspections: [], tasks: [], texts: {}, previous: null, frozen: null },
    opts.revision ?? 1,
    opts.generatedAt ?? '2026-04-28T08:00:00.000Z',
  );
}

/** A one-page PDF, standing in for the signed report a unit scans. */
function tinyPdf(): Buffer {
  const body = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  return Buffer.from(body, 'latin1');
}

const csvList = (badKind: string) =>
  '\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,Cấp trên\r\n' +
  UNITS.map((u, i) => [u.code, u.name, i === 2 ? badKind : UNIT_KIND_INFO[u.kind].label, u.parent].map((x) => `"${x}"`).join(',')).join('\r\n') +
  '\r\n';

describe('tổng hợp báo cáo trong trình duyệt', () => {
  it('danh sách đơn vị, nhận báo cáo, tình hình nộp, báo cáo tổng hợp và công văn đôn đốc', async () => {
    // The commune reports to the province and collects its units' reports in the same database.
    const app = await startApp(
      TODAY,
      async (db) => {
        const r = await dispatch(createServices(db, { today: () => TODAY }), 'unit.set', DEMO_UNIT);
        if (!r.ok) throw new Error(r.error.message);
      },
      RENDERER,
    );
    const files = mkdtempSync(join(tmpdir(), 'dcs-e2e-agg-'));
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const consoleErrors = watchErrors(page);
    try {
      // ---- The received files, as the units would send them
      const inbox1 = join(files, 'dot-1');
      const inbox2 = join(files, 'hop-thu', 'dot-2_sau-han');
      mkdirSync(inbox1, { recursive: true });
      mkdirSync(inbox2, { recursive: true });
      const current = new Map<string, Record<string, FigureEntry>>();
      const batch1: string[] = [];
      for (const [i, u] of UNITS.entries()) {
        if (u.code === 'BL-03' || u.code === 'BL-04') continue; // late / missing
        const figures = figuresOf(i);
        current.set(u.code, figures);
        // BL-22's clerk typed its own code and a short name: an unknown unit, mapped in the app.
        const p = join(inbox1, `${u.code}_2026-H1.xlsx`);
        writeFileSync(p, await workbook(u, figures, u.code === 'BL-22' ? { code: 'THSB', name: 'Trường TH Sơn Bình' } : {}));
        batch1.push(p);
      }
      const pdf = join(inbox1, 'BL-02_2026-H1 (bản ký).pdf');
      writeFileSync(pdf, tinyPdf());
      const broken = join(inbox1, 'Bieu tong hop cu.xlsx');
      writeFileSync(broken, Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)));
      const note = join(inbox1, 'ghi-chu.txt');
      writeFileSync(note, 'Danh sách gửi qua thư điện tử');
      batch1.splice(2, 0, pdf);
      batch1.push(broken, note);
      // After the deadline: BL-03 late, BL-05 resends corrected figures, BL-06's file again under another name.
      const late = figuresOf(2);
      current.set('BL-03', late);
      writeFileSync(join(inbox2, 'BL-03_2026-H1.xlsx'), await workbook(UNITS[2]!, late, { generatedAt: '2026-05-07T09:00:00.000Z' }));
      const corrected = figuresOf(4, 100);
      current.set('BL-05', corrected);
      writeFileSync(join(inbox2, 'BL-05_2026-H1 (sửa lại).xlsx'), await workbook(UNITS[4]!, corrected, { revision: 2, generatedAt: '2026-05-06T10:00:00.000Z' }));
      writeFileSync(join(inbox2, 'BL-06 ban sao.xlsx'), readFileSync(join(inbox1, 'BL-06_2026-H1.xlsx')));
      mark('inbox written');

      // ---- Start as the commune's clerk; switch to Tổng hợp
      await page.goto(app.bridge.url);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Danh sách đơn vị');
      await page.getByText('Chưa có đơn vị nào phải báo cáo.').waitFor();
      expect(await page.locator('.period-range').textContent()).toContain('hạn nộp của đơn vị 04/05/2026');

      // ---- The list of units: a bad row refuses the whole file
      const list = join(files, 'danh-sach-don-vi.csv');
      writeFileSync(list, csvList('Trường học'));
      await page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)…').setInputFiles(list);
      const listError = page.locator('.import-list .alert-error');
      await listError.waitFor();
      expect(await listError.textContent()).toContain('chưa có đơn vị nào được lưu');
      expect(await listError.textContent()).toContain('dòng 4');
      expect(await listError.textContent()).toContain('"Trường học" không phải loại đơn vị');
      expect(await api<ExpectedUnit[]>(app.bridge, 'aggregate.units.list')).toEqual([]);
      await shot(page, 'agg-01-danh-sach-loi');
      writeFileSync(list, csvList(UNIT_KIND_INFO[UNITS[2]!.kind].label));
      await page.getByLabel('Chọn tệp danh sách (.xlsx, .csv)…').setInputFiles(list);
      await page.getByText('Đã nhập tệp danh-sach-don-vi.csv: thêm 24 đơn vị, cập nhật 0 đơn vị.').waitFor();
      await expect.poll(() => page.locator('.units-table tbody tr').count()).toBe(24);
      expect((await api<ExpectedUnit[]>(app.bridge, 'aggregate.units.list')).map((u) => u.code)).toEqual(UNITS.map((u) => u.code));
      await page.getByLabel('Tìm kiếm').fill('truong tieu hoc');
      await expect.poll(() => page.locator('.units-table tbody tr').count()).toBe(3);
      await page.getByLabel('Tìm kiếm').fill('');
      await shot(page, 'agg-02-danh-sach');
      mark('units imported');

      // ---- Who consolidates: taken from the commune's own profile until saved
      await go(page, 'Cài đặt tổng hợp');
      await page.getByText('Đang dùng thông tin của đơn vị báo cáo trong ứng dụng').waitFor();
      expect(await page.getByLabel('Tên đơn vị', { exact: true }).inputValue()).toBe(DEMO_UNIT.name);
      await page.getByLabel('Quyền hạn ký').selectOption('KT.');
      await page.getByLabel('Ký thay cho (chức vụ người đứng đầu)').fill('Chủ tịch');
      await page.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
      await page.getByLabel('Họ và tên người ký').fill('Nguyễn Thị Hoa');
      await page.evaluate("document.getElementById('content').scrollTo(0, 0)");
      await shot(page, 'agg-03-cai-dat-tong-hop');
      // Leaving with the signer typed but not saved asks first; staying keeps what was typed.
      await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: 'Nhận báo cáo', exact: true }).click();
      const ask = page.getByRole('alertdialog', { name: 'Có nội dung chưa lưu' });
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Cài đặt tổng hợp');
      await ask.getByRole('button', { name: 'Ở lại để lưu' }).click();
      expect(await page.getByLabel('Họ và tên người ký').inputValue()).toBe('Nguyễn Thị Hoa');
      await page.getByRole('button', { name: 'Lưu cài đặt tổng hợp' }).click();
      await page.getByText('Đã lưu cài đặt tổng hợp.').waitFor();
      const saved = await api<{ source: string; profile: { signer: { name: string } } }>(app.bridge, 'aggregate.settings.get');
      expect(saved.source).toBe('settings');
      expect(saved.profile.signer.name).toBe('Nguyễn Thị Hoa');

      // ---- Nhận báo cáo: 25 files picked; 24 sent in two batches, the progress bar between them
      await go(page, 'Nhận báo cáo');
      await page.getByRole('heading', { name: 'Nhận báo cáo 6 tháng đầu năm 2026' }).waitFor();
      let calls = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const hold = async (route: Route) => {
        if (++calls === 2) await gate;
        await route.continue();
      };
      await page.route('**/api/aggregate.importFiles', hold);
      await page.getByLabel('Chọn tệp…').setInputFiles(batch1);
      // Nothing is sent before the batch and its date are confirmed; one date for the whole batch.
      await page.getByRole('heading', { name: 'Sẵn sàng nhập 25 tệp (23 biểu số liệu, 2 tệp khác)' }).waitFor();
      await page.getByLabel('Ngày nhận của cả đợt').fill('02/05/2026');
      expect(await page.getByRole('radio', { name: 'Một ngày cho cả đợt:' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Nhập 25 tệp' }).click();
      // The text file is refused at once, without sending it; the first batch of 20 is done.
      await page.getByText('Đang nhập: 21/25 tệp…').waitFor();
      expect(await page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' }).getAttribute('aria-valuenow')).toBe('21');
      // The window stays usable while files are sent: the filter chips answer.
      await page.getByRole('button', { name: /^Bị từ chối/ }).click();
      await shot(page, 'agg-04-nhan-bao-cao-dang-nhap');
      await page.getByRole('button', { name: /^Tất cả/ }).click();
      release();
      await page.getByText(/Đã xử lý 25\/25 tệp trong .* giây: 22 đã nhận, 3 bị từ chối\./).waitFor();
      await page.unroute('**/api/aggregate.importFiles', hold);
      expect(calls).toBe(2);
      const row = (name: string) => page.locator(`.outcomes-table tr[data-file="${name}"]`);
      await expect.poll(() => page.locator('.outcomes-table tbody tr').count()).toBe(25);
      expect(await row('BL-01_2026-H1.xlsx').locator('.outcome').textContent()).toBe('Đã nhận');
      expect(await row('BL-02_2026-H1 (bản ký).pdf').textContent()).toContain('Lưu kèm báo cáo của Trung tâm Phục vụ hành chính công xã Bình Lư');
      expect(await row('Bieu tong hop cu.xlsx').locator('.outcome').textContent()).toBe('Từ chối');
      expect(await row('Bieu tong hop cu.xlsx').textContent()).toContain('Tệp Bieu tong hop cu.xlsx không phải tệp Excel (.xlsx) hoặc đã bị hỏng');
      expect(await row('ghi-chu.txt').textContent()).toContain('không phải biểu số liệu (.xlsx) hay văn bản báo cáo (.docx, .pdf)');
      expect(await row('BL-22_2026-H1.xlsx').textContent()).toContain('đơn vị "Trường TH Sơn Bình" (mã THSB) không có trong danh sách đơn vị phải báo cáo');
      await shot(page, 'agg-05-nhan-bao-cao-ket-qua');
      await page.getByRole('button', { name: /^Bị từ chối/ }).click();
      await expect.poll(() => page.locator('.outcomes-table tbody tr').count()).toBe(3);
      await shot(page, 'agg-06-nhan-bao-cao-tu-choi');
      mark('batch 1 imported');

      // ---- The unknown code is mapped to BL-22 and the file imported again
      await row('BL-22_2026-H1.xlsx').getByRole('button', { name: 'Ghép đơn vị…' }).click();
      const mapDialog = page.getByRole('dialog', { name: 'Ghép đơn vị' });
      await mapDialog.getByLabel('Tìm đơn vị').fill('BL-22');
      await mapDialog.getByLabel('Đơn vị trong danh sách').selectOption('BL-22');
      await shot(page, 'agg-07-ghep-don-vi');
      await mapDialog.getByRole('button', { name: 'Ghép và nhập lại' }).click();
      await mapDialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('.outcomes-table tbody tr').count()).toBe(2);
      await page.getByRole('button', { name: /^Tất cả/ }).click();
      await expect.poll(() => row('BL-22_2026-H1.xlsx').locator('.outcome').textContent()).toBe('Đã nhận, có cảnh báo');
      expect(await row('BL-22_2026-H1.xlsx').textContent()).toContain('được ghép với');

      // ---- A folder after the deadline: late, resubmitted, duplicate
      await page.getByLabel('Chọn thư mục…').setInputFiles(join(files, 'hop-thu'));
      await page.getByLabel('Ngày nhận của cả đợt').fill('08/05/2026');
      await page.getByRole('button', { name: 'Nhập 3 tệp' }).click();
      await page.getByText(/Đã xử lý 3\/3 tệp trong .* giây: 1 đã nhận, 1 thay báo cáo trước, 1 trùng, bỏ qua\./).waitFor();
      expect(await row('BL-03_2026-H1.xlsx').locator('.outcome').textContent()).toBe('Đã nhận');
      expect(await row('BL-03_2026-H1.xlsx').textContent()).toContain('hop-thu/dot-2_sau-han/BL-03_2026-H1.xlsx');
      expect(await row('BL-05_2026-H1 (sửa lại).xlsx').locator('.outcome').textContent()).toBe('Đã nhận, thay báo cáo trước');
      expect(await row('BL-06 ban sao.xlsx').locator('.outcome').textContent()).toBe('Bỏ qua (trùng tệp đã nhập)');
      await shot(page, 'agg-08-nhan-bao-cao-thu-muc');
      // A file dropped on the zone (drag and drop from the file manager) takes the same way.
      const b64 = readFileSync(join(inbox1, 'BL-01_2026-H1.xlsx')).toString('base64');
      const dropped = await page.evaluateHandle(
        `(() => { const dt = new DataTransfer(); dt.items.add(new File([Uint8Array.from(atob('${b64}'), (c) => c.charCodeAt(0))], 'BL-01_2026-H1.xlsx')); return dt; })()`,
      );
      await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
      await page.getByRole('button', { name: 'Nhập 1 tệp' }).click();
      await page.getByText(/Đã xử lý 1\/1 tệp trong .* giây: 1 trùng, bỏ qua\./).waitFor();
      mark('batch 2 imported');

      // ---- Tình hình nộp: one late, one missing; filters; drill-down
      await go(page, 'Tình hình nộp');
      const status = await api<AggregateStatus>(app.bridge, 'aggregate.status', { period: PERIOD });
      expect(status.counts).toMatchObject({ expected: 24, submitted: 23, onTime: 22, late: 1, missing: 1 });
      const boardRow = (code: string) => page.locator(`.board-table tr[data-unit="${code}"]`);
      await boardRow('BL-04').waitFor();
      expect(await boardRow('BL-04').locator('.st-badge').textContent()).toBe('Chưa nộp');
      expect(await boardRow('BL-03').locator('.st-badge').textContent()).toBe('Nộp muộn');
      expect(await boardRow('BL-03').textContent()).toContain('muộn 4 ngày');
      expect(await boardRow('BL-03').textContent()).toContain('08/05/2026');
      expect(await boardRow('BL-01').locator('.st-badge').textContent()).toBe('Đã nộp đúng hạn');
      expect(await boardRow('BL-05').textContent()).toContain('gửi lại 08/05/2026');
      expect(await boardRow('BL-02').textContent()).toContain('kèm bản PDF');
      await shot(page, 'agg-09-tinh-hinh-nop');
      await page.getByLabel('Tình trạng', { exact: true }).selectOption('missing');
      await expect.poll(() => page.locator('.board-table tbody tr.unit-row').count()).toBe(1);
      await page.getByLabel('Tình trạng', { exact: true }).selectOption('');
      await page.getByLabel('Loại', { exact: true }).selectOption('dn_khac');
      await expect.poll(() => page.locator('.board-table tbody tr.unit-row').count()).toBe(3);
      await page.getByLabel('Loại', { exact: true }).selectOption('');
      await page.getByRole('button', { name: /^Nộp muộn/ }).click();
      await expect.poll(() => page.locator('.board-table tbody tr.unit-row').count()).toBe(1);
      await page.getByRole('button', { name: /^Nộp muộn/ }).click();
      // The table draws the rows in sight only; the count says all 24 are there.
      await expect.poll(() => page.locator('.table-count').textContent()).toBe('24 đơn vị phải báo cáo.');

      // Drill-down from the keyboard: the unit's name is a button, figures and files in the panel.
      await boardRow('BL-02').locator('.row-open-btn').focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('complementary', { name: UNITS[1]!.name });
      await panel.locator('tr[data-figure="G2_NHAN"]').waitFor();
      expect(await panel.locator('tr[data-figure="G2_NHAN"] .pf-value').textContent()).toBe(`${formatNumber(47)} đơn`);
      expect(await panel.locator('tr[data-figure="K2_VP"] .pf-value').textContent()).toBe('Không phát sinh');
      await panel.getByRole('button', { name: 'Mở BL-02_2026-H1 (bản ký).pdf' }).click();
      await expect.poll(() => app.opened.length).toBe(1);
      expect(app.opened[0]).toMatch(/BL-02_2026-H1 \(bản ký\)\.pdf$/);
      expect(existsSync(app.opened[0]!)).toBe(true);
      await shot(page, 'agg-10-chi-tiet-don-vi');
      // The received date is corrected (dd/mm/yyyy): still on time.
      await panel.getByLabel('Ngày nhận').fill('30/04/2026');
      await panel.getByRole('button', { name: 'Lưu ngày nhận' }).click();
      await page.getByText(/Đã sửa ngày nhận báo cáo của .*: 30\/04\/2026/).waitFor();
      await expect.poll(() => boardRow('BL-02').locator('td').nth(3).textContent()).toBe('30/04/2026');
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      // A unit that sent twice: the first date is the one judged, and the one edited.
      await boardRow('BL-05').click();
      const resent = page.getByRole('complementary', { name: UNITS[4]!.name });
      await expect.poll(() => resent.getByLabel('Ngày nhận lần đầu').inputValue()).toBe('02/05/2026');
      await page.keyboard.press('Escape');
      await boardRow('BL-04').click();
      await page.getByRole('complementary', { name: UNITS[3]!.name }).getByText('Đơn vị chưa nộp báo cáo kỳ này.').waitFor();
      await shot(page, 'agg-11-chi-tiet-chua-nop');
      await page.keyboard.press('Escape');
      mark('board checked');

      // ---- Báo cáo tổng hợp: the same preview; a total drilled; export and reminder
      await go(page, 'Báo cáo tổng hợp');
      await page.locator('.paper').first().waitFor();
      await page.getByText('BÁO CÁO', { exact: true }).first().waitFor();
      await shot(page, 'agg-12-bao-cao-tong-hop');
      const sum = [...current.values()].reduce((s, f) => s + (f.G2_NHAN as { value: number }).value, 0);
      const ref = page.locator('button.ref[data-figure="G2_NHAN"]').first();
      expect(await ref.textContent()).toBe(formatNumber(sum));
      await ref.click();
      const totalPanel = page.getByRole('complementary', { name: 'Số kiến nghị, phản ánh tiếp nhận' });
      await totalPanel.getByText(`${formatNumber(sum)} đơn`).first().waitFor();
      await shot(page, 'agg-13-bao-cao-xem-tong');
      await page.keyboard.press('Escape');
      await page.evaluate("document.querySelectorAll('.paper')[1].scrollIntoView()");
      await shot(page, 'agg-14-bao-cao-phu-luc');
      await page.evaluate("document.getElementById('content').scrollTo(0, 0)");
      await page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (.docx, .xlsx)' }).click();
      await page.getByText('Đã xuất báo cáo tổng hợp lần 1:').waitFor();
      await page.getByLabel('Hạn nộp mới').fill('15/05/2026');
      await page.getByRole('button', { name: 'Xuất công văn đôn đốc (.docx)' }).click();
      await page.getByText('Đã xuất công văn đôn đốc gửi 1 đơn vị chưa nộp:').waitFor();
      await shot(page, 'agg-15-bao-cao-da-xuat');
      const written = readdirSync(app.exportDir);
      const report = written.find((f) => /^TONG-HOP_.*_2026-H1\.docx$/.test(f));
      const workbookOut = written.find((f) => /^TONG-HOP_.*_2026-H1\.xlsx$/.test(f));
      const reminder = written.find((f) => /^DON-DOC_.*_2026-H1\.docx$/.test(f));
      expect(report && workbookOut && reminder, written.join(', ')).toBeTruthy();
      for (const f of [report!, workbookOut!, reminder!]) expect(existsSync(join(app.exportDir, f))).toBe(true);
      for (const f of [report!, workbookOut!, reminder!]) expect(await page.getByText(join(app.exportDir, f)).count()).toBe(1);
      mark('report exported');

      // ---- Back to the unit's own screens: its period and data are untouched
      await page.getByRole('button', { name: 'Đơn vị báo cáo', exact: true }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Tổng quan');
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Báo cáo tổng hợp');

      expect(consoleErrors).toEqual([]);
      mark('scenario done');
    } finally {
      await page.close();
      await app.close();
      rmSync(files, { recursive: true, force: true });
    }
  }, 180_000);

  it('Sở Nội vụ chỉ tổng hợp: bỏ qua khai báo đơn vị, mở phần Tổng hợp', async () => {
    const app = await startApp(TODAY, undefined, RENDERER);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(app.bridge.url);
      await page.getByRole('heading', { name: 'Khai báo đơn vị báo cáo' }).waitFor();
      await page.getByRole('button', { name: 'Bỏ qua, mở phần Tổng hợp' }).click();
      // The aggregator names its province first: its deadlines follow that province's plan.
      await page.getByRole('button', { name: 'Mở phần Tổng hợp', exact: true }).click();
      await page.getByText('Hãy chọn tỉnh, thành phố của cơ quan tổng hợp.').waitFor();
      await page.getByLabel('Cơ quan tổng hợp thuộc tỉnh, thành phố nào?').selectOption('lai-chau');
      await page.getByRole('button', { name: 'Mở phần Tổng hợp', exact: true }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Danh sách đơn vị');
      await page.getByText('Chưa khai báo đơn vị báo cáo.').waitFor();
      // Reports cannot be received before the list of units exists: the way there is offered.
      await go(page, 'Nhận báo cáo');
      const early = join(app.dir, 'BL-01_2026-H1.xlsx');
      writeFileSync(early, await workbook(UNITS[0]!, figuresOf(0)));
      await page.getByLabel('Chọn tệp…').setInputFiles(early);
      await page.getByRole('button', { name: 'Nhập 1 tệp' }).click();
      await page.getByText('Chưa có danh sách đơn vị phải báo cáo nên chưa nhận được báo cáo nào.').waitFor();
      await page.getByRole('alert').getByRole('button', { name: 'Danh sách đơn vị' }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Danh sách đơn vị');
      await go(page, 'Cài đặt tổng hợp');
      const settings = await api<{ source: string; profile: { profileId: string; name: string } }>(app.bridge, 'aggregate.settings.get');
      expect(settings.profile).toMatchObject({ profileId: 'lai-chau', name: 'Sở Nội vụ tỉnh Lai Châu' });
      await shot(page, 'agg-16-chi-tong-hop');
      // Once it aggregates, the app opens on the aggregator's screens, not the first-run form.
      await page.getByRole('button', { name: 'Lưu cài đặt tổng hợp' }).click();
      await page.getByText('Đã lưu cài đặt tổng hợp.').waitFor();
      await page.reload();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Danh sách đơn vị');
      // Declaring the unit later is one click away, and can be put off again.
      await page.getByRole('button', { name: 'Khai báo để soạn báo cáo của đơn vị mình' }).click();
      await page.getByRole('heading', { name: 'Khai báo đơn vị báo cáo' }).waitFor();
      await page.getByRole('button', { name: 'Quay lại phần Tổng hợp' }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Danh sách đơn vị');
      mark('aggregator-only done');
    } finally {
      await page.close();
      await app.close();
    }
  }, 120_000);
});
