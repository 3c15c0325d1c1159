// Received files that arrive as bytes (picked or dropped in the app, sent through the bridge):
// written to a private temporary folder under safe names, then imported like files on disk.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ReceivedFileArg } from '../../../shared/ipc/contract';

/** Keeps the file's own name for messages, but never a path: "../x", "C:\\x", NUL and the like go. */
export function safeFileName(name: string, index: number): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return base && base !== '.' && base !== '..' ? base.slice(0, 200) : `tep-${index + 1}`;
}

export function withTempFiles<T>(files: readonly ReceivedFileArg[], work: (paths: string[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dcs-inbox-'));
  const used = new Set<string>();
  const paths = files.map((f, i) => {
    let name = safeFileName(f.fileName, i);
    // Two files of the same name in one drop (from different folders) must both arrive.
    for (let n = 2; used.has(name.toLowerCase()); n++) name = name.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    used.add(name.toLowerCase());
    const p = join(dir, name);
    writeFileSync(p, Buffer.from(f.base64, 'base64'));
    // The copy keeps the original's date, which the importer may take as the received date.
    if (f.lastModified !== undefined) utimesSync(p, new Date(f.lastModified), new Date(f.lastModified));
    return p;
  });
  return work(paths).finally(() => rmSync(dir, { recursive: true, force: true }));
}

