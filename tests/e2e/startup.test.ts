// The start-up screen in the real renderer: with the data file damaged, the app opens on a screen
// that says so and lists the backups; restoring one opens the clerk's data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/core/bridge/server';
import { dispatch, type Services } from '../../electron/core/services';
import { AppDatabase } from '../../electron/core/services/appDatabase';
import { flipMiddle } from '../helpers/faults';
import { shot, TMP, watchErrors } from './harness';
import { useBrowser } from './suite';
import { NO_DIALOGS_HOST } from '../helpers/noDialogsHost';

const rendererDir = join(TMP, 'renderer-startup');
const browser = useBrowser(rendererDir);
const dir = mkdtempSync(join(tmpdir(), 'dcs-e2e-startup-'));
const dbPath = join(dir, 'dcs.sqlite');
const host = NO_DIALOGS_HOST;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

async function must(s: Services, op: string, arg: unknown): Promise<unknown> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value;
}

describe('màn hình khởi động', () => {
  it('dữ liệu hỏng: báo rõ, liệt kê bản sao lưu, khôi phục rồi mở ứng dụng', async () => {
    // A first day of use: the unit, 40 activities, the daily backup.
    const first = new AppDatabase({ dbPath, version: '0.1.0', host });
    expect((await first.open()).state).toBe('ready');
    const s = first.services();
    const unit = (await must(s, 'unit.defaults', { profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' })) as Record<string, unknown>;
    await must(s, 'unit.set', { ...unit, code: 'BL' });
    first.close();
    const second = new AppDatabase({ dbPath, version: '0.1.0', host });
    await second.open();
    for (let i = 0; i < 40; i++) {
      await must(second.services(), 'activity.add', { date: '2026-03-05', kind: 'TUYEN_TRUYEN', title: `Hội nghị tuyên truyền số ${i}`, form: 'truc_tiep', sessions: 1, participants: 30, basisDoc: '', notes: '', measures: [] });
    }
    await must(second.services(), 'backup.now', undefined);
    second.close();
    flipMiddle(dbPath);

    const app = new AppDatabase({ dbPath, version: '0.1.0', host });
    expect((await app.open()).state).toBe('problem');
    const bridge = await startBridge(new Proxy({} as Services, { get: (_t, op) => app.services()[op as keyof Services] }), rendererDir);
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = watchErrors(page);
    try {
      await page.goto(bridge.url);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Không mở được dữ liệu');
      await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/bị hỏng/);
      const rows = page.locator('.backup-table tbody tr');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
      await shot(page, 'startup-damaged');
      // The newest backup (the one made by hand after the 40 activities) is on top.
      await expect.poll(() => rows.first().textContent()).toMatch(/sao-luu-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite/);
      expect(await rows.first().textContent()).toMatch(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
      await rows.first().getByRole('button', { name: 'Khôi phục' }).click();
      await rows.first().getByRole('button', { name: 'Xác nhận khôi phục' }).click();
      await expect.poll(() => page.locator('.topbar h1').count()).toBeGreaterThan(0);
      await shot(page, 'startup-restored');
      const list = await dispatch(app.services(), 'activity.list', { period: '2026-H1' });
      expect(list.ok && (list.value as unknown[]).length).toBe(40);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await bridge.close();
      app.close();
    }
  }, 180_000);
});
