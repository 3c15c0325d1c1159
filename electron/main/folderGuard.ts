// Which files and folders the renderer may name: only those the user picked in a native dialog
// during this run (and, for restores, the app's own backups). Kept free of Electron so it is tested.
import { isAbsolute, relative, resolve } from 'node:path';

export class FolderGuard {
  private readonly folders = new Set<string>();
  private readonly files = new Set<string>();

  allowFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  allowFile(path: string): void {
    this.files.add(resolve(path));
  }

  /** True when `path` is a chosen folder or lies inside one (no "..", no other drive). */
  folderAllowed(path: string): boolean {
    const target = resolve(path);
    for (const f of this.folders) {
      const rel = relative(f, target);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return true;
    }
    return false;
  }

  fileAllowed(path: string): boolean {
    return this.files.has(resolve(path));
  }
}
