// Long work shows how far it is: the export of a report with 10,000 activities and the import of a
// 10,000-row file move a bar with the stage and "x/y" or the percentage, from the progress the app
// pushes while the call runs (here through the bridge's event stream, in the app through IPC).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/runDemo';
import { startApp, TMP, watchErrors } from './harness';
import { useBrowser, go } from './suite';
import { seedManyActivities } from './uiBench';

const RENDERER = join(TMP, 'renderer-progress');
const browser = useBrowser(RENDERER);

/** Records, in the page, every state the progress bars show (the work may end before a test looks). */
async function recordBars(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__bars = [];
    const seen = () => document.querySelectorAll('[role=progressbar]').forEach((b) => {
      const v = [b.getAttribute('aria-label'), b.getAttribute('aria-valuenow'), b.getAttribute('aria-valuetext')].join('|');
      if (window.__bars.at(-1) !== v) window.__bars.push(v);
    });
    new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow', 'aria-valuetext'] });
  })()`);
}
const bars = (page: Page): Promise<string[]> => page.evaluate<string[]>('window.__bars');

describe('tiến độ của việc dài', () => {
  // 3,000 activities: the Báo cáo screen itself takes minutes to lay out 10,000 (the core test and
  // the shell test cover the export's steps at any size).
  it('exporting a report of 3,000 activities moves a bar through its stages to the end', async () => {
    const app = await startApp('2026-05-20', (db) => seedManyActivities(db, 3_000), RENDERER);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    const errors = watchErrors(page);
    try {
      await page.setViewportSize({ width: 1093, height: 614 });
      await page.goto(app.bridge.url);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
      await go(page, 'Báo cáo');
      await recordBars(page);
      await page.getByRole('button', { name: 'Xuất báo cáo (.docx, .xlsx)…' }).click();
      const bar = page.getByRole('progressbar', { name: 'Tiến độ xuất báo cáo' });
      const done = page.getByText(/^Đã xuất báo cáo lần 1:/);
      const drafts = page.getByRole('button', { name: 'Chấp nhận bản nháp và xuất' });
      await drafts.or(bar).or(done).first().waitFor();
      if (await drafts.count()) await drafts.click();
      await done.waitFor();
      const seen = (await bars(page)).filter((b) => b.startsWith('Tiến độ xuất báo cáo|'));
      const percents = seen.map((b) => Number(b.split('|')[1]));
      // The bar moved from "starting" through named stages to the end and never went back. (How many
      // stages the page gets to paint depends on the machine's load: this process both serves the
      // export and drives the browser; tests/core/progress.test.ts checks every stage is sent.)
      expect(seen[0]).toBe('Tiến độ xuất báo cáo|0|Đang bắt đầu xuất báo cáo…');
      expect(seen.at(-1)).toBe('Tiến độ xuất báo cáo|100|Đã xuất xong… 100%');
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      for (const b of seen.slice(1)) expect(b).toMatch(/\|(Đang đọc số liệu của kỳ|Đang soạn báo cáo \(\.docx\)|Đang soạn biểu số liệu \(\.xlsx\)|Đang ghi tệp|Đã xuất xong)… \d+%$/);
      expect(await bar.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 240_000);

  it('importing a file of 10,000 activities counts the rows checked, then saves them', async () => {
    const app = await startApp('2026-05-20', seedDemo, RENDERER);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    const errors = watchErrors(page);
    try {
      await page.goto(app.bridge.url);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
      await go(page, 'Hoạt động');
      const csv = ['Ngày,Loại hoạt động,Tên hoạt động,Hình thức,Số buổi,Số lượt người'];
      for (let i = 0; i < 10_000; i++) csv.push(`${1 + (i % 28)}/03/2026,${1 + (i % 14)},Hoạt động nhập số ${i + 1} ở thôn Sín Chải,Trực tiếp,1,${20 + (i % 90)}`);
      const file = join(app.dir, 'muoi-nghin-hoat-dong.csv');
      writeFileSync(file, csv.join('\n'));
      await page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
      await recordBars(page);
      await page.locator('#import-file').setInputFiles(file);
      const go10k = page.getByRole('button', { name: 'Nhập 10.000 hoạt động' });
      await go10k.waitFor();
      await go10k.click();
      await page.getByText(/^Đã nhập 10\.000 hoạt động/).waitFor();
      const seen = await bars(page);
      expect(seen.some((b) => /^Tiến độ nhập tệp\|\d+\|Đang kiểm tra các dòng: [\d.]+\/10\.000 dòng \(\d+%\)…$/.test(b)), seen.join('\n')).toBe(true);
      expect(seen.some((b) => b.includes('Đang lưu 10.000 hoạt động')), seen.join('\n')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 240_000);
});
