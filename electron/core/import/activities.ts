// Reads a clerk's list of activities from .csv, .xlsx or .json. All or nothing: the preview lists
// every bad row with its line, column and what is wrong, and the import refuses if any is bad.
import { columnLetters } from '../reports/xlsx/cellRef';
import { readActivityTableOffThread } from './readOffThread';
import type { RawCell } from './activityTable';
import {
  normalizeActivity,
  parseActivityForm,
  parseActivityKind,
  validateActivity,
  ACTIVITY_FIELD_LABEL,
  type Activity,
  type ActivityInput,
} from '../../../shared/domain/activities';
import { foldVietnamese, type UnitKind } from '../../../shared/domain/units';
import { parseVietnameseDate, parseVietnameseNumber, toIsoDate } from '../../../shared/format/vi';
import { duplicateKey } from '../../../shared/domain/duplicates';
import { NO_STEP, type Step } from '../services/progress';
import type { ImportPreview, ImportPreviewRow, ImportRowValues } from '../../../shared/ipc/contract';

/** The cells a preview row shows beside its errors, as the file has them. */
const SHOWN_FIELDS = ['date', 'kind', 'title', 'form', 'sessions', 'participants'] as const;

type Field = keyof ActivityInput;

const HEADERS: Array<{ field: Field; names: string[]; required: boolean }> = [
  { field: 'date', names: ['ngay', 'ngay thuc hien', 'ngay to chuc'], required: true },
  { field: 'kind', names: ['loai hoat dong', 'loai'], required: true },
  { field: 'title', names: ['ten hoat dong', 'noi dung', 'ten'], required: true },
  { field: 'form', names: ['hinh thuc'], required: false },
  { field: 'sessions', names: ['so buoi', 'so cuoc'], required: false },
  { field: 'participants', names: ['so luot nguoi', 'so nguoi', 'so luot', 'luot nguoi'], required: false },
  { field: 'basisDoc', names: ['van ban can cu', 'can cu', 'so ky hieu van ban'], required: false },
  { field: 'notes', names: ['ghi chu'], required: false },
  { field: 'measures', names: ['giai phap'], required: false },
];

export const MAX_IMPORT_ROWS = 20_000;

function cellText(c: RawCell): string {
  if (c === null) return '';
  return String(c).normalize('NFC').trim();
}

