// Reads a clerk's list of activities from an .xlsx with the same budgeted reader as received
// workbooks (xlsxSheet): one pass over the sheet under row, cell, shared-string and time budgets,
// cells decoded only when used. The parts come from the guard (xlsxGuard), which has already
// refused what is not a whole, small, macro-free workbook, with the clerk's own advice.
import { cellText, parseRef, parseSheetCells, SharedStrings, type Cell, type SheetProblem } from '../reports/xlsx/xlsxSheet';
import { listSheets, type PartSource } from '../reports/xlsx/xlsxWorkbook';
import { forEachTag, attr } from '../reports/xlsx/xmlScan';
import { READ_LIMITS, ReadBudget, ReadError, type ReadWords } from '../reports/xlsx/xlsxZip';
import { verifiedParts, XlsxRefused } from './xlsxGuard';

/** A raw cell as the importer sees it, whatever the format. */
export type RawCell = string | number | null;

export interface RawTable {
  /** Where a row came from, for messages: "dòng 5" in a CSV, "dòng 5" of sheet "Hoạt động". */
  sheet?: string;
  header: RawCell[];
  rows: Array<{ line: number; cells: RawCell[] }>;
}

/** The columns an activity list can have (nine, with room for a few extra the clerk added). */
export const MAX_COLUMNS = 30;

export const ACTIVITY_SHEET_LIMITS = {
  /** Row elements: 20,000 activities, with room for rows Excel keeps for their formatting only. */
  rows: 100_000,
  cells: 2_000_000,
  /** Cells filled from merged ranges, in all. */
  mergedCells: 1_000_000,
  milliseconds: 15_000,
};

export const ACTIVITY_WORDS: ReadWords = {
  kind: 'một danh sách hoạt động',
  usual: 'một danh sách 20.000 hoạt động chỉ cần khoảng một giây',
  advice: 'Không nhập tệp này; hãy mở tệp bằng Excel, chép danh sách hoạt động sang một sổ tính mới, lưu lại dạng "Excel Workbook (.xlsx)" (hoặc .csv) rồi nhập lại.',
};

/** Thrown with the clerk's sentence when the file cannot be used at all. */
export class ImportFileError extends Error {}

function problemText(p: SheetProblem, file: string, sheet: string): string {
  const where = `Tệp ${file}, trang "${sheet}"`;
  // The reference is a cell ("ZZZ9") or, for a row or a cell without one, says which ("dòng 99999999").
  if (p.kind === 'out-of-grid') return `${where}: ${/^(dòng|cột) /.test(p.ref) ? p.ref : `ô ${p.ref}`} nằm ngoài bảng tính Excel (cột cuối là XFD, dòng cuối là 1.048.576); tệp bị hỏng hoặc không an toàn. ${ACTIVITY_WORDS.advice}`;
  if (p.kind === 'unclosed') return `${where}: nội dung bị hỏng (ô ${p.ref} không có thẻ đóng, tệp không đúng cấu trúc .xlsx). ${ACTIVITY_WORDS.advice}`;
  return `${where}: có quá nhiều dữ liệu (hơn ${p.what}), quá 20.000 hoạt động của một lần nhập. Hãy xóa các dòng, cột thừa hoặc chia nhỏ tệp rồi nhập lại.`;
}

/** The parts the guard inflated, offered to the sheet reader. */
function partsOf(parts: Map<string, Buffer>): PartSource {
  return {
    has: (name) => parts.has(name),
    part: (name) => parts.get(name) ?? null,
    text: (name) => parts.get(name)?.toString('utf8') ?? null,
  };
}

function rawOf(c: Cell, file: string, sheet: string): RawCell {
  const v = c.value;
  if (v.kind === 'number') return v.n;
  if (v.kind === 'text') return v.s;
  if (v.kind === 'bool') return v.b ? '1' : '0';
  if (v.kind === 'error' && v.notANumber) {
    // Other spreadsheet readers take "0x10" as 16 and "0b11" as 3: a number the clerk never typed.
    throw new ImportFileError(`Tệp ${file}, trang "${sheet}", ô ${c.ref}: giá trị "${v.s.slice(0, 40)}" được lưu như một số nhưng không phải số thập phân (có thể tệp do chương trình khác tạo ra). Hãy gõ lại ô này bằng số rồi lưu lại.`);
  }
  // An Excel error (#N/A) or a formula never calculated: the cell shows no value.
  return null;
}

