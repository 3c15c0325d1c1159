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
}
