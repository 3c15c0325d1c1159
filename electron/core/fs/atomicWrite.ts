// Writes a file under its final name only once it is complete: a crash or a full disk never
// leaves a half-written report where the clerk expects a good one.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/result';

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The folder itself is unusable; there is no temporary file to remove.
    }
    const code = (e as NodeJS.ErrnoException).code;
    const name = basename(path);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
      throw new UserError('FILE_LOCKED', `Không ghi được tệp ${name}: tệp đang được mở (ví dụ trong Word/Excel) hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác rồi xuất lại.`);
    }
    if (code === 'ENOSPC') throw new UserError('DISK_FULL', `Không ghi được tệp ${name}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.`);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('BAD_FOLDER', `Không ghi được tệp ${name}: thư mục "${dir}" không tồn tại. Hãy chọn thư mục khác.`);
    throw e;
  }
}
