// Files the aggregator dropped or picked, folders walked: a dropped folder is read entry by entry
// (DataTransferItem.webkitGetAsEntry), a picked folder arrives flat with its relative paths.
import { isNoiseName } from './inboxLogic';

export interface PickedFile {
  file: File;
  name: string;
  size: number;
  /** Path inside the dropped or picked folder ("dot-1/BL-01_2026-H1.xlsx"), or the name. */
  source: string;
}

const MAX_DEPTH = 8;

function picked(file: File, source: string): PickedFile {
  return { file, name: file.name, size: file.size, source: source.replace(/^\/+/, '') || file.name };
}

/** Files from an <input type=file> (multiple, or webkitdirectory), hidden and lock files left out. */
export function filesFromInput(list: FileList | null): PickedFile[] {
  const out: PickedFile[] = [];
  for (const f of Array.from(list ?? [])) {
    const rel = f.webkitRelativePath || f.name;
    if (rel.split('/').some(isNoiseName)) continue;
    out.push(picked(f, rel));
  }
  return out;
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    // readEntries answers at most ~100 entries a call: read until it answers none.
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, depth: number, out: PickedFile[]): Promise<void> {
  if (isNoiseName(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(picked(file, entry.fullPath));
  } else if (entry.isDirectory && depth < MAX_DEPTH) {
    const children = await readAllEntries(entry as FileSystemDirectoryEntry);
    children.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const c of children) await walk(c, depth + 1, out);
  }
}

/** Files from a drop: folders are walked; without entry support, the dropped files themselves. */
export async function filesFromDrop(dt: DataTransfer): Promise<PickedFile[]> {
  // The entries must be taken before the first await: the DataTransfer is emptied after the event.
  const items = Array.from(dt.items).filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  const plain = items.map((i) => i.getAsFile());
  if (!items.length) return filesFromInput(dt.files);
  const out: PickedFile[] = [];
  for (let i = 0; i < items.length; i++) {
    const e = entries[i];
    if (e) await walk(e, 0, out);
    else {
      const f = plain[i];
      if (f && !isNoiseName(f.name)) out.push(picked(f, f.name));
    }
  }
  return out;
}
