// Where the app keeps its database when no --db is given: the same folder Electron's
// app.getPath('userData') uses for an app named "dcs", so the CLI and the app share data.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const APP_DIR_NAME = 'dcs';
export const DB_FILE_NAME = 'dcs.sqlite';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DCS_DATA_DIR) return env.DCS_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

export function defaultDbPath(): string {
  return join(defaultDataDir(), DB_FILE_NAME);
}

export const BACKUP_DIR_NAME = 'backups';

/** Backups live in a folder beside the database they copy. */
export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_DIR_NAME);
}
