// The Electron shell: one window, secure defaults, native dialogs, and the IPC door to electron/core.
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { UserError } from '../../shared/result';
import { PROGRESS_CHANNEL, type ProgressEvent } from '../../shared/ipc/contract';
import { DB_FILE_NAME } from '../core/paths';
import { listBackups } from '../core/backup/backup';
import { APP_VERSION } from '../core/reports/unitReport';
import type { Services } from '../core/services';
import { AppDatabase, type AppDatabaseOptions } from '../core/services/appDatabase';
import { CLOSE_ANYWAY, closeQuestion } from './closeGuard';
import { FolderGuard } from './folderGuard';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME, serveAppAsset } from './appProtocol';
import { CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } from './security';
import { loadWindowState, saveWindowState } from './windowState';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;
/** Folders and files the user picked in a dialog during this run: the only places the renderer may name. */
const guard = new FolderGuard();
const dbPath = (): string => join(app.getPath('userData'), DB_FILE_NAME);
/** What the renderer holds unsaved (app.setUnsaved): closing the window asks first while any. */
let unsaved: string[] = [];

if (!app.requestSingleInstanceLock()) app.quit();

// Must happen before the app is ready: app:// behaves like a web origin ('self' in the CSP).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

const host: AppDatabaseOptions['host'] = {
  chooseFolder: async () => {
    const r = await dialog.showOpenDialog(mainWindow!, { title: 'Chọn thư mục lưu báo cáo', properties: ['openDirectory', 'createDirectory'] });
    if (r.canceled || !r.filePaths[0]) return null;
    guard.allowFolder(r.filePaths[0]);
    return r.filePaths[0];
  },
  openFolder: async (path) => {
    if (!guard.folderAllowed(path) || !existsSync(path)) return false;
    return (await shell.openPath(path)) === '';
  },
  checkOutDir: (path) => {
    if (!guard.folderAllowed(path)) throw new UserError('FORBIDDEN', 'Thư mục lưu chưa được chọn qua hộp thoại. Hãy bấm "Chọn thư mục" rồi xuất lại.');
  },
  openFile: async (path) => {
    // Only the copies the app itself made for viewing: <tmp>/dcs-file-XXXX/<name>.
    const target = resolve(path);
    const parent = dirname(target);
    if (dirname(parent) !== resolve(tmpdir()) || !basename(parent).startsWith('dcs-file-') || !existsSync(target)) return false;
    return (await shell.openPath(target)) === '';
  },
  chooseBackupFile: async () => {
    const r = await dialog.showOpenDialog(mainWindow!, { title: 'Chọn tệp sao lưu', properties: ['openFile'], filters: [{ name: 'Sao lưu dữ liệu', extensions: ['sqlite'] }] });
    if (r.canceled || !r.filePaths[0]) return null;
    guard.allowFile(r.filePaths[0]);
    return r.filePaths[0];
  },
  chooseSaveFile: async ({ title, defaultPath, filterName, extension }) => {
    const r = await dialog.showSaveDialog(mainWindow!, {
      title,
      defaultPath: isAbsolute(defaultPath) ? defaultPath : join(app.getPath('documents'), defaultPath),
      filters: [{ name: filterName, extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (r.canceled || !r.filePath) return null;
    guard.allowFolder(dirname(r.filePath));
    return r.filePath;
  },
  // The print stylesheet lays the report out on A4 with NĐ 30's margins (its @page rules).
  printToPdf: async () => mainWindow!.webContents.printToPDF({ preferCSSPageSize: true, printBackground: false, generateDocumentOutline: false }),
  setUnsaved: (what) => {
    unsaved = what;
  },
  allowRestore: (file) => {
    const target = resolve(file);
    const known = listBackups(dbPath()).some((b) => resolve(b.file) === target);
    if (!known && !guard.fileAllowed(target)) throw new UserError('FORBIDDEN', 'Tệp sao lưu chưa được chọn qua hộp thoại. Hãy bấm "Chọn tệp sao lưu".');
  },
};

/** Opened at start-up (lock, tidy-up, backup before migrating, daily backup); see AppDatabase. */
let database: AppDatabase | null = null;
/** Progress of long operations goes to the window as an event (window.api.onProgress). */
const progress = (e: ProgressEvent): void => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(PROGRESS_CHANNEL, e);
};
const getServices = (): Services => {
  database ??= new AppDatabase({ dbPath: dbPath(), version: APP_VERSION, host, progress });
  return database.services();
};

function createWindow(): void {
  const statePath = join(app.getPath('userData'), 'window.json');
  const state = loadWindowState(statePath);
  mainWindow = new BrowserWindow({
    ...state,
    minWidth: 1000,
    minHeight: 620,
    show: false,
    title: 'Báo cáo dân chủ ở cơ sở',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'), !app.isPackaged),
  });
  if (state.maximized) mainWindow.maximize();
  mainWindow.on('ready-to-show', () => mainWindow?.show());
  let asking = false;
  let closeAnyway = false;
  mainWindow.on('close', (e) => {
    if (!mainWindow) return;
    const question = closeAnyway ? null : closeQuestion(unsaved);
    if (question) {
      e.preventDefault();
      if (asking) return;
      asking = true;
      void dialog.showMessageBox(mainWindow, question).then(({ response }) => {
        asking = false;
        if (response !== CLOSE_ANYWAY) return;
        closeAnyway = true;
        mainWindow?.close();
      });
      return;
    }
    saveWindowState(statePath, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  // The page's own beforeunload guard (lib/unsaved.ts) is for browsers: here the question above was
  // already asked, so the page may unload.
  mainWindow.webContents.on('will-prevent-unload', (e) => e.preventDefault());
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.webContents.on('will-navigate', (e, url) => {
    if (!isTrustedUrl(url, devServerUrl)) e.preventDefault();
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadURL(APP_ENTRY_URL);
}

app.whenReady().then(async () => {
  // The database is opened before the window: a damaged or busy file shows the start-up screen
  // (app.startup) with the backups to restore from, instead of failing on the first call.
  database = new AppDatabase({ dbPath: dbPath(), version: APP_VERSION, host, progress });
  await database.open();
  const rendererRoot = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererRoot, request.url, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  registerIpc(getServices, () => mainWindow?.webContents ?? null, devServerUrl);
  createWindow();
});

app.on('window-all-closed', () => {
  database?.close();
  app.quit();
});
