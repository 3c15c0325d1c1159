// What the aggregator's operations return across the contract (IPC, CLI, bridge): plain data.
import type { FigureGroup, FigureUnit } from '../domain/catalog';
import type { PeriodInfo } from '../domain/periods';
import type { UnitKind } from '../domain/units';
import type { ExpectedUnit, FigureTotal, KindTotals, SubmissionStatus, TargetAcross, ValueState } from './types';

export type ImportOutcome = 'accepted' | 'warnings' | 'replaced' | 'duplicate' | 'rejected';

export const IMPORT_OUTCOME_LABEL: Record<ImportOutcome, string> = {
  accepted: 'Đã nhận',
  warnings: 'Đã nhận, có cảnh báo',
  replaced: 'Đã nhận, thay báo cáo trước',
  duplicate: 'Bỏ qua (trùng tệp đã nhập)',
  rejected: 'Từ chối',
};

export interface FileOutcome {
  path: string;
  fileName: string;
  /** What the file is: a unit's workbook, a signed report beside it, or something else. */
  role: 'workbook' | 'attachment' | 'other';
  outcome: ImportOutcome;
  /** The unit it was filed under, when known. */
  unitCode: string | null;
  unitName: string | null;
  submissionId: number | null;
  /** Why it was refused, or its warnings; each a sentence naming the file (and sheet, cell). */
  messages: string[];
  /** For a workbook refused because its unit is not on the list: what the file says, to map it. */
  unknownUnit?: { code: string; name: string };
  /** The date a recorded workbook was taken as received (ISO). */
  receivedAt?: string;
}

export interface ImportReport {
  periodId: string;
  receivedAt: string;
  files: FileOutcome[];
  counts: Record<ImportOutcome, number>;
  /** Wall time of reading and recording, for the progress display and the benchmark. */
  seconds: number;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  kind: 'docx' | 'pdf';
}

export interface UnitStatusRow {
  code: string;
  name: string;
  kind: UnitKind;
  kindLabel: string;
  parent: string;
  status: SubmissionStatus;
  statusLabel: string;
  /** ISO date the unit first reported in the period (what on time / late is judged on). */
  receivedAt: string | null;
  /** ISO date of the current (latest) submission, when it replaced an earlier one. */
  lastReceivedAt: string | null;
  daysLate: number | null;
  submissionId: number | null;
  fileName: string | null;
  revision: number | null;
  /** How many files the unit sent for the period (history included). */
  submissions: number;
  template: boolean;
  /** True when the figures were edited after export (digest mismatch). */
  edited: boolean;
  warnings: string[];
  attachments: AttachmentInfo[];
  /** How many figures the unit left blank. */
  blank: number;
}

export interface AggregateStatus {
  period: PeriodInfo;
  aggregator: { name: string; profileId: string; source: 'settings' | 'unit' | 'default' };
  counts: { expected: number; submitted: number; onTime: number; late: number; missing: number; withWarnings: number };
  units: UnitStatusRow[];
  totals: FigureTotal[];
  byKind: KindTotals[];
  targets: TargetAcross[];
  targetsFromProfile: boolean;
}

export interface UnitFigureRow {
  code: string;
  label: string;
  unit: FigureUnit;
  group: FigureGroup;
  state: ValueState;
  value: number | null;
  /** The cell it was read from ("E12"); empty for a recomputed rate. */
  cell: string;
  note: string;
  computed: boolean;
}

export interface SubmissionSummary {
  id: number;
  fileName: string;
  revision: number;
  generatedAt: string;
  receivedAt: string;
  importedAt: string;
  template: boolean;
  edited: boolean;
  warnings: string[];
  current: boolean;
  attachments: AttachmentInfo[];
}

export interface UnitDetail {
  unit: ExpectedUnit;
  status: SubmissionStatus;
  figures: UnitFigureRow[];
  history: SubmissionSummary[];
}

export interface UnitsImportResult {
  fileName: string;
  added: number;
  updated: number;
  units: ExpectedUnit[];
}

export interface AggregateExportResult {
  docx: string;
  xlsx: string | null;
  revision: number;
  warnings: string[];
}
