// Reads one received file from disk: its bytes, their sha256 and, for a workbook, what it says.
// Runs in a worker thread (readWorker.ts) or in the calling thread; the result is plain data.
import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { READ_LIMITS, readExchangeWorkbook, type ExchangeRead } from '../reports/xlsx/exchangeReader';
import { packValues, type PackedValues } from './packedValues';

export interface ReadJob {
  index: number;
  path: string;
}

/**
 * What a received workbook says, with its figures already in the form they are stored in (packed
 * where the file is read, often a worker: the recording thread then receives one string per file,
 * not some fifty objects to copy).
 */
export type ReceivedRead = Omit<ExchangeRead, 'entries'> & { values: PackedValues };

export interface ReadDone {
  index: number;
  path: string;
  size: number;
  sha256: string;
  /** What the workbook says (null when the file could not be read at all). */
  read: ReceivedRead | null;
  /** The bytes, kept only for a workbook that can be accepted (they are stored with the submission). */
  bytes: Uint8Array | null;
  /** A Vietnamese sentence when the file could not be opened. */
  ioError: string | null;
}

/** Reads a whole file, refusing one larger than `max` bytes before reading it. */
export function readFileCapped(path: string, max: number): { bytes: Uint8Array | null; size: number; error: string | null } {
  const name = basename(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { bytes: null, size: 0, error: `Không tìm thấy tệp ${name} (${path}). Hãy kiểm tra đường dẫn.` };
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') return { bytes: null, size: 0, error: `Không mở được tệp ${name}: tệp đang được mở trong chương trình khác hoặc không có quyền đọc. Hãy đóng tệp rồi nhập lại.` };
    return { bytes: null, size: 0, error: `Không mở được tệp ${name} (${code ?? 'lỗi'}). Hãy kiểm tra tệp rồi nhập lại.` };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > max) {
      return { bytes: null, size, error: `Tệp ${name} có dung lượng ${Math.round(size / 1024 / 1024)} MB, quá lớn so với một báo cáo (giới hạn ${Math.round(max / 1024 / 1024)} MB). Không nhập tệp này; hãy đề nghị đơn vị gửi tệp đúng do ứng dụng xuất ra.` };
    }
    // A fresh buffer per file (not a pooled slice), so it can be handed to another thread.
    const bytes = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n <= 0) break;
      off += n;
    }
    return { bytes: off === size ? bytes : bytes.subarray(0, off), size: off, error: null };
  } finally {
    closeSync(fd);
  }
}

export const sha256 = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');

export function readOne(job: ReadJob): ReadDone {
  const { bytes, size, error } = readFileCapped(job.path, READ_LIMITS.fileBytes);
  if (!bytes) return { index: job.index, path: job.path, size, sha256: '', read: null, bytes: null, ioError: error };
  const read = received(readExchangeWorkbook(bytes, basename(job.path)));
  return { index: job.index, path: job.path, size, sha256: sha256(bytes), read, bytes: read.ok ? bytes : null, ioError: null };
}

function received({ entries, ...read }: ExchangeRead): ReceivedRead {
  if (!read.ok) return { ...read, values: packValues([]) };
  try {
    return { ...read, values: packValues(entries) };
  } catch (e) {
    // The reader checks every figure already; this is what the stored form refuses besides.
    const errors = [...read.errors, `Tệp ${read.fileName}: ${e instanceof Error ? e.message : String(e)}. Hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng rồi gửi lại.`];
    return { ...read, ok: false, errors, values: packValues([]) };
  }
}
