// Builds the command line and its read worker into plain JavaScript (out/cli/), so that `dcs`
// starts without compiling TypeScript. Run by `npm install` (prepare), `npm test` (pretest),
// `npm run build`, and by bin/dcs.mjs itself in a developer checkout whose sources changed since
// the last build. `node scripts/build-cli.mjs --if-stale` builds only when a source is newer.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'out', 'cli');
const META = join(OUT, 'build.json');

/** True when out/cli is missing or one of the files it was built from changed or went away. */
export function isStale() {
  let meta;
  try {
    meta = JSON.parse(readFileSync(META, 'utf8'));
  } catch {
    return true;
  }
  for (const f of meta.inputs) {
    try {
      if (statSync(join(ROOT, f)).mtimeMs > meta.builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** The worker threads' own entries (electron/core/workers/builtWorker.ts finds them beside the bundle). */
export const WORKER_ENTRIES = { readWorker: 'electron/core/aggregate/readWorker.ts' };

/** How the command line is bundled; the benchmark builds its timed parts the same way (scripts/bench.mjs). */
export const BUNDLE_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // Libraries stay in node_modules and load when a command needs them (docx, exceljs), except zod,
  // which nearly every command and the read worker load: one bundled chunk loads in a third of the
  // time its hundred files take.
  external: Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies).filter((name) => name !== 'zod'),
  chunkNames: 'chunk-[hash]',
  metafile: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'error',
};

export async function buildCli() {
  const { build } = await import('esbuild');
  // Built beside the target and renamed into place file by file (chunks first, entries last), so a
  // `dcs` started meanwhile, or a second build racing this one, always loads a whole set of files.
  const tmp = join(ROOT, 'out', `.cli-${process.pid}-${Date.now()}`);
  const startedAt = Date.now();
  try {
    const r = await build({
      ...BUNDLE_OPTIONS,
      entryPoints: { dcs: 'electron/core/cli/entry.ts', ...WORKER_ENTRIES },
      outdir: tmp,
    });
    mkdirSync(OUT, { recursive: true });
    const files = readdirSync(tmp);
    const entries = new Set(['dcs.js', ...Object.keys(WORKER_ENTRIES).map((w) => `${w}.js`)]);
    for (const f of [...files.filter((f) => !entries.has(f)), ...files.filter((f) => entries.has(f))]) renameSync(join(tmp, f), join(OUT, f));
    // Chunks of earlier builds that nothing loads any more (after an hour: a `dcs` started before
    // this build may still load its own chunks lazily).
    for (const f of readdirSync(OUT)) {
      if (f.startsWith('chunk-') && !files.includes(f) && statSync(join(OUT, f)).mtimeMs < startedAt - 3600_000) rmSync(join(OUT, f), { force: true });
    }
    const inputs = Object.keys(r.metafile.inputs).map((p) => relative(ROOT, resolve(ROOT, p)));
    writeFileSync(`${META}.${process.pid}`, JSON.stringify({ builtAt: startedAt, inputs }));
    renameSync(`${META}.${process.pid}`, META);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) await buildCli();
}
