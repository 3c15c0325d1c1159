// Shared set-up of the browser tests: the renderer built with vite (bridge flag on), a fresh
// database behind the loopback bridge, and Chromium (system or npm-shipped, see browser.ts)
// driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startBridge, type Bridge } from '../../electron/core/bridge/server';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { listBackups, restoreFrom } from '../../electron/core/backup/backup';
import { createServices, type Host, type Services } from '../../electron/core/services';
import { ProgressHub } from '../../electron/core/services/progress';
import { UserError } from '../../shared/result';
import { findBrowser } from './browser';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TMP = join(ROOT, 'tests/.tmp');
export const RENDERER_OUT = join(TMP, 'renderer');
export const SCREENSHOTS = join(TMP, 'screenshots');

/** Builds renderer/ into tests/.tmp/renderer with the loopback bridge enabled. */
export async function buildRenderer(outDir: string = RENDERER_OUT): Promise<string> {
  await build({
    root: join(ROOT, 'renderer'),
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    define: { __DCS_BRIDGE__: 'true' },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, minify: false, sourcemap: false },
  });
  return outDir;
}

export async function launchBrowser(): Promise<{ context: BrowserContext; userDir: string }> {
  const browser = findBrowser();
  console.log(`[e2e] browser: ${browser.source} (${browser.executablePath})`);
  const userDir = mkdtempSync(join(tmpdir(), 'dcs-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: browser.executablePath,
    headless: true,
    env: { ...process.env, ...browser.env } as Record<string, string>,
    args: [...browser.args, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
  });
  return { context, userDir };
}

export interface AppUnderTest {
  db: () => Db;
  bridge: Bridge;
  dir: string;
  exportDir: string;
  /** Files the app asked the host to open (app.openFile), in order. */
  opened: string[];
  /** What the save dialog was asked to show (title, the path it opened at), in order. */
  saveRequests: Array<{ title: string; defaultPath: string }>;
  /**
   * The user's answers to the next save dialogs (a path, or null for Hủy); when none is queued,
   * the dialog answers its own suggestion, placed in exportDir when it names no folder.
   */
  saveAnswers: Array<string | null>;
  /** The page whose print layout "Lưu PDF" saves (Electron prints its own window). */
  pdfPage: Page | null;
  /** What the page last said it holds unsaved (app.setUnsaved): what closing the window would ask about. */
  unsaved: string[];
  close: () => Promise<void>;
}

/**
 * A fresh database in a temp folder behind the bridge. The test host plays the app's part:
 * "Chọn thư mục" answers with exportDir, and a restore closes, replaces and reopens the database
 * (the bridge keeps calling whatever services are current).
 */
export async function startApp(today: string, seed?: (db: Db) => Promise<void>, rendererDir: string = RENDERER_OUT): Promise<AppUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'dcs-e2e-'));
  const exportDir = join(dir, 'bao-cao');
  mkdirSync(exportDir, { recursive: true });
  const dbPath = join(dir, 'dcs.sqlite');
  let db = openDatabase(dbPath);
  if (seed) await seed(db);
  const opened: string[] = [];
  const saveRequests: AppUnderTest['saveRequests'] = [];
  const saveAnswers: AppUnderTest['saveAnswers'] = [];
  const chosenDirs = new Set<string>([resolve(exportDir)]);
  const self = { pdfPage: null as Page | null };
  const unsaved: string[] = [];
  const host: Host = {
    chooseSaveFile: async ({ title, defaultPath }) => {
      saveRequests.push({ title, defaultPath });
      const answer = saveAnswers.length ? saveAnswers.shift()! : isAbsolute(defaultPath) ? defaultPath : join(exportDir, defaultPath);
      if (answer) chosenDirs.add(resolve(dirname(answer)));
      return answer;
    },
    printToPdf: async () => {
      if (!self.pdfPage) throw new UserError('NO_PAGE', 'Chưa có trang để in.');
      return self.pdfPage.pdf({ preferCSSPageSize: true, printBackground: false });
    },
    chooseFolder: async () => exportDir,
    setUnsaved: (what) => void unsaved.splice(0, unsaved.length, ...what),
    openFolder: async (p) => chosenDirs.has(resolve(p)),
    openFile: async (p) => {
      opened.push(p);
      return existsSync(p);
    },
    checkOutDir: (p) => {
      if (!chosenDirs.has(resolve(p))) throw new UserError('FORBIDDEN', 'Thư mục lưu chưa được chọn qua hộp thoại.');
    },
    chooseBackupFile: async () => listBackups(dbPath)[0]?.file ?? null,
    restore: async (file) => {
      db.close();
      try {
        return await restoreFrom(file, dbPath);
      } finally {
        db = openDatabase(dbPath);
        current = createServices(db, { dbPath, version: '0.1.0', today: () => today, host, progress: events.emit });
      }
    },
  };
  // Progress of long operations reaches the page as the app's window gets it, through the bridge.
  const events = new ProgressHub();
  let current: Services = createServices(db, { dbPath, version: '0.1.0', today: () => today, host, progress: events.emit });
  const services = new Proxy({} as Services, { get: (_t, op) => current[op as keyof Services] });
  const bridge = await startBridge(services, rendererDir, 0, events);
  return {
    db: () => db,
    bridge,
    dir,
    exportDir,
    opened,
    saveRequests,
    saveAnswers,
    unsaved,
    get pdfPage() {
      return self.pdfPage;
    },
    set pdfPage(p: Page | null) {
      self.pdfPage = p;
    },
    close: async () => {
      await bridge.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collects what a user would never see but a test must: console errors, page errors, failed requests. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Calls an operation through the bridge, as the renderer does. */
export async function api<T>(bridge: Bridge, op: string, arg?: unknown): Promise<T> {
  const res = await fetch(`${bridge.url}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ arg }) });
  const r = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value;
}
