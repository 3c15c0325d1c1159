// The aggregator's plain data: expected units, what each sent, and the consolidated result.
// Pure types shared by the core, the CLI, the reports and the board.
import type { FigureGroup, FigureUnit } from '../domain/catalog';
import type { PeriodInfo } from '../domain/periods';
import { z } from 'zod';
import { text } from '../schema';
import { UNIT_KINDS, type UnitKind } from '../domain/units';
import type { FigureUnits } from '../exchange';

/** A unit that must report (đơn vị phải báo cáo). */
export const EXPECTED_UNIT_SCHEMA = z.strictObject({
  code: text(40),
  name: text(200),
  kind: z.enum(UNIT_KINDS),
  /** Cấp trên: the body it reports through, as the list names it; may be empty. */
  parent: text(200),
});
export type ExpectedUnit = z.infer<typeof EXPECTED_UNIT_SCHEMA>;

export type SubmissionStatus = 'on_time' | 'late' | 'missing';

export const SUBMISSION_STATUS_LABEL: Record<SubmissionStatus, string> = {
  on_time: 'Đã nộp đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa nộp',
};

/** A received value: a number, "không phát sinh" (zero by declaration) or blank (unknown). */
export type ValueState = 'value' | 'none' | 'blank';

export interface SubmittedValue {
  state: ValueState;
  value: number | null;
}

/** The current (latest) submission of one unit, as consolidation needs it. */
export interface SubmissionInput {
  unitCode: string;
  /** ISO date the report was received. */
  receivedAt: string;
  values: Record<string, SubmittedValue>;
  /** Present for a consolidation from below: how many units each figure rests on. */
  figureUnits?: Record<string, FigureUnits>;
}

export type FigureNature = 'count' | 'amount' | 'boolean' | 'ratio';

/** One figure summed over a set of units. */
export interface FigureTotal {
  code: string;
  label: string;
  unit: FigureUnit;
  group: FigureGroup;
  nature: FigureNature;
  /**
   * count/amount: the sum ("không phát sinh" counts as 0); boolean: how many units answered yes;
   * ratio: Σ numerator / Σ denominator × 100, rounded to 0.1, never above 100. Figures tied by a rate
   * or a rule are summed over the units that gave all of them (FIGURE_NEEDS), so a rate is
   * exactly its parts' totals. null when no unit gave a number.
   */
  total: number | null;
  /** Reporting units to which the figure applies (by kind). */
  applicable: number;
  /** Units that gave a number or "không phát sinh". */
  reported: number;
  /** Units that declared "không phát sinh". */
  none: number;
  /** Units to which it applies that left it blank: unknown, never counted as 0. */
  blank: number;
  /** For a rate: the summed parts and how many units reported both. */
  ratio?: { num: number; den: number; units: number; numCode: string; denCode: string };
}

export interface KindTotals {
  kind: UnitKind;
  label: string;
  expected: number;
  submitted: number;
  figures: FigureTotal[];
}

export interface StatusRow {
  unit: ExpectedUnit;
  status: SubmissionStatus;
  /** ISO date, null when not received. */
  receivedAt: string | null;
  /** Days after the deadline (late only). */
  daysLate: number | null;
}

/** A target (or a key result) counted across units. */
export interface TargetAcross {
  code: string;
  label: string;
  planned: string;
  basis: string;
  /** Reporting units it applies to. */
  applicable: number;
  met: number;
  notMet: number;
  noData: number;
  /** Names of the units that did not meet it (for the report's sentences). */
  notMetUnits: string[];
  /** True for a rate target (judged on the summed parts); false for a "% of units" target. */
  byRate: boolean;
  /** The whole's result in percent: from the summed parts for a rate, else the share of units meeting it. */
  overall: number | null;
  /** Met by the whole; null when not judged: no data, or data of some units missing and nothing failed. */
  overallMet: boolean | null;
}

export interface UnitFigures {
  unit: ExpectedUnit;
  status: SubmissionStatus;
  receivedAt: string | null;
  /** Every figure code the unit sent, rates recomputed from its own parts. */
  values: Record<string, SubmittedValue>;
  /** When the row is a consolidation from below: how many units each figure rests on. */
  figureUnits?: Record<string, FigureUnits>;
}

export interface Consolidation {
  period: PeriodInfo;
  deadline: string | null;
  counts: { expected: number; submitted: number; onTime: number; late: number; missing: number };
  statusRows: StatusRow[];
  /** Every figure that applies to at least one expected unit, in catalogue order. */
  totals: FigureTotal[];
  byKind: KindTotals[];
  targets: TargetAcross[];
  /** False when the province profile sets no targets and key results stand in for them. */
  targetsFromProfile: boolean;
  unitRows: UnitFigures[];
}
