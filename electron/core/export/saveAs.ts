// Saving an export where the user chose: the usual file name of each kind of export, the folder
// each kind was last saved in (a small JSON file beside the database, so it outlives the window
// and the run), and the check that a chosen name is a plain file name.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { EXPORT_KINDS, type ExportKind, type SaveTarget } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/result';
import { writeFileAtomic } from '../fs/atomicWrite';

export const EXPORT_FOLDERS_FILE = 'thu-muc-luu.json';

const Folders = z.partialRecord(z.enum(EXPORT_KINDS), z.string().max(4000));
export type ExportFolders = z.infer<typeof Folders>;

const foldersFile = (dbPath: string): string | null => (dbPath === ':memory:' ? null : join(dirname(dbPath), EXPORT_FOLDERS_FILE));

/** The folder each kind of export was last saved in; {} when none was, or the file is unreadable. */
export function loadExportFolders(dbPath: string): ExportFolders {
  const file = foldersFile(dbPath);
  if (!file || !existsSync(file)) return {};
  try {
    const parsed = Folders.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function rememberExportFolder(dbPath: string, kind: ExportKind, dir: string): void {
  const file = foldersFile(dbPath);
  if (!file) return;
  // A preference: failing to keep it must not fail the export the user asked for.
  try {
    writeFileAtomic(file, new TextEncoder().encode(JSON.stringify({ ...loadExportFolders(dbPath), [kind]: dir }, null, 2)));
  } catch {
    /* kept for this run only */
  }
}

/** The folder a save dialog for `kind` opens in: its own last folder, else the last of another kind, if it still exists. */
export function startFolder(folders: ExportFolders, kind: ExportKind): string | null {
  for (const dir of [folders[kind], ...EXPORT_KINDS.map((k) => folders[k])]) if (dir && existsSync(dir)) return dir;
  return null;
}

const EXTENSION = /\.(docx|xlsx|pdf)$/i;

/** Splits the path a save dialog answered into folder and name without extension. */
export function saveTargetOf(path: string): SaveTarget {
  return { dir: dirname(path), name: basename(path).replace(EXTENSION, ''), path };
}

/** A name chosen for the exported files: a plain file name, no folder in it. */
export function checkExportName(name: string): string {
  const n = name.trim().replace(EXTENSION, '');
  if (!n || n === '.' || n === '..' || /[\\/:*?"<>|\u0000-\u001f]/.test(n)) {
    throw new UserError('BAD_FILE_NAME', `Tên tệp "${name.slice(0, 100)}" không dùng được: tên tệp không được chứa các ký tự \\ / : * ? " < > |. Hãy đặt tên khác.`);
  }
  return n;
}
