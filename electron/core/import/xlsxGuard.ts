// Checks a clerk's .xlsx before its sheet is read. A file may be empty, truncated, another format
// renamed, password-protected, a zip bomb (small on disk, gigabytes inflated, even lying about its
// sizes) or a sheet of a million rows. Every entry is inflated here under its declared size with
// its checksum verified, so what the sheet reader (activityXlsx.ts) sees is known to be small and whole.
import { crc32, inflateRawSync } from 'node:zlib';
import { entryBytes, readZipDirectory, ZipFormatError, type ZipDirEntry } from '../reports/zip/zipReader';
import { activeContentPart } from '../reports/xlsx/xlsxZip';

export const XLSX_LIMITS = {
  fileBytes: 30 * 1024 * 1024,
  entries: 2_000,
  /** Everything inflated together. */
  totalBytes: 120 * 1024 * 1024,
  /** One sheet: about 20,000 rows of activities. */
  sheetBytes: 25 * 1024 * 1024,
};

export class XlsxRefused extends Error {}

const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

function utf16Contains(bytes: Uint8Array, text: string): boolean {
  const pat = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).includes(pat);
}

const SHEET_PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** The workbook's parts, each inflated and verified, or throws XlsxRefused with the user's sentence. */
export function verifiedParts(bytes: Uint8Array, file: string): Map<string, Buffer> {
  const refuse = (msg: string): never => {
    throw new XlsxRefused(msg);
  };
  if (bytes.length === 0) refuse(`Tệp ${file} rỗng (0 byte). Hãy kiểm tra lại tệp hoặc lưu lại từ Excel.`);
  if (bytes.length > XLSX_LIMITS.fileBytes) refuse(`Tệp ${file} quá lớn (${mb(bytes.length)}). Hãy chia nhỏ danh sách hoạt động.`);
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    if (utf16Contains(bytes, 'EncryptionInfo') || utf16Contains(bytes, 'EncryptedPackage')) {
      refuse(`Tệp ${file} được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.`);
    }
    refuse(`Tệp ${file} là tệp Excel 97-2003 (.xls) hoặc định dạng cũ. Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`);
  }
  if (!starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    refuse(`Tệp ${file} không phải tệp .xlsx (có thể là tệp khác bị đổi đuôi). Hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)", hoặc dùng .csv.`);
  }
  const damaged = `Tệp ${file} bị hỏng hoặc chưa tải về hết (cấu trúc .xlsx không đầy đủ). Hãy tải lại hoặc lưu lại tệp từ Excel.`;
  let directory: Map<string, ZipDirEntry>;
  try {
    directory = readZipDirectory(bytes, XLSX_LIMITS.entries);
  } catch (e) {
    if (!(e instanceof ZipFormatError)) throw e;
    return refuse(e.problem === 'too-many-entries' ? `Tệp ${file} có quá nhiều phần; không phải bảng tính bình thường.` : damaged);
  }
  const entries = new Map<string, Buffer>();
  let total = 0;
  for (const e of directory.values()) {
    const { name, size } = e;
    if (e.flags & 1) refuse(`Tệp ${file} được đặt mật khẩu (phần "${name}" bị mã hóa). Hãy bỏ mật khẩu rồi lưu lại.`);
    total += size;
    if (total > XLSX_LIMITS.totalBytes) refuse(`Tệp ${file} giải nén ra quá lớn (hơn ${mb(XLSX_LIMITS.totalBytes)}), không phải bảng tính bình thường (có thể là "bom nén"). Không nhập tệp này.`);
    if (name.startsWith('xl/worksheets/') && size > XLSX_LIMITS.sheetBytes) {
      refuse(`Tệp ${file}: trang tính quá lớn (${mb(size)}, quá nhiều dòng). Mỗi lần chỉ nhập tối đa khoảng 20.000 hoạt động; hãy chia nhỏ tệp.`);
    }
    // Only the parts the sheet reader uses are inflated (pictures and styles are never looked at).
    if (!SHEET_PARTS.test(name)) continue;
    const comp = entryBytes(bytes, e) ?? refuse(damaged);
    let data: Buffer;
    try {
      // maxOutputLength makes a part that lies about its size fail instead of filling the memory.
      data = e.method === 0 ? Buffer.from(comp.buffer, comp.byteOffset, comp.length) : e.method === 8 ? inflateRawSync(comp, { maxOutputLength: Math.max(size, 1) }) : refuse(damaged);
    } catch {
      return refuse(`Tệp ${file} bị hỏng hoặc là "bom nén" (phần "${name}" giải nén không đúng kích thước khai báo). Không nhập tệp này.`);
    }
    if (data.length !== size || (crc32(data) >>> 0) !== e.crc) refuse(damaged);
    entries.set(name, data);
  }
  const names = new Set(directory.keys());
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) refuse(`Tệp ${file} là văn bản Word (.docx) bị đổi tên thành .xlsx. Hãy chọn đúng tệp bảng tính.`);
    refuse(`Tệp ${file} là tệp nén nhưng không phải bảng tính Excel. Hãy chọn đúng tệp .xlsx.`);
  }
  const active = activeContentPart(names);
  if (active) refuse(`Tệp ${file} chứa macro hoặc mã chạy được ("${active}"). Không nhập tệp này; hãy mở bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" (không có macro) rồi nhập lại.`);
  return entries;
}
