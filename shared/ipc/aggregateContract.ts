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
import type { ExpectedUnit } from '../aggregate/types';
import type { UnitProfile } from '../domain/unitProfile';
import { UNIT_KINDS } from '../domain/units';
import type { ReportDocument } from '../report/document';
import { UNIT_PROFILE_CHECK } from './profileCheck';
import { arrayOf, int, none, nullable, obj, oneOf, optional, str, type Check } from './schema';

export interface AggregatorSettingsView {
  profile: UnitProfile;
  /** Saved for the aggregator, taken from the unit of the same database, or a default Sở Nội vụ. */
  source: 'settings' | 'unit' | 'default';
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
  'aggregate.import': { arg: { period: string; paths: string[]; receivedAt?: string }; result: ImportReport };
  /** The board: every expected unit's status, received date, warnings, files; totals. */
  'aggregate.status': { arg: { period: string }; result: AggregateStatus };
  /** Corrects the date a report was received (default: the unit's current submission). */
  'aggregate.setReceived': { arg: { period: string; unitCode: string; date: string; submissionId?: number }; result: UnitStatusRow };
  /** One unit's figures (drill-down) and the files it sent. */
  'aggregate.unitFigures': { arg: { period: string; unitCode: string }; result: UnitDetail };
  'aggregate.reportPreview': { arg: { period: string }; result: ReportDocument };
  /** Writes the consolidated report (.docx) and workbook (.xlsx) into a folder the user chose. */
  'aggregate.report': { arg: { period: string; outDir: string }; result: AggregateExportResult };
  /** Writes the reminder letter to the units that have not reported; `deadline` (ISO) is the new date. */
  'aggregate.remind': { arg: { period: string; outDir: string; deadline?: string }; result: AggregateExportResult & { units: number } };
  /** Copies a stored file (a submission's workbook, or an attachment) to a temporary folder to open it. */
  'aggregate.fileCopy': { arg: { submissionId?: number; attachmentId?: number }; result: { path: string } };
}

const period = obj({ period: str(40) });
const expectedUnit: Check = obj({ code: str(40), name: str(200), kind: oneOf(UNIT_KINDS), parent: str(200) });
const unitProfile = UNIT_PROFILE_CHECK;
const path = str(4000);

export const AGGREGATE_ARG_CHECKS: { [K in keyof AggregateApi]: Check } = {
  'aggregate.settings.get': none,
  'aggregate.settings.set': unitProfile,
  'aggregate.units.list': none,
  'aggregate.units.add': expectedUnit,
  'aggregate.units.update': expectedUnit,
  'aggregate.units.remove': obj({ code: str(40) }),
  'aggregate.units.import': obj({ path }),
  'aggregate.mapUnit': obj({ alias: str(240), unitCode: nullable(str(40)) }),
  'aggregate.import': obj({ period: str(40), paths: arrayOf(path, 20_000), receivedAt: optional(str(10)) }),
  'aggregate.status': period,
  'aggregate.setReceived': obj({ period: str(40), unitCode: str(40), date: str(10), submissionId: optional(int) }),
  'aggregate.unitFigures': obj({ period: str(40), unitCode: str(40) }),
  'aggregate.reportPreview': period,
  'aggregate.report': obj({ period: str(40), outDir: str(1000) }),
  'aggregate.remind': obj({ period: str(40), outDir: str(1000), deadline: optional(str(10)) }),
  'aggregate.fileCopy': obj({ submissionId: optional(int), attachmentId: optional(int) }),
};
