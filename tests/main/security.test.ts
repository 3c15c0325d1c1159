// The Electron boundary: window settings, the content security policy, which frames may call the
// API, what arguments it accepts, and which folders the renderer may name.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn) },
}));

const { CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } = await import('../../electron/main/security');
const { registerIpc, IPC_CHANNEL } = await import('../../electron/main/ipc');
const { FolderGuard } = await import('../../electron/main/folderGuard');
const { openDatabase } = await import('../../electron/core/db/open');
const { createServices } = await import('../../electron/core/services');

describe('window settings', () => {
  it('isolates and sandboxes the renderer, with no Node in it', () => {
    const p = secureWebPreferences('/app/preload.cjs');
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
  });
  it('creates every window of the app with those settings', () => {
    const dir = 'electron/main';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      const windows = src.match(/new BrowserWindow\(\{[\s\S]*?\n {2}\}\);/g) ?? [];
      for (const w of windows) expect(w, f).toMatch(/webPreferences: secureWebPreferences\(/);
      expect(src, f).not.toMatch(/contextIsolation:\s*false|sandbox:\s*false|nodeIntegration:\s*true/);
    }
  });
  it('denies new windows and foreign navigation', () => {
    const src = readFileSync('electron/main/index.ts', 'utf8');
    expect(src).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(src).toMatch(/will-navigate[\s\S]*?preventDefault/);
  });
});

describe('content security policy', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  it('allows only the app’s own scripts and no remote content', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });
  it('is not looser in the page itself', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const page = directives(meta!);
    const app = directives(CONTENT_SECURITY_POLICY);
    for (const key of ['default-src', 'script-src', 'connect-src', 'object-src']) expect(page.get(key), key).toEqual(app.get(key));
    expect(meta).not.toMatch(/unsafe-eval|https?:|\*/);
  });
  it('lets the preload expose only the named operations and the progress listener', () => {
    const src = readFileSync('electron/preload/index.ts', 'utf8');
    expect(src).toMatch(/exposeInMainWorld\('api', Object\.freeze\(\{ \.\.\.api, onProgress \}\)\)/);
    // The listener hands the page the event's data only, never the IPC event or ipcRenderer.
    expect(src).toMatch(/ipcRenderer\.on\(PROGRESS_CHANNEL, handler\)/);
    expect(src).toMatch(/const handler = \(_e: IpcRendererEvent, p: ProgressEvent\) => listener\(p\)/);
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(src).toMatch(/OP_NAMES\.map/);
  });
});

describe('trusted senders', () => {
  it('trusts the app’s own scheme and the dev server only, never a file on disk', () => {
    expect(isTrustedUrl('app://dcs/index.html#/hoat-dong', undefined)).toBe(true);
    expect(isTrustedUrl('file:///opt/dcs/resources/app.asar/out/renderer/index.html', undefined)).toBe(false);
    expect(isTrustedUrl('file:///home/van/Downloads/bao-cao.html', undefined)).toBe(false);
    expect(isTrustedUrl('app://evil/index.html', undefined)).toBe(false);
    expect(isTrustedUrl('https://evil.example/', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', 'http://localhost:5173')).toBe(false);
  });
});

describe('IPC handler', () => {
  let dir: string;
  let db: ReturnType<typeof openDatabase>;
  const mainContents = { id: 1 };
  const mainFrame = { url: 'app://dcs/index.html', parent: null };
  const invoke = (event: unknown, op: unknown, arg: unknown) => handlers.get(IPC_CHANNEL)!(event, op, arg) as Promise<{ ok: boolean; error?: { code: string } }>;
  const count = () => (db.prepare('SELECT COUNT(*) n FROM activity').get() as { n: number }).n;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dcs-ipc-'));
    db = openDatabase(join(dir, 'x.sqlite'));
    const s = createServices(db);
    const unit = await s['unit.defaults']({ profileId: 'lai-chau', kind: 'xa', name: 'Ủy ban nhân dân xã Bình Lư' });
    await s['unit.set']({ ...unit, code: 'BL' });
    registerIpc(() => s, () => mainContents as never, undefined);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const good = { date: '2026-03-01', kind: 'TUYEN_TRUYEN', title: 'Hội nghị tuyên truyền', form: 'truc_tiep', sessions: 1, participants: 20, basisDoc: '', notes: '', measures: [] };

  it('answers the app’s own window', async () => {
    const r = await invoke({ sender: mainContents, senderFrame: mainFrame }, 'activity.add', good);
    expect(r.ok).toBe(true);
    expect(count()).toBe(1);
  });
  it('refuses another window, a sub-frame and a foreign page, changing nothing', async () => {
    for (const event of [
      { sender: { id: 2 }, senderFrame: mainFrame },
      { sender: mainContents, senderFrame: { url: mainFrame.url, parent: {} } },
      { sender: mainContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      // A page dropped onto the window: a file on disk, not the app.
      { sender: mainContents, senderFrame: { url: 'file:///home/van/Downloads/mau.html', parent: null } },
      { sender: mainContents, senderFrame: null },
    ]) {
      const r = await invoke(event, 'activity.add', good);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(count()).toBe(0);
  });
  it('refuses operations that take paths on disk, which are for the command line only', async () => {
    const ev = { sender: mainContents, senderFrame: mainFrame };
    expect(await invoke(ev, 'aggregate.import', { period: '2026-H1', paths: ['/etc'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(ev, 'aggregate.units.import', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it('refuses unknown operations and unexpected arguments, changing nothing', async () => {
    const ev = { sender: mainContents, senderFrame: mainFrame };
    expect(await invoke(ev, 'db.exec', 'DROP TABLE activity')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(await invoke(ev, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    for (const bad of [null, 'x', { ...good, extra: 1 }, { ...good, sessions: '1' }, { ...good, kind: 'DROP' }, { ...good, participants: 1.5 }]) {
      expect(await invoke(ev, 'activity.add', bad)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    }
    expect(count()).toBe(0);
  });
});

describe('the installer', () => {
  it('flips the Electron fuses that turn the app into a Node runtime or a debugger target', async () => {
    // js-yaml comes with electron-builder; it has no type declarations of its own.
    const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
    const config = load(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };
    expect(config.asar).not.toBe(false);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
  it('gives an installed build no DevTools', () => {
    expect(secureWebPreferences('/app/preload.cjs').devTools).toBe(false);
    expect(secureWebPreferences('/app/preload.cjs', true).devTools).toBe(true);
  });
});

describe('folders the renderer may name', () => {
  it('allows the chosen folder and what is inside it, nothing outside', () => {
    const g = new FolderGuard();
    g.allowFolder('/home/van/BaoCao');
    expect(g.folderAllowed('/home/van/BaoCao')).toBe(true);
    expect(g.folderAllowed('/home/van/BaoCao/2026')).toBe(true);
    expect(g.folderAllowed('/home/van/BaoCao/../Secret')).toBe(false);
    expect(g.folderAllowed('/home/van/BaoCaoKhac')).toBe(false);
    expect(g.folderAllowed('/etc')).toBe(false);
    expect(g.fileAllowed('/home/van/BaoCao/a.sqlite')).toBe(false);
    g.allowFile('/home/van/BaoCao/a.sqlite');
    expect(g.fileAllowed('/home/van/BaoCao/./a.sqlite')).toBe(true);
  });
});
