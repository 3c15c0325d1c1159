// V8 keeps what it compiled of dcs and its libraries in a cache folder between runs, so a command
// does not parse and compile the same JavaScript again each time it starts. Set in the environment,
// so that the worker threads dcs starts (which read it when they start) use the same cache. A
// folder that cannot be written only means no cache: Node then compiles as usual.
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function enableCompileCache() {
  if (typeof module.enableCompileCache !== 'function') return;
  process.env.NODE_COMPILE_CACHE ||= join(tmpdir(), 'dcs-compile-cache');
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
}
