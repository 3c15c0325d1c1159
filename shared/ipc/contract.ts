// The one list of operations the app offers. The Electron IPC handlers, the `dcs` CLI and the
// loopback test bridge all dispatch through it to the same services in electron/core.
import { z } from 'zod';
import { ACTIVITY_INPUT_SCHEMA, type Activity, type ActivityInput } from '../domain/activities';
import { FIGURE_ENTRY_SCHEMA, type FigureEntry, type ResolvedFigure } from '../domain/catalog';
import { INSPECTION_STATUSES, type ChecklistItem, type InspectionStatus } from '../domain/checklists.types';
import type { InspectionSuggestion } from '../domain/checklistMatch';
import type { PeriodInfo } from '../domain/periods';
import type { Change } from '../domain/changes';
import type { ReportCheck } from '../checks/types';
import type { TaskDef } from '../domain/profiles/types';
import type { PeriodStatus } from '../domain/status';
import { ASSESSMENT_KEYS, TASK_STATUSES, UNIT_PROFILE_SCHEMA, type AssessmentKey, type TaskStatus, type UnitProfile } from '../domain/unitProfile';
import { UNIT_KINDS } from '../domain/units';
import type { ReportDocument } from '../report/document';
import type { ImportReport, UnitsImportResult } from '../aggregate/api';
import { AGGREGATE_ARG_CHECKS, type AggregateApi } from './aggregateContract';
import { PLAN_ARG_CHECKS, type PlanApi } from './planContract';
import { int, none, parseWith, text, type Parsed, type Same } from '../schema';

export interface ProfileSummary {
  id: string;
  name: string;
  /** national frame, a province's plan, or a commune's or Sở's plan on top of it. */
  scope: 'national' | 'province' | 'local';
  /** Shipped, imported from a file, or the national frame under the province's name. */
  origin: 'builtin' | 'imported' | 'national';
  provinceId: string;
  /** For a local plan: the province plan it adds to. */
  parent: string | null;
  provinceBody: string;
  /** Who the units report to; null when the plan leaves it to the unit. */
  reportTo: string | null;
  targets: number;
  tasks: number;
  /** The measures of the province's resolution an activity can be tagged with (Thanh Hóa 3.1–3.6). */
  measures: Array<{ code: string; label: string }>;
}

export interface FigureRow extends ResolvedFigure {
  /** Typed figures can be edited; derived and computed ones cannot. */
  editable: boolean;
  /** The rule messages this figure currently breaks. */
  problems: string[];
}

export interface InspectionRow {
  item: ChecklistItem;
  status: InspectionStatus | null;
  evidence: string;
  /** Activities in the period that show the item was done, and the evidence naming them. */
  suggestion: InspectionSuggestion | null;
}

export interface TaskRow {
  task: TaskDef;
  status: TaskStatus | null;
  note: string;
}

export interface TextRow {
  key: AssessmentKey;
  label: string;
  text: string;
  /** The app's proposal from the data, for the clerk to accept or edit. */
  draft: string;
}

/** A preview row's cells as written in the file (what a bad row shows beside its errors). */
export type ImportRowValues = Partial<Record<'date' | 'kind' | 'title' | 'form' | 'sessions' | 'participants', string>>;

export interface ImportPreviewRow {
  line: number;
  activity: ActivityInput | null;
  errors: string[];
  values: ImportRowValues;
  /** Same date, kind and title as a recorded activity, or as an earlier line of the file. */
  duplicate?: { activityId: number } | { line: number };
}

export interface ImportPreview {
  fileName: string;
  rows: ImportPreviewRow[];
  errors: string[];
  /** Things worth a look that do not stop the import (e.g. the file was in Windows-1258). */
  warnings: string[];
  /** True when every row is valid and there is at least one. */
  canImport: boolean;
  /** Rows that are already recorded (or repeat an earlier line): skipped unless kept. */
  duplicates: number;
}

/** What an import does with rows already recorded: skip them (the default) or add them again. */
export type DuplicateChoice = 'skip' | 'keep';

export interface BackupInfo {
  file: string;
  size: number;
  modified: string;
}

export interface ExportResult {
  docx: string;
  xlsx: string;
  revision: number;
  warnings: string[];
}

