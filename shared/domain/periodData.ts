// Everything recorded for one unit and one period: the input of the summary, the report
// and the frozen snapshot ("chốt số liệu"). Plain JSON-friendly data.
import type { Activity } from './activities';
import type { FigureEntry } from './catalog';
import type { InspectionAnswer } from './checklists.types';
import type { UnitPlan } from '../plans/resolve';
import type { PeriodInfo } from './periods';
import type { AssessmentKey, TaskStatus, UnitProfile } from './unitProfile';

export interface TaskProgress {
  taskId: string;
  status: TaskStatus;
  note: string;
}

export interface PeriodRecords {
  activities: Activity[];
  figures: Record<string, FigureEntry>;
  inspections: InspectionAnswer[];
  tasks: TaskProgress[];
  texts: Partial<Record<AssessmentKey, string>>;
}

export interface PeriodData extends PeriodRecords {
  unit: UnitProfile;
  /** What the plans ask of the unit, resolved with the plans the database knows; absent = the shipped plans. */
  plan?: UnitPlan;
  period: PeriodInfo;
  /** The same period a year earlier, when the database has it, for "so với cùng kỳ". */
  previous: { activities: Activity[]; figures: Record<string, FigureEntry> } | null;
  frozen: { revision: number; at: string } | null;
  /**
   * The year's earlier regular period (6 tháng đầu năm for the annual report and for an ad-hoc range):
   * what was recorded there is offered as a suggestion, never printed as this period's own answer.
   */
  earlier?: { periodId: string; label: string; figures: Record<string, FigureEntry>; inspections: InspectionAnswer[]; tasks: TaskProgress[] } | null;
  /** The records of the last exported revision, for a báo cáo bổ sung to say what changed. */
  lastExport?: { revision: number; at: string; records: PeriodRecords } | null;
}
