// Báo cáo over a large database: Phụ lục II (one row per activity) shows its first rows and says
// how many more the .docx holds, so the screen opens at 10,000 activities; every row comes on
// request, and "Lưu PDF" prints the whole list.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../shared/report/document';
import { api, startApp, TMP, watchErrors, type AppUnderTest } from './harness';
import { useBrowser } from './suite';
import { seedReportUnit } from './reportDb';

const RENDERER = join(TMP, 'renderer-report-large');
const SHOTS = join(TMP, 'screenshots-report-large');
const browser = useBrowser(RENDERER);

async function openReport(n: number): Promise<{ app: AppUnderTest; page: Page; errors: string[] }> {
  const app = await startApp('2026-11-04', async (db) => seedReportUnit(db, n), RENDERER);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  const errors = watchErrors(page);
  app.pdfPage = page;
  await page.goto(app.bridge.url);
  await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();
  await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: 'Báo cáo', exact: true }).click();
  await page.getByRole('article', { name: 'Báo cáo' }).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
  return { app, page, errors };
}

const appendixII = (page: Page) => page.getByRole('article', { name: 'Phụ lục II', exact: true });
const listRows = (page: Page) => appendixII(page).locator('tbody tr');

describe('Báo cáo với 10.000 hoạt động', () => {
  it('opens with the first 100 rows of Phụ lục II and a line saying 9.900 more are in the .docx; all rows on request', async () => {
    const { app, page, errors } = await openReport(10_000);
    try {
      const doc = await api<ReportDocument>(app.bridge, 'report.preview', { period: '2026-Y' });
      expect(doc.appendices.find((a) => a.number === 'II')!.table.rows).toHaveLength(10_000);
      await appendixII(page).getByText('DANH SÁCH HOẠT ĐỘNG THỰC HIỆN DÂN CHỦ Ở CƠ SỞ').waitFor();
      expect(await listRows(page).count()).toBe(100);
      const more = appendixII(page).locator('.more-rows');
      expect(await more.textContent()).toBe('… còn 9.900 dòng nữa; bản .docx có đầy đủ. Hiện đủ 10.000 dòng');
      // Only the long list is cut: the other tables are whole.
      expect(await page.locator('.more-rows').count()).toBe(1);
      await more.scrollIntoViewIfNeeded();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'bao-cao-10000-phu-luc-ii.png') });

      await more.getByRole('button', { name: 'Hiện đủ 10.000 dòng' }).click();
      await expect.poll(() => listRows(page).count(), { timeout: 180_000 }).toBe(10_000);
      expect(await listRows(page).last().locator('td').first().textContent()).toBe('10000');
      expect(await page.locator('.more-rows').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 300_000);
});

describe('Báo cáo với 150 hoạt động', () => {
  it('"Lưu PDF" prints every row of Phụ lục II, not only the 100 on screen', async () => {
    const { app, page, errors } = await openReport(150);
    try {
      expect(await listRows(page).count()).toBe(100);
      await appendixII(page).getByText('… còn 50 dòng nữa; bản .docx có đầy đủ.').waitFor();
      await page.getByRole('button', { name: 'Lưu PDF…' }).click();
      await page.getByText('Đã lưu báo cáo dạng PDF:').waitFor();
      expect(await listRows(page).count()).toBe(150);
      const pdf = join(app.exportDir, app.saveRequests.at(-1)!.defaultPath);
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('DANH SÁCH HOẠT ĐỘNG');
      expect(text).not.toContain('dòng nữa');
      // STT 150, the last activity, starts a row of the printed list.
      expect(text).toMatch(/^\s*150\s+\d\d\/\d\d\/2026/m);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await app.close();
    }
  }, 180_000);
});
