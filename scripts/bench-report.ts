// One report-generation measurement, run in its own process so peak memory is its own:
//   npx tsx scripts/bench-report.ts <activities>
// Prints one JSON line: activities, ms (median of the timed runs), peakMB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/core/db/open';
import { insertActivity, saveUnitProfile, setFigureEntry } from '../electron/core/db/repos';
import { DEMO_FIGURES_2026_Y, DEMO_UNIT, demoActivities } from '../electron/core/demo/demoData';
import { exportUnitReport } from '../electron/core/reports/unitReport';

const n = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dcs-bench-'));
const db = openDatabase(join(dir, 'bench.sqlite'));
try {
  saveUnitProfile(db, DEMO_UNIT);
  db.transaction(() => {
    for (const a of demoActivities('2025-12-15', '2026-10-31', n, 7, 2026)) insertActivity(db, a);
    for (const [code, e] of Object.entries(DEMO_FIGURES_2026_Y)) setFigureEntry(db, '2026-Y', code, e);
  })();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await exportUnitReport(db, '2026-Y', join(dir, `out${i}`), '2026-11-04');
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ activities: n, runs, msMedian: Math.round(times[Math.floor(runs / 2)]!), msFirst: Math.round(times[0]!), peakMB: Math.round(peakMB) }));
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
