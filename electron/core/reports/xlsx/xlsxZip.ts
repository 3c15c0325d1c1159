// The zip layer of the .xlsx readers: what a file that is not a zip really is, the central
// directory, and each part inflated under the caps and the time budget of one read, with the
// user's sentence for every way it can fail.
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { entryBytes, readZipDirectory, ZipFormatError, type ZipDirEntry } from '../zip/zipReader';

/** Limits that keep a hostile or broken file from eating the machine. */
export const READ_LIMITS = {
  /** Whole file on disk. A real exchange workbook is 15–60 KB. */
  fileBytes: 30 * 1024 * 1024,
  /** Entries in the zip directory. */
  zipEntries: 5_000,
  /** Declared uncompressed size of any one part we inflate. */
  partBytes: 16 * 1024 * 1024,
  /** Sum of the parts we inflate. */
  totalBytes: 40 * 1024 * 1024,
  /** Row elements and cells of the figures sheet. */
  sheetRows: 10_000,
  sheetCells: 200_000,
  /** Shared strings: a unit with 10,000 activities has about 50,000. */
  sharedStrings: 300_000,
  /** Wall time for one file; a real workbook takes a few milliseconds. */
  milliseconds: 3_000,
};

/** A problem that stops reading; the message is the user's sentence. */
export class ReadError extends Error {}

/** How a budget's messages speak of the file: what it normally is, and what the reader should do. */
export interface ReadWords {
  /** "một biểu số liệu": what the file is compared with. */
  kind: string;
  /** How long such a file takes to read, said in brackets. */
  usual: string;
  /** The last sentence: what to do instead. */
  advice: string;
}

/** A received exchange workbook: the sender is asked to export it again. */
export const RECEIVED_WORKBOOK: ReadWords = {
  kind: 'một biểu số liệu',
  usual: 'một biểu số liệu thật chỉ cần vài phần nghìn giây',
  advice: 'Không nhập tệp này; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.',
};

/**
 * What one read may spend: the time limit, checked every few thousand steps of any loop over the
 * file's content, so that even a file that passes every size cap cannot hold the import.
 */
export class ReadBudget {
  private readonly deadline: number;
  private steps = 0;
  constructor(
    readonly file: string,
    private readonly ms: number = READ_LIMITS.milliseconds,
    readonly words: ReadWords = RECEIVED_WORKBOOK,
  ) {
    this.deadline = performance.now() + ms;
  }

  step(): void {
    if ((++this.steps & 4095) === 0 && performance.now() > this.deadline) {
      throw new ReadError(
        `Tệp ${this.file}: đọc quá ${this.ms / 1000} giây mà chưa xong (${this.words.usual}); tệp có cấu trúc bất thường, có thể bị hỏng hoặc không an toàn. ${this.words.advice}`,
      );
    }
  }
}

export function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** True when the UTF-16LE form of `text` occurs in the bytes (names inside an OLE2 container). */
function hasUtf16(bytes: Uint8Array, text: string, limit = 1 << 20): boolean {
  const pat = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pat[i * 2] = text.charCodeAt(i);
  const end = Math.min(bytes.length, limit) - pat.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** Says what a file that is not a zip really is, so the message can tell the clerk what to do. */
export function sniffNonZip(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) return `Tệp ${file} rỗng (0 byte). Có thể tệp chưa tải xong hoặc bị lỗi khi gửi; hãy đề nghị đơn vị gửi lại.`;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage')) {
      return `Tệp ${file} được đặt mật khẩu (mã hóa) nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu (Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại.`;
    }
    if (hasUtf16(bytes, 'WordDocument')) return `Tệp ${file} là văn bản Word cũ (.doc) bị đặt tên .xlsx, không phải biểu số liệu. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`;
    return `Tệp ${file} là tệp Excel 97-2003 (.xls) hoặc định dạng cũ, không phải biểu số liệu .xlsx của ứng dụng. Hãy đề nghị đơn vị gửi tệp .xlsx do ứng dụng xuất ra (hoặc điền biểu mẫu "dcs template").`;
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `Tệp ${file} là tệp PDF bị đặt tên .xlsx. Tệp PDF (bản ký, quét) được nhận kèm theo biểu số liệu; hãy đổi lại đuôi .pdf và nhập cùng tệp .xlsx của đơn vị.`;
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return `Tệp ${file} là tệp nén RAR, không phải biểu số liệu. Hãy giải nén rồi nhập tệp .xlsx bên trong.`;
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return `Tệp ${file} là tệp nén 7z, không phải biểu số liệu. Hãy giải nén rồi nhập tệp .xlsx bên trong.`;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<html') || head.startsWith('<!doctype') || head.includes('<table')) {
    return `Tệp ${file} là trang HTML (thường do phần mềm khác "xuất Excel") chứ không phải tệp .xlsx. Hãy đề nghị đơn vị gửi tệp .xlsx do ứng dụng xuất ra.`;
  }
  if (head.startsWith('<?xml')) return `Tệp ${file} là tệp XML (có thể là "XML Spreadsheet 2003"), không phải tệp .xlsx. Hãy mở bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" rồi nhập lại.`;
  // Mostly printable text: a CSV or a text file renamed.
  let printable = 0;
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 9 || c === 10 || c === 13 || c >= 32) printable++;
  }
  if (printable / n > 0.95) return `Tệp ${file} là tệp văn bản (ví dụ .csv) bị đặt tên .xlsx, không phải biểu số liệu. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`;
  return `Tệp ${file} không phải tệp Excel (.xlsx) hoặc đã bị hỏng. Hãy đề nghị đơn vị gửi lại tệp .xlsx do ứng dụng xuất ra.`;
}

