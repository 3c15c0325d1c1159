// Which Chromium the browser tests drive. A system chromium is preferred where present (it is the
// one a developer sees); otherwise the build shipped inside the @sparticuz/chromium npm package is
// unpacked once into node_modules/.cache, so `npm install && npm test` needs no apt package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Chromium from '@sparticuz/chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

export interface BrowserBinary {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
  /** Where it came from, printed by the tests so a failure names the browser. */
  source: 'DCS_CHROMIUM' | 'system' | '@sparticuz/chromium';
}

// Flags of @sparticuz/chromium that suit a Lambda sandbox but would change what the tests check
// (web security, CSP) or how pages are isolated; playwright sets headless itself.
const DROPPED = [/^--single-process$/, /^--disable-web-security$/, /^--allow-running-insecure-content$/, /^--headless/, /^--disable-site-isolation-trials$/];

/**
 * DCS_CHROMIUM=path picks a binary; DCS_E2E_BROWSER=bundled skips the system lookup (how the
 * fresh-machine path is tested on a machine that has chromium).
 */
export function findBrowser(): BrowserBinary {
  const forced = process.env.DCS_CHROMIUM;
  if (forced) {
    if (!existsSync(forced)) throw new Error(`DCS_CHROMIUM chỉ tới ${forced}, nhưng không có tệp đó.`);
    return { executablePath: forced, args: [], env: {}, source: 'DCS_CHROMIUM' };
  }
  if (process.env.DCS_E2E_BROWSER !== 'bundled') {
    const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
    if (system) return { executablePath: system, args: [], env: {}, source: 'system' };
  }
  return bundledBrowser();
}

function bundledBrowser(): BrowserBinary {
  const pkgDir = join(ROOT, 'node_modules/@sparticuz/chromium');
  if (!existsSync(pkgDir)) {
    throw new Error('Browser tests need Chromium: no system chromium and no @sparticuz/chromium in node_modules. Run "npm install".');
  }
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(ROOT, 'node_modules/.cache/dcs-chromium', version);
  const executablePath = join(dir, 'chromium');
  const fontsDir = join(dir, 'fonts');
  if (!existsSync(executablePath)) {
    // The package unpacks into os.tmpdir(); a child process with its own TMPDIR keeps that away
    // from /tmp, and the rename makes the finished folder appear at once to parallel test files.
    const partial = `${dir}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const script = "import('@sparticuz/chromium').then(({ default: C }) => C.executablePath())";
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, TMPDIR: partial }, stdio: ['ignore', 'pipe', 'inherit'] });
    // The shipped fonts.conf names /tmp/fonts; point fontconfig at the fonts we unpacked.
    writeFileSync(
      join(partial, 'fonts/fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(partial, dir);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another test file finished first
    }
  }
  const args = Chromium.args.filter((a) => !DROPPED.some((re) => re.test(a)));
  return { executablePath, args, env: { FONTCONFIG_PATH: fontsDir }, source: '@sparticuz/chromium' };
}
