// Crash safety: the app's writing work runs in a child process that stops itself dead (SIGKILL) at
// its Nth write step, N spread over one round of work (an add, an import of 30 rows, a figure, a
// report export, an inbox import that replaces every unit's submission). Every kill point starts
// from a copy of the same stored state (one earlier round: a report pair, received workbooks), so
// step N is the same write on any machine and the points are independent: they run a few at a time.
// After every kill the database must pass SQLite's integrity check, still hold everything it held
// before, and hold only whole operations: an import of 30 rows is there entirely or not at all,
// frozen revisions have no gaps, received workbooks are recorded whole; once the next start has
// tidied up, the report folder holds whole files, no temporary file, and a .docx and .xlsx that
// belong together; and the next round of work goes through.
// Deterministic: `DCS_KILL_POINTS=200 npx vitest run tests/core/crash.test.ts`.
import { spawn } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnits, unitWorkbook } from '../aggregate/inbox';
import { openDatabase } from '../../electron/core/db/open';
import { tidyAfterKill } from '../../electron/core/db/session';
import { unpackValues } from '../../electron/core/aggregate/packedValues';

const KILL_POINTS = Number(process.env.DCS_KILL_POINTS ?? 10);
/** Kill points run side by side, each on its own copy: bounded so a shared machine stays usable. */
const PARALLEL = Math.max(1, Math.min(4, availableParallelism()));
const dir = mkdtempSync(join(tmpdir(), 'dcs-crash-'));
const template = join(dir, 'template');
/** Revision 1 of every unit's workbook is stored in the template; each round imports revision 2. */
const inboxOld = join(dir, 'inbox-1');
const inboxNew = join(dir, 'inbox-2');
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
  for (const [i, folder] of [inboxOld, inboxNew].entries()) {
    mkdirSync(folder, { recursive: true });
    for (const u of units) writeFileSync(join(folder, `${u.code}_2026-H1.xlsx`), await unitWorkbook(u, u.values, { revision: i + 1, generatedAt: `2026-04-2${i + 1}T08:00:00.000Z` }));
  }
  // The stored state every point starts from: set up, then one whole round with revision 1.
  mkdirSync(template);
  const r = await runWorker(template, 0, 0, inboxOld);
  expect(r.signal, r.err).toBeNull();
  expect(existsSync(`${db(template)}-wal`), 'the template is closed cleanly').toBe(false);
}, 120_000);

const db = (home: string): string => join(home, 'dcs.sqlite');
const out = (home: string): string => join(home, 'out');

/** A fresh copy of the template: its database and its report folder. */
function copyTemplate(name: string): string {
  const home = join(dir, name);
  mkdirSync(home);
  copyFileSync(db(template), db(home));
  cpSync(out(template), out(home), { recursive: true });
  return home;
}

/** Runs the worker in `home` stopping at step `stopAt` (0: one whole round); resolves with what it printed. */
function runWorker(home: string, stopAt: number, run: number, inbox = inboxNew, label = ''): Promise<{ signal: string | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [worker, db(home), out(home), inbox, unitsJson, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DCS_STOP_AT: String(stopAt), DCS_STOP_LABEL: label },
    });
    let o = '';
    let e = '';
    child.stdout.on('data', (d) => (o += String(d)));
    child.stderr.on('data', (d) => (e += String(d)));
    child.on('exit', (_code, signal) => done({ signal, out: o, err: e }));
  });
}

interface State {
  rows: number;
  titles: Set<string>;
  revisions: number;
  submissions: number;
  files: string[];
}

