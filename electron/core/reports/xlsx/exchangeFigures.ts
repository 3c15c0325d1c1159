// The figures sheet of an exchange workbook: its title row, the identity block, every catalogue
// figure with its state (value, không phát sinh, blank), and the catalogue's "left ≤ right" rules.
import { hash } from 'node:crypto';
import { CATALOG, FIGURE_RULES, figureDef, type FigureDef } from '../../../../shared/domain/catalog';
import { foldVietnamese } from '../../../../shared/domain/units';
import { parseVietnameseNumber } from '../../../../shared/format/vi';
import {
  canonicalFigureText,
  CELL_PERIOD_ID,
  CELL_UNIT_CODE,
  CELL_UNIT_NAME,
  COL_CODE,
  COL_VALUE,
  FIGURES_HEADER_ROW,
  NONE_NOTE,
  NONE_WORDS,
  SHEET_FIGURES,
} from '../../../../shared/exchange';
import { cellAt, cellOf, cellText, columnLetters, type Cell, type CellValue } from './xlsxSheet';

export type EntryState = 'value' | 'none' | 'blank';

export interface ReadEntry {
  code: string;
  state: EntryState;
  /** The number for 'value'; null for 'none' and 'blank'. */
  value: number | null;
  /** Where it was read: "E12". */
  cell: string;
  /** The Ghi chú column, as written. */
  note: string;
}

export interface ExchangeIdentity {
  unitName: string;
  unitCode: string;
  periodId: string;
}

/** Folded short texts: the sheet's labels ("Mã", "Giá trị", "Không phát sinh") recur in every file. */
const FOLDED = new Map<string, string>();

export function fold(s: string): string {
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = foldVietnamese(s).replace(/[.:]+$/, '').trim();
    // Bounded: only short texts are kept, and never more than a few hundred.
    if (s.length <= 40) {
      if (FOLDED.size >= 500) FOLDED.clear();
      FOLDED.set(s, f);
    }
  }
  return f;
}
const NONE_FOLDED = new Set(NONE_WORDS.map(fold));
const NONE_NOTE_FOLDED = fold(NONE_NOTE);
const YES = new Set(['co', 'x', 'yes', 'true', 'dung', 'da ban hanh', 'da co', 'co (1)']);
const NO = new Set(['khong', 'no', 'false', 'chua', 'chua co', 'khong (0)']);

/** Where the figures sheet's columns are: the title row and its "Mã", "Giá trị" and "Ghi chú" columns. */
export interface FiguresHeader {
  row: number;
  code: number;
  value: number;
  note: number;
}

/**
 * False when `t` cannot fold to a word starting with one of `initials`: folding keeps a leading
 * ASCII letter (lower-cased) or digit as it is, so most cells are ruled out without the costly
 * Unicode fold.
 */
function mayFoldTo(t: string, initials: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return initials.includes(String.fromCharCode(c | 0x20));
  return true;
}

function headerAt(rows: Map<number, Cell[]>, r: number): FiguresHeader | null {
  const cells = rows.get(r);
  if (!cells) return null;
  let code = 0;
  let value = 0;
  let note = 0;
  for (const c of cells) {
    const t = cellText(c);
    if (!t || t.length > 12 || !mayFoldTo(t, 'mg')) continue;
    const f = fold(t);
    if (f === 'ma' && !code) code = c.col;
    else if (f === 'gia tri' && !value) value = c.col;
    else if (f === 'ghi chu' && !note) note = c.col;
  }
  return code && value ? { row: r, code, value, note: note || value + 1 } : null;
}

/** Finds the title row ("Mã" … "Giá trị") in case rows or columns were moved by hand. */
export function findHeader(rows: Map<number, Cell[]>): FiguresHeader | null {
  const expected = headerAt(rows, FIGURES_HEADER_ROW);
  if (expected) return expected;
  for (let r = 1; r <= 40; r++) {
    const h = headerAt(rows, r);
    if (h) return h;
  }
  return null;
}

const IDENTITY_LABELS = new Map<string, keyof ExchangeIdentity>([
  ['don vi bao cao', 'unitName'],
  ['ma don vi', 'unitCode'],
  ['ma ky', 'periodId'],
]);
const IDENTITY_WORDS = /^(don vi bao cao|ma don vi|ky bao cao|ma ky)$/;

