// npm install skips electron's download script (see "allowScripts" in package.json),
// because machines without internet would otherwise fail the whole install.
// `npm start` fetches the binary here, once, where the network allows it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Đang tải Electron (chỉ lần đầu)…');
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Không tải được Electron. Hãy kiểm tra kết nối mạng rồi chạy lại "npm start".');
    process.exit(r.status ?? 1);
  }
}