/** What the next start does first (finish or clear half-done file writes), then every consistency check. */
function check(home: string): State {
  tidyAfterKill(db(home));
  const d = openDatabase(db(home));
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.pragma('foreign_key_check')).toEqual([]);
    const batches = d.prepare("SELECT substr(title, 1, instr(title, ' dòng') - 1) b, COUNT(*) n FROM activity WHERE title LIKE 'Lô %' GROUP BY b").all() as Array<{ b: string; n: number }>;
    for (const b of batches) expect(b.n, b.b).toBe(30);
    const revs = (d.prepare("SELECT revision FROM period_snapshot WHERE period_id = '2026-H1' ORDER BY revision").all() as Array<{ revision: number }>).map((r) => r.revision);
    expect(revs).toEqual(revs.map((_, i) => i + 1));
    // Each received workbook is recorded whole: a submission always has its figures, and a unit
    // has exactly one current submission per period (the unique index would refuse more).
    const perSub = (d.prepare('SELECT unit_code u, figure_values v FROM agg_submission').all() as Array<{ u: string; v: string }>).map((r) => ({ u: r.u, n: unpackValues(r.v).length }));
    expect(perSub.filter((p) => p.n === 0), 'submissions without figures').toEqual([]);
    for (const unit of new Set(perSub.map((p) => p.u))) expect(new Set(perSub.filter((p) => p.u === unit).map((p) => p.n)).size, unit).toBe(1);
    const dangling = d.prepare('SELECT COUNT(*) n FROM agg_submission WHERE superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM agg_submission)').get() as { n: number };
    expect(dangling.n).toBe(0);
    const current = d.prepare('SELECT COUNT(*) n FROM agg_submission WHERE superseded_by IS NULL').get() as { n: number };
    expect(current.n, 'every unit keeps one current report').toBe(units.length);
    const files = existsSync(out(home)) ? readdirSync(out(home)).sort() : [];
    expect(files.filter((f) => f.startsWith('.')), 'temporary files left in the report folder').toEqual([]);
    expect(readdirSync(home).filter((f) => f.startsWith('.dcs-ghi-do-dang-')), 'unfinished group writes').toEqual([]);
    for (const f of files) expect(() => unzipSync(readFileSync(join(out(home), f))), f).not.toThrow();
    // The pair appears together: both files or neither.
    expect(files.filter((f) => f.endsWith('.docx')).map((f) => f.slice(0, -5))).toEqual(files.filter((f) => f.endsWith('.xlsx')).map((f) => f.slice(0, -5)));
    return {
      rows: (d.prepare('SELECT COUNT(*) n FROM activity').get() as { n: number }).n,
      titles: new Set((d.prepare('SELECT title FROM activity').all() as Array<{ title: string }>).map((r) => r.title)),
      revisions: revs.length,
      submissions: (d.prepare('SELECT COUNT(*) n FROM agg_submission').get() as { n: number }).n,
      files,
    };
  } finally {
    d.close();
  }
}

/** Runs `jobs` at most PARALLEL at a time, in order of start; results keep the jobs' order. */
async function bounded<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

/**
 * `n` step numbers spread evenly inside each operation's steps, the operations sharing them as
 * equally as their sizes allow (an add of one row gets one, the inbox import of hundreds the rest),
 * so that even ten points reach every kind of work.
 */
function spreadOver(ranges: Array<[number, number]>, n: number): number[] {
  const bySize = [...ranges].sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  const out: number[] = [];
  let left = n;
  for (const [i, [first, last]] of bySize.entries()) {
    const size = last - first + 1;
    const take = Math.min(size, Math.ceil(left / (bySize.length - i)));
    for (let j = 0; j < take; j++) out.push(first + Math.floor(((j + 0.5) * size) / take));
    left -= take;
  }
  return out.sort((a, b) => a - b);
}

/** Was the state before the round kept whole? Nothing stored before is lost by a kill. */
function expectKept(before: State, now: State): void {
  expect(now.rows).toBeGreaterThanOrEqual(before.rows);
  for (const t of before.titles) expect(now.titles.has(t), `activity "${t}" lost`).toBe(true);
  expect(now.revisions).toBeGreaterThanOrEqual(before.revisions);
  expect(now.submissions).toBeGreaterThanOrEqual(before.submissions);
  for (const f of before.files) expect(now.files, `report file ${f} lost`).toContain(f);
}

