// The exchange workbook: what a unit sends up and the aggregator reads. Both sides use these names.
import { z } from 'zod';

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
  /** A unit's own report, or a consolidation of the reports of the units under it. */
  scope: ExchangeScope;
  /** For a consolidation: which units its figures rest on; null for a unit's own report. */
  consolidation: ConsolidationMeta | null;
}

export type ExchangeScope = 'own' | 'consolidated';

const count = z.number().int().nonnegative();

/**
 * How many units one consolidated figure rests on: `units` gave it (a number or "không phát sinh"),
 * `none` of them declared "không phát sinh", `blank` left it empty; for a yes/no figure, `yes` of
 * the `units` answered "có" (the file's value cell is then empty: one unit's yes/no cannot hold it).
 */
export const figureUnitsSchema = z.object({ units: count, blank: count, none: count, yes: count.optional() });
export type FigureUnits = z.infer<typeof figureUnitsSchema>;

export const consolidationMetaSchema = z.object({
  /** Codes of the units whose reports are summed, as the consolidating body lists them. */
  units: z.array(z.string()),
  /** The consolidating body's own report is one of them (so the level above must not add it again). */
  includesSelf: z.boolean(),
  /** Per figure code (not the rates, which follow from their parts). */
  figures: z.record(z.string(), figureUnitsSchema),
});
export type ConsolidationMeta = z.infer<typeof consolidationMetaSchema>;

/**
 * Rows of _meta after META_KEYS, written by newer versions only: a file without them is a unit's
 * own report. The unit codes are split over `units`, `units.2`, … so no cell passes Excel's limit.
 */
export const META_SCOPE = 'scope';
export const META_UNIT_COUNT = 'unitCount';
export const META_INCLUDES_SELF = 'includesSelf';
export const META_UNITS = 'units';
export const META_FIGURE_UNITS = 'figureUnits';
export const META_CELL_CHARS = 30_000;

export const META_KEYS: Array<Exclude<keyof ExchangeMeta, 'scope' | 'consolidation'>> = [
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
