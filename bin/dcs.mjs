#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so that `npx dcs` needs no build step.
// better-sqlite3 13 needs Node 22.12 or newer (it crashes on Node 20): npx and npm scripts use the
// project's own Node 22 (the `node` devDependency); a bare `node bin/dcs.mjs` on an older Node stops here.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `Lỗi: dcs cần Node.js 22.12 trở lên (máy đang chạy ${process.version}). Hãy chạy qua "npx dcs …" hoặc "npm run dcs -- …" trong thư mục dự án.\n`,
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../electron/core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
