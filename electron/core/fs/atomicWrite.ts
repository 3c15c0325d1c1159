// Writes files under their final names only once they are complete: a crash or a full disk never
// leaves a half-written report where the clerk expects a good one, and a report's .docx and .xlsx
// appear together or not at all. Temporary files sit beside their target (a rename never crosses
// disks) under a hidden name, are deleted on failure and swept later if a kill left them behind.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { outputFault } from '../errors/faults';

/**
 * Seams for the crash and fault tests: `step` runs before every write step (it may throw an
 * injected fs error or stop the process); `platform` and `run` stand in for Windows' attrib.
 */
export const fsHooks: {
  step: ((label: string, path: string) => void) | null;
  platform: NodeJS.Platform;
  run: (cmd: string, args: string[]) => void;
} = {
  step: null,
  platform: process.platform,
  run: (cmd, args) => {
    spawnSync(cmd, args, { windowsHide: true, stdio: 'ignore', timeout: 5000 });
  },
};

export function writeStep(label: string, path: string): void {
  fsHooks.step?.(label, path);
}

let seq = 0;
const TEMP_RE = /^\..+\.dcs-(\d+)-\d+\.tmp$/;

/** A hidden temporary name beside `path`, carrying our pid so a sweep can tell a live writer's. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.dcs-${process.pid}-${++seq}.tmp`);
}

/** On Windows a dot does not hide a file: set (or clear) the hidden attribute, best effort. */
export function setHidden(path: string, hidden: boolean): void {
  if (fsHooks.platform !== 'win32') return;
  try {
    fsHooks.run('attrib', [hidden ? '+h' : '-h', path]);
  } catch {
    // Hiding is a courtesy; the dot prefix and the sweep still keep the folder clean.
  }
}

/** Deletes a file if it is there; a folder that is itself unusable has nothing of ours to delete. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // ENOTDIR/EACCES: the temporary file was never created there.
  }
}

export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes temporary files of ours in `dir` whose writer is gone. Returns how many were removed. */
export function sweepTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const n of names) {
    const m = TEMP_RE.exec(n);
    if (!m || processAlive(Number(m[1]))) continue;
    try {
      rmSync(join(dir, n), { force: true, recursive: true });
      removed++;
    } catch {
      // Still held (Windows) or not ours to delete: the next sweep tries again.
    }
  }
  return removed;
}

/** Writes `data` to a new hidden temporary file and flushes it to disk. */
function writeTemp(tmp: string, data: Uint8Array): void {
  writeStep('create', tmp);
  const fd = openSync(tmp, 'wx');
  try {
    setHidden(tmp, true);
    writeStep('write', tmp);
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, Math.min(data.length - off, 1 << 20));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function commit(tmp: string, path: string): void {
  setHidden(tmp, false);
  writeStep('rename', path);
  renameSync(tmp, path);
}

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const dir = dirname(path);
  const tmp = tempPathFor(path);
  try {
    mkdirSync(dir, { recursive: true });
    sweepTemps(dir);
    writeTemp(tmp, data);
    commit(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw outputFault(e, path) ?? e;
  }
}

// The record of a group write that has started renaming, kept beside the database: if the process
// dies between two renames, the next start finishes the renames (every temporary file was complete
// and flushed before the first rename), so an old .xlsx never stays beside a new .docx.
const JOURNAL_PREFIX = '.dcs-ghi-do-dang-';
const Journal = z.object({
  host: z.string(),
  pid: z.number(),
  phase: z.enum(['writing', 'renaming']),
  pairs: z.array(z.object({ tmp: z.string(), path: z.string() })),
});
type Journal = z.infer<typeof Journal>;

function writeJournal(file: string, j: Journal): void {
  writeStep('journal', file);
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(j));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export interface FileToWrite {
  path: string;
  /** The bytes, or a function making them: each file is built and flushed before the next is built. */
  data: Uint8Array | (() => Promise<Uint8Array>);
}

/**
 * Writes every file to a hidden temporary beside its target, then renames them all. Either all
 * targets are replaced or (on a failure before the renames) none; with `journalDir`, a kill during
 * the renames is finished by `recoverPendingWrites(journalDir)` at the next start.
 */
export async function writeFilesAtomically(files: readonly FileToWrite[], options: { journalDir?: string | null } = {}): Promise<string[]> {
  const pairs = files.map((f) => ({ tmp: tempPathFor(f.path), path: f.path }));
  const journal = options.journalDir ? join(options.journalDir, `${JOURNAL_PREFIX}${process.pid}-${++seq}.json`) : null;
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      mkdirSync(dirname(f.path), { recursive: true });
      sweepTemps(dirname(f.path));
    }
    if (journal) writeJournal(journal, { host: hostname(), pid: process.pid, phase: 'writing', pairs });
    for (const [i, f] of files.entries()) {
      current = f.path;
      writeTemp(pairs[i]!.tmp, typeof f.data === 'function' ? await f.data() : f.data);
    }
    // A target held open elsewhere (Word locks the file it shows) is found before any rename, so
    // the group is refused whole rather than half replaced.
    for (const p of pairs) {
      current = p.path;
      if (existsSync(p.path)) closeSync(openSync(p.path, 'r+'));
    }
    if (journal) writeJournal(journal, { host: hostname(), pid: process.pid, phase: 'renaming', pairs });
  } catch (e) {
    for (const p of pairs) removeQuietly(p.tmp);
    if (journal) removeQuietly(journal);
    throw outputFault(e, current) ?? e;
  }
  let renamed = 0;
  try {
    for (const p of pairs) {
      current = p.path;
      commit(p.tmp, p.path);
      renamed++;
    }
  } catch (e) {
    if (renamed === 0) {
      for (const p of pairs) removeQuietly(p.tmp);
      if (journal) removeQuietly(journal);
    } else if (!journal) {
      for (const p of pairs) removeQuietly(p.tmp);
    }
    // With some files already replaced, the journal stays: the next start finishes the group.
    throw outputFault(e, current) ?? e;
  }
  if (journal) removeQuietly(journal);
  return pairs.map((p) => p.path);
}

/**
 * Finishes or undoes group writes that a killed process left in `journalDir`: renames still pending
 * are done when every file was complete, temporary files of an unfinished write are deleted.
 * Returns the paths completed.
 */
export function recoverPendingWrites(journalDir: string): string[] {
  const done: string[] = [];
  let names: string[];
  try {
    names = readdirSync(journalDir).filter((n) => n.startsWith(JOURNAL_PREFIX));
  } catch {
    return done;
  }
  for (const n of names) {
    const file = join(journalDir, n);
    if (n.endsWith('.tmp')) {
      rmSync(file, { force: true });
      continue;
    }
    const parsed = Journal.safeParse((() => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        return null;
      }
    })());
    if (!parsed.success) {
      rmSync(file, { force: true });
      continue;
    }
    const j = parsed.data;
    if (j.host === hostname() && processAlive(j.pid)) continue;
    try {
      if (j.phase === 'renaming') {
        for (const p of j.pairs) {
          if (!existsSync(p.tmp)) continue;
          setHidden(p.tmp, false);
          renameSync(p.tmp, p.path);
          done.push(p.path);
        }
      } else {
        for (const p of j.pairs) rmSync(p.tmp, { force: true });
      }
      rmSync(file, { force: true });
    } catch {
      // The folder is unreachable now (a removed USB stick): keep the record and try next start.
    }
  }
  return done;
}
