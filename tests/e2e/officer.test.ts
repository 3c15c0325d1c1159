// The Sở Nội vụ officer's deadline day in the real renderer: exports through the save dialog (the
// folder remembered per kind, cancel writes nothing), print and PDF of the report on A4 with NĐ 30
// margins, the board of Tình hình nộp at 300 and 10,000 units (chart, sorting by every column,
// grouping by Cấp trên, only the rows in sight drawn), received dates taken from the files and
// shown before the import, no machine words, and nothing cut off at 125% and 150% scaling.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateStatus } from '../../shared/aggregate/api';
import { UNIT_KINDS, type UnitKind } from '../../shared/domain/units';
import { formatNumber } from '../../shared/format/vi';
import { insertSubmission, putBlob, upsertUnit } from '../../electron/core/aggregate/repo';
import { packValues } from '../../electron/core/aggregate/packedValues';
import type { Db } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/demo/runDemo';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';
import { createServices, dispatch } from '../../electron/core/services';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { api, buildRenderer, launchBrowser, SCREENSHOTS, shot, startApp, TMP, watchErrors, type AppUnderTest } from './harness';
import { go } from './suite';

let context: BrowserContext;
let userDir: string;
const RENDERER = join(TMP, 'renderer-officer');
const PERIOD = '2026-H1';
const TODAY = '2026-05-12';
const timings: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith('officer-')) rmSync(join(SCREENSHOTS, f));
  await buildRenderer(RENDERER);
  ({ context, userDir } = await launchBrowser());
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
  console.log(`[e2e officer] ${timings.join(' · ')}`);
});

const PARENTS = ['Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Ủy ban nhân dân huyện Tam Đường', 'Ủy ban nhân dân huyện Phong Thổ', 'Sở Nông nghiệp và Môi trường', ''];
const KIND_NAME: Record<UnitKind, string> = { xa: 'Ủy ban nhân dân xã', co_quan: 'Văn phòng', su_nghiep: 'Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở', dnnn: 'Công ty TNHH MTV', dn_khac: 'Hợp tác xã' };

/** Of every ten units of a kind, seven report on time, two late, one not at all. */
const slot = (i: number): number => Math.floor(i / UNIT_KINDS.length) % 10;
const statusOf = (i: number): 'on_time' | 'late' | 'missing' => (slot(i) === 9 ? 'missing' : slot(i) >= 7 ? 'late' : 'on_time');
function countsWhere(n: number, keep: (i: number) => boolean): { total: number; on_time: number; late: number; missing: number } {
  const c = { total: 0, on_time: 0, late: 0, missing: 0 };
  for (let i = 0; i < n; i++) if (keep(i)) (c.total++, c[statusOf(i)]++);
  return c;
}

/** `n` expected units straight into the database, six Cấp trên (one blank), statuses by `statusOf`. */
function seedBoard(db: Db, n: number): void {
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const kind = UNIT_KINDS[i % UNIT_KINDS.length]!;
      const code = `DV-${String(i + 1).padStart(5, '0')}`;
      const name = `${KIND_NAME[kind]} số ${i + 1}`;
      upsertUnit(db, { code, name, kind, parent: PARENTS[i % PARENTS.length]! });
      const r = slot(i);
      if (r === 9) continue;
      const bytes = Buffer.from(code);
      const sha = createHash('sha256').update(bytes).digest('hex');
      putBlob(db, sha, bytes);
      insertSubmission(db, {
        periodId: PERIOD,
        unitCode: code,
        fileName: `${code}_2026-H1.xlsx`,
        fileSha256: sha,
        sentUnitCode: code,
        sentUnitName: name,
        sentUnitKind: kind,
        profileId: 'lai-chau',
        scope: 'own',
        consolidation: null,
        revision: 1,
        generatedAt: '2026-04-20T08:00:00.000Z',
        appVersion: '0.1.0',
        template: false,
        digestOk: true,
        receivedAt: r < 7 ? `2026-04-${String(20 + (i % 10)).padStart(2, '0')}` : `2026-05-0${5 + (i % 4)}`,
        warnings: r === 3 ? ['Tổng G2_GQ lớn hơn G2_NHAN'] : [],
        replacesId: null,
        values: packValues([{ code: 'G2_NHAN', state: 'value', value: i % 50, cell: 'E10', note: '' }]),
      });
    }
  })();
}

