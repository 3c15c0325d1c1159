// Notes saved when their box is left (Nhiệm vụ, Tự kiểm tra): leaving the screen before that, or
// closing the window, asks first, with the same question as Cài đặt.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo/runDemo';
import type { InspectionRow, TaskRow } from '../../shared/ipc/contract';
import { api, startApp, TMP, watchErrors } from './harness';
import { useBrowser, go } from './suite';

const RENDERER = join(TMP, 'renderer-unsaved');
const SHOTS = process.env.DCS_SHOTS ?? join(TMP, 'screenshots-unsaved');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
const browser = useBrowser(RENDERER);

describe('ghi chú chưa lưu', () => {
  it('Nhiệm vụ and Tự kiểm tra ask before Alt+1 drops a note still in its box; closing the window asks too; leaving the box saves it', async () => {
    const app = await startApp('2026-04-20', seedDemo, RENDERER);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    const ask = page.getByRole('alertdialog', { name: 'Có nội dung chưa lưu' });
    try {
      await page.goto(app.bridge.url);
      await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor();

      // ---- Nhiệm vụ: a note typed, the box not left yet.
      await go(page, 'Nhiệm vụ');
      const tasks = await api<TaskRow[]>(app.bridge, 'task.list', { period: '2026-H1' });
      const first = tasks[0]!;
      const note = page.locator(`#task-${first.task.id} textarea`);
      await note.fill('Đã tổ chức 3 hội nghị tuyên truyền ở các thôn');
      await page.keyboard.press('Alt+1');
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Chưa lưu: Kết quả, ghi chú của nhiệm vụ “');
      await shot(page, 'unsaved-nhiem-vu-1366');
      await ask.getByRole('button', { name: 'Ở lại để lưu' }).click();
      expect(await page.locator('.topbar h1').textContent()).toBe('Nhiệm vụ');
      expect(await note.inputValue()).toBe('Đã tổ chức 3 hội nghị tuyên truyền ở các thôn');
      // The window's host knows, so closing the window would ask (the app's main process does).
      await expect.poll(() => app.unsaved.join('|')).toMatch(/^Kết quả, ghi chú của nhiệm vụ “/);
      // In a browser the page asks before it unloads.
      const unloadAsked = new Promise<string>((resolve) =>
        page.once('dialog', (d) => {
          resolve(d.type());
          void d.dismiss();
        }),
      );
      await page.close({ runBeforeUnload: true });
      expect(await unloadAsked).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);
      // Leaving the box saves the note: nothing is unsaved any more and Alt+1 just goes.
      await note.press('Tab');
      await expect.poll(async () => (await api<TaskRow[]>(app.bridge, 'task.list', { period: '2026-H1' }))[0]!.note).toBe('Đã tổ chức 3 hội nghị tuyên truyền ở các thôn');
      await expect.poll(() => app.unsaved.length).toBe(0);
      await page.keyboard.press('Alt+1');
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Tổng quan');
      expect(await ask.count()).toBe(0);

      // ---- Tự kiểm tra at 125% Windows scaling: the evidence typed, Alt+1, drop it.
      await page.setViewportSize({ width: 1093, height: 614 });
      await go(page, 'Tự kiểm tra');
      const items = await api<InspectionRow[]>(app.bridge, 'inspect.list', { period: '2026-H1' });
      const item = items.find((r) => !r.evidence)!;
      const evidence = page.locator(`#chk-${item.item.id} .evidence input`);
      await evidence.fill('Biên bản hội nghị ngày 12/3/2026');
      await page.keyboard.press('Alt+1');
      await ask.waitFor();
      expect(await ask.textContent()).toContain('Chưa lưu: Minh chứng tự kiểm tra “');
      await shot(page, 'unsaved-tu-kiem-tra-125');
      await ask.getByRole('button', { name: 'Bỏ thay đổi và rời đi' }).click();
      await expect.poll(() => page.locator('.topbar h1').textContent()).toBe('Tổng quan');
      const after = await api<InspectionRow[]>(app.bridge, 'inspect.list', { period: '2026-H1' });
      expect(after.find((r) => r.item.id === item.item.id)!.evidence).toBe('');
      await expect.poll(() => app.unsaved.length).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      if (!page.isClosed()) await page.close();
      await app.close();
    }
  }, 180_000);
});
