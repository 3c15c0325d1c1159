// Real faults for the data-safety tests: damaged files, a second process holding the database,
// folders that refuse writes (a read-only tmpfs where we may mount one, else a path whose parent is
// a file, which refuses even root), and fs errors injected at a named write step.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { fsHooks } from '../../electron/core/fs/atomicWrite';

/** Overwrites `length` bytes in the middle of the file (page-aligned) with a fixed noise pattern. */
export function flipMiddle(path: string, length = 4096): void {
  const size = statSync(path).size;
  const at = Math.max(4096, Math.floor(size / 2 / 4096) * 4096);
  const fd = openSync(path, 'r+');
  try {
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, at);
    for (let i = 0; i < length; i++) buf[i] = buf[i]! ^ (0x5a + (i % 7));
    writeSync(fd, buf, 0, length, at);
  } finally {
    closeSync(fd);
  }
}

export function errnoError(code: string, path: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: injected, write '${path}'`) as NodeJS.ErrnoException;
  e.code = code;
  e.syscall = 'write';
  e.path = path;
  return e;
}

/** Makes the `nth` write step named `label` fail with `code`; returns the undo. */
export function failAtStep(label: string, code: string, nth = 1): () => void {
  let seen = 0;
  fsHooks.step = (l, path) => {
    if (l === label && ++seen === nth) throw errnoError(code, path);
  };
  return () => {
    fsHooks.step = null;
  };
}

/** A read-only tmpfs at `dir` when this process may mount one (root with CAP_SYS_ADMIN), else null. */
export function mountReadOnly(dir: string): (() => void) | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('umount', [dir], { stdio: 'ignore' });
}

/** A tiny tmpfs (full after `kb` kilobytes) at `dir` when this process may mount one, else null. */
export function mountTiny(dir: string, kb: number): (() => void) | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('umount', [dir], { stdio: 'ignore' });
}

/** Starts a child running tests/helpers/holdDb.ts (the app holding `dbPath`); resolves once it holds it. */
export function holdDatabase(dbPath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/holdDb.ts', dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    child.stdout!.on('data', (d) => {
      if (String(d).includes('holding')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder ended (${code}): ${err}`)));
  });
}

/**
 * Makes `dir` refuse writes for real: remounted read-only when it is a tmpfs we mounted (root),
 * else chmod 555 (which refuses every user but root). Returns the undo.
 */
export function makeReadOnly(dir: string): { undo: () => void; real: boolean } {
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    try {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
      return { undo: () => execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'ignore' }), real: true };
    } catch {
      return { undo: () => undefined, real: false };
    }
  }
  chmodSync(dir, 0o555);
  return { undo: () => chmodSync(dir, 0o755), real: true };
}