/** What the app saves through a save dialog; each kind remembers the folder it was last saved in. */
export const EXPORT_KINDS = ['report', 'consolidated', 'reminder'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Where the user chose to save: the folder, and the file name without its extension. */
export interface SaveTarget {
  dir: string;
  name: string;
  path: string;
}

/** A received file: when the system says it was last saved (ms since 1970, File.lastModified). */
export interface ReceivedFileArg extends FileArg {
  lastModified?: number;
}

export interface FileArg {
  fileName: string;
  /** File content, base64; the renderer reads files the user picked or dropped. */
  base64: string;
}

/**
 * Whether the data could be opened at start-up. With a problem (damaged, in use by another
 * program, not backed up before an upgrade) the app shows a start-up screen offering the backups;
 * asking again retries the opening.
 */
export type StartupState =
  | { state: 'ready'; notices: string[] }
  | { state: 'problem'; code: string; message: string; dbPath: string; backups: BackupInfo[] };

/** The long operations that report how far they are while their call runs. */
// The aggregation inbox needs none: it sends files in batches and each answer moves its bar.
export const PROGRESS_OPS = ['report.export', 'activity.importPreview', 'activity.import', 'aggregate.report'] as const;
export type ProgressOp = (typeof PROGRESS_OPS)[number];

/**
 * Pushed by the app while a long operation runs (the Electron door sends it on PROGRESS_CHANNEL, the
 * test bridge streams it from /api/events): `done` of `total`, and what is being done now.
 */
export interface ProgressEvent {
  op: ProgressOp;
  done: number;
  total: number;
  /** The stage, in Vietnamese: "Đang soạn báo cáo (.docx)". */
  step: string;
  /** What is counted ("dòng", "tệp"), when done/total count things; else they are parts of the work. */
  unit?: string;
}

export const PROGRESS_CHANNEL = 'dcs:progress';

export interface Api extends AggregateApi, PlanApi {
  'app.startup': { arg: void; result: StartupState };
  /** With the data file gone but backups beside it: start with empty data instead of restoring. */
  'app.startFresh': { arg: void; result: StartupState };
  'app.info': { arg: void; result: { dbPath: string; version: string; schemaVersion: number; today: string } };
  /** Asks the user for a folder (native dialog in the app); null when cancelled. */
  'app.chooseFolder': { arg: { purpose: 'export' }; result: string | null };
  /**
   * Asks where to save an export with the system's save dialog, opened in the folder this kind was
   * last saved in, on the export's usual file name; null when cancelled.
   */
  'app.chooseSaveFile': { arg: { kind: ExportKind; period: string; format: 'docx' | 'pdf' }; result: SaveTarget | null };
  /** The folder each kind of export was last saved in (kept between runs). */
  'app.exportFolders': { arg: void; result: Partial<Record<ExportKind, string>> };
  /**
   * What the window holds unsaved (empty when nothing), in the words its leave prompt uses: closing
   * the app window asks first while the list is not empty.
   */
  'app.setUnsaved': { arg: { what: string[] }; result: void };
  /** Saves the report shown in the window as a PDF (A4, NĐ 30 margins, from the print layout) at a chosen place. */
  'app.savePdf': { arg: { dir: string; name: string }; result: { path: string } };
  /** Backs the database up now, into the backups folder next to it. */
  'backup.now': { arg: void; result: BackupInfo };
  'backup.list': { arg: void; result: BackupInfo[] };
  /** Asks the user for a backup file (native dialog in the app); null when cancelled. */
  'backup.chooseFile': { arg: void; result: string | null };
  /** Checks the file, keeps the current data as a backup, then restores. */
  'backup.restore': { arg: { file: string }; result: { keptCurrentAs: string | null; currentWasDamaged: boolean } };
  /** Opens a folder the app wrote into, in the system's file manager. */
  'app.openFolder': { arg: { path: string }; result: boolean };
  /** Opens a file the app copied out for viewing (e.g. a unit's signed report) in its default program. */
  'app.openFile': { arg: { path: string }; result: boolean };
  /**
   * Imports received files whose bytes the renderer read (files picked or dropped in the app).
   * Send them in batches of a few dozen: each call answers one batch, which drives the progress bar.
   */
  /** Without `receivedAt`, each workbook counts as received on its own date (its `lastModified`, see receivedDateOf). */
  'aggregate.importFiles': { arg: { period: string; files: ReceivedFileArg[]; receivedAt?: string }; result: ImportReport };
  /** The list of expected units from a .csv/.xlsx the renderer read. */
  'aggregate.units.importFile': { arg: FileArg; result: UnitsImportResult };
  'profiles.list': { arg: void; result: ProfileSummary[] };
  'unit.get': { arg: void; result: UnitProfile | null };
  'unit.set': { arg: UnitProfile; result: UnitProfile };
  'unit.defaults': { arg: { profileId: string; kind: UnitProfile['kind']; name: string }; result: UnitProfile };
  'period.describe': { arg: { period: string }; result: PeriodInfo };
  'period.current': { arg: void; result: PeriodInfo };
  'period.status': { arg: { period: string }; result: PeriodStatus };
  'activity.list': { arg: { period: string }; result: Activity[] };
  'activity.get': { arg: { id: number }; result: Activity };
  'activity.add': { arg: ActivityInput; result: Activity };
  'activity.update': { arg: { id: number; activity: ActivityInput }; result: Activity };
  'activity.remove': { arg: { id: number }; result: Activity };
  'activity.importPreview': { arg: FileArg; result: ImportPreview };
  /** The blank list to fill in Excel: the importer's headers (xlsx with a guide sheet, or csv). */
  'activity.template': { arg: { format: 'xlsx' | 'csv' }; result: FileArg };
  'activity.import': { arg: { fileName: string; base64: string; duplicates?: DuplicateChoice }; result: { added: number; skipped: number } };
  'figure.list': { arg: { period: string }; result: FigureRow[] };
  'figure.set': { arg: { period: string; code: string; entry: FigureEntry | null }; result: FigureRow[] };
  'inspect.list': { arg: { period: string }; result: InspectionRow[] };
  'inspect.set': { arg: { period: string; itemId: string; status: InspectionStatus | null; evidence: string }; result: InspectionRow };
  'task.list': { arg: { period: string }; result: TaskRow[] };
  'task.set': { arg: { period: string; taskId: string; status: TaskStatus | null; note: string }; result: TaskRow };
  'text.list': { arg: { period: string }; result: TextRow[] };
  'text.set': { arg: { period: string; key: AssessmentKey; text: string }; result: TextRow };
  'report.preview': { arg: { period: string }; result: ReportDocument };
  /**
   * Refused while assessment texts are still the app's drafts, unless `acceptDrafts` (then they are accepted).
   * `name`: the files' name without extension (as chosen in the save dialog); the usual one when absent.
   */
  'report.export': { arg: { period: string; outDir: string; acceptDrafts?: boolean; name?: string }; result: ExportResult };
  /** Every problem of the report by section, with where each is fixed (shared/checks). */
  'report.check': { arg: { period: string }; result: ReportCheck };
  /** Accepts the app's drafts as the clerk's text (one key, or every key still drafted). */
  'text.accept': { arg: { period: string; key: AssessmentKey | 'all' }; result: TextRow[] };
  /** Confirms what the annual period carries over from the year's first half. */
  'period.adopt': { arg: { period: string }; result: { figures: number; inspections: number; tasks: number } };
  /** Notices for a change to frozen records: of a period, or of the periods a date falls in. */
  'period.frozenNotice': { arg: { period?: string; date?: string }; result: string[] };
  /** What changed since the period was frozen by its last export; frozen null when it never was. */
  'report.changes': { arg: { period: string }; result: { frozen: { revision: number; at: string } | null; changes: Change[] } };
  /** A blank exchange workbook for a unit without the app. */
  'report.template': { arg: { period: string; kind: UnitProfile['kind']; profileId: string; outFile: string }; result: { path: string } };
}

export type OpName = keyof Api;
export type ArgOf<K extends OpName> = Api[K]['arg'];
export type ResultOf<K extends OpName> = Api[K]['result'];

const periodId = text(40);
const period = z.strictObject({ period: periodId });
const id = z.strictObject({ id: int });
const path = text(1000);
const file = z.strictObject({ fileName: text(260), base64: text(70_000_000) });

/** Argument schemas, one per operation: the boundary refuses anything else before a service runs. */
export const ARG_CHECKS = {
  'app.startup': none,
  'app.startFresh': none,
  'app.info': none,
  'app.chooseFolder': z.strictObject({ purpose: z.enum(['export']) }),
  'app.chooseSaveFile': z.strictObject({ kind: z.enum(EXPORT_KINDS), period: periodId, format: z.enum(['docx', 'pdf']) }),
  'app.exportFolders': none,
  'app.savePdf': z.strictObject({ dir: path, name: text(200) }),
  'app.setUnsaved': z.strictObject({ what: z.array(text(300)).max(50) }),
  'app.openFolder': z.strictObject({ path }),
  'app.openFile': z.strictObject({ path }),
  'aggregate.importFiles': z.strictObject({
    period: periodId,
    files: z.array(file.extend({ lastModified: z.number().int().nonnegative().optional() })).max(200),
    receivedAt: text(10).optional(),
  }),
  'aggregate.units.importFile': file,
  'backup.now': none,
  'backup.list': none,
  'backup.chooseFile': none,
  'backup.restore': z.strictObject({ file: path }),
  'profiles.list': none,
  'unit.get': none,
  'unit.set': UNIT_PROFILE_SCHEMA,
  'unit.defaults': z.strictObject({ profileId: text(40), kind: z.enum(UNIT_KINDS), name: text(200) }),
  'period.describe': period,
  'period.current': none,
  'period.status': period,
  'activity.list': period,
  'activity.get': id,
  'activity.add': ACTIVITY_INPUT_SCHEMA,
  'activity.update': z.strictObject({ id: int, activity: ACTIVITY_INPUT_SCHEMA }),
  'activity.remove': id,
  'activity.importPreview': file,
  'activity.template': z.strictObject({ format: z.enum(['xlsx', 'csv']) }),
  'activity.import': file.extend({ duplicates: z.enum(['skip', 'keep']).optional() }),
  'figure.list': period,
  'figure.set': z.strictObject({ period: periodId, code: text(40), entry: FIGURE_ENTRY_SCHEMA.nullable() }),
  'inspect.list': period,
  'inspect.set': z.strictObject({ period: periodId, itemId: text(60), status: z.enum(INSPECTION_STATUSES).nullable(), evidence: text(1000) }),
  'task.list': period,
  'task.set': z.strictObject({ period: periodId, taskId: text(60), status: z.enum(TASK_STATUSES).nullable(), note: text(1000) }),
  'text.list': period,
  'text.set': z.strictObject({ period: periodId, key: z.enum(ASSESSMENT_KEYS), text: text(20_000) }),
  'report.preview': period,
  'report.export': z.strictObject({ period: periodId, outDir: path, acceptDrafts: z.boolean().optional(), name: text(200).optional() }),
  'report.check': period,
  'text.accept': z.strictObject({ period: periodId, key: z.enum([...ASSESSMENT_KEYS, 'all']) }),
  'period.adopt': period,
  'period.frozenNotice': z.strictObject({ period: periodId.optional(), date: text(10).optional() }),
  'report.changes': period,
  'report.template': z.strictObject({ period: periodId, kind: z.enum(UNIT_KINDS), profileId: text(40), outFile: path }),
  ...AGGREGATE_ARG_CHECKS,
  ...PLAN_ARG_CHECKS,
} satisfies { [K in OpName]: z.ZodType };

/** The type an operation's schema admits: `void` for operations without an argument. */
type SchemaArg<S> = S extends typeof none ? void : z.output<S>;
/** Operations whose schema and declared argument type differ (a compile error names them). */
type Drifted = { [K in OpName]: Same<SchemaArg<(typeof ARG_CHECKS)[K]>, ArgOf<K>> extends true ? never : K }[OpName];
const schemasMatchTypes: [Drifted] extends [never] ? true : Drifted = true;
void schemasMatchTypes;

export const OP_NAMES = Object.keys(ARG_CHECKS) as OpName[];

export function isOpName(v: unknown): v is OpName {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(ARG_CHECKS, v);
}

/** The argument as the operation's schema admits it (a fresh object), or the problems in Vietnamese. */
export function parseArg<K extends OpName>(op: K, arg: unknown): Parsed<ArgOf<K>> {
  return parseWith(ARG_CHECKS[op] as z.ZodType, arg, 'tham số') as Parsed<ArgOf<K>>;
}

/** The operations as a client calls them: what the CLI and the bridge call. */
export type ApiClient = { [K in OpName]: (arg: ArgOf<K>) => Promise<import('../result').Result<ResultOf<K>>> };

/** The object window.api exposes: the operations, and the progress the app pushes while one runs. */
export type WindowApi = ApiClient & {
  /** Calls `listener` with each progress event; returns the function that stops it. */
  onProgress: (listener: (e: ProgressEvent) => void) => () => void;
};