/** The identity block: by its labels when present, else by the fixed cells. */
export function readIdentity(rows: Map<number, Cell[]>, headerRow: number): ExchangeIdentity {
  const found: Partial<Record<keyof ExchangeIdentity, string>> = {};
  for (let r = 1; r < headerRow; r++) {
    const row = rows.get(r);
    if (!row) continue;
    const cells = row.slice().sort((a, b) => a.col - b.col);
    const texts = cells.map(cellText);
    // Labels are short; long texts (the title, the hint) are never folded.
    const folded = texts.map((t) => (t.length <= 20 && mayFoldTo(t, 'dmk') ? fold(t) : ''));
    for (let i = 0; i < cells.length; i++) {
      const key = IDENTITY_LABELS.get(folded[i]!);
      if (!key) continue;
      let j = i + 1;
      while (j < cells.length && texts[j] === '') j++;
      found[key] = j < cells.length && !IDENTITY_WORDS.test(folded[j]!) ? texts[j]! : '';
    }
  }
  return {
    unitName: found.unitName ?? cellText(cellAt(rows, CELL_UNIT_NAME.row, CELL_UNIT_NAME.col)),
    unitCode: (found.unitCode ?? cellText(cellAt(rows, CELL_UNIT_CODE.row, CELL_UNIT_CODE.col))).trim(),
    periodId: (found.periodId ?? cellText(cellAt(rows, CELL_PERIOD_ID.row, CELL_PERIOD_ID.col))).trim(),
  };
}

/** The numeric checks of one value, for any figure that is not a computed rate. */
export function valueProblem(def: FigureDef, value: number): string | null {
  if (!Number.isFinite(value)) return 'phải là một số';
  if (value < 0) return 'không được âm';
  if (def.boolean && value !== 0 && value !== 1) return 'chỉ nhận Có (1) hoặc Không (0)';
  if (!def.fractional && !Number.isInteger(value)) return `phải là số nguyên (đơn vị tính: ${def.unit})`;
  if (value > 1e15) return 'quá lớn';
  return null;
}

const CATALOG_ORDER = new Map(CATALOG.map((d, i) => [d.code, i]));

/** sha256 of the canonical text, the same way the writer computes `figureDigest`. */
export function entriesDigest(entries: readonly ReadEntry[]): string {
  const sorted = [...entries].sort((a, b) => CATALOG_ORDER.get(a.code)! - CATALOG_ORDER.get(b.code)!);
  // The one-shot hash: no Hash object per file.
  return hash('sha256', canonicalFigureText(sorted.map((e) => ({ code: e.code, state: e.state, value: e.state === 'value' ? e.value : null }))), 'hex');
}

/** What one value cell says: the entry's state and number, or why the cell is refused. */
interface Reading {
  state: EntryState;
  value: number | null;
  /** The text a number was read from, when it was written in words or with separators. */
  spelled?: string;
  /** Why the cell is refused (the middle of the error sentence). */
  bad?: string;
}

const NONE_READING: Reading = { state: 'none', value: null };
const BLANK_READING: Reading = { state: 'blank', value: null };
const EMPTY_VALUE: CellValue = { kind: 'empty' };
const refused = (bad: string): Reading => ({ state: 'blank', value: null, bad });

function readValue(def: FigureDef, v: CellValue, noteIsNone: boolean): Reading {
  let n: number;
  let spelled: string | undefined;
  if (v.kind === 'empty') return noteIsNone ? NONE_READING : BLANK_READING;
  if (v.kind === 'error') return refused(`ô có lỗi "${v.s}" thay vì số liệu`);
  if (v.kind === 'bool') {
    if (!def.boolean) return refused(`ô ghi đúng/sai (${v.b ? 'TRUE' : 'FALSE'}) nhưng chỉ số này là số đếm`);
    n = v.b ? 1 : 0;
  } else if (v.kind === 'number') {
    if (v.n === 0 && noteIsNone) return NONE_READING;
    n = v.n;
  } else {
    const t = v.s;
    const f = fold(t);
    if (NONE_FOLDED.has(f)) return NONE_READING;
    if (def.boolean && YES.has(f)) n = 1;
    else if (def.boolean && NO.has(f)) n = 0;
    else {
      const parsed = parseVietnameseNumber(t);
      if (parsed === null) return refused(`giá trị "${t.slice(0, 60)}" không phải là số`);
      n = parsed;
      spelled = t;
    }
  }
  const problem = valueProblem(def, n);
  return { state: 'value', value: n, spelled, bad: problem ? `giá trị ${String(n)} ${problem}` : undefined };
}

const SHEET = `trang "${SHEET_FIGURES}"`;
const LOOKS_LIKE_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-L][0-9]$/;

/** The start of every sentence about one figure's value cell. */
function figurePlace(file: string, ref: string, code: string, def: FigureDef): string {
  return `Tệp ${file}, ${SHEET}, ô ${ref} (mã ${code}, "${def.label}")`;
}

