// A database with many activities behind the bridge, how long Hoạt động takes to show and sort
// them and Báo cáo to open over them, measured in the page. Used by the browser tests (which print
// the figures) and by scripts/bench-ui.ts (for `npm run bench`).
import type { Page } from 'playwright-core';
import { ACTIVITY_KINDS, type ActivityInput } from '../../shared/domain/activities';
import { seedDemo } from '../../electron/core/demo/runDemo';
import * as repo from '../../electron/core/db/repos';
import type { Db } from '../../electron/core/db/open';

/** The demo commune plus `n` activities spread over its 2026-H1 (15/12/2025 – 30/4/2026 in Lai Châu). */
export async function seedManyActivities(db: Db, n: number): Promise<void> {
  await seedDemo(db);
  const start = Date.UTC(2025, 11, 15);
  const days = 130;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const d = new Date(start + ((i * 7919) % days) * 86_400_000);
      const kind = ACTIVITY_KINDS[i % ACTIVITY_KINDS.length]!;
      const a: ActivityInput = {
        date: d.toISOString().slice(0, 10),
        kind,
        title: `Hoạt động số ${i + 1} tại thôn ${['Nà Khuy', 'Sín Chải', 'Tả Phìn', 'Lùng Thàng', 'Bình Lư'][i % 5]} về thực hiện dân chủ ở cơ sở`,
        form: i % 3 === 0 ? 'truc_tuyen' : 'truc_tiep',
        sessions: 1 + (i % 3),
        participants: i % 4 === 0 ? null : 20 + (i % 200),
        basisDoc: i % 2 ? `Kế hoạch số ${i % 90}/KH-UBND` : '',
        notes: '',
        measures: [],
      };
      repo.insertActivity(db, a);
    }
  })();
}

export interface UiTimings {
  /** From the click on "Hoạt động" to its first row painted. */
  openMs: number;
  /** From the click on the "Tên hoạt động" header to the first row of the new order painted. */
  sortMs: number;
  /** From typing a search to the filtered count painted. */
  searchMs: number;
  /** From "Xóa" to the row gone from the table. */
  deleteMs: number;
  /** Rows in the page while 10,000 are listed (windowing keeps this small). */
  rowsInPage: number;
  /** The longest main-thread task (a frame the page could not paint) while opening, and while sorting. */
  openLongestTaskMs: number;
  sortLongestTaskMs: number;
}

/** Báo cáo over the same activities (its Phụ lục II lists them all). */
export interface ReportTimings {
  /** From the click on "Báo cáo" to the first row of Phụ lục II painted. */
  reportOpenMs: number;
  reportLongestTaskMs: number;
}

/** Starts recording the page's long tasks (over 50 ms, Chromium's "longtask" entries). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Runs in the page; this file is type-checked with Node's types, whose PerformanceObserver
    // has the same shape.
    const w = globalThis as unknown as { __longest?: number; __longObserver?: unknown };
    w.__longest = 0;
    if (w.__longObserver) return;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, e.duration);
    });
    observer.observe({ type: 'longtask' as never, buffered: false });
    w.__longObserver = observer;
  });
}

/** The longest task since the last call (0 when every frame came within 50 ms), and starts again. */
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(async () => {
    // Long-task entries are delivered asynchronously: let the observer run first.
    await new Promise((r) => setTimeout(r, 50));
    const w = globalThis as unknown as { __longest?: number };
    const v = w.__longest ?? 0;
    w.__longest = 0;
    return v;
  });
}

/** Waits, inside the page, until `check` holds, and gives the milliseconds since `t0` (performance.now). */
async function paintedAfter(page: Page, t0: number, check: string): Promise<number> {
  return page.evaluate(
    ({ t0, check }) =>
      new Promise<number>((resolve, reject) => {
        const ok = new Function(`return (${check})`) as () => boolean;
        // The page's own frame clock (this file is type-checked without the DOM library).
        const requestAnimationFrame = (globalThis as unknown as { requestAnimationFrame: (cb: () => void) => number }).requestAnimationFrame;
        const started = performance.now();
        const tick = () => {
          if (ok()) {
            // The next frame is the one that shows it.
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else if (performance.now() - started > 60_000) reject(new Error(`not painted: ${check}`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    { t0, check },
  );
}

const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Measures Hoạt động on a page already showing the app (any screen but Hoạt động). */
export async function measureActivities(page: Page): Promise<UiTimings> {
  const nav = page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: 'Hoạt động', exact: true });
  await watchLongTasks(page);
  let t0 = await now(page);
  await nav.click();
  const openMs = await paintedAfter(page, t0, "document.querySelector('.activities-table tbody tr[data-vkey]') !== null");
  const openLongestTaskMs = await longestTask(page);
  const rowsInPage = await page.locator('.activities-table tbody tr[data-vkey]').count();

  const firstTitle = () => page.locator('.activities-table tbody tr[data-vkey]').first().locator('.cell-title').textContent();
  const before = await firstTitle();
  t0 = await now(page);
  await page.getByRole('button', { name: /^Tên hoạt động/ }).click();
  const sortMs = await paintedAfter(
    page,
    t0,
    `document.querySelector('.activities-table tbody tr[data-vkey] .cell-title')?.textContent !== ${JSON.stringify(before)}`,
  );
  const sortLongestTaskMs = await longestTask(page);

  t0 = await now(page);
  await page.getByLabel('Tìm kiếm').fill('so 9999 tai');
  const searchMs = await paintedAfter(page, t0, "document.querySelectorAll('.activities-table tbody tr[data-vkey]').length === 1");
  await page.getByLabel('Tìm kiếm').fill('');
  await page.locator('.activities-table tbody tr[data-vkey]').nth(5).waitFor();

  const row = page.locator('.activities-table tbody tr[data-vkey]').first();
  const id = await row.getAttribute('data-vkey');
  t0 = await now(page);
  await row.getByRole('button', { name: /^Xóa/ }).click();
  const deleteMs = await paintedAfter(page, t0, `document.getElementById('act-${id}') === null`);
  return { openMs, sortMs, searchMs, deleteMs, rowsInPage, openLongestTaskMs, sortLongestTaskMs };
}

/** Opens Báo cáo (from another screen) and times it to the activity list's first row painted. */
export async function measureReport(page: Page): Promise<ReportTimings> {
  await watchLongTasks(page);
  const nav = page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: 'Báo cáo', exact: true });
  await longestTask(page);
  const t0 = await now(page);
  await nav.click();
  const reportOpenMs = await paintedAfter(page, t0, `document.querySelector('article[aria-label="Phụ lục II"] tbody tr') !== null`);
  return { reportOpenMs, reportLongestTaskMs: await longestTask(page) };
}

export function timingsLine(n: number, t: UiTimings & Partial<ReportTimings>): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  return `[ui bench] ${n} activities: Hoạt động first paint ${ms(t.openMs)} · sort by title ${ms(t.sortMs)} · search ${ms(t.searchMs)} · delete one ${ms(t.deleteMs)} · rows in page ${t.rowsInPage} · longest task while opening ${ms(t.openLongestTaskMs)}, while sorting ${ms(t.sortLongestTaskMs)}${t.reportOpenMs === undefined ? '' : ` · Báo cáo opens in ${ms(t.reportOpenMs)} (longest task ${ms(t.reportLongestTaskMs ?? 0)})`}`;
}
