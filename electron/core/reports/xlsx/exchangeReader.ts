// Reads a received exchange workbook (.xlsx) fast and defensively, without exceljs: only the zip's
// central directory and the parts that matter (workbook, its relationships, shared strings, the
// "Biểu số liệu" sheet and the hidden _meta sheet) are inflated, each under a size cap, and read
// in one pass under row, cell, shared-string and time budgets, so a zip bomb, a renamed
// .xls/.docx/.pdf, a password-protected file or a huge or malformed sheet is refused quickly with a
// Vietnamese sentence naming the file, the sheet and the cell, and what to do about it.
// The layers: xlsxZip (zip, caps, time), xmlScan (linear XML), xlsxWorkbook (sheets), xlsxSheet
// (cells), exchangeMeta (_meta), exchangeFigures (the figures sheet).
import type { ExchangeMeta } from '../../../../shared/exchange';
import { SHEET_FIGURES, SHEET_META, CELL_UNIT_CODE, FIGURES_HEADER_ROW } from '../../../../shared/exchange';
import { buildMeta, readMeta } from './exchangeMeta';
import { checkRules, entriesDigest, findHeader, fold, readFigures, readIdentity, type ExchangeIdentity, type ReadEntry } from './exchangeFigures';
import { cellText, columnLetters, parseSheetCells, SharedStrings, type SheetProblem } from './xlsxSheet';
import { listSheets } from './xlsxWorkbook';
import { activeContentPart, READ_LIMITS, ReadBudget, ReadError, readCentralDirectory, sniffNonZip, startsWith, ZipReader } from './xlsxZip';

export { READ_LIMITS, ReadError as ExchangeReadError };
export { columnLetters, cellText, type Cell, type CellValue } from './xlsxSheet';
export { decodeXml } from './xmlScan';
export { entriesDigest, valueProblem, type EntryState, type ExchangeIdentity, type ReadEntry } from './exchangeFigures';

export interface ExchangeRead {
  fileName: string;
  /** False when errors is not empty: the file must not be used. */
  ok: boolean;
  meta: ExchangeMeta | null;
  /** What the identity cells of the figures sheet say (a hand-filled template is identified by them). */
  identity: ExchangeIdentity;
  /** Every catalogue figure the sheet has, except the computed rates, in catalogue order. */
  entries: ReadEntry[];
  /** The digest in _meta matches the figures (null for a template, which has none). */
  digestOk: boolean | null;
  warnings: string[];
  errors: string[];
}

function sheetProblemText(p: SheetProblem, file: string, sheet: string, advice: string): string {
  if (p.kind === 'out-of-grid') {
    return `Tệp ${file}, trang "${sheet}": ô ${p.ref} nằm ngoài bảng tính Excel (cột cuối là XFD, dòng cuối là 1.048.576); tệp bị hỏng hoặc không an toàn, ${advice}`;
  }
  if (p.kind === 'unclosed') {
    return `Tệp ${file}, trang "${sheet}": nội dung bị hỏng (ô ${p.ref} không có thẻ đóng, tệp không đúng cấu trúc .xlsx); ${advice}`;
  }
  return `Tệp ${file}, trang "${sheet}": có quá nhiều dữ liệu (hơn ${p.what}), ${advice}`;
}

const EMPTY_IDENTITY: ExchangeIdentity = { unitName: '', unitCode: '', periodId: '' };

/**
 * Reads one exchange workbook from its bytes. Never throws for a bad file: problems come back as
 * `errors` (the file must be refused) and `warnings` (it may be used, with a note on the board).
 */
