// The Electron shell's start-up, run against a stand-in for the electron module (no binary can be
// downloaded here): it must make one secure window, install the CSP and the permission refusal,
// register the IPC door, and open its database in the user-data folder on the first call.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEMO_UNIT } from '../../electron/core/demo/demoData';

const userData = mkdtempSync(join(tmpdir(), 'dcs-shell-'));
interface WindowRecord {
  closes: Array<{ prevented: boolean }>;
  options: Record<string, unknown>;
  loaded: string[];
  openHandler?: () => unknown;
  listeners: Record<string, (...a: unknown[]) => void>;
  webContents: unknown;
}
const windows: WindowRecord[] = [];
const saveDialogs: Array<Record<string, unknown>> = [];
const messageBoxes: Array<Record<string, unknown>> = [];
/** What the main process pushed to the window (progress events). */
const sent: Array<{ channel: string; payload: unknown }> = [];
/** The user's answers to the next message boxes (button index). */
const messageAnswers: number[] = [];
const saveFolder = join(userData, 'Báo cáo gửi huyện');
const handlers = new Map<string, (...args: unknown[]) => unknown>();
let headerHook: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null;
let permissionHook: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
let ready: () => void = () => undefined;
const privileged: Array<{ scheme: string; privileges: Record<string, boolean> }> = [];
const schemeHandlers = new Map<string, (req: { url: string }) => Promise<Response>>();
const whenReady = new Promise<void>((r) => (ready = r));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: (fn: () => unknown) => (this.record.openHandler = fn),
      on: (ev: string, fn: (...a: unknown[]) => void) => (this.record.listeners[`wc:${ev}`] = fn),
      printToPDF: async (o: Record<string, unknown>) => Buffer.from(`%PDF-1.4 stand-in ${JSON.stringify(o)}`),
      send: (channel: string, payload: unknown) => sent.push({ channel, payload }),
    };
    isDestroyed() {
      return false;
    }
    record: WindowRecord;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], listeners: {}, webContents: this.webContents, closes: [] };
      windows.push(this.record);
    }
    on(ev: string, fn: (...a: unknown[]) => void) {
      this.record.listeners[ev] = fn;
    }
    loadFile(p: string) {
      this.record.loaded.push(p);
      return Promise.resolve();
    }
    loadURL(u: string) {
      this.record.loaded.push(u);
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    /** As Electron does: a 'close' event the listener may prevent. */
    close() {
      const e = { prevented: false, preventDefault() { this.prevented = true; } };
      this.record.closes.push(e);
      this.record.listeners.close?.(e);
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1366, height: 768 };
    }
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: () => undefined,
      quit: () => undefined,
      getPath: () => userData,
      whenReady: () => whenReady,
    },
    BrowserWindow,
    dialog: {
      showMessageBox: async (_w: unknown, o: Record<string, unknown>) => {
        messageBoxes.push(o);
        return { response: messageAnswers.shift() ?? 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async (_w: unknown, o: Record<string, unknown>) => {
        saveDialogs.push(o);
        return { canceled: false, filePath: join(saveFolder, `Bao cao.${(o.filters as Array<{ extensions: string[] }>)[0]!.extensions[0]}`) };
      },
    },
    shell: { openPath: async () => '' },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) => privileged.push(...schemes),
      handle: (scheme: string, fn: (req: { url: string }) => Promise<Response>) => schemeHandlers.set(scheme, fn),
    },
    ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: typeof headerHook) => (headerHook = fn) },
        setPermissionRequestHandler: (fn: typeof permissionHook) => (permissionHook = fn),
      },
    },
  };
});

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('the Electron shell starting up', () => {
  it('makes one secure window, guards the session and answers the app’s calls', async () => {
    await import('../../electron/main/index');
    ready();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
    const w = windows[0]!;
    const prefs = w.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(prefs.devTools).toBe(false);
    // The page comes from the app's own scheme, registered as a secure standard origin.
    expect(w.loaded[0]).toBe('app://dcs/index.html');
    expect(privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const served = await schemeHandlers.get('app')!({ url: 'app://dcs/../../etc/passwd' });
    expect(served.status).toBe(404);
    expect(w.openHandler!()).toEqual({ action: 'deny' });
    const nav = { prevented: false, preventDefault() { this.prevented = true; } };
    w.listeners['wc:will-navigate']!(nav, 'https://example.com/');
    expect(nav.prevented).toBe(true);
    // A file dropped onto the window would navigate to it: refused.
    const dropped = { prevented: false, preventDefault() { this.prevented = true; } };
    w.listeners['wc:will-navigate']!(dropped, 'file:///home/van/Downloads/mau.html');
    expect(dropped.prevented).toBe(true);

    let headers: Record<string, string[]> = {};
    headerHook!({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']![0]).toMatch(/^default-src 'self'; script-src 'self'/);
    let granted: boolean | null = null;
    permissionHook!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    // Calls from anything but the window's own page are refused before the database is touched.
    const invoke = handlers.get('dcs:invoke')!;
    const frame = { url: 'app://dcs/index.html', parent: null };
    const refused = (await invoke({ sender: {}, senderFrame: frame }, 'unit.get', undefined)) as { ok: boolean; error?: { code: string } };
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The database was opened (first run: created) in the user-data folder before the window, and is
    // held: its lock file names the app.
    expect(existsSync(join(userData, 'dcs.sqlite'))).toBe(true);
    expect(JSON.parse(readFileSync(join(userData, '.dcs.sqlite.lock'), 'utf8'))).toMatchObject({ program: 'app', pid: process.pid });
    const startup = (await invoke({ sender: w.webContents, senderFrame: frame }, 'app.startup', undefined)) as { ok: boolean; value?: { state: string } };
    expect(startup).toMatchObject({ ok: true, value: { state: 'ready', notices: [] } });
    const answer = (await invoke({ sender: w.webContents, senderFrame: frame }, 'app.info', undefined)) as { ok: boolean; value?: { dbPath: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value!.dbPath).toBe(join(userData, 'dcs.sqlite'));
    // Paths on disk are for the command line only.
    const paths = (await invoke({ sender: w.webContents, senderFrame: frame }, 'aggregate.import', { period: '2026-H1', paths: ['/etc'] })) as { ok: boolean; error?: { code: string } };
    expect(paths).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // An export to a folder the user did not pick in the dialog is refused.
    const exp = (await invoke({ sender: w.webContents, senderFrame: frame }, 'report.export', { period: '2026-H1', outDir: '/tmp' })) as { ok: boolean; error?: { code: string } };
    expect(exp.ok).toBe(false);
    // Through the save dialog: it opens in Documents on the usual name; the chosen folder may be written.
    mkdirSync(saveFolder, { recursive: true });
    expect(((await invoke({ sender: w.webContents, senderFrame: frame }, 'unit.set', DEMO_UNIT)) as { ok: boolean }).ok).toBe(true);
    const target = (await invoke({ sender: w.webContents, senderFrame: frame }, 'app.chooseSaveFile', { kind: 'report', period: '2026-H1', format: 'docx' })) as { ok: boolean; value: { dir: string; name: string } };
    expect(saveDialogs[0]).toMatchObject({ title: 'Lưu báo cáo', defaultPath: join(userData, `${DEMO_UNIT.code}_2026-H1.docx`) });
    expect(target.value).toMatchObject({ dir: saveFolder, name: 'Bao cao' });
    const written = (await invoke({ sender: w.webContents, senderFrame: frame }, 'report.export', { period: '2026-H1', outDir: target.value.dir, name: target.value.name, acceptDrafts: true })) as { ok: boolean };
    expect(written.ok).toBe(true);
    expect(readdirSync(saveFolder).sort()).toEqual(['Bao cao.docx', 'Bao cao.xlsx']);
    // While it ran, the window was told how far it was, up to the end.
    const steps = sent.filter((m) => m.channel === 'dcs:progress').map((m) => m.payload as { op: string; done: number; total: number });
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.every((p) => p.op === 'report.export')).toBe(true);
    expect(steps.at(-1)).toMatchObject({ done: 100, total: 100 });
    // The PDF is the window printed with its print stylesheet's page size (A4, NĐ 30 margins).
    await invoke({ sender: w.webContents, senderFrame: frame }, 'app.chooseSaveFile', { kind: 'report', period: '2026-H1', format: 'pdf' });
    expect(saveDialogs[1]).toMatchObject({ defaultPath: join(saveFolder, `${DEMO_UNIT.code}_2026-H1.pdf`) });
    const pdf = (await invoke({ sender: w.webContents, senderFrame: frame }, 'app.savePdf', { dir: saveFolder, name: 'Bao cao' })) as { ok: boolean; value: { path: string } };
    expect(readFileSync(pdf.value.path, 'utf8')).toContain('"preferCSSPageSize":true');
    // The daily backup is made once the database is open.
    await vi.waitFor(() => expect(readdirSync(join(userData, 'backups')).some((f) => f.startsWith('sao-luu-ngay-'))).toBe(true));
    // Unsaved edits reported by the page: closing the window asks first; "Ở lại để lưu" keeps it
    // open, "Bỏ thay đổi và đóng" closes it.
    const told = (await invoke({ sender: w.webContents, senderFrame: frame }, 'app.setUnsaved', { what: ['Kết quả, ghi chú của nhiệm vụ “Tuyên truyền Luật”'] })) as { ok: boolean };
    expect(told.ok).toBe(true);
    const stay = { prevented: false, preventDefault() { this.prevented = true; } };
    messageAnswers.push(0);
    w.listeners.close!(stay);
    expect(stay.prevented).toBe(true);
    await vi.waitFor(() => expect(messageBoxes).toHaveLength(1));
    expect(messageBoxes[0]).toMatchObject({ message: 'Có nội dung chưa lưu', buttons: ['Ở lại để lưu', 'Bỏ thay đổi và đóng'], defaultId: 0, cancelId: 0 });
    expect(messageBoxes[0]!.detail).toBe('Chưa lưu: Kết quả, ghi chú của nhiệm vụ “Tuyên truyền Luật”. Đóng ứng dụng thì những gì vừa nhập sẽ mất.');
    await new Promise((r) => setTimeout(r, 10));
    expect(w.closes).toHaveLength(0);
    const leave = { prevented: false, preventDefault() { this.prevented = true; } };
    messageAnswers.push(1);
    w.listeners.close!(leave);
    expect(leave.prevented).toBe(true);
    await vi.waitFor(() => expect(w.closes).toHaveLength(1));
    expect(w.closes[0]!.prevented).toBe(false);
    // The page's own beforeunload guard does not stop a close the user confirmed.
    const unload = { prevented: false, preventDefault() { this.prevented = true; } };
    w.listeners['wc:will-prevent-unload']!(unload);
    expect(unload.prevented).toBe(true);
    // The window remembers its size on closing.
    w.listeners.close!();
    expect(JSON.parse(readFileSync(join(userData, 'window.json'), 'utf8'))).toMatchObject({ width: 1366, height: 768 });
  });
});
