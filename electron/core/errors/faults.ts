// Known conditions of the machine (a busy or damaged database, a full or read-only disk, a file
// held open by Word) turned into Vietnamese sentences that say what happened to the data and what
// to do. Everything else stays unexpected and is reported as such.
import { accessSync, constants } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { MessageDoor } from '../../../shared/domain/unitProfile';
import { UserError } from '../../../shared/result';
import { backupDir } from '../paths';

/**
 * A known condition whose advice depends on who reads it: the app's user acts on its screens, the
 * command line's types commands. Made where the door is not known (opening the file, a backup)
 * with the command line's words; each door's boundary asks `knownFailure` for its own.
 */
export class DoorError extends UserError {
  constructor(
    code: string,
    private readonly text: (door: MessageDoor) => string,
    readonly door: MessageDoor = 'cli',
  ) {
    super(code, text(door));
  }

  /** The same condition told to `door`. */
  for(door: MessageDoor): DoorError {
    return door === this.door ? this : new DoorError(this.code, this.text, door);
  }
}

/** What to do about a database that cannot be used: restore a backup, where this door offers them. */
function restoreAdvice(dbPath: string, door: MessageDoor): string {
  return door === 'app'
    ? `Hãy khôi phục từ bản sao lưu gần nhất: ở màn hình khởi động của ứng dụng, mục "Khôi phục từ bản sao lưu", bấm "Khôi phục" ở bản mới nhất (các bản sao lưu nằm ở ${backupDir(dbPath)}).`
    : `Hãy khôi phục từ bản sao lưu gần nhất: "dcs restore TỆP_SAO_LƯU" (các bản sao lưu ở ${backupDir(dbPath)}).`;
}

/** Codes of failures of the machine rather than of the user's input: these go to the support log. */
export const FAULT_CODES: ReadonlySet<string> = new Set([
  'INTERNAL',
  'DB_BUSY',
  'DB_IN_USE',
  'DB_DAMAGED',
  'DB_MISSING',
  'DB_READ_ONLY',
  'DB_IO',
  'DISK_FULL',
  'READ_ONLY',
  'FILE_LOCKED',
  'BAD_FOLDER',
  'BACKUP_FAILED',
  'PARTLY_SAVED',
]);

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const NOTHING_SAVED = 'Thao tác này chưa lưu gì; dữ liệu đã có vẫn nguyên vẹn.';

/**
 * A failure of the database connection as a UserError, or null when it is not a known condition.
 * `dbPath` names the file in the message.
 */
export function databaseFault(e: unknown, dbPath?: string, door: MessageDoor = 'cli'): UserError | null {
  if (e instanceof DoorError) return e.for(door);
  if (e instanceof UserError) return e;
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : '';
  const file = dbPath ? ` ${dbPath}` : '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) {
    return new UserError('DB_BUSY', `Tệp dữ liệu${file} đang được một chương trình khác ghi (ứng dụng hoặc một lệnh dcs khác) nên chưa ghi được. ${NOTHING_SAVED} Hãy đợi chương trình kia xong, hoặc đóng nó, rồi thử lại.`);
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new UserError('DISK_FULL', `Ổ đĩa chứa tệp dữ liệu${file} đã đầy. ${NOTHING_SAVED} Hãy xóa bớt tệp không cần trên ổ đĩa đó (hoặc chuyển dữ liệu sang ổ khác) rồi thử lại.`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    if (dbPath) return readOnlyDatabaseError(dbPath, door);
    return new UserError('DB_READ_ONLY', `Tệp dữ liệu${file} hoặc thư mục chứa nó chỉ cho phép đọc, nên không ghi được. ${NOTHING_SAVED} Hãy bỏ thuộc tính "chỉ đọc" của tệp/thư mục (hoặc chép dữ liệu sang thư mục được phép ghi) rồi thử lại.`);
  }
  if (code === 'SQLITE_NOTADB') return notADatabaseError(dbPath ?? '', door);
  if (code.startsWith('SQLITE_CORRUPT')) return damagedDatabaseError(dbPath ?? 'của ứng dụng', message || code, door);
  if (dbPath && (code.startsWith('SQLITE_CANTOPEN') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') && !folderWritable(dirname(dbPath))) {
    return readOnlyDatabaseError(dbPath, door);
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new UserError('DB_IO', `Không mở được tệp dữ liệu${file}: thư mục không tồn tại, không được phép đọc ghi, hoặc tệp đang bị chương trình khác khóa. Dữ liệu không bị thay đổi. Hãy kiểm tra đường dẫn và quyền của thư mục rồi thử lại.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new UserError('DB_IO', `Lỗi đọc ghi ổ đĩa khi dùng tệp dữ liệu${file} (${code}): ổ đĩa có thể đã bị rút ra, đầy hoặc hỏng. Thao tác này không được lưu. Hãy kiểm tra ổ đĩa rồi thử lại; nếu lỗi lặp lại, hãy khôi phục từ bản sao lưu.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError('DB_READ_ONLY', `Không được phép ghi tệp dữ liệu${file}. ${NOTHING_SAVED} Hãy kiểm tra quyền của thư mục rồi thử lại.`);
  }
  return null;
}

/**
 * A failure while writing a file the user asked for (a report, a backup copy) as a UserError, or
 * null. These never touch the database: the message says so, so nobody restores a healthy file.
 */
export function outputFault(e: unknown, path: string, what = 'tệp'): UserError | null {
  if (e instanceof UserError) return e;
  const code = errorCode(e);
  const name = basename(path);
  const dir = dirname(path);
  const safe = 'Dữ liệu trong ứng dụng không bị ảnh hưởng.';
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) {
    return new UserError('DISK_FULL', `Không ghi được ${what} ${name}: ổ đĩa chứa thư mục ${dir} đã đầy. ${safe} Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác rồi làm lại.`);
  }
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return new UserError('READ_ONLY', `Không ghi được ${what} ${name}: thư mục ${dir} chỉ cho phép đọc (ổ đĩa chống ghi, đĩa CD hoặc thư mục chia sẻ chỉ đọc). ${safe} Hãy chọn thư mục khác.`);
  }
  if (code === 'EBUSY' || code === 'ETXTBSY') {
    return new UserError('FILE_LOCKED', `Không ghi được ${what} ${name}: tệp đang được mở trong chương trình khác (ví dụ Word hoặc Excel). ${safe} Hãy đóng tệp rồi làm lại.`);
  }
  // mkdir meeting a file of the same name: the folder is not a folder.
  const notAFolder = code === 'ENOENT' || code === 'ENOTDIR' || (code === 'EEXIST' && (e as { syscall?: unknown }).syscall === 'mkdir');
  if (!notAFolder && (code === 'EPERM' || code === 'EACCES' || code.startsWith('SQLITE_CANTOPEN') || code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST')) {
    return new UserError('FILE_LOCKED', `Không ghi được ${what} ${name}: tệp đang được mở (ví dụ trong Word/Excel) hoặc thư mục ${dir} không cho phép ghi. ${safe} Hãy đóng tệp hoặc chọn thư mục khác rồi làm lại.`);
  }
  if (notAFolder) {
    return new UserError('BAD_FOLDER', `Không ghi được ${what} ${name}: thư mục ${dir} không tồn tại hoặc không phải thư mục. ${safe} Hãy chọn thư mục khác.`);
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new UserError('BAD_FOLDER', `Lỗi ổ đĩa khi ghi ${what} ${name} vào ${dir} (${code}). ${safe} Hãy kiểm tra ổ đĩa hoặc chọn thư mục khác.`);
  }
  return null;
}

export function damagedDatabaseError(dbPath: string, found: string, door: MessageDoor = 'cli'): DoorError {
  return new DoorError(
    'DB_DAMAGED',
    (d) => `Tệp dữ liệu ${dbPath} bị hỏng (kiểm tra toàn vẹn: ${found.slice(0, 160)}). Ứng dụng không ghi thêm gì vào tệp và không sao lưu tệp hỏng. ${restoreAdvice(dbPath, d)}`,
    door,
  );
}

function folderWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch (e) {
    return errorCode(e) === 'ENOENT';
  }
}

