// The hidden _meta sheet of an exchange workbook: who made it, for which period, and the digest of
// its figures. Kept in one small module so the format can grow a field in one place.
import { isUnitKind } from '../../../../shared/domain/units';
import {
  consolidationMetaSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  META_FIGURE_UNITS,
  META_INCLUDES_SELF,
  META_KEYS,
  META_SCOPE,
  META_UNIT_COUNT,
  META_UNITS,
  SHEET_META,
  type ConsolidationMeta,
  type ExchangeMeta,
} from '../../../../shared/exchange';
import { cellText, parseSheetCells, type SharedStrings } from './xlsxSheet';
import type { SheetRef } from './xlsxWorkbook';
import { ReadError, type ReadBudget, type ZipReader } from './xlsxZip';

export function readMeta(zip: ZipReader, sheets: SheetRef[], sst: SharedStrings | null, budget: ReadBudget, file: string): { meta: Record<string, string>; found: boolean } {
  const ref = sheets.find((s) => s.name === SHEET_META);
  if (!ref) return { meta: {}, found: false };
  const xml = zip.text(ref.path, SHEET_META);
  if (xml === null) throw new ReadError(`Tệp ${file} bị hỏng: thiếu nội dung trang ${SHEET_META}. Hãy đề nghị đơn vị xuất lại biểu số liệu.`);
  const rows = parseSheetCells(xml, sst, { rows: 200, cells: 1000 }, budget, () => {
    throw new ReadError(`Tệp ${file}, trang ${SHEET_META}: có quá nhiều dòng hoặc ô nằm ngoài bảng tính, không phải trang thông tin của ứng dụng. Hãy đề nghị đơn vị xuất lại biểu số liệu.`);
  });
  const meta: Record<string, string> = {};
  for (const cells of rows.values()) {
    const key = cellText(cells.find((c) => c.col === 1));
    if (key) meta[key] = cellText(cells.find((c) => c.col === 2));
  }
  return { meta, found: true };
}

export function buildMeta(raw: Record<string, string>, file: string, errors: string[]): ExchangeMeta | null {
  const where = `Tệp ${file}, trang ẩn ${SHEET_META}`;
  if (raw.format !== EXCHANGE_FORMAT) {
    errors.push(`${where}: không có dấu hiệu định dạng "${EXCHANGE_FORMAT}" (đang ghi "${(raw.format ?? '').slice(0, 40)}"), tệp không phải biểu số liệu của ứng dụng. Hãy nhập tệp .xlsx do ứng dụng xuất ra.`);
    return null;
  }
  const version = Number(raw.version);
  if (!Number.isInteger(version) || version < 1) {
    errors.push(`${where}, dòng "version": phiên bản định dạng "${raw.version ?? ''}" không hợp lệ. Hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
    return null;
  }
  if (version > EXCHANGE_VERSION) {
    errors.push(`${where}: biểu số liệu theo định dạng phiên bản ${version}, mới hơn phiên bản ${EXCHANGE_VERSION} mà ứng dụng này đọc được. Hãy cập nhật ứng dụng rồi nhập lại.`);
    return null;
  }
  const revision = Number(raw.revision ?? '1');
  const meta: ExchangeMeta = {
    format: EXCHANGE_FORMAT,
    version,
    unitCode: (raw.unitCode ?? '').trim(),
    unitName: (raw.unitName ?? '').normalize('NFC').trim(),
    unitKind: (raw.unitKind ?? '').trim(),
    parentBody: (raw.parentBody ?? '').normalize('NFC').trim(),
    profileId: (raw.profileId ?? '').trim(),
    periodId: (raw.periodId ?? '').trim(),
    periodFrom: (raw.periodFrom ?? '').trim(),
    periodTo: (raw.periodTo ?? '').trim(),
    generatedAt: (raw.generatedAt ?? '').trim(),
    appVersion: (raw.appVersion ?? '').trim(),
    revision: Number.isInteger(revision) && revision >= 1 ? revision : 1,
    template: (raw.template ?? '').trim().toLowerCase() === 'true',
    digest: (raw.digest ?? '').trim().toLowerCase(),
    scope: 'own',
    consolidation: null,
  };
  readScope(raw, meta, where, errors);
  const missing = META_KEYS.filter((k) => raw[k] === undefined && k !== 'digest');
  if (missing.length) errors.push(`${where}: thiếu các dòng ${missing.join(', ')}. Trang này không được sửa tay; hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
  if (meta.unitKind && !isUnitKind(meta.unitKind)) errors.push(`${where}, dòng "unitKind": loại đơn vị "${meta.unitKind}" không hợp lệ. Hãy đề nghị đơn vị xuất lại biểu số liệu từ ứng dụng.`);
  return meta;
}


/**
 * A consolidation's rows of _meta: which units its figures rest on. Files written before these rows
 * existed have none and are a unit's own report.
 */
function readScope(raw: Record<string, string>, meta: ExchangeMeta, where: string, errors: string[]): void {
  const scope = (raw[META_SCOPE] ?? '').trim();
  if (scope === '' || scope === 'own') return;
  const redo = 'Trang này không được sửa tay; hãy đề nghị đơn vị xuất lại báo cáo tổng hợp từ ứng dụng.';
  if (scope !== 'consolidated') {
    errors.push(`${where}, dòng "${META_SCOPE}": giá trị "${scope.slice(0, 40)}" không hợp lệ (chỉ nhận "own" hoặc "consolidated"). ${redo}`);
    return;
  }
  const chunks = Object.keys(raw)
    .filter((k) => k === META_UNITS || k.startsWith(`${META_UNITS}.`))
    .sort((a, b) => Number(a.split('.')[1] ?? 1) - Number(b.split('.')[1] ?? 1));
  const units = chunks.map((k) => raw[k]).join('').split('\n').map((c) => c.trim()).filter(Boolean);
  let figures: unknown;
  try {
    figures = JSON.parse(raw[META_FIGURE_UNITS] ?? '');
  } catch {
    figures = undefined;
  }
  const parsed = consolidationMetaSchema.safeParse({ units, includesSelf: (raw[META_INCLUDES_SELF] ?? '').trim().toLowerCase() === 'true', figures });
  const declared = Number(raw[META_UNIT_COUNT]);
  if (!parsed.success) {
    errors.push(`${where}, dòng "${META_FIGURE_UNITS}": không đọc được số đơn vị của từng chỉ số tổng hợp. ${redo}`);
    return;
  }
  if (declared !== units.length) {
    errors.push(`${where}, dòng "${META_UNIT_COUNT}": ghi ${raw[META_UNIT_COUNT] ?? '(trống)'} đơn vị nhưng danh sách mã đơn vị có ${units.length} mã. ${redo}`);
    return;
  }
  const consolidation: ConsolidationMeta = parsed.data;
  meta.scope = 'consolidated';
  meta.consolidation = consolidation;
}