describe('killing the process while it writes', () => {
  it(`leaves a consistent database at each of ${KILL_POINTS} write steps spread over a round of work`, async () => {
    const before = check(copyTemplate('before'));
    expect(before.files.length).toBe(2);
    // How many write steps one round takes, measured on a copy; the round does all its work.
    const scratch = copyTemplate('scratch');
    const measured = await runWorker(scratch, 0, 999);
    const perRound = Number(/steps (\d+)/.exec(measured.out)?.[1]);
    expect(perRound, measured.err).toBeGreaterThan(50);
    const whole = check(scratch);
    expect(whole.rows).toBe(before.rows + 31);
    expect(whole.revisions).toBe(before.revisions + 1);
    expect(whole.submissions, 'revision 2 replaced every unit’s report').toBe(before.submissions + units.length);
    expect(whole.files.length).toBe(4);

    const ops = JSON.parse(/ops (\{.*\})/.exec(measured.out)?.[1] ?? '{}') as Record<string, [number, number]>;
    expect(Object.keys(ops)).toEqual(['activity.add', 'activity.import', 'figure.set', 'report.export', 'aggregate.import']);
    const points: Array<{ stopAt: number; label: string }> = spreadOver(Object.values(ops), KILL_POINTS).map((stopAt) => ({ stopAt, label: '' }));
    expect(points.length).toBe(KILL_POINTS);
    // A long run also stops at every file step of the round (a few among hundreds of rows): the
    // nth create, write, journal and rename, wherever they fall.
    if (KILL_POINTS >= 40) {
      const kinds = JSON.parse(/files (\{.*\})/.exec(measured.out)?.[1] ?? '{}') as Record<string, number>;
      for (const [label, n] of Object.entries(kinds)) for (let k = 1; k <= n; k++) points.push({ stopAt: k, label });
    }
    const results = await bounded(
      points.map(({ stopAt, label }, i) => async () => {
        const home = copyTemplate(`p${i}`);
        const r = await runWorker(home, stopAt, i, inboxNew, label);
        expect(r.signal, `worker ended by itself before step ${stopAt}: ${r.err}`).toBe('SIGKILL');
        const now = check(home);
        expectKept(before, now);
        // Every file step, and every fifth of the others: the next start carries on with a whole round.
        let after: State | null = null;
        if (label || i % 5 === 0) {
          const again = await runWorker(home, 0, 1000 + i);
          expect(again.signal, again.err).toBeNull();
          after = check(home);
          expectKept(now, after);
        }
        rmSync(home, { recursive: true, force: true });
        return { stopAt, label, stoppedAt: /stop (\S+)/.exec(r.err)?.[1] ?? '?', now, after };
      }),
    );
    // The kills landed across the work: inside the activity writes, the figure, the report and the inbox import.
    const stoppedAt = new Set(results.map((r) => r.stoppedAt));
    for (const l of ['db:activity', 'db:figure_value', 'file:', 'db:agg_']) expect([...stoppedAt].some((s) => s.startsWith(l)), `no kill in ${l}`).toBe(true);
    if (KILL_POINTS >= 40) for (const l of ['file:create', 'file:write', 'file:journal', 'file:rename']) expect(stoppedAt).toContain(l);
    // The same stored state each time: a later kill keeps at least what an earlier one kept, and
    // the last ones keep work done before them.
    const spread = results.filter((r) => !r.label);
    for (let i = 1; i < spread.length; i++) expect(spread[i]!.now.rows, `kill at step ${spread[i]!.stopAt}`).toBeGreaterThanOrEqual(spread[i - 1]!.now.rows);
    expect(spread.at(-1)!.now.rows).toBeGreaterThan(before.rows);
    for (const r of results) if (r.after) expect(r.after.rows).toBeGreaterThan(r.now.rows);
  }, Math.max(600_000, KILL_POINTS * 15_000));
});
