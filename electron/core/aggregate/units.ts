// The list of units that must report: read from .csv or .xlsx (columns Mã đơn vị, Tên đơn vị,
// Loại đơn vị, Cấp trên). All or nothing: any bad row refuses the whole file with every problem
// listed by line and column.
import { basename, extname } from 'node:path';
import type { UnitsImportResult } from '../../../shared/aggregate/api';
import type { ExpectedUnit } from '../../../shared/aggregate/types';
import { cleanExpectedUnit, KIND_CHOICES, validateExpectedUnit } from '../../../shared/aggregate/units';
import { foldVietnamese, parseUnitKind } from '../../../shared/domain/units';
import { UserError } from '../../../shared/result';
import type { Db } from '../db/open';
import { isEmptyRow, parseCsv } from '../import/csv';
import { decodeText } from '../import/decodeText';
import { columnLetters, ExchangeReadError, readSheetRows } from '../reports/xlsx/exchangeReader';
import { readFileCapped } from './readOne';
import * as repo from './repo';

const HEADERS: Array<{ field: keyof ExpectedUnit; label: string; names: string[]; required: boolean }> = [
  { field: 'code', label: 'Mã đơn vị', names: ['ma don vi', 'ma', 'ma dv'], required: true },
  { field: 'name', label: 'Tên đơn vị', names: ['ten don vi', 'ten', 'ten co quan, don vi', 'ten co quan'], required: true },
  { field: 'kind', label: 'Loại đơn vị', names: ['loai don vi', 'loai', 'loai hinh'], required: true },
  { field: 'parent', label: 'Cấp trên', names: ['cap tren', 'don vi cap tren', 'co quan cap tren', 'co quan chu quan', 'truc thuoc'], required: false },
];

export const MAX_UNITS = 20_000;

/** Parses and checks a list of units; throws a UserError listing every bad row. */
export function parseUnitList(fileName: string, bytes: Uint8Array): ExpectedUnit[] {
  const ext = extname(fileName).toLowerCase();
  let sheet = '';
  let rows: Array<{ line: number; cells: string[] }>;
  if (ext === '.csv' || ext === '.txt') {
    const decoded = decodeText(bytes, fileName);
    if (!decoded.ok) throw new UserError('IMPORT_REJECTED', decoded.message);
    rows = parseCsv(decoded.text).map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      const r = readSheetRows(bytes, fileName);
      sheet = r.sheet;
      rows = r.rows;
    } catch (e) {
      if (e instanceof ExchangeReadError) throw new UserError('IMPORT_REJECTED', e.message);
      throw e;
    }
  } else throw new UserError('BAD_FILE', `Tệp ${fileName}: danh sách đơn vị phải là tệp .xlsx hoặc .csv.`);
  const where = (line: number, col?: number): string => `${sheet ? `trang "${sheet}", ` : ''}dòng ${line}${col !== undefined ? `, cột ${sheet ? `${columnLetters(col + 1)} ` : ''}` : ''}`;
  const headerAt = rows.findIndex((r) => r.cells.some((c) => HEADERS[0]!.names.includes(foldVietnamese(c))));
  if (headerAt < 0) {
    throw new UserError('IMPORT_REJECTED', `Tệp ${fileName}: không tìm thấy dòng tiêu đề có các cột ${HEADERS.map((h) => `"${h.label}"`).join(', ')}. Hãy thêm dòng tiêu đề rồi nhập lại.`);
  }
  const header = rows[headerAt]!;
  const col = new Map<keyof ExpectedUnit, number>();
  header.cells.forEach((c, i) => {
    const h = HEADERS.find((x) => x.names.includes(foldVietnamese(c)));
    if (h && !col.has(h.field)) col.set(h.field, i);
  });
  const missingCols = HEADERS.filter((h) => h.required && !col.has(h.field));
  if (missingCols.length) {
    throw new UserError('IMPORT_REJECTED', `Tệp ${fileName}, ${where(header.line)}: thiếu cột ${missingCols.map((h) => `"${h.label}"`).join(', ')}. Không có đơn vị nào được nhập.`);
  }
  // Excel writes the rows a sheet once used as ";;;" (or blank cells): they are not units.
  const data = rows.slice(headerAt + 1).filter((r) => !isEmptyRow(r.cells));
  if (data.length === 0) throw new UserError('IMPORT_REJECTED', `Tệp ${fileName} không có dòng đơn vị nào dưới dòng tiêu đề.`);
  if (data.length > MAX_UNITS) throw new UserError('IMPORT_REJECTED', `Tệp ${fileName} có ${data.length} dòng, quá giới hạn ${MAX_UNITS} đơn vị.`);
  const errors: string[] = [];
  const units: ExpectedUnit[] = [];
  const seen = new Map<string, number>();
  for (const r of data) {
    const get = (f: keyof ExpectedUnit): string => (col.has(f) ? (r.cells[col.get(f)!] ?? '') : '');
    const kindText = get('kind');
    const kind = parseUnitKind(kindText);
    const u = { code: get('code').trim(), name: get('name'), kind: kind ?? undefined, parent: get('parent') };
    for (const e of validateExpectedUnit(u)) {
      const c = col.get(e.field);
      const label = HEADERS.find((h) => h.field === e.field)!.label;
      const detail = e.field === 'kind' && kindText ? `"${kindText}" không phải loại đơn vị; hãy ghi một trong: ${KIND_CHOICES}.` : e.message;
      errors.push(`Tệp ${fileName}, ${where(r.line, c)}("${label}"): ${detail}`);
    }
    const key = u.code.toUpperCase();
    if (u.code && seen.has(key)) errors.push(`Tệp ${fileName}, ${where(r.line)}: mã đơn vị "${u.code}" trùng với dòng ${seen.get(key)}.`);
    else if (u.code) seen.set(key, r.line);
    if (kind) units.push(cleanExpectedUnit({ code: u.code, name: u.name, kind, parent: u.parent }));
  }
  if (errors.length) {
    throw new UserError('IMPORT_REJECTED', `Không nhập tệp ${fileName}: có ${errors.length} lỗi, chưa có đơn vị nào được lưu. Hãy sửa các dòng dưới đây rồi nhập lại.`, errors.slice(0, 200));
  }
  return units;
}

export function importUnitList(db: Db, path: string): UnitsImportResult {
  const fileName = basename(path);
  const { bytes, error } = readFileCapped(path, 20 * 1024 * 1024);
  if (!bytes) throw new UserError('FILE', error ?? `Không đọc được tệp ${fileName}.`);
  const units = parseUnitList(fileName, bytes);
  const { added, updated } = db.transaction(() => repo.upsertUnits(db, units))();
  return { fileName, added, updated, units: repo.listUnits(db) };
}