function parseDateCell(c: RawCell): string | null {
  if (typeof c === 'number' && c > 20000 && c < 80000) {
    // An Excel date: serial days since 1899-12-30, the time of day as the fraction (dropped).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86_400_000);
    return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  return parseVietnameseDate(cellText(c));
}

function parseIntCell(c: RawCell): number | null | 'bad' {
  if (c === null || cellText(c) === '') return null;
  const n = typeof c === 'number' ? c : parseVietnameseNumber(cellText(c));
  if (n === null || !Number.isInteger(n)) return 'bad';
  return n;
}

/** What the importer compares a file with: the activities already recorded (any period). */
export type Recorded = ReadonlyArray<Pick<Activity, 'id' | 'date' | 'kind' | 'title'>>;

/** `step`: told while the file is read and its rows are checked (for the window's progress bar). */
export async function previewActivityImport(fileName: string, bytes: Uint8Array, unitKind?: UnitKind, recorded: Recorded = [], today?: string, step: Step = NO_STEP): Promise<ImportPreview> {
  await step(0, 1, `Đang đọc tệp ${fileName}`);
  const read = await readActivityTableOffThread(fileName, bytes);
  const warnings = read.warnings;
  if (!read.ok) return { fileName, rows: [], errors: [read.message], warnings, canImport: false, duplicates: 0 };
  const table = read.table;
  const where = table.sheet ? `Tệp ${fileName}, trang "${table.sheet}"` : `Tệp ${fileName}`;
  const colOf = new Map<Field, number>();
  table.header.forEach((h, i) => {
    const key = foldVietnamese(cellText(h));
    const spec = HEADERS.find((x) => x.names.includes(key));
    if (spec && !colOf.has(spec.field)) colOf.set(spec.field, i);
  });
  const missing = HEADERS.filter((h) => h.required && !colOf.has(h.field));
  if (missing.length) {
    return {
      fileName,
      rows: [],
      errors: [
        `${where}: thiếu cột ${missing.map((m) => `"${ACTIVITY_FIELD_LABEL[m.field]}"`).join(', ')} ở dòng tiêu đề (dòng 1). Các cột cần có: Ngày, Loại hoạt động, Tên hoạt động, Hình thức, Số buổi, Số lượt người, Văn bản căn cứ, Ghi chú.`,
      ],
      warnings,
      canImport: false,
      duplicates: 0,
    };
  }
  if (table.rows.length === 0) return { fileName, rows: [], errors: [`${where}: không có dòng dữ liệu nào dưới dòng tiêu đề.`], warnings, canImport: false, duplicates: 0 };
  if (table.rows.length > MAX_IMPORT_ROWS) return { fileName, rows: [], errors: [`${where}: quá ${MAX_IMPORT_ROWS} dòng. Hãy chia nhỏ tệp.`], warnings, canImport: false, duplicates: 0 };
  const known = new Map<string, number>();
  for (const r of recorded) if (!known.has(duplicateKey(r))) known.set(duplicateKey(r), r.id);
  const inFile = new Map<string, number>();

  const rows: ImportPreviewRow[] = [];
  const total = table.rows.length;
  for (const [index, { line, cells }] of table.rows.entries()) {
    if (index % 250 === 0) await step(index, total, 'Đang kiểm tra các dòng', 'dòng');
    const errors: string[] = [];
    const at = (field: Field): { cell: RawCell; ref: string } => {
      const i = colOf.get(field);
      return { cell: i === undefined ? null : (cells[i] ?? null), ref: i === undefined ? '' : `${columnLetters(i + 1)}${line}` };
    };
    const cellError = (field: Field, msg: string): void => {
      const { ref } = at(field);
      errors.push(`${where}, dòng ${line}, ô ${ref} (${ACTIVITY_FIELD_LABEL[field]}): ${msg}`);
    };
    const input: Partial<ActivityInput> = {};
    const date = parseDateCell(at('date').cell);
    if (date) input.date = date;
    else cellText(at('date').cell) === '' ? cellError('date', 'còn trống.') : cellError('date', `"${cellText(at('date').cell)}" không phải ngày dd/mm/yyyy.`);
    const kindText = cellText(at('kind').cell);
    const kind = parseActivityKind(kindText);
    if (kind) input.kind = kind;
    else cellError('kind', kindText ? `"${kindText}" không có trong danh mục 14 loại hoạt động (ghi mã, số thứ tự 1–14 hoặc tên loại).` : 'còn trống.');
    input.title = cellText(at('title').cell);
    const formText = cellText(at('form').cell);
    const form = parseActivityForm(formText);
    if (form) input.form = form;
    else cellError('form', `"${formText}" không hợp lệ: ghi Trực tiếp, Trực tuyến hoặc Kết hợp.`);
    for (const f of ['sessions', 'participants'] as const) {
      const v = parseIntCell(at(f).cell);
      if (v === 'bad') cellError(f, `"${cellText(at(f).cell)}" không phải số nguyên.`);
      else if (v !== null) input[f] = v;
    }
    input.basisDoc = cellText(at('basisDoc').cell);
    input.notes = cellText(at('notes').cell);
    const measures = cellText(at('measures').cell);
    input.measures = measures ? measures.split(/[;,]\s*/).map((m) => m.trim()).filter(Boolean) : [];
    const normalized = normalizeActivity(input);
    if (errors.length === 0) {
      for (const fe of validateActivity(normalized, unitKind, today)) cellError(fe.field, fe.message);
    }
    const values: ImportRowValues = {};
    for (const f of SHOWN_FIELDS) if (colOf.has(f)) values[f] = cellText(at(f).cell);
    const activity = errors.length === 0 ? (normalized as ActivityInput) : null;
    let duplicate: ImportPreviewRow['duplicate'];
    if (activity) {
      const key = duplicateKey(activity);
      const id = known.get(key);
      const earlier = inFile.get(key);
      if (id !== undefined) duplicate = { activityId: id };
      else if (earlier !== undefined) duplicate = { line: earlier };
      else inFile.set(key, line);
    }
    const row: ImportPreviewRow = { line, activity, errors, values };
    if (duplicate) row.duplicate = duplicate;
    rows.push(row);
  }
  await step(total, total, 'Đang kiểm tra các dòng', 'dòng');
  const errors = rows.flatMap((r) => r.errors);
  return { fileName, rows, errors, warnings, canImport: errors.length === 0, duplicates: rows.filter((r) => r.duplicate).length };
}
