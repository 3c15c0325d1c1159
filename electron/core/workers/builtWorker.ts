// The app's worker threads run built JavaScript: the read worker (aggregate/readWorker.ts) is an
// entry of the CLI bundle (out/cli) and of the app's main bundle (out/main). This is where a
// worker's file is found and how it is started.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type BuiltWorker = 'readWorker';

/**
 * Where a worker's built JavaScript is: beside this module in a bundle (the CLI's out/cli), one
 * folder up (the app's out/main, whose shared code sits in out/main/chunks), or, when this module
 * runs from its TypeScript source (tests, scripts), the CLI bundle's copy, which `npm test` and `dcs`
 * rebuild whenever a source changes. A worker never compiles TypeScript: that would cost each worker
 * more than its work.
 */
export function builtWorkerEntry(name: BuiltWorker): URL | null {
  for (const rel of [`./${name}.js`, `../${name}.js`, `../../../out/cli/${name}.js`]) {
    try {
      const url = new URL(rel, import.meta.url);
      if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
    } catch {
      // Not a file URL (inside an archive, a test bundle): try the next place.
    }
  }
  return null;
}

/**
 * Starts a built worker. It runs plain JavaScript, so it gets none of this process's command-line
 * flags: a loader such as tsx (tests, scripts) would make every worker compile TypeScript it never
 * uses before its first file.
 */
export function startBuiltWorker(entry: URL, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  return new Worker(entry, { ...options, execArgv: [] });
}
