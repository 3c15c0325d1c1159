// One report-generation measurement, run in its own process so peak memory is its own:
//   npx tsx scripts/bench-report.ts ACTIVITIES RUNS      exports RUNS times in this (warm) process
//   npx tsx scripts/bench-report.ts --make-db PATH N     a unit with N activities in PATH
//   npx tsx scripts/bench-report.ts --export PATH        one export in this fresh process
// Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../electron/core/db/open';
import { exportUnitReport } from '../electron/core/reports/unitReport';
import { seedReportUnit } from '../tests/e2e/reportDb';

const args = process.argv.slice(2);

/** A unit with `n` activities and the year's figures, in a database at `path`. */
function makeDb(path: string, n: number): void {
  const db = openDatabase(path);
  try {
    seedReportUnit(db, n);
  } finally {
    db.close();
  }
}

if (args[0] === '--make-db') {
  makeDb(args[1]!, Number(args[2]));
  console.log(JSON.stringify({ path: args[1] }));
  process.exit(0);
}

if (args[0] === '--export') {
  // One export in this fresh process: its peak memory is the export's.
  const db = openDatabase(args[1]!);
  const out = mkdtempSync(join(tmpdir(), 'dcs-bench-out-'));
  try {
    const t0 = performance.now();
    await exportUnitReport(db, '2026-Y', out, '2026-11-04', new Date());
    const t = performance.now() - t0;
    console.log(JSON.stringify({ msMedian: Math.round(t), exportPeakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  } finally {
    db.close();
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(0);
}

const n = Number(args[0] ?? 200);
const runs = Number(args[1] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dcs-bench-'));
makeDb(join(dir, 'bench.sqlite'), n);
const db = openDatabase(join(dir, 'bench.sqlite'));
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await exportUnitReport(db, '2026-Y', join(dir, `out${i}`), '2026-11-04', new Date());
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ activities: n, runs, msMedian: Math.round(times[Math.floor(runs / 2)]!), msFirst: Math.round(times[0]!), peakMB: Math.round(peakMB) }));
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
