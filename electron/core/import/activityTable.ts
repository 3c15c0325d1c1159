// Turns a clerk's file of activities (.csv/.txt, .json, .xlsx) into a plain table of cells: the part
// of the import that looks at the file's bytes. Synchronous and plain data in, plain data out, so it
// runs on a worker thread (readOffThread.ts) under a time limit, never on the app's main process.
import { readActivityXlsx, ImportFileError, type RawCell, type RawTable } from './activityXlsx';
import { isEmptyRow, parseCsv } from './csv';
import { decodeText } from './decodeText';
import { XLSX_LIMITS } from './xlsxGuard';

export { ImportFileError, type RawCell, type RawTable };

/** Distinct field names a JSON list may use (nine are known; the rest are shown and ignored). */
const MAX_FIELDS = 100;

export type TableRead = { ok: true; table: RawTable; warnings: string[] } | { ok: false; message: string; warnings: string[] };

function decodeTextOrRefuse(bytes: Uint8Array, fileName: string, warnings: string[]): string {
  const d = decodeText(bytes, fileName);
  if (!d.ok) throw new ImportFileError(d.message);
  if (d.warning) warnings.push(d.warning);
  return d.text;
}

function readTable(fileName: string, bytes: Uint8Array, warnings: string[]): RawTable {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const text = decodeTextOrRefuse(bytes, fileName, warnings);
    const records = parseCsv(text).map((cells, i) => ({ line: i + 1, cells }));
    const nonEmpty = records.filter((r) => !isEmptyRow(r.cells));
    return { header: nonEmpty[0]?.cells ?? [], rows: nonEmpty.slice(1) };
  }
  if (lower.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(decodeTextOrRefuse(bytes, fileName, warnings));
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError(`Tệp ${fileName} không phải JSON hợp lệ. Hãy xuất lại tệp hoặc dùng .xlsx/.csv.`);
    }
    if (!Array.isArray(data)) throw new ImportFileError(`Tệp ${fileName}: cần một danh sách (mảng) các hoạt động.`);
    const notObject = data.findIndex((o) => !o || typeof o !== 'object' || Array.isArray(o));
    if (notObject >= 0) throw new ImportFileError(`Tệp ${fileName}: phần tử thứ ${notObject + 1} của danh sách không phải một hoạt động (cần dạng {"Ngày": …, "Loại hoạt động": …, "Tên hoạt động": …}).`);
    const keys = new Set<string>();
    for (const o of data) {
      for (const k of Object.keys(o as object)) {
        keys.add(k);
        // One column per distinct name, for every row: a file naming thousands would grow as their product.
        if (keys.size > MAX_FIELDS) throw new ImportFileError(`Tệp ${fileName}: các hoạt động có hơn ${MAX_FIELDS} tên trường khác nhau, không phải một danh sách hoạt động. Mỗi hoạt động cần các trường "Ngày", "Loại hoạt động", "Tên hoạt động" (và nếu có: "Hình thức", "Số buổi", "Số lượt người", "Văn bản căn cứ", "Ghi chú").`);
      }
    }
    return {
      header: [...keys],
      rows: data.map((o, i) => ({
        line: i + 1,
        cells: [...keys].map((k): RawCell => {
          const v = (o as Record<string, unknown>)[k];
          // A nested value is not a cell: show its kind, never serialise it (it may be nested without end).
          return typeof v === 'string' || typeof v === 'number' ? v : v == null ? null : Array.isArray(v) ? '[danh sách]' : '[đối tượng]';
        }),
      })),
    };
  }
  if (lower.endsWith('.xlsx')) return readActivityXlsx(bytes, fileName);
  throw new ImportFileError(`Tệp ${fileName}: chỉ nhận .xlsx, .csv hoặc .json.`);
}

/** Reads the file; a file that cannot be used comes back as the clerk's sentence, never as a throw. */
export function readActivityTable(fileName: string, bytes: Uint8Array): TableRead {
  const warnings: string[] = [];
  try {
    if (bytes.length > XLSX_LIMITS.fileBytes) throw new ImportFileError(`Tệp ${fileName} quá lớn (${Math.round(bytes.length / 1024 / 1024)} MB). Hãy chia nhỏ danh sách hoạt động.`);
    return { ok: true, table: readTable(fileName, bytes, warnings), warnings };
  } catch (e) {
    if (e instanceof ImportFileError) return { ok: false, message: e.message, warnings };
    throw e;
  }
}
