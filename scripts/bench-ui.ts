// UI benchmark: the renderer in Chromium over a database of N activities (default 10,000); prints
// the time to first paint of Hoạt động, of a sort, of a search, of a delete and of Báo cáo. Run with
// `npx tsx scripts/bench-ui.ts [N] [--json]`; `npm run bench` runs it with --json in its own process.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRenderer, launchBrowser, startApp } from '../tests/e2e/harness';
import { measureActivities, measureReport, seedManyActivities, timingsLine, type ReportTimings, type UiTimings } from '../tests/e2e/uiBench';

export async function benchUi(n = 10_000, json = false): Promise<UiTimings & ReportTimings> {
  await buildRenderer();
  const { context, userDir } = await launchBrowser();
  const app = await startApp('2026-03-20', (db) => seedManyActivities(db, n));
  try {
    // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the
    // functions this file hands to page.evaluate then need that helper inside the page too.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    await page.goto(app.bridge.url);
    await page.locator('.topbar h1', { hasText: 'Tổng quan' }).waitFor({ timeout: 60_000 });
    const t = { ...(await measureActivities(page)), ...(await measureReport(page)) };
    console.log(json ? JSON.stringify(t) : timingsLine(n, t));
    return t;
  } finally {
    await context.close();
    await app.close();
    rmSync(userDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchUi(Number(process.argv[2] ?? 10_000), process.argv.includes('--json'));
}
