// Operations of the aggregator (Sở Nội vụ, or a commune collecting from its units).
// Merged into the main contract so every door (IPC, CLI, bridge) serves them alike.
// File inputs are paths the user chose (dialog or drag and drop in the app, arguments in the CLI).
import type {
  AggregateExportResult,
  AggregateStatus,
  ImportReport,
  UnitDetail,
  UnitStatusRow,
  UnitsImportResult,
} from '../aggregate/api';
import { EXPECTED_UNIT_SCHEMA, type ExpectedUnit } from '../aggregate/types';
import { UNIT_PROFILE_SCHEMA, type UnitProfile } from '../domain/unitProfile';
import type { PeriodSettings } from '../domain/periods';
import type { ReportDocument } from '../report/document';
import { z } from 'zod';
import { int, none, text } from '../schema';

export interface AggregatorSettingsView {
  profile: UnitProfile;
  /** Saved for the aggregator, taken from the unit of the same database, or a default Sở Nội vụ. */
  source: 'settings' | 'unit' | 'default';
  /** Cut-offs and deadlines of the units it collects from: its plan's, with its own overrides. */
  periods?: PeriodSettings;
}

export interface AggregateApi {
  /** Who consolidates: name, symbol, signer, province profile, deadline overrides. */
  'aggregate.settings.get': { arg: void; result: AggregatorSettingsView };
  'aggregate.settings.set': { arg: UnitProfile; result: AggregatorSettingsView };
  /** The units that must report, in list order. */
  'aggregate.units.list': { arg: void; result: ExpectedUnit[] };
  /** Adds a unit (or puts a removed one back); refuses a code already on the list. */
  'aggregate.units.add': { arg: ExpectedUnit; result: ExpectedUnit };
  /** Changes a unit's name, kind or parent. */
  'aggregate.units.update': { arg: ExpectedUnit; result: ExpectedUnit };
  /** Takes a unit off the list; what it sent stays in the history. */
  'aggregate.units.remove': { arg: { code: string }; result: ExpectedUnit };
  /** Reads a .csv/.xlsx list (Mã đơn vị, Tên đơn vị, Loại đơn vị, Cấp trên): all rows or none. */
  'aggregate.units.import': { arg: { path: string }; result: UnitsImportResult };
  /** Files a code (or "name:<tên>") seen in received files under a unit on the list; null removes the mapping. */
  'aggregate.mapUnit': { arg: { alias: string; unitCode: string | null }; result: Array<{ alias: string; unitCode: string }> };
  /** Imports files and folders for a period: one outcome per file. */
  /** Without `receivedAt`, the files count as received today, or each on its own date with `receivedFromFiles`. */
  'aggregate.import': { arg: { period: string; paths: string[]; receivedAt?: string; receivedFromFiles?: boolean }; result: ImportReport };
  /** The board: every expected unit's status, received date, warnings, files; totals. */
  'aggregate.status': { arg: { period: string }; result: AggregateStatus };
  /** Corrects the date a report was received (default: the unit's current submission). */
  'aggregate.setReceived': { arg: { period: string; unitCode: string; date: string; submissionId?: number }; result: UnitStatusRow };
  /** One unit's figures (drill-down) and the files it sent. */
  'aggregate.unitFigures': { arg: { period: string; unitCode: string }; result: UnitDetail };
  'aggregate.reportPreview': { arg: { period: string }; result: ReportDocument };
  /** Writes the consolidated report (.docx) and workbook (.xlsx) into a folder the user chose. */
  'aggregate.report': { arg: { period: string; outDir: string; name?: string }; result: AggregateExportResult };
  /** Writes the reminder letter to the units that have not reported; `deadline` (ISO) is the new date. */
  'aggregate.remind': { arg: { period: string; outDir: string; deadline?: string; name?: string }; result: AggregateExportResult & { units: number } };
  /** Copies a stored file (a submission's workbook, or an attachment) to a temporary folder to open it. */
  'aggregate.fileCopy': { arg: { submissionId?: number; attachmentId?: number }; result: { path: string } };
}

const periodId = text(40);
const period = z.strictObject({ period: periodId });
const path = text(4000);
const outDir = text(1000);
const isoDate = text(10);

export const AGGREGATE_ARG_CHECKS = {
  'aggregate.settings.get': none,
  'aggregate.settings.set': UNIT_PROFILE_SCHEMA,
  'aggregate.units.list': none,
  'aggregate.units.add': EXPECTED_UNIT_SCHEMA,
  'aggregate.units.update': EXPECTED_UNIT_SCHEMA,
  'aggregate.units.remove': z.strictObject({ code: text(40) }),
  'aggregate.units.import': z.strictObject({ path }),
  'aggregate.mapUnit': z.strictObject({ alias: text(240), unitCode: text(40).nullable() }),
  'aggregate.import': z.strictObject({ period: periodId, paths: z.array(path).max(20_000), receivedAt: isoDate.optional(), receivedFromFiles: z.boolean().optional() }),
  'aggregate.status': period,
  'aggregate.setReceived': z.strictObject({ period: periodId, unitCode: text(40), date: isoDate, submissionId: int.optional() }),
  'aggregate.unitFigures': z.strictObject({ period: periodId, unitCode: text(40) }),
  'aggregate.reportPreview': period,
  'aggregate.report': z.strictObject({ period: periodId, outDir, name: text(200).optional() }),
  'aggregate.remind': z.strictObject({ period: periodId, outDir, deadline: isoDate.optional(), name: text(200).optional() }),
  'aggregate.fileCopy': z.strictObject({ submissionId: int.optional(), attachmentId: int.optional() }),
} satisfies { [K in keyof AggregateApi]: z.ZodType };