/** Anything a user cannot reach without scrolling sideways: a screen wider than the window, a table wider than its box, a control past the edge. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    const content = document.getElementById('content');
    if (content.scrollWidth > content.clientWidth + 1) out.push('màn hình cuộn ngang: ' + content.scrollWidth + ' > ' + content.clientWidth);
    for (const el of document.querySelectorAll('.table-wrap, .topbar, .toolbar, .card, .stats, .chips')) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(el.className + ': ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
    for (const el of document.querySelectorAll('button, input, select, label, h1, h2, h3, th')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1) out.push(el.tagName + ' "' + (el.textContent || '').trim().slice(0, 40) + '" hết ở ' + Math.round(r.right) + ' > ' + window.innerWidth);
    }
    return out;
  })()`);
}

const SIZES = [
  { w: 1366, h: 768, tag: '100' },
  { w: 1093, h: 614, tag: '125' },
  { w: 911, h: 512, tag: '150' },
];

function pdfPages(pdf: string, prefix: string): { pages: number; size: string; pngs: string[] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const size = /Page size:\s+(.*)/.exec(info)![1]!;
  execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '2', pdf, join(SCREENSHOTS, prefix)]);
  // The last pages hold the appendices (landscape tables).
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(Math.max(3, pages - 1)), pdf, join(SCREENSHOTS, `${prefix}-cuoi`)]);
  return { pages, size, pngs: readdirSync(SCREENSHOTS).filter((f) => f.startsWith(prefix)) };
}

describe('cán bộ Sở Nội vụ trong ngày hết hạn', () => {
  let app: AppUnderTest;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startApp(TODAY, async (db) => {
      await seedDemo(db);
      seedBoard(db, 300);
    }, RENDERER);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    errors = watchErrors(page);
    app.pdfPage = page;
    await page.goto(app.bridge.url);
    await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await page?.close();
    await app?.close();
  });

  it('xuất báo cáo qua hộp thoại lưu: hủy thì không ghi gì, thư mục được nhớ theo từng loại, in và lưu PDF khổ A4', async () => {
    await go(page, 'Báo cáo');
    await page.locator('.paper').first().waitFor();
    const current = await api<{ id: string }>(app.bridge, 'period.current');
    const base = `UBND-BINHLU_${current.id}`;
    const exportBtn = page.getByRole('button', { name: 'Xuất báo cáo (.docx, .xlsx)…' });
    expect(await exportBtn.isEnabled()).toBe(true);
    await page.getByText('Khi xuất, ứng dụng hỏi nơi lưu tệp').waitFor();
    // Hủy in the dialog: nothing written, no error.
    app.saveAnswers.push(null);
    await exportBtn.click();
    await expect.poll(() => app.saveRequests.length).toBe(1);
    expect(app.saveRequests[0]).toEqual({ title: 'Lưu báo cáo', defaultPath: `${base}.docx` });
    expect(readdirSync(app.exportDir)).toEqual([]);
    expect(await page.locator('.export-bar .alert-error').count()).toBe(0);
    // A folder and a name of the officer's choosing.
    const chosen = join(app.dir, 'Gửi Sở Nội vụ');
    mkdirSync(chosen);
    app.saveAnswers.push(join(chosen, 'Báo cáo 6 tháng.docx'));
    await exportBtn.click();
    await page.getByText('Đã xuất báo cáo lần 1:').waitFor();
    expect(readdirSync(chosen).sort()).toEqual(['Báo cáo 6 tháng.docx', 'Báo cáo 6 tháng.xlsx']);
    await page.getByText(`Lần trước đã lưu vào ${chosen}`).waitFor();
    await shot(page, 'officer-01-xuat-bao-cao');
    // Remembered across screens and reloads: the next dialog opens there.
    await go(page, 'Tổng quan');
    await page.reload();
    await go(page, 'Báo cáo');
    await page.getByText(`Lần trước đã lưu vào ${chosen}`).waitFor();

    // PDF: the report alone on A4, NĐ 30 margins, from the print layout.
    await page.getByRole('button', { name: 'Lưu PDF…' }).click();
    await page.getByText('Đã lưu báo cáo dạng PDF:').waitFor();
    expect(app.saveRequests.at(-1)).toEqual({ title: 'Lưu báo cáo dạng PDF', defaultPath: join(chosen, `${base}.pdf`) });
    const pdf = join(chosen, `${base}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const info = pdfPages(pdf, 'officer-02-pdf-bao-cao');
    expect(info.size).toMatch(/^59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)$/);
    expect(info.pages).toBeGreaterThan(3);
    const text = execFileSync('pdftotext', ['-layout', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Nothing of the app around the report: no menu, no buttons.
    expect(text).not.toContain('Xuất báo cáo');
    expect(text).not.toContain('Số liệu');
    // The print view, as In… sends it to the printer.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.export-bar').isVisible()).toBe(false);
    await shot(page, 'officer-03-ban-in');
    await page.emulateMedia({ media: null });
    timings.push(`PDF báo cáo: ${info.pages} trang`);
  }, 120_000);

  it('Báo cáo tổng hợp dùng cùng cách xuất; thư mục mở sẵn là thư mục vừa dùng', async () => {
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await go(page, 'Báo cáo tổng hợp');
    await page.locator('.paper').first().waitFor();
    const chosen = join(app.dir, 'Gửi Sở Nội vụ');
    await page.getByRole('button', { name: 'Xuất báo cáo tổng hợp (.docx, .xlsx)…' }).click();
    await page.getByText('Đã xuất báo cáo tổng hợp lần 1:').waitFor();
    const req = app.saveRequests.at(-1)!;
    expect(req.title).toBe('Lưu báo cáo tổng hợp');
    expect(req.defaultPath).toMatch(/TONG-HOP_.*_2026-H1\.docx$/);
    expect(req.defaultPath.startsWith(chosen)).toBe(true);
    await page.getByRole('button', { name: 'Lưu PDF…' }).click();
    await page.getByText('Đã lưu báo cáo tổng hợp dạng PDF:').waitFor();
    const pdf = readdirSync(chosen).find((f) => /^TONG-HOP_.*\.pdf$/.test(f))!;
    const info = pdfPages(join(chosen, pdf), 'officer-04-pdf-tong-hop');
    expect(info.size).toMatch(/\(A4\)$/);
    await shot(page, 'officer-05-xuat-tong-hop');
    expect(await api<Record<string, string>>(app.bridge, 'app.exportFolders')).toEqual({ report: chosen, consolidated: chosen });
  }, 120_000);

  it('Tình hình nộp với 300 đơn vị: biểu đồ, sắp xếp mọi cột, nhóm theo cấp trên', async () => {
    await go(page, 'Tình hình nộp');
    const chart = page.getByRole('region', { name: /Tình hình nộp theo/ });
    await chart.waitFor();
    const st = await api<AggregateStatus>(app.bridge, 'aggregate.status', { period: PERIOD });
    expect(st.counts).toMatchObject({ expected: 300, missing: 30, late: 60, onTime: 210 });
    // One bar per kind, 60 units each: 42 on time, 12 late, 6 missing.
    const bars = chart.locator('.chart-bar');
    await expect.poll(() => bars.count()).toBe(5);
    expect(await bars.first().getAttribute('aria-label')).toBe(`${st.byKind[0]!.label}: 60 đơn vị, 42 đúng hạn, 12 nộp muộn, 6 chưa nộp. Bấm để lọc bảng.`);
    await chart.getByRole('button', { name: 'Cấp trên', exact: true }).click();
    await expect.poll(() => bars.count()).toBe(6);
    await shot(page, 'officer-06-bieu-do-cap-tren');
    // A bar filters the table to that Cấp trên.
    await chart.getByRole('button', { name: /^Sở Y tế: 50 đơn vị/ }).click();
    await expect.poll(() => page.locator('.table-count').textContent()).toBe('Đang hiện 50/300 đơn vị.Bỏ lọc');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();

    const firstCode = () => page.locator('.board-table tbody tr.unit-row').first().getAttribute('data-unit');
    const header = (name: string) => page.locator('.board-table thead').getByRole('button', { name });
    expect(await firstCode()).toBe('DV-00001');
    await header('Mã').click();
    await expect.poll(firstCode).toBe('DV-00300');
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Mã');
    await header('Tình trạng').click();
    // Ascending: on time first; descending: missing first.
    await expect.poll(() => page.locator('.board-table tbody tr.unit-row').first().locator('.st-badge').textContent()).toBe('Đã nộp đúng hạn');
    await header('Tình trạng').click();
    await expect.poll(() => page.locator('.board-table tbody tr.unit-row').first().locator('.st-badge').textContent()).toBe('Chưa nộp');
    await header('Ngày nhận').click();
    await expect.poll(() => page.locator('.board-table tbody tr.unit-row').first().locator('td').nth(3).textContent()).toBe('20/04/2026');
    await header('Đơn vị').click();
    // "Công ty TNHH MTV số 4" comes first in Vietnamese order, numbers read as numbers.
    await expect.poll(firstCode).toBe('DV-00004');
    await header('Tệp đã nhận').click();
    await expect.poll(firstCode).toBe('DV-00001');
    await header('Ghi chú').click();
    await header('Ghi chú').click();
    await expect.poll(() => page.locator('.board-table tbody tr.unit-row').first().locator('.warn-text').textContent()).toBe('1 cảnh báo');
    await shot(page, 'officer-07-sap-xep');

    await header('Mã').click();
    await expect.poll(firstCode).toBe('DV-00001');
    await page.getByLabel('Nhóm theo').selectOption('parent');
    const groups = page.locator('.board-table tr.group-row');
    await expect.poll(() => groups.first().textContent()).toContain('Sở Giáo dục và Đào tạo');
    const g0 = countsWhere(300, (i) => i % PARENTS.length === 0);
    expect(await groups.first().textContent()).toContain(`${g0.total} đơn vị: ${g0.on_time} đúng hạn, ${g0.late} nộp muộn, ${g0.missing} chưa nộp`);
    await shot(page, 'officer-08-nhom-cap-tren');
    // Scrolling to the end brings the last group, drawn on demand.
    await page.locator('.board-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.locator('.board-table tr[data-unit="DV-00300"]').count()).toBe(1);
    expect(await page.locator('.board-table tr[data-unit="DV-00001"]').count()).toBe(0);
    expect(await page.locator('.board-table tbody tr.unit-row').count()).toBeLessThan(80);
    await page.getByLabel('Nhóm theo').selectOption('');
    expect(errors).toEqual([]);
  }, 120_000);

  it('không màn hình tổng hợp nào bị cắt ở 100%, 125% và 150% trên màn hình 1366×768', async () => {
    const screens = ['Danh sách đơn vị', 'Nhận báo cáo', 'Tình hình nộp', 'Báo cáo tổng hợp', 'Cài đặt tổng hợp'];
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.w, height: size.h });
      for (const [i, label] of screens.entries()) {
        await go(page, label);
        await page.waitForTimeout(150);
        for (const p of await cutOff(page)) problems.push(`${size.tag}% ${label}: ${p}`);
        await shot(page, `officer-1${i}-${size.tag}-${label.replace(/\s+/g, '-')}`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('10.000 đơn vị và ngày nhận theo tệp', () => {
  it('bảng 10.000 đơn vị chỉ vẽ các dòng đang thấy, sắp xếp và nhóm vẫn mượt', async () => {
    const app = await startApp(TODAY, async (db) => {
      const r = await dispatch(createServices(db, { today: () => TODAY }), 'unit.set', DEMO_UNIT);
      if (!r.ok) throw new Error(r.error.message);
      seedBoard(db, 10_000);
    }, RENDERER);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    try {
      await page.goto(app.bridge.url);
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      let t = Date.now();
      await go(page, 'Tình hình nộp');
      await page.locator('.board-table tbody tr.unit-row').first().waitFor();
      timings.push(`bảng 10.000 đơn vị hiện sau ${Date.now() - t} ms`);
      expect(await page.locator('.table-count').textContent()).toBe(`${formatNumber(10_000)} đơn vị phải báo cáo.`);
      expect(await page.locator('.board-table tbody tr.unit-row').count()).toBeLessThan(80);
      t = Date.now();
      await page.locator('.board-table thead').getByRole('button', { name: 'Tình trạng' }).click();
      await page.locator('.board-table thead').getByRole('button', { name: 'Tình trạng' }).click();
      await expect.poll(() => page.locator('.board-table tbody tr.unit-row').first().locator('.st-badge').textContent()).toBe('Chưa nộp');
      timings.push(`sắp xếp 10.000 đơn vị hai lần: ${Date.now() - t} ms`);
      t = Date.now();
      await page.getByLabel('Nhóm theo').selectOption('parent');
      await page.locator('.board-table tr.group-row').first().waitFor();
      timings.push(`nhóm theo cấp trên: ${Date.now() - t} ms`);
      await page.locator('.board-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await expect.poll(() => page.locator('.board-table tbody tr.unit-row').count()).toBeGreaterThan(5);
      expect(await page.locator('.board-table tbody tr.unit-row').count()).toBeLessThan(80);
      await shot(page, 'officer-20-10000-don-vi');
    } finally {
      await page.close();
      await app.close();
    }
    // Generous: the browser tests share two cores with the rest of the suite.
  }, 480_000);

  it('ngày nhận lấy theo ngày của từng tệp, hiện trước khi nhập; tệp lạ gợi ý ghép đơn vị trong ứng dụng', async () => {
    const units = makeUnits(6);
    const app = await startApp(TODAY, async (db) => {
      const r = await dispatch(createServices(db, { today: () => TODAY }), 'unit.set', DEMO_UNIT);
      if (!r.ok) throw new Error(r.error.message);
      for (const u of units) upsertUnit(db, { code: u.code, name: u.name, kind: u.kind, parent: u.parent });
    }, RENDERER);
    const dir = mkdtempSync(join(tmpdir(), 'dcs-e2e-ngay-'));
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    try {
      // Saved on this computer last week (before the deadline 04/05/2026), imported today 12/05.
      const paths: string[] = [];
      for (const [i, u] of units.slice(0, 4).entries()) {
        const p = join(dir, `${u.code}_2026-H1.xlsx`);
        writeFileSync(p, await unitWorkbook(u, u.values, { generatedAt: '2026-04-27T02:00:00.000Z' }));
        const when = new Date(i < 3 ? '2026-04-29T03:00:00Z' : '2026-05-06T03:00:00Z');
        utimesSync(p, when, when);
        paths.push(p);
      }
      const stranger = join(dir, 'THSB.xlsx');
      writeFileSync(stranger, await unitWorkbook({ ...units[4]!, code: 'TH SB', name: 'Trường TH Sơn Bình' }, units[4]!.values));
      utimesSync(stranger, new Date('2026-04-29T03:00:00Z'), new Date('2026-04-29T03:00:00Z'));
      paths.push(stranger);
      await page.goto(app.bridge.url);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
      await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
      await go(page, 'Nhận báo cáo');
      await page.getByLabel('Chọn tệp…').setInputFiles(paths);
      const pending = page.getByRole('region', { name: /Sẵn sàng nhập 5 tệp/ });
      await pending.waitFor();
      expect(await page.getByRole('radio', { name: /^Theo ngày của từng tệp/ }).isChecked()).toBe(true);
      const text = (await pending.textContent())!;
      expect(text).toContain('từ 29/04/2026 đến 06/05/2026');
      expect(text).toContain('1 biểu sau hạn nộp 04/05/2026, sẽ ghi là nộp muộn');
      expect(text).toContain('29/04/2026: 4 biểu');
      expect(text).toContain('ngày sửa đổi của tệp');
      await shot(page, 'officer-21-ngay-nhan-truoc-khi-nhap');
      await page.getByRole('button', { name: 'Nhập 5 tệp' }).click();
      await page.getByText(/Đã xử lý 5\/5 tệp trong [\d,]+ giây/).waitFor();
      const row = (name: string) => page.locator(`.outcomes-table tr[data-file="${name}"]`);
      expect(await row(`${units[0]!.code}_2026-H1.xlsx`).textContent()).toContain('Ngày nhận: 29/04/2026');
      expect(await row(`${units[3]!.code}_2026-H1.xlsx`).textContent()).toContain('Nhận ngày 06/05/2026, sau hạn nộp 04/05/2026: nộp muộn.');
      // The refused file: what to do in the app, not a command line.
      const refused = (await row('THSB.xlsx').textContent())!;
      expect(refused).toContain('không có trong danh sách đơn vị phải báo cáo');
      expect(refused).not.toMatch(/dcs |aggregate map/);
      await row('THSB.xlsx').getByRole('button', { name: 'Ghép đơn vị…' }).waitFor();
      await shot(page, 'officer-22-ket-qua-nhap');
      const st = await api<AggregateStatus>(app.bridge, 'aggregate.status', { period: PERIOD });
      expect(st.units.slice(0, 4).map((u) => [u.status, u.receivedAt])).toEqual([
        ['on_time', '2026-04-29'],
        ['on_time', '2026-04-29'],
        ['on_time', '2026-04-29'],
        ['late', '2026-05-06'],
      ]);
      // No stored timestamp reaches the screen as ISO text.
      await go(page, 'Tình hình nộp');
      await page.locator(`.board-table tr[data-unit="${units[0]!.code}"] .row-open-btn`).click();
      const panel = page.getByRole('complementary', { name: units[0]!.name });
      await panel.getByRole('heading').first().waitFor();
      expect(await page.locator('body').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}(T|\b)/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
