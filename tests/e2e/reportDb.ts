// The report benchmark's database (scripts/bench-report.ts --make-db), also seeded behind the
// bridge by the browser test of Báo cáo at 10,000 activities and by scripts/bench-ui.ts.
import type { Db } from '../../electron/core/db/open';
import { insertActivity, saveUnitProfile, setFigureEntry } from '../../electron/core/db/repos';
import { DEMO_FIGURES_2026_Y, DEMO_UNIT, demoActivities } from '../../electron/core/demo/demoData';

/** The demo unit with `n` activities over its 2026 and the year's figures. */
export function seedReportUnit(db: Db, n: number): void {
  saveUnitProfile(db, DEMO_UNIT);
  db.transaction(() => {
    for (const a of demoActivities('2025-12-15', '2026-10-31', n, 7, 2026)) insertActivity(db, a);
    for (const [code, e] of Object.entries(DEMO_FIGURES_2026_Y)) setFigureEntry(db, '2026-Y', code, e);
  })();
}
