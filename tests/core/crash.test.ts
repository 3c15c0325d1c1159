// Crash safety: the app's writing work runs in a child process that stops itself dead (SIGKILL) at
// its Nth write step, N spread over one round of work (an add, an import of 30 rows, a figure, a
// report export, an inbox import). After every kill the database must pass SQLite's integrity
// check and hold only whole operations: an import of 30 rows is there entirely or not at all,
// frozen revisions have no gaps, received workbooks are recorded whole, and once the next start has
// tidied up, the report folder holds whole files, no temporary file, and a .docx and .xlsx that
// belong together. Deterministic: `DCS_KILL_POINTS=200 npx vitest run tests/core/crash.test.ts`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { openDatabase } from '../../electron/core/db/open';
import { tidyAfterKill } from '../../electron/core/db/session';

const KILL_POINTS = Number(process.env.DCS_KILL_POINTS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'dcs-crash-'));
const dbPath = join(dir, 'dcs.sqlite');
const outDir = join(dir, 'out');
const inbox = [join(dir, 'inbox-a'), join(dir, 'inbox-b')];
const units = makeUnits(8, 3);
const unitsJson = JSON.stringify(units.map(({ code, name, kind, parent }) => ({ code, name, kind, parent })));
// The worker is bundled once into plain JavaScript (inside the project, so its packages resolve):
// each kill point then costs a Node start, not a TypeScript compile.
const workerDir = join(resolve(__dirname, '../..'), 'out', `.crash-worker-${process.pid}`);
const worker = join(workerDir, 'crashWorker.mjs');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(workerDir, { recursive: true, force: true });
});
beforeAll(async () => {
  const { build } = await import('esbuild');
  await build({ entryPoints: [join(__dirname, 'crashWorker.ts')], outfile: worker, bundle: true, format: 'esm', platform: 'node', target: 'node22', packages: 'external', logLevel: 'error' });
  for (const [i, folder] of inbox.entries()) {
    mkdirSync(folder, { recursive: true });
    for (const u of units) writeFileSync(join(folder, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values, { revision: i + 1, generatedAt: `2026-04-2${i + 1}T08:00:00.000Z` }));
  }
});

/** Runs the worker stopping at step `stopAt` (0: one whole round); resolves with what it printed. */
function runWorker(db: string, out: string, stopAt: number, run: number, label = ''): Promise<{ signal: string | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, db, out, inbox[0]!, inbox[1]!, unitsJson, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DCS_STOP_AT: String(stopAt), DCS_STOP_LABEL: label },
    });
    let o = '';
    let e = '';
    child.stdout.on('data', (d) => (o += String(d)));
    child.stderr.on('data', (d) => (e += String(d)));
    child.on('exit', (_code, signal) => resolve({ signal, out: o, err: e }));
  });
}

function check(): { rows: number; revisions: number; submissions: number } {
  // What the next start of the app or the CLI does first: finish or clear half-done file writes.
  tidyAfterKill(dbPath);
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
    const files = existsSync(outDir) ? readdirSync(outDir) : [];
    expect(files.filter((f) => f.startsWith('.')), 'temporary files left in the report folder').toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('.dcs-ghi-do-dang-')), 'unfinished group writes').toEqual([]);
    for (const f of files) expect(() => unzipSync(readFileSync(join(outDir, f))), f).not.toThrow();
    // The pair appears together: both files or neither.
    expect(files.filter((f) => f.endsWith('.docx')).length).toBe(files.filter((f) => f.endsWith('.xlsx')).length);
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
  it(`leaves a consistent database at each of ${KILL_POINTS} write steps spread over a round of work`, async () => {
    // How many write steps one round takes, measured on a scratch copy.
    const scratch = join(dir, 'scratch');
    mkdirSync(scratch);
    const measured = await runWorker(join(scratch, 'dcs.sqlite'), join(scratch, 'out'), 0, 999);
    const perRound = Number(/steps (\d+)/.exec(measured.out)?.[1]);
    expect(perRound, measured.err).toBeGreaterThan(100);

    let last = { rows: 0, revisions: 0, submissions: 0 };
    const stoppedAt = new Set<string>();
    const points: Array<{ stopAt: number; label: string }> = Array.from({ length: KILL_POINTS }, (_, i) => ({ stopAt: 1 + Math.floor(((i + 0.5) * perRound) / KILL_POINTS), label: '' }));
    // A long run also stops at every file step of the round (a few among hundreds of rows): the
    // nth create, write, journal and rename, wherever they fall.
    if (KILL_POINTS >= 40) {
      const kinds = JSON.parse(/files (\{.*\})/.exec(measured.out)?.[1] ?? '{}') as Record<string, number>;
      for (const [label, n] of Object.entries(kinds)) for (let k = 1; k <= n; k++) points.push({ stopAt: k, label });
    }
    for (const [i, { stopAt, label }] of points.entries()) {
      const r = await runWorker(dbPath, outDir, stopAt, i, label);
      expect(r.signal, `worker ended by itself before step ${stopAt}: ${r.err}`).toBe('SIGKILL');
      stoppedAt.add(/stop (\S+)/.exec(r.err)?.[1] ?? '?');
      const now = check();
      expect(now.rows).toBeGreaterThanOrEqual(last.rows);
      last = now;
    }
    // The kills landed across the work: inside the activity writes, the report and the inbox import.
    expect(stoppedAt).toContain('db:activity');
    expect(stoppedAt).toContain('db:agg_value');
    if (KILL_POINTS >= 40) for (const l of ['file:create', 'file:write', 'file:journal', 'file:rename']) expect(stoppedAt).toContain(l);
    expect(last.rows).toBeGreaterThan(0);
  }, Math.max(600_000, KILL_POINTS * 15_000));
});