/** The catalogue figures below the title row `header` (null when findHeader found none). */
export function readFigures(rows: Map<number, Cell[]>, header: FiguresHeader | null, file: string, errors: string[], warnings: string[]): ReadEntry[] {
  if (!header) {
    errors.push(`Tệp ${file}, ${SHEET}: không tìm thấy dòng tiêu đề có cột "Mã" và cột "Giá trị" (dòng ${FIGURES_HEADER_ROW} của biểu). Các cột của biểu không được xóa hoặc đổi tên; hãy đề nghị đơn vị dùng lại biểu của ứng dụng.`);
    return [];
  }
  if (header.row !== FIGURES_HEADER_ROW || header.code !== COL_CODE || header.value !== COL_VALUE) {
    warnings.push(`Tệp ${file}, ${SHEET}: dòng tiêu đề ở ô ${columnLetters(header.code)}${header.row} (biểu gốc ở dòng ${FIGURES_HEADER_ROW}); các dòng hoặc cột đã bị chèn, xóa. Số liệu vẫn đọc theo cột "Mã" và "Giá trị", hãy kiểm tra lại.`);
  }
  const entries: ReadEntry[] = [];
  const seen = new Map<string, string>();
  const sortedRows = [...rows.keys()].filter((r) => r > header.row).sort((a, b) => a - b);
  for (const r of sortedRows) {
    const cells = rows.get(r)!;
    const codeCell = cellOf(cells, header.code);
    const code = cellText(codeCell).toUpperCase();
    if (!code) continue;
    const def = figureDef(code);
    if (!def) {
      if (LOOKS_LIKE_CODE.test(code)) warnings.push(`Tệp ${file}, ${SHEET}, ô ${codeCell!.ref}: mã "${code}" không có trong danh mục chỉ số, dòng này được bỏ qua.`);
      continue;
    }
    const valueCell = cellOf(cells, header.value);
    const ref = valueCell?.ref ?? `${columnLetters(header.value)}${r}`;
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      errors.push(`${figurePlace(file, ref, code, def)}: mã ${code} xuất hiện hai lần (đã có ở ô ${earlier}). Mỗi chỉ số chỉ ghi một dòng; hãy đề nghị đơn vị xóa dòng thừa rồi gửi lại.`);
      continue;
    }
    seen.set(code, ref);
    if (def.source.type === 'ratio') continue; // Rates are recomputed from their parts.
    const note = cellText(cellOf(cells, header.note));
    if (valueCell?.formulaNoCache) {
      errors.push(`${figurePlace(file, ref, code, def)}: ô có công thức nhưng không có giá trị đã tính (tệp được tạo bởi phần mềm không tính công thức). Hãy đề nghị đơn vị mở tệp bằng Excel, lưu lại rồi gửi lại, hoặc ghi số trực tiếp.`);
      continue;
    }
    const noteIsNone = note !== '' && /^kh/i.test(note) && fold(note).startsWith(NONE_NOTE_FOLDED);
    const reading = readValue(def, valueCell?.value ?? EMPTY_VALUE, noteIsNone);
    if (reading.spelled !== undefined) warnings.push(`${figurePlace(file, ref, code, def)}: số được ghi dạng chữ "${reading.spelled.slice(0, 30)}", đã đọc là ${String(reading.value)}.`);
    if (reading.bad !== undefined) {
      errors.push(`${figurePlace(file, ref, code, def)}: ${reading.bad}. Hãy đề nghị đơn vị sửa ô này (ghi số, "Không phát sinh" hoặc để trống nếu chưa có số liệu) rồi gửi lại.`);
      continue;
    }
    entries.push({ code, state: reading.state, value: reading.value, cell: ref, note });
  }
  entries.sort((a, b) => CATALOG_ORDER.get(a.code)! - CATALOG_ORDER.get(b.code)!);
  return entries;
}

/** Checks the catalogue's "left ≤ right" rules, naming both cells. "Không phát sinh" counts as 0. */
export function checkRules(entries: readonly ReadEntry[], file: string, errors: string[]): void {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const num = (e: ReadEntry | undefined): number | null => (!e ? null : e.state === 'value' ? e.value : e.state === 'none' ? 0 : null);
  for (const rule of FIGURE_RULES) {
    const l = byCode.get(rule.left);
    const r = byCode.get(rule.right);
    const lv = num(l);
    const rv = num(r);
    if (lv === null || rv === null || lv <= rv) continue;
    errors.push(
      `Tệp ${file}, trang "${SHEET_FIGURES}", ô ${l!.cell} (${rule.left} = ${String(lv)}) lớn hơn ô ${r!.cell} (${rule.right} = ${String(rv)}): ${rule.message} Hãy đề nghị đơn vị kiểm tra, sửa lại rồi gửi lại.`,
    );
  }
}

