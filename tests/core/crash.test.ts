// Crash safety: the app's writing work runs in a child process that is killed (SIGKILL) at random
// moments; after every kill the database must pass SQLite's integrity check and hold only whole
// operations: an import of 30 rows is there entirely or not at all, frozen revisions have no gaps,
// received workbooks are recorded whole, and no report file under its final name is half written.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { openDatabase } from '../../electron/core/db/open';

const KILL_POINTS = Number(process.env.DCS_KILL_POINTS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'dcs-crash-'));
const dbPath = join(dir, 'dcs.sqlite');
const outDir = join(dir, 'out');
const inbox = [join(dir, 'inbox-a'), join(dir, 'inbox-b')];
const units = makeUnits(8, 3);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  for (const [i, folder] of inbox.entries()) {
    mkdirSync(folder, { recursive: true });
    for (const u of units) writeFileSync(join(folder, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values, { revision: i + 1, generatedAt: `2026-04-2${i + 1}T08:00:00.000Z` }));
  }
});

function runAndKill(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const unitsJson = JSON.stringify(units.map(({ code, name, kind, parent }) => ({ code, name, kind, parent })));
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/core/crashWorker.ts', dbPath, outDir, inbox[0]!, inbox[1]!, unitsJson], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      if (String(d).includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`worker ended by itself (${code}): ${err}`))));
  });
}

function check(): { rows: number; revisions: number; submissions: number } {
  const db = openDatabase(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const batches = db.prepare("SELECT substr(title, 1, instr(title, ' dòng') - 1) b, COUNT(*) n FROM activity WHERE title LIKE 'Lô %' GROUP BY b").all() as Array<{ b: string; n: number }>;
    for (const b of batches) expect(b.n, b.b).toBe(30);
    const revs = (db.prepare("SELECT revision FROM period_snapshot WHERE period_id = '2026-H1' ORDER BY revision").all() as Array<{ revision: number }>).map((r) => r.revision);
    expect(revs).toEqual(revs.map((_, i) => i + 1));
    // Each received workbook is recorded whole: a submission always has its figures, and a unit
    // has exactly one current submission per period (the unique index would refuse more).
    const empty = db.prepare('SELECT COUNT(*) n FROM agg_submission s WHERE NOT EXISTS (SELECT 1 FROM agg_value v WHERE v.submission_id = s.id)').get() as { n: number };
    expect(empty.n).toBe(0);
    const perSub = db.prepare('SELECT s.unit_code u, COUNT(v.code) n FROM agg_submission s JOIN agg_value v ON v.submission_id = s.id GROUP BY s.id').all() as Array<{ u: string; n: number }>;
    for (const unit of new Set(perSub.map((p) => p.u))) expect(new Set(perSub.filter((p) => p.u === unit).map((p) => p.n)).size, unit).toBe(1);
    const dangling = db.prepare('SELECT COUNT(*) n FROM agg_submission WHERE superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM agg_submission)').get() as { n: number };
    expect(dangling.n).toBe(0);
    for (const f of existsSync(outDir) ? readdirSync(outDir) : []) {
      if (f.endsWith('.docx') || f.endsWith('.xlsx')) expect(() => unzipSync(readFileSync(join(outDir, f))), f).not.toThrow();
    }
    return {
      rows: (db.prepare('SELECT COUNT(*) n FROM activity').get() as { n: number }).n,
      revisions: revs.length,
      submissions: (db.prepare('SELECT COUNT(*) n FROM agg_submission').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('killing the process while it writes', () => {
  it(`leaves a consistent database at each of ${KILL_POINTS} kill points`, async () => {
    let last = { rows: 0, revisions: 0, submissions: 0 };
    for (let i = 0; i < KILL_POINTS; i++) {
      // Spread the kills over the loop: early in an add, inside an import, during an export.
      await runAndKill(40 + ((i * 173) % 1500));
      const now = check();
      expect(now.rows).toBeGreaterThanOrEqual(last.rows);
      last = now;
    }
    // The kills landed across the whole loop: rows were added, periods frozen, inboxes imported.
    expect(last.rows).toBeGreaterThan(0);
    expect(last.revisions).toBeGreaterThan(0);
    expect(last.submissions).toBeGreaterThan(0);
  }, 240_000);
});
