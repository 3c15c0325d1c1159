// The renderer's own scheme: what app://dcs/ serves, and that nothing outside the renderer's
// folder (or of another origin) can be reached or trusted through it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppAsset, serveAppAsset } from '../../electron/main/appProtocol';

const dir = mkdtempSync(join(tmpdir(), 'dcs-proto-'));
const root = join(dir, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Báo cáo</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.sqlite'), 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('serves the renderer’s files with their types and the CSP it is given', async () => {
    const r = await serveAppAsset(root, APP_ENTRY_URL, { 'Content-Security-Policy': "default-src 'self'" });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await r.text()).toContain('Báo cáo');
    const js = await serveAppAsset(root, 'app://dcs/assets/index.js?v=1#x');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serveAppAsset(root, 'app://dcs/')).status).toBe(200);
  });

  it('never reaches outside the renderer folder, whatever the spelling', async () => {
    for (const url of [
      'app://dcs/../secret.sqlite',
      'app://dcs/%2e%2e/secret.sqlite',
      'app://dcs/assets/%2e%2e%2f%2e%2e%2fsecret.sqlite',
      'app://dcs/..%5csecret.sqlite',
      'app://dcs/%00index.html',
      'app://dcs/%E0%A4%A',
      'app://other/index.html',
      'app://dcs@evil/index.html',
      'file:///etc/passwd',
      'app://dcs/missing.js',
      'app://dcs/secret.sqlite',
    ]) {
      const r = await serveAppAsset(root, url);
      expect(r.status, url).toBe(404);
    }
    expect(resolveAppAsset(root, 'app://dcs/assets/%2e%2e%2f%2e%2e%2fsecret.sqlite')).toBeNull();
    expect(resolveAppAsset(root, 'app://dcs/../secret.sqlite')).toBe(join(root, 'secret.sqlite'));
  });

  it('recognises only the app’s own origin', () => {
    expect(isAppUrl('app://dcs/index.html#/hoat-dong')).toBe(true);
    for (const u of ['file:///opt/dcs/resources/app.asar/out/renderer/index.html', 'app://dcs.evil/index.html', 'app://evil/', 'https://dcs/', 'app://dcs:81/', 'not a url']) {
      expect(isAppUrl(u), u).toBe(false);
    }
  });
});
