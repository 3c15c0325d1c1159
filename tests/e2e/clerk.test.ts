// The clerk's week at real size, in the real renderer: importing the same file twice, the form's
// near-duplicate warning, leaving unsaved edits, Số liệu by keyboard, 10,000 activities, and every
// screen at 125% and 150% Windows scaling with contrast checked by axe-core.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/runDemo';
import type { Activity } from '../../shared/domain/activities';
import { mkdirSync } from 'node:fs';
import { api, startApp, TMP, watchErrors, type AppUnderTest } from './harness';
import { useBrowser, go } from './suite';
import { measureActivities, seedManyActivities, timingsLine } from './uiBench';

const RENDERER = join(TMP, 'renderer-clerk');
// Apart from app.test.ts's folder, which that file empties when it starts (the files run in parallel).
const SHOTS = join(TMP, 'screenshots-clerk');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
const browser = useBrowser(RENDERER);

async function open(today: string, seed: (db: Parameters<typeof seedDemo>[0]) => Promise<void>): Promise<{ app: AppUnderTest; page: Page; errors: string[] }> {
  const app = await startApp(today, seed, RENDERER);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  const errors = watchErrors(page);
  await page.goto(app.bridge.url);
  await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
  return { app, page, errors };
}

const rowsShown = (page: Page) => page.locator('.activities-table tbody tr[data-vkey]');

