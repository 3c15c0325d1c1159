// A clerk of a province the app does not ship loads the plan file its Sở Nội vụ sent, on the
// first-run screen: a broken file is refused with what is wrong; the good one shows what it
// changes, is applied, and the unit's letterhead and recipient follow it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlan, BUILTIN_REGISTRY } from '../../shared/plans/registry';
import { planToText } from '../../shared/plans/parse';
import { buildRenderer, launchBrowser, startApp, watchErrors } from './harness';

let context: BrowserContext;
let userDir: string;
let files: string;

beforeAll(async () => {
  await buildRenderer();
  ({ context, userDir } = await launchBrowser());
  files = mkdtempSync(join(tmpdir(), 'dcs-e2e-plans-'));
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
  if (files) rmSync(files, { recursive: true, force: true });
});

describe('tệp kế hoạch trong màn hình khai báo', () => {
  it('báo lỗi tệp hỏng, cho xem thay đổi rồi áp dụng tệp đúng', async () => {
    const base = JSON.parse(planToText(findPlan(BUILTIN_REGISTRY, 'thanh-hoa')!));
    const plan = { ...base, id: 'nghe-an', provinceId: 'nghe-an', name: 'Nghệ An', provinceBody: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN', reportTo: 'Sở Nội vụ tỉnh Nghệ An', reporting: [{ period: 'H1', deadline: { monthDay: '06-10' }, source: 'Công văn của Sở Nội vụ tỉnh Nghệ An' }] };
    const good = join(files, 'nghe-an.json');
    writeFileSync(good, JSON.stringify(plan));
    const bad = join(files, 'nghe-an-loi.json');
    writeFileSync(bad, JSON.stringify({ ...plan, targets: [{ ...plan.targets[0], threshold: 'một trăm' }] }));

    const app = await startApp('2026-03-20');
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    try {
      await page.goto(app.bridge.url);
      await page.getByRole('heading', { name: 'Khai báo đơn vị báo cáo' }).waitFor();
      const picker = page.getByLabel('Tải tệp kế hoạch (.json) do Sở Nội vụ gửi…');
      await picker.setInputFiles(bad);
      await page.getByText('Tệp nghe-an-loi.json: chỉ tiêu thứ 1 (TH-2.1), ngưỡng (threshold): phải là một số.').first().waitFor();
      await picker.setInputFiles(good);
      await page.getByText('Nơi nhận báo cáo: đơn vị tự ghi → Sở Nội vụ tỉnh Nghệ An.').waitFor();
      await page.getByText('Hạn nộp báo cáo 6 tháng đầu năm: không quy định → 10/6.').waitFor();
      await page.getByRole('button', { name: 'Áp dụng kế hoạch này' }).click();
      await page.getByText('Đã áp dụng kế hoạch "Nghệ An".').waitFor();
      expect(await page.getByLabel('Hồ sơ tỉnh').inputValue()).toBe('nghe-an');

      await page.getByLabel('Tên đơn vị', { exact: true }).fill('Ủy ban nhân dân xã Diễn Châu');
      await page.getByLabel('Tên đơn vị', { exact: true }).blur();
      await page.getByLabel('Xã, phường, đặc khu').check();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await expect.poll(() => page.getByLabel('Cơ quan chủ quản (dòng trên tên đơn vị)').inputValue()).toBe('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
      expect(await page.getByLabel('Địa danh (ở dòng ngày tháng)').inputValue()).toBe('Diễn Châu');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});