export function readExchangeWorkbook(bytes: Uint8Array, fileName: string): ExchangeRead {
  const errors: string[] = [];
  const warnings: string[] = [];
  const result = (meta: ExchangeMeta | null, identity: ExchangeIdentity, entries: ReadEntry[], digestOk: boolean | null): ExchangeRead => ({
    fileName,
    ok: errors.length === 0,
    meta,
    identity,
    entries,
    digestOk,
    warnings,
    errors,
  });
  try {
    if (bytes.length > READ_LIMITS.fileBytes) {
      throw new ReadError(`Tệp ${fileName} có dung lượng ${Math.round(bytes.length / 1024 / 1024)} MB, quá lớn so với một biểu số liệu (thường dưới 100 KB). Không nhập tệp này; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
    }
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) throw new ReadError(sniffNonZip(bytes, fileName));
    const budget = new ReadBudget(fileName);
    const directory = readCentralDirectory(bytes, fileName);
    const zip = new ZipReader(bytes, directory, fileName);
    if (zip.has('EncryptionInfo') || zip.has('EncryptedPackage')) throw new ReadError(`Tệp ${fileName} được đặt mật khẩu nên không đọc được. Hãy đề nghị đơn vị bỏ mật khẩu rồi gửi lại.`);
    const active = activeContentPart(directory.keys());
    if (active) {
      throw new ReadError(
        `Tệp ${fileName} chứa macro hoặc mã chạy được ("${active}"), điều mà biểu số liệu của ứng dụng không bao giờ có. Không nhập tệp này để giữ an toàn máy; hãy đề nghị đơn vị xuất lại biểu số liệu .xlsx từ ứng dụng.`,
      );
    }
    const sheets = listSheets(zip, fileName);
    const figuresRef = sheets.find((s) => s.name === SHEET_FIGURES) ?? sheets.find((s) => fold(s.name) === fold(SHEET_FIGURES));
    const sstXml = zip.part('xl/sharedStrings.xml', 'sharedStrings');
    const sst = sstXml === null ? null : new SharedStrings(sstXml, budget);
    const { meta: rawMeta, found: hasMeta } = readMeta(zip, sheets, sst, budget, fileName);
    if (!figuresRef) {
      throw new ReadError(
        `Tệp ${fileName}: không có trang "${SHEET_FIGURES}" (các trang có trong tệp: ${sheets.map((s) => `"${s.name}"`).join(', ') || 'không có'}). Trang này không được đổi tên hoặc xóa; hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`,
      );
    }
    if (!hasMeta) {
      throw new ReadError(
        `Tệp ${fileName}: thiếu trang ẩn "${SHEET_META}" nên không phải biểu số liệu do ứng dụng xuất ra (có thể trang số liệu đã được chép sang tệp khác). Hãy đề nghị đơn vị gửi đúng tệp .xlsx do ứng dụng xuất ra, hoặc điền biểu mẫu trống tạo bằng "dcs template".`,
      );
    }
    const meta = buildMeta(rawMeta, fileName, errors);
    if (!meta) return result(null, EMPTY_IDENTITY, [], null);
    const xml = zip.text(figuresRef.path, SHEET_FIGURES);
    if (xml === null) throw new ReadError(`Tệp ${fileName} bị hỏng: thiếu nội dung trang "${SHEET_FIGURES}". Hãy đề nghị đơn vị gửi lại.`);
    const rows = parseSheetCells(xml, sst, { rows: READ_LIMITS.sheetRows, cells: READ_LIMITS.sheetCells }, budget, (p) => {
      throw new ReadError(sheetProblemText(p, fileName, SHEET_FIGURES, 'không phải biểu số liệu của ứng dụng (biểu có khoảng 80 dòng). Hãy đề nghị đơn vị xóa phần thừa hoặc xuất lại biểu từ ứng dụng.'));
    });
    const header = findHeader(rows);
    const identity = readIdentity(rows, header?.row ?? FIGURES_HEADER_ROW);
    const entries = readFigures(rows, header, fileName, errors, warnings);
    if (errors.length === 0) checkRules(entries, fileName, errors);
    let digestOk: boolean | null = null;
    if (!meta.template) {
      digestOk = meta.digest !== '' && entriesDigest(entries) === meta.digest;
      if (!digestOk) {
        warnings.push(`Tệp ${fileName}: số liệu trên trang "${SHEET_FIGURES}" đã sửa sau khi xuất (không khớp mã kiểm tra trong tệp). Số liệu vẫn được nhận; hãy xác nhận với đơn vị rằng đây là số liệu chính thức.`);
      }
      if (identity.unitCode && meta.unitCode && identity.unitCode !== meta.unitCode) {
        warnings.push(`Tệp ${fileName}, trang "${SHEET_FIGURES}", ô ${columnLetters(CELL_UNIT_CODE.col)}${CELL_UNIT_CODE.row}: mã đơn vị "${identity.unitCode}" khác mã lúc xuất "${meta.unitCode}"; dùng mã lúc xuất.`);
      }
    } else if (entries.length > 0 && entries.every((e) => e.state === 'blank')) {
      errors.push(`Tệp ${fileName}: biểu mẫu trống, chưa điền số liệu nào ở cột "Giá trị" của trang "${SHEET_FIGURES}". Hãy đề nghị đơn vị điền số liệu rồi gửi lại.`);
    }
    if (entries.length === 0 && errors.length === 0) {
      errors.push(`Tệp ${fileName}, trang "${SHEET_FIGURES}": không có dòng chỉ số nào có mã trong danh mục (cột "Mã"). Hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`);
    }
    return result(meta, identity, entries, digestOk);
  } catch (e) {
    if (e instanceof ReadError) {
      errors.push(e.message);
      return result(null, EMPTY_IDENTITY, [], null);
    }
    errors.push(`Tệp ${fileName} không đọc được (${e instanceof Error ? e.message : String(e)}). Hãy đề nghị đơn vị gửi lại tệp .xlsx do ứng dụng xuất ra.`);
    return result(null, EMPTY_IDENTITY, [], null);
  }
}

/** What a .docx/.pdf sent beside the workbook really is; null when it is what its name says. */
export function attachmentProblem(bytes: Uint8Array, fileName: string, kind: 'docx' | 'pdf'): string | null {
  if (bytes.length === 0) return `Tệp ${fileName} rỗng (0 byte); hãy đề nghị đơn vị gửi lại.`;
  if (bytes.length > 60 * 1024 * 1024) return `Tệp ${fileName} lớn hơn 60 MB; hãy đề nghị đơn vị gửi bản nhỏ hơn (ví dụ quét ở độ phân giải 150 dpi).`;
  if (kind === 'pdf') return startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) ? null : `Tệp ${fileName} có đuôi .pdf nhưng không phải tệp PDF; hãy đề nghị đơn vị gửi lại.`;
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return `Tệp ${fileName} là văn bản Word cũ (.doc) hoặc được đặt mật khẩu; hãy lưu lại dạng .docx không mật khẩu hoặc gửi bản PDF.`;
    return `Tệp ${fileName} có đuôi .docx nhưng không phải văn bản Word; hãy đề nghị đơn vị gửi lại.`;
  }
  try {
    const dir = readCentralDirectory(bytes, fileName);
    if (!dir.has('word/document.xml')) return `Tệp ${fileName} có đuôi .docx nhưng không phải văn bản Word; hãy đề nghị đơn vị gửi lại.`;
  } catch (e) {
    return e instanceof ReadError ? e.message : `Tệp ${fileName} bị hỏng; hãy đề nghị đơn vị gửi lại.`;
  }
  return null;
}

/** Rows of the first (or named) sheet as text, for small lists such as the expected units. */
export function readSheetRows(bytes: Uint8Array, fileName: string, sheetName?: string): { sheet: string; rows: Array<{ line: number; cells: string[] }> } {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ReadError(sniffNonZip(bytes, fileName));
  const budget = new ReadBudget(fileName);
  const zip = new ZipReader(bytes, readCentralDirectory(bytes, fileName), fileName);
  const sheets = listSheets(zip, fileName).filter((s) => s.state === 'visible' || s.state === '');
  const ref = (sheetName ? sheets.find((s) => s.name === sheetName) : undefined) ?? sheets[0];
  if (!ref) throw new ReadError(`Tệp ${fileName} không có trang tính nào.`);
  const sstXml = zip.part('xl/sharedStrings.xml', 'sharedStrings');
  const sst = sstXml === null ? null : new SharedStrings(sstXml, budget);
  const xml = zip.text(ref.path, ref.name) ?? '';
  const rows = parseSheetCells(xml, sst, { rows: 100_000, cells: 1_000_000 }, budget, (p) => {
    throw new ReadError(sheetProblemText(p, fileName, ref.name, 'Hãy xóa phần thừa hoặc chép danh sách sang một tệp mới rồi nhập lại.'));
  });
  const out: Array<{ line: number; cells: string[] }> = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(r)!;
    let width = 0;
    for (const c of cells) if (c.col > width) width = c.col;
    const texts = new Array<string>(width).fill('');
    for (const c of cells) texts[c.col - 1] = cellText(c);
    if (texts.some((t) => t !== '')) out.push({ line: r, cells: texts });
  }
  return { sheet: ref.name, rows: out };
}

