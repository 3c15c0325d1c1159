// Checks an .xlsx before any spreadsheet library sees it. A received file may be empty, truncated,
// another format renamed, password-protected, a zip bomb (small on disk, gigabytes inflated, even
// lying about its sizes) or a sheet of a million rows. Every entry is inflated here under its
// declared size with its checksum verified, so what reaches exceljs is known to be small and whole.
import { crc32, inflateRawSync } from 'node:zlib';
import { entryBytes, readZipDirectory, ZipFormatError, type ZipDirEntry } from '../reports/zip/zipReader';
import { parseXmlNumber } from '../reports/xlsx/xlsxSheet';
import { activeContentPart } from '../reports/xlsx/xlsxZip';
import { decodeXml } from '../reports/xlsx/xmlScan';
import { zipFiles, type ZipEntry } from '../reports/zip/zipWriter';

export const XLSX_LIMITS = {
  fileBytes: 30 * 1024 * 1024,
  entries: 2_000,
  /** Everything inflated together. */
  totalBytes: 120 * 1024 * 1024,
  /** One sheet: about 20,000 rows of activities. */
  sheetBytes: 25 * 1024 * 1024,
};

export class XlsxRefused extends Error {}

const text = (e: ZipEntry | undefined): string => (e ? new TextDecoder().decode(e.data) : '');

/** The sheet names by part ("xl/worksheets/sheet1.xml" → "Hoạt động"), from workbook.xml and its relationships. */
function sheetNames(entries: readonly ZipEntry[]): Map<string, string> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const targets = new Map<string, string>();
  for (const m of text(byName.get('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"/g)) {
    targets.set(m[1]!, m[2]!.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of text(byName.get('xl/workbook.xml')).matchAll(/<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"/g)) {
    const part = targets.get(m[2]!);
    if (part) out.set(part, decodeXml(m[1]!));
  }
  return out;
}

/** The first numeric cell whose stored value is not a decimal number ("0x10", "Infinity"): spreadsheet libraries read those as 0 or 16. */
function malformedNumberCell(entries: readonly ZipEntry[]): { sheet: string; cell: string; raw: string } | null {
  const names = sheetNames(entries);
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const xml = text(e);
    for (const m of xml.matchAll(/<c\s([^>]*?)>\s*(?:<f\b[^>]*?(?:\/>|>[^<]*<\/f>)\s*)?<v>([^<]*)<\/v>/g)) {
      const attrs = m[1]!;
      const t = /\bt="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
      if (t !== 'n' || parseXmlNumber(m[2]!) !== null) continue;
      return { sheet: names.get(e.name) ?? e.name, cell: /\br="([^"]*)"/.exec(attrs)?.[1] ?? '?', raw: decodeXml(m[2]!) };
    }
  }
  return null;
}

const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

function utf16Contains(bytes: Uint8Array, text: string): boolean {
  const pat = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 20)).includes(pat);
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** Returns the same workbook, rebuilt from verified parts, or throws XlsxRefused with the user's sentence. */
export function verifiedXlsx(bytes: Uint8Array, file: string): Uint8Array {
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
  const entries: ZipEntry[] = [];
  let total = 0;
  for (const e of directory.values()) {
    const { name, size } = e;
    if (e.flags & 1) refuse(`Tệp ${file} được đặt mật khẩu (phần "${name}" bị mã hóa). Hãy bỏ mật khẩu rồi lưu lại.`);
    total += size;
    if (total > XLSX_LIMITS.totalBytes) refuse(`Tệp ${file} giải nén ra quá lớn (hơn ${mb(XLSX_LIMITS.totalBytes)}), không phải bảng tính bình thường (có thể là "bom nén"). Không nhập tệp này.`);
    if (name.startsWith('xl/worksheets/') && size > XLSX_LIMITS.sheetBytes) {
      refuse(`Tệp ${file}: trang tính quá lớn (${mb(size)}, quá nhiều dòng). Mỗi lần chỉ nhập tối đa khoảng 20.000 hoạt động; hãy chia nhỏ tệp.`);
    }
    const comp = entryBytes(bytes, e) ?? refuse(damaged);
    let data: Uint8Array;
    try {
      // maxOutputLength makes a part that lies about its size fail instead of filling the memory.
      data = e.method === 0 ? comp : e.method === 8 ? inflateRawSync(comp, { maxOutputLength: Math.max(size, 1) }) : refuse(damaged);
    } catch {
      return refuse(`Tệp ${file} bị hỏng hoặc là "bom nén" (phần "${name}" giải nén không đúng kích thước khai báo). Không nhập tệp này.`);
    }
    if (data.length !== size || (crc32(data) >>> 0) !== e.crc) refuse(damaged);
    entries.push({ name, data });
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) refuse(`Tệp ${file} là văn bản Word (.docx) bị đổi tên thành .xlsx. Hãy chọn đúng tệp bảng tính.`);
    refuse(`Tệp ${file} là tệp nén nhưng không phải bảng tính Excel. Hãy chọn đúng tệp .xlsx.`);
  }
  const active = activeContentPart(names);
  if (active) refuse(`Tệp ${file} chứa macro hoặc mã chạy được ("${active}"). Không nhập tệp này; hãy mở bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" (không có macro) rồi nhập lại.`);
  const bad = malformedNumberCell(entries);
  if (bad) {
    refuse(`Tệp ${file}, trang "${bad.sheet}", ô ${bad.cell}: giá trị "${bad.raw.slice(0, 40)}" được lưu như một số nhưng không phải số thập phân (có thể tệp do chương trình khác tạo ra). Hãy gõ lại ô này bằng số rồi lưu lại.`);
  }
  return zipFiles(entries, 1);
}