/** Parts that carry code a spreadsheet program may run: VBA, Excel 4.0 macro sheets, ActiveX. */
export function activeContentPart(names: Iterable<string>): string | null {
  for (const n of names) if (/(^|\/)vbaProject\.bin$|^xl\/macrosheets\/|^xl\/activeX\/|^xl\/dialogsheets\//i.test(n)) return n;
  return null;
}

export function readCentralDirectory(bytes: Uint8Array, file: string): Map<string, ZipDirEntry> {
  try {
    return readZipDirectory(bytes, READ_LIMITS.zipEntries);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    if (e.problem === 'zip64') throw new ReadError(`Tệp ${file} dùng định dạng nén ZIP64, không phải biểu số liệu thông thường. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.`);
    if (e.problem === 'too-many-entries') throw new ReadError(`Tệp ${file} chứa quá nhiều thành phần so với một biểu số liệu; tệp có thể bị hỏng hoặc không an toàn. Không nhập tệp này.`);
    throw new ReadError(`Tệp ${file} bị hỏng (cấu trúc tệp nén .xlsx không đọc được, có thể tải về chưa hết). Hãy đề nghị đơn vị gửi lại.`);
  }
}

/**
 * Inflates one part with the platform's zlib, never past the size the directory declared: a part
 * that would grow beyond it is damaged (or lying), and stops there, whatever its real size. Null
 * when it is damaged.
 */
function inflatePart(comp: Uint8Array, declared: number, crc: number): Buffer | null {
  let data: Buffer;
  try {
    // One output buffer one byte larger than the part: zlib then fills it in a single call, with
    // no 16 KB chunks to concatenate and no spare chunk allocated when the output ends flush.
    data = inflateRawSync(comp, { maxOutputLength: Math.max(1, declared), chunkSize: Math.max(64, declared + 1) });
  } catch {
    return null;
  }
  return data.length === declared && zlibCrc32(data) === crc ? data : null;
}

export class ZipReader {
  private inflated = 0;
  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: Map<string, ZipDirEntry>,
    private readonly file: string,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The text of one part, or null when absent. Refuses encrypted parts and anything over the caps. */
  text(name: string, label: string): string | null {
    const data = this.part(name, label);
    return data === null ? null : data.toString('utf8');
  }

  /** The bytes of one part, or null when absent, under the same checks as text(). */
  part(name: string, label: string): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const file = this.file;
    if (e.flags & 1) {
      throw new ReadError(`Tệp ${file} được đặt mật khẩu (mã hóa) nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu rồi gửi lại.`);
    }
    if (e.size > READ_LIMITS.partBytes || this.inflated + e.size > READ_LIMITS.totalBytes) this.bomb(e, label);
    // Deflate cannot expand more than ~1032 times: a larger declared ratio is a lie.
    if (e.compSize > 0 && e.size / e.compSize > 1100 && e.size > 1024 * 1024) this.bomb(e, label);
    this.inflated += e.size;
    const comp = entryBytes(this.bytes, e);
    if (!comp) throw new ReadError(`Tệp ${file} bị hỏng hoặc bị cắt cụt (thiếu dữ liệu của phần "${label}"), có thể tải về chưa hết. Hãy đề nghị đơn vị gửi lại.`);
    let data: Buffer | null;
    if (e.method === 0) {
      data = Buffer.from(comp.buffer, comp.byteOffset, comp.length);
      if (e.size !== e.compSize || zlibCrc32(data) !== e.crc) data = null;
    } else if (e.method === 8) data = inflatePart(comp, e.size, e.crc);
    else throw new ReadError(`Tệp ${file} dùng kiểu nén không hỗ trợ (${e.method}). Hãy mở bằng Excel, lưu lại dạng .xlsx rồi nhập lại.`);
    return data ?? this.damaged(label);
  }

  private bomb(e: ZipDirEntry, label: string): never {
    throw new ReadError(
      `Tệp ${this.file}: phần "${label}" khi giải nén lớn bất thường (khai báo ${Math.round(e.size / 1024)} KB, nén ${Math.round(e.compSize / 1024)} KB), có thể là tệp độc hại ("zip bomb") hoặc trang tính quá lớn. Không nhập tệp này; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`,
    );
  }

  private damaged(label: string): never {
    throw new ReadError(`Tệp ${this.file} bị hỏng (phần "${label}" không giải nén được hoặc sai mã kiểm tra), có thể tải về chưa hết. Hãy đề nghị đơn vị gửi lại.`);
  }
}

