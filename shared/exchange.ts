// The exchange workbook: what a unit sends up and the aggregator reads. Both sides use these names.
export const EXCHANGE_FORMAT = 'dcs-exchange';
export const EXCHANGE_VERSION = 1;

export const SHEET_FIGURES = 'Biểu số liệu';
export const SHEET_ACTIVITIES = 'Hoạt động';
export const SHEET_INSPECTION = 'Tự kiểm tra';
export const SHEET_TARGETS = 'Chỉ tiêu';
export const SHEET_META = '_meta';

/** Cells of the identity block on the figures sheet (row, column). */
export const CELL_UNIT_NAME = { row: 2, col: 3 } as const;
export const CELL_UNIT_CODE = { row: 2, col: 5 } as const;
export const CELL_PERIOD_ID = { row: 3, col: 5 } as const;

/** Row of the column titles on the figures sheet; data starts on the next row. */
export const FIGURES_HEADER_ROW = 5;
export const FIGURES_COLUMNS = ['STT', 'Mã', 'Chỉ số', 'Đơn vị tính', 'Giá trị', 'Ghi chú'] as const;
/** 1-based column numbers on the figures sheet. */
export const COL_CODE = 2;
export const COL_VALUE = 5;
export const COL_NOTE = 6;

/** What a clerk writes in the value cell for "không phát sinh" (any case, with or without diacritics). */
export const NONE_WORDS = ['không phát sinh', 'khong phat sinh', 'kps', 'kp'];
export const NONE_NOTE = 'Không phát sinh';

export interface ExchangeMeta {
  format: string;
  version: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  parentBody: string;
  profileId: string;
  periodId: string;
  periodFrom: string;
  periodTo: string;
  generatedAt: string;
  appVersion: string;
  revision: number;
  /** True for a blank template meant to be filled by hand. */
  template: boolean;
  /** sha256 of the canonical figure values; empty for a template. */
  digest: string;
}

export const META_KEYS: Array<keyof ExchangeMeta> = [
  'format',
  'version',
  'unitCode',
  'unitName',
  'unitKind',
  'parentBody',
  'profileId',
  'periodId',
  'periodFrom',
  'periodTo',
  'generatedAt',
  'appVersion',
  'revision',
  'template',
  'digest',
];

/** The text the digest is computed over: one "code=state:value" line per figure, in catalogue order. */
export function canonicalFigureText(values: Array<{ code: string; state: 'value' | 'none' | 'blank'; value: number | null }>): string {
  return values.map((v) => `${v.code}=${v.state}:${v.value === null ? '' : String(v.value)}`).join('\n');
}
