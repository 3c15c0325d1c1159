// V8 keeps what it compiled of dcs and its libraries in a cache folder between runs, so a command
// does not parse and compile the same JavaScript again each time it starts. Set in the environment,
// so that the worker threads dcs starts (which read it when they start) use the same cache. A
// folder that cannot be written only means no cache: Node then compiles as usual.
import module from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The user's own cache folder: never one that other users of the machine can write (a shared /tmp),
 * since whoever writes the cache decides what code dcs runs. Windows' temporary folder is per user.
 */
function cacheRoot() {
  if (process.platform === 'win32') return tmpdir();
  if (process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  try {
    return join(homedir(), '.cache');
  } catch {
    // A user without a home folder (a service account): no cache.
    return null;
  }
}

export function enableCompileCache() {
  if (typeof module.enableCompileCache !== 'function') return;
  if (!process.env.NODE_COMPILE_CACHE) {
    const root = cacheRoot();
    if (!root) return;
    process.env.NODE_COMPILE_CACHE = join(root, 'dcs', 'compile-cache');
  }
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
