#!/usr/bin/env node
// The command line ships as built JavaScript (out/cli/, built by `npm install` and `npm run build`).
// better-sqlite3 13 needs Node 22.12 or newer (it crashes on Node 20): started by an older Node, this
// hands over to the project's own Node 22 (the `node` devDependency) when it is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const own = new URL(`../node_modules/node/bin/node${process.platform === 'win32' ? '.exe' : ''}`, import.meta.url);
  if (existsSync(own)) {
    const r = spawnSync(fileURLToPath(own), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  process.stderr.write(
    `Lỗi: dcs cần Node.js 22.12 trở lên (máy đang chạy ${process.version}). Hãy cài Node.js 22, hoặc chạy "npm install" trong thư mục dự án rồi chạy lại.\n`,
  );
  process.exit(1);
}

(await import('./compile-cache.mjs')).enableCompileCache();

// In a developer checkout (the build script and esbuild are there), sources edited since the last
// build are rebuilt first, so `dcs` always runs what the sources say.
const builder = new URL('../scripts/build-cli.mjs', import.meta.url);
if (existsSync(builder) && existsSync(new URL('../node_modules/esbuild/package.json', import.meta.url))) {
  const { isStale, buildCli } = await import(builder.href);
  if (isStale()) await buildCli();
}
const entry = new URL('../out/cli/dcs.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('Lỗi: chưa có bản dựng của dcs (out/cli/dcs.js). Hãy chạy "npm run build" trong thư mục dự án.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