/**
 * Cells of merged ranges take the value of the range's first cell, as Excel shows them. Only the
 * columns and rows the list can use are filled, and no more than the budget in all.
 */
function fillMerges(xml: string, grid: Map<number, RawCell[]>, lastRow: number, budget: ReadBudget, file: string, sheet: string): void {
  const at = xml.indexOf('<mergeCells', xml.lastIndexOf('</sheetData>'));
  if (at < 0) return;
  let filled = 0;
  forEachTag(xml.slice(at), 'mergeCell', (a) => {
    budget.step();
    const [from, to] = (attr(a, 'ref') ?? '').split(':');
    const p = from ? parseRef(from) : null;
    const q = to ? parseRef(to) : null;
    if (!p || !q || p.col > MAX_COLUMNS) return;
    const value = grid.get(p.row)?.[p.col - 1] ?? null;
    if (value === null) return;
    const spend = (): void => {
      if (++filled > ACTIVITY_SHEET_LIMITS.mergedCells) throw new ImportFileError(problemText({ kind: 'too-big', what: `${ACTIVITY_SHEET_LIMITS.mergedCells.toLocaleString('vi-VN')} ô gộp` }, file, sheet));
      budget.step();
    };
    for (let r = p.row; r <= Math.min(q.row, lastRow); r++) {
      spend();
      // A row with nothing of its own is not an activity, even inside a merged range.
      const cells = grid.get(r);
      if (!cells) continue;
      for (let c = p.col; c <= Math.min(q.col, MAX_COLUMNS); c++) {
        spend();
        cells[c - 1] = value;
      }
    }
  });
}

/** The first visible sheet that has data: its header (first non-empty row) and the rows below it. */
export function readActivityXlsx(bytes: Uint8Array, file: string): RawTable {
  let parts: Map<string, Buffer>;
  try {
    parts = verifiedParts(bytes, file);
  } catch (e) {
    if (e instanceof XlsxRefused) throw new ImportFileError(e.message);
    throw e;
  }
  const budget = new ReadBudget(file, ACTIVITY_SHEET_LIMITS.milliseconds, ACTIVITY_WORDS);
  try {
    const zip = partsOf(parts);
    const sheets = listSheets(zip, file).filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
    const sstBytes = zip.part('xl/sharedStrings.xml', 'sharedStrings');
    const sst = sstBytes === null ? null : new SharedStrings(sstBytes, budget, READ_LIMITS.sharedStrings);
    for (const ref of sheets) {
      const xml = zip.text(ref.path, ref.name);
      if (xml === null) continue;
      const rows = parseSheetCells(xml, sst, ACTIVITY_SHEET_LIMITS, budget, (p) => {
        throw new ImportFileError(problemText(p, file, ref.name));
      });
      const grid = new Map<number, RawCell[]>();
      let lastRow = 0;
      for (const [r, cells] of rows) {
        let line: RawCell[] | null = null;
        for (const c of cells) {
          if (c.col > MAX_COLUMNS) continue;
          const raw = rawOf(c, file, ref.name);
          if (raw === null || (typeof raw === 'string' && cellText(c) === '')) continue;
          line ??= new Array<RawCell>(MAX_COLUMNS).fill(null);
          line[c.col - 1] = raw;
        }
        if (line) grid.set(r, line);
        if (r > lastRow) lastRow = r;
      }
      fillMerges(xml, grid, lastRow, budget, file, ref.name);
      const lines = [...grid.keys()].sort((a, b) => a - b);
      if (lines.length === 0) continue;
      const header = grid.get(lines[0]!)!;
      let width = header.length;
      while (width > 0 && header[width - 1] === null) width--;
      return { sheet: ref.name, header: header.slice(0, width), rows: lines.slice(1).map((line) => ({ line, cells: grid.get(line)! })) };
    }
    throw new ImportFileError(`Tệp ${file} không có trang tính nào chứa dữ liệu.`);
  } catch (e) {
    if (e instanceof ReadError) throw new ImportFileError(e.message);
    throw e;
  }
}