describe('lần đầu sử dụng', () => {
  it('errors of an empty "Tiếp tục" clear as fields are filled, the province is asked by name, step 2 keeps the keyboard', async () => {
    const app = await startApp('2026-03-20', undefined, RENDERER);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    try {
      await page.goto(app.bridge.url);
      await page.getByRole('heading', { name: 'Khai báo đơn vị báo cáo' }).waitFor();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      const province = page.getByText('Hồ sơ tỉnh: hãy chọn tỉnh, thành phố (hoặc kế hoạch) của đơn vị trong danh sách, ví dụ Lào Cai, Thanh Hóa, Lai Châu, Hà Nội.');
      await province.waitFor();
      expect(await page.locator('.setup-card').textContent()).not.toMatch(/lao-cai|thanh-hoa|lai-chau|dcs profile/);
      const nameError = page.locator('.field-error', { hasText: 'Tên đơn vị' });
      expect(await nameError.count()).toBe(1);
      await shot(page, 'clerk-00-thiet-lap-loi');
      await page.getByLabel('Tên đơn vị', { exact: true }).fill('Ủy ban nhân dân xã Tả Phìn');
      await expect.poll(() => nameError.count()).toBe(0);
      await page.getByLabel('Xã, phường, đặc khu').check();
      await expect.poll(() => page.getByText('Loại đơn vị: hãy chọn').count()).toBe(0);
      await page.getByLabel('Hồ sơ tỉnh').selectOption('lao-cai');
      await expect.poll(() => province.count()).toBe(0);
      await page.getByLabel('Mã đơn vị').fill('UBND-TAPHIN');
      await page.getByLabel('Mã đơn vị').press('Enter');
      await page.getByLabel('Cơ quan chủ quản (dòng trên tên đơn vị)').waitFor();
      await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent')).toBe(
        'Cơ quan chủ quản (dòng trên tên đơn vị)',
      );
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});

describe('hoạt động: nhập lại cùng một tệp, cảnh báo trùng', () => {
  it('the second import of a file marks every row "Đã có" and adds nothing unless asked; bad rows show their cells; a template downloads; a file can be dropped', async () => {
    const { app, page, errors } = await open('2026-04-20', seedDemo);
    const dir = app.dir;
    try {
      await go(page, 'Hoạt động');
      const before = (await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length;
      const csv = [
        'Ngày;Loại hoạt động;Tên hoạt động;Hình thức;Số buổi;Số lượt người',
        '5/3/26;Dân chủ trực tiếp;Họp thôn Nà Khuy bàn việc làm đường;Trực tiếp;1;120',
        '06/03/2026;doi thoai;Đối thoại lần 2;;1;40',
        '07/03/2026;7;Lấy ý kiến về dự thảo hương ước thôn Sín Chải;;1;60',
        ';;;;;',
      ].join('\r\n');
      const file = join(dir, 'hoat-dong.csv');
      writeFileSync(file, '\uFEFF' + csv);

      // Template first: both formats carry the importer's headers.
      await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
      const imp = page.getByRole('dialog', { name: 'Nhập hoạt động từ tệp' });
      const [xlsx] = await Promise.all([page.waitForEvent('download'), imp.getByRole('button', { name: 'Mẫu .xlsx' }).click()]);
      expect(xlsx.suggestedFilename()).toBe('mau-nhap-hoat-dong.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
      expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(['Ngày', 'Loại hoạt động', 'Tên hoạt động', 'Hình thức', 'Số buổi', 'Số lượt người', 'Văn bản căn cứ', 'Ghi chú']);
      const [csvT] = await Promise.all([page.waitForEvent('download'), imp.getByRole('button', { name: 'Mẫu .csv' }).click()]);
      expect(readFileSync((await csvT.path())!, 'utf8')).toBe('\uFEFFNgày;Loại hoạt động;Tên hoạt động;Hình thức;Số buổi;Số lượt người;Văn bản căn cứ;Ghi chú\r\n');

      // First import: three new rows (two-digit year, short kind name, trailing ";;;;;" ignored).
      await imp.getByLabel('Chọn tệp (.xlsx, .csv, .json)…').setInputFiles(file);
      await imp.getByRole('button', { name: 'Nhập 3 hoạt động' }).click();
      await imp.waitFor({ state: 'detached' });
      await page.getByText(/Đã nhập 3 hoạt động/).waitFor();

      // Second import of the same file, dropped into the dialog this time.
      await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
      await dropFile(page, '[data-testid=import-drop]', 'hoat-dong.csv', '\uFEFF' + csv);
      await imp.getByText('3 dòng đã có trong dữ liệu').waitFor();
      expect(await imp.locator('tr.row-dup').count()).toBe(3);
      expect(await imp.locator('tr[data-line="3"]').textContent()).toContain('Đã có');
      const none = imp.getByRole('button', { name: 'Không có dòng mới để nhập' });
      expect(await none.isDisabled()).toBe(true);
      await shot(page, 'clerk-01-nhap-lai-da-co');
      await imp.getByLabel('Vẫn nhập các dòng đã có').check();
      expect(await imp.getByRole('button', { name: 'Nhập 3 hoạt động' }).isEnabled()).toBe(true);
      await imp.getByRole('button', { name: 'Đóng', exact: true }).last().click();
      await imp.waitFor({ state: 'detached' });
      expect((await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length).toBe(before + 3);

      // A bad row shows what the file holds beside its error.
      writeFileSync(file, '\uFEFF' + csv.replace('07/03/2026;7;', '31/02/2026;Văn nghệ;'));
      await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
      await imp.getByLabel('Chọn tệp (.xlsx, .csv, .json)…').setInputFiles(file);
      const bad = imp.locator('tr[data-line="4"]');
      await bad.waitFor();
      const text = await bad.textContent();
      expect(text).toContain('31/02/2026');
      expect(text).toContain('Văn nghệ');
      expect(text).toContain('Lấy ý kiến về dự thảo hương ước thôn Sín Chải');
      expect(text).toContain('không phải ngày');
      await shot(page, 'clerk-02-dong-loi-kem-gia-tri');
      await imp.getByRole('button', { name: 'Đóng', exact: true }).last().click();

      // The form warns of a near-identical activity of the same day and kind.
      await page.getByRole('button', { name: '+ Thêm hoạt động' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm hoạt động' });
      await form.getByLabel('Ngày (dd/mm/yyyy)').fill('6/3/2026');
      await form.getByLabel('Loại hoạt động').selectOption('DOI_THOAI');
      await form.getByLabel('Tên hoạt động').fill('đối thoại lần 2');
      await form.getByText('Đã có hoạt động gần giống trong ngày này').waitFor();
      await shot(page, 'clerk-03-canh-bao-gan-giong');
      await form.getByLabel('Tên hoạt động').fill('Đối thoại lần 3 với đoàn viên thanh niên');
      await expect.poll(() => form.getByText('Đã có hoạt động gần giống').count()).toBe(0);
      await form.getByRole('button', { name: 'Đóng' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Đóng, không lưu' }).click();
      await form.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});

describe('rời màn hình khi chưa lưu', () => {
  it('Cài đặt and Đánh giá ask before Alt+1 or a click drops unsaved edits', async () => {
    const { app, page, errors } = await open('2026-04-20', seedDemo);
    try {
      await go(page, 'Cài đặt');
      const signer = page.getByLabel('Họ và tên người ký');
      await signer.fill('Lò Văn Mới');
      await page.keyboard.press('Alt+1');
      const ask = page.getByRole('alertdialog', { name: 'Có nội dung chưa lưu' });
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Cài đặt đơn vị báo cáo');
      await shot(page, 'clerk-04-roi-cai-dat');
      await ask.getByRole('button', { name: 'Ở lại để lưu' }).click();
      expect(await page.locator('.topbar h1').textContent()).toBe('Cài đặt');
      expect(await signer.inputValue()).toBe('Lò Văn Mới');
      await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: 'Hoạt động', exact: true }).click();
      await ask.getByRole('button', { name: 'Bỏ thay đổi và rời đi' }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Hoạt động');

      await go(page, 'Đánh giá, kiến nghị');
      await page.locator('#text-uu_diem textarea').fill('Ưu điểm viết dở');
      await page.keyboard.press('Alt+1');
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Ưu điểm');
      await page.keyboard.press('Escape');
      await ask.waitFor({ state: 'detached' });
      expect(await page.locator('.topbar h1').textContent()).toBe('Đánh giá, kiến nghị');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});

describe('xuất báo cáo còn lỗi', () => {
  it('export lists the errors still in the report, goes back to them, or exports on a second word', async () => {
    const { app, page, errors } = await open('2026-05-02', seedDemo);
    try {
      // No signer's name: an error of the rule set that nothing stops the clerk from saving.
      const unit = await api<{ signer: { name: string } }>(app.bridge, 'unit.get');
      await api(app.bridge, 'unit.set', { ...unit, signer: { ...unit.signer, name: '' } });
      const check = await api<{ problems: Array<{ severity: string; rule: string; message: string }> }>(app.bridge, 'report.check', { period: '2026-H1' });
      const errs = check.problems.filter((p) => p.severity === 'error' && p.rule !== 'draft');
      expect(errs.length).toBeGreaterThan(0);
      await go(page, 'Báo cáo');
      await page.locator('.paper').first().waitFor();
      const exportButton = page.getByRole('button', { name: 'Xuất báo cáo (.docx, .xlsx)…' });
      await exportButton.click();
      const ask = page.getByRole('dialog', { name: 'Báo cáo còn lỗi chưa sửa' });
      await ask.waitFor();
      expect(await ask.textContent()).toContain(`Ứng dụng còn thấy ${errs.length} lỗi trong báo cáo`);
      expect(await ask.textContent()).toContain(errs[0]!.message);
      await shot(page, 'clerk-xuat-con-loi');
      await ask.getByRole('button', { name: 'Quay lại sửa lỗi' }).click();
      await ask.waitFor({ state: 'detached' });
      expect(app.saveRequests).toEqual([]);
      await exportButton.click();
      await ask.getByRole('button', { name: /Vẫn xuất báo cáo|Chấp nhận bản nháp và xuất/ }).click();
      await page.getByText(/^Đã xuất báo cáo lần \d+:/).waitFor();
      expect(app.saveRequests.length).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});

describe('số liệu bằng bàn phím', () => {
  it('Enter and Tab go from value to value, "kps" and có/không are taken in the box, a rule message shows once, codes only on request', async () => {
    const { app, page, errors } = await open('2026-04-20', seedDemo);
    try {
      await go(page, 'Số liệu');
      const fig = (code: string) => page.locator(`#fig-${code}`);
      expect(await page.locator('.fig-code').count()).toBe(0);
      expect(await page.getByText('G2_NHAN').count()).toBe(0);

      // One Tab stop per typed figure: from G2_NHAN's box, Tab lands in the next figure's box.
      const nhan = fig('G2_NHAN').locator('input.num-input');
      await nhan.click();
      // The next typed figure in the page (the catalogue's order), whatever it is.
      const afterNhan = await page.evaluate<string>(
        "(() => { let tr = document.getElementById('fig-G2_NHAN').nextElementSibling; while (tr && !tr.querySelector('[data-fig-stop]')) tr = tr.nextElementSibling; return tr.id; })()",
      );
      await page.keyboard.press('Tab');
      expect(await focusedRow(page)).toBe(afterNhan);
      // "kps" and "không phát sinh" in the box; Enter saves and moves on, like a spreadsheet.
      const vp = fig('K2_VP').locator('input.num-input');
      await vp.fill('kps');
      await vp.press('Enter');
      expect(await focusedRow(page)).not.toBe('fig-K2_VP');
      await expect.poll(() => fig('K2_VP').getByRole('button', { name: 'Không phát sinh' }).getAttribute('aria-pressed')).toBe('true');
      await vp.fill('12');
      await vp.press('Enter');
      await expect.poll(() => fig('K2_VP').getByRole('button', { name: 'Không phát sinh' }).getAttribute('aria-pressed')).toBe('false');
      await vp.fill('không phát sinh');
      await vp.press('Enter');
      await expect.poll(() => fig('K2_VP').getByRole('button', { name: 'Không phát sinh' }).getAttribute('aria-pressed')).toBe('true');
      await nhan.fill('100');
      await nhan.press('Enter');
      expect(await focusedRow(page)).toBe(afterNhan);
      await expect.poll(() => fig('G2_NHAN').locator('.src-tag').textContent()).toMatch(/Đã lưu|Đã nhập/);
      await fig('G2_GQ').locator('input.num-input').fill('1.300');
      await fig('G2_GQ').locator('input.num-input').press('Enter');
      const gq = fig('G2_GQ');
      await expect.poll(async () => (await gq.locator('.field-error').allTextContents()).length).toBeGreaterThan(0);
      const shown = await gq.locator('.field-error').allTextContents();
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.filter((t) => t.includes('không được lớn hơn')).length).toBe(1);
      expect(await focusedRow(page)).toBe('fig-G2_GQ');
      await shot(page, 'clerk-05-so-lieu-quy-tac');
      await gq.locator('input.num-input').fill('90');
      await gq.locator('input.num-input').press('Enter');
      await expect.poll(() => gq.locator('.src-tag').textContent()).toMatch(/Đã lưu|Đã nhập/);

      // A yes/no figure answers to c / k.
      const a2 = fig('A2');
      await a2.getByLabel('Có').focus();
      await page.keyboard.press('k');
      await expect.poll(() => a2.getByLabel('Không').isChecked()).toBe(true);
      await page.keyboard.press('c');
      await expect.poll(() => a2.getByLabel('Có').isChecked()).toBe(true);

      await page.getByLabel('Hiện mã').check();
      await fig('G2_NHAN').locator('.fig-code', { hasText: 'G2_NHAN' }).waitFor();
      await page.getByLabel('Hiện mã').uncheck();
      expect(await page.locator('.fig-code').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});

describe('10.000 hoạt động', () => {
  it('Hoạt động opens, sorts, searches and deletes with only the rows in view in the page', async () => {
    const n = 10_000;
    const { app, page, errors } = await open('2026-03-20', (db) => seedManyActivities(db, n));
    try {
      const t = await measureActivities(page);
      console.log(timingsLine(n, t));
      expect(t.rowsInPage).toBeLessThan(120);
      // The last row is reachable by scrolling.
      await page.locator('.activities-wrap').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.getByRole('button', { name: /^Tên hoạt động/ }).waitFor();
      await expect.poll(async () => (await rowsShown(page).count()) > 0).toBe(true);
      await shot(page, 'clerk-06-10000-hoat-dong');
      expect((await api<Activity[]>(app.bridge, 'activity.list', { period: '2026-H1' })).length).toBeGreaterThanOrEqual(n - 1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 240_000);
});

describe('125% và 150% trên màn hình 1366×768', () => {
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const SCREENS = ['Tổng quan', 'Hoạt động', 'Số liệu', 'Tự kiểm tra', 'Nhiệm vụ', 'Đánh giá, kiến nghị', 'Báo cáo', 'Cài đặt'];

  it('every clerk screen fits 1093×614 and 911×512 (nothing cut off sideways), text contrast ≥ 4.5:1 and focus rings ≥ 3:1', async () => {
    // The demo without its figures: the dashboard shows its "Chưa có số liệu" badges, Số liệu its blanks.
    const { app, page, errors } = await open('2026-04-20', async (db) => {
      await seedDemo(db);
      db.prepare('DELETE FROM figure_value').run();
      // Lào Cai's plan gives a commune targets: with no figures they are "Chưa có số liệu".
      db.prepare("UPDATE unit_profile SET profile_id = 'lao-cai'").run();
    });
    await page.locator('.badge.no_data').first().waitFor();
    try {
      for (const [scale, size] of [
        ['125', { width: 1093, height: 614 }],
        ['150', { width: 911, height: 512 }],
      ] as const) {
        await page.setViewportSize(size);
        for (const [i, label] of SCREENS.entries()) {
          await go(page, label);
          await page.waitForTimeout(300);
          await shot(page, `clerk-scale${scale}-${i + 1}`);
          // Nothing wider than its scroll box: the page itself never scrolls sideways, and the
          // last column of Hoạt động ("Xóa") is inside the view.
          const overflow = await page.evaluate<number>("(() => { const m = document.getElementById('content'); return m.scrollWidth - m.clientWidth; })()");
          expect(overflow, `${label} at ${scale}%`).toBeLessThanOrEqual(1);
          if (label === 'Hoạt động') {
            // The table scrolls only downwards: its last column ("Xóa") is inside its box.
            const wrap = await page.locator('.activities-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
            expect(wrap.scroll, `Hoạt động table at ${scale}%`).toBeLessThanOrEqual(wrap.client);
            const box = await rowsShown(page).first().getByRole('button', { name: /^Xóa/ }).boundingBox();
            expect(box!.x + box!.width, `"Xóa" at ${scale}%`).toBeLessThanOrEqual(wrap.right);
          }
          if (label === 'Số liệu') {
            // A figure label gets room for whole phrases: at least 24 characters a line.
            const perLine = await page.evaluate<number>(
              "(() => { const l = document.querySelector('#fig-G2_NHAN label'); const lines = Math.round(l.getBoundingClientRect().height / parseFloat(getComputedStyle(l).lineHeight)); return l.textContent.length / Math.max(1, lines); })()",
            );
            expect(perLine, `figure label at ${scale}%`).toBeGreaterThanOrEqual(24);
          }
          const violations = await axe(page, axeSource);
          expect(violations, `${label} at ${scale}%`).toEqual([]);
        }
      }
      // Focus rings: the ring's colour against the page background behind it.
      await page.setViewportSize({ width: 1366, height: 768 });
      await go(page, 'Hoạt động');
      await page.getByRole('button', { name: '+ Thêm hoạt động' }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ringOf = "(() => { const e = document.activeElement; const st = getComputedStyle(e); return e.matches(':focus-visible') && st.outlineStyle !== 'none' ? st.outlineColor : 'none'; })()";
      const ring = await page.evaluate<string>(ringOf);
      expect(ring).not.toBe('none');
      expect(contrast(ring, 'rgb(243, 245, 248)')).toBeGreaterThanOrEqual(3);
      expect(contrast(ring, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
      // From the role switch, Tab reaches the first item of the dark sidebar.
      await page.locator('.role-btn').last().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>("document.activeElement.textContent")).toBe('Tổng quan');
      const navRing = await page.evaluate<string>(ringOf);
      expect(navRing).not.toBe('none');
      expect(contrast(navRing, 'rgb(29, 53, 87)')).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 240_000);
});

/** The id of the figure row holding the keyboard focus. */
const focusedRow = (page: Page): Promise<string | undefined> => page.evaluate<string | undefined>("document.activeElement?.closest('tr')?.id");

/** Runs axe-core's colour-contrast and a few layout rules in the page; returns "rule: target" lines. */
async function axe(page: Page, source: string): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's CSP refuses inline scripts, rightly.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(source);
  return page.evaluate(async () => {
    const r = await (globalThis as unknown as { axe: { run: (opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe.run({
      runOnly: { type: 'rule', values: ['color-contrast', 'label', 'button-name', 'aria-allowed-attr', 'duplicate-id-aria'] },
    });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
  });
}

function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** Drops a file made in the page onto the element, as a drag from the file manager does. */
async function dropFile(page: Page, selector: string, name: string, content: string): Promise<void> {
  // Built in the page (this file is type-checked without the DOM library).
  const dt = await page.evaluateHandle(
    `(() => { const d = new DataTransfer(); d.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)}, { type: 'text/csv' })); return d; })()`,
  );
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: dt });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: dt });
}