/** The database's folder refuses writes (a read-only share, a write-protected USB stick, a CD). */
export function readOnlyDatabaseError(dbPath: string, door: MessageDoor = 'cli'): DoorError {
  return new DoorError(
    'DB_READ_ONLY',
    (d) =>
      `Tệp dữ liệu ${dbPath} nằm trong thư mục chỉ cho phép đọc (ổ đĩa chống ghi, đĩa CD hoặc thư mục chia sẻ chỉ đọc), nên không mở để ghi được. Dữ liệu không bị thay đổi. ${
        d === 'app'
          ? 'Hãy bỏ chế độ chỉ đọc của thư mục (hoặc chép dữ liệu sang ổ đĩa được phép ghi) rồi mở lại ứng dụng.'
          : 'Hãy chép tệp dữ liệu sang một thư mục được phép ghi rồi dùng --db trỏ tới bản chép đó (hoặc bỏ chế độ chỉ đọc của thư mục).'
      }`,
    door,
  );
}

/** A file that is not a database at all: a wrong --db as often as a ruined header. */
export function notADatabaseError(dbPath: string, door: MessageDoor = 'cli'): DoorError {
  return new DoorError(
    'DB_DAMAGED',
    (d) =>
      `Không mở được tệp dữ liệu ${dbPath}: tệp không phải cơ sở dữ liệu của ứng dụng, hoặc phần đầu tệp đã hỏng. Ứng dụng không ghi gì vào tệp. ${
        d === 'app' ? restoreAdvice(dbPath, d) : `Hãy kiểm tra --db (đúng tệp .sqlite chưa?); nếu đúng là tệp dữ liệu của bạn, ${restoreAdvice(dbPath, d).replace(/^Hãy k/, 'hãy k')}`
      }`,
    door,
  );
}

export function missingDatabaseError(dbPath: string): UserError {
  return new UserError(
    'DB_MISSING',
    `Không có tệp dữ liệu ${dbPath}. Không có gì được tạo hay thay đổi. Nếu đây là lần đầu dùng, hãy khai báo đơn vị bằng "dcs init …" (hoặc "dcs aggregate setup …" cho đơn vị tổng hợp); nếu đã có dữ liệu, hãy kiểm tra lại --db (gõ nhầm đường dẫn?) hoặc khôi phục bằng "dcs restore TỆP_SAO_LƯU".`,
  );
}

/** The path of a Node fs error (which names the file it failed on), or null. */
export const fsPathOf = (e: unknown): string | null =>
  typeof (e as { path?: unknown } | null)?.path === 'string' && (e as { syscall?: unknown }).syscall ? String((e as { path: string }).path) : null;

/**
 * Any failure's known-condition form, told to `door` (the app's screens or the command line): a
 * file's own problem, else the database's; null if unexpected.
 */
export function knownFailure(e: unknown, dbPath: string | undefined, door: MessageDoor): UserError | null {
  if (e instanceof DoorError) return e.for(door);
  if (e instanceof UserError) return e;
  const fsPath = fsPathOf(e);
  return fsPath ? outputFault(e, fsPath) : databaseFault(e, dbPath, door);
}
