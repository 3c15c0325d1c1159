// Crash safety: the app's writing work runs in a child process that is killed (SIGKILL) at random
// moments; after every kill the database must pass SQLite's integrity check and hold only whole
// operations: an import of 30 rows is there entirely or not at all, frozen revisions have no gaps,
// and no report file under its final name is half written.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';

const KILL_POINTS = Number(process.env.DCS_KILL_POINTS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'dcs-crash-'));
const dbPath = join(dir, 'dcs.sqlite');
const outDir = join(dir, 'out');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAndKill(afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/core/crashWorker.ts', dbPath, outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      if (String(d).includes('ready')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`worker ended by itself (${code}): ${err}`))));
  });
}

function check(): { rows: number; revisions: number } {
  const db = openDatabase(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const batches = db.prepare("SELECT substr(title, 1, instr(title, ' dòng') - 1) b, COUNT(*) n FROM activity WHERE title LIKE 'Lô %' GROUP BY b").all() as Array<{ b: string; n: number }>;
    for (const b of batches) expect(b.n, b.b).toBe(30);
    const revs = (db.prepare("SELECT revision FROM period_snapshot WHERE period_id = '2026-H1' ORDER BY revision").all() as Array<{ revision: number }>).map((r) => r.revision);
    expect(revs).toEqual(revs.map((_, i) => i + 1));
    for (const f of existsSync(outDir) ? readdirSync(outDir) : []) {
      if (f.endsWith('.docx') || f.endsWith('.xlsx')) expect(() => unzipSync(readFileSync(join(outDir, f))), f).not.toThrow();
    }
    return { rows: (db.prepare('SELECT COUNT(*) n FROM activity').get() as { n: number }).n, revisions: revs.length };
  } finally {
    db.close();
  }
}

describe('killing the process while it writes', () => {
  it(`leaves a consistent database at each of ${KILL_POINTS} kill points`, async () => {
    let last = { rows: 0, revisions: 0 };
    for (let i = 0; i < KILL_POINTS; i++) {
      // Spread the kills over the loop: early in an add, inside an import, during an export.
      await runAndKill(40 + ((i * 137) % 700));
      const now = check();
      expect(now.rows).toBeGreaterThanOrEqual(last.rows);
      last = now;
    }
    expect(last.rows).toBeGreaterThan(0);
  }, 240_000);
});
