// What a drop of received files is: folders expanded into files (hidden and Office lock files left
// out), and each file's role by its extension: an exchange workbook, a signed report beside it, or
// something that is neither.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { FileOutcome } from '../../../shared/aggregate/api';

export type Role = FileOutcome['role'];

const WORKBOOK_EXT = new Set(['.xlsx', '.xlsm', '.xls']);
const ATTACHMENT_EXT = new Set(['.docx', '.pdf']);
const MAX_FILES = 20_000;

export function roleOf(path: string): Role {
  const ext = extname(path).toLowerCase();
  if (WORKBOOK_EXT.has(ext)) return 'workbook';
  if (ATTACHMENT_EXT.has(ext)) return 'attachment';
  return 'other';
}

/** Files that are never a report: Office lock files, system files, hidden files. */
const isNoise = (name: string): boolean => name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);

/** Expands folders (recursively, hidden entries skipped) into files, keeping the given order. */
export function expandPaths(inputs: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 6 || files.length > MAX_FILES) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      missing.push(dir);
      return;
    }
    for (const e of entries) {
      if (isNoise(e.name)) continue;
      const p = join(dir, e.name);
      // The folder listing says what most entries are; a link (or a file system that does not say) is looked at.
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (!isDir && !isFile) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) walk(p, depth + 1);
      else if (isFile) files.push(p);
    }
  };
  for (const input of inputs) {
    const p = resolve(input);
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p, 0);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
