// Which assigned tasks a report may name, and how their status reads when the period has no
// record of its own (an ad-hoc range reads the statuses of the year's regular periods).
import type { PeriodData } from '../domain/periodData';
import { planOfData } from '../plans/resolve';
import type { TaskDef } from '../domain/profiles/types';
import type { TaskStatus } from '../domain/unitProfile';

export interface TaskState {
  task: TaskDef;
  status: TaskStatus | null;
  note: string;
  /** The period the status was recorded in when it is not this report's own. */
  from: string | null;
}

export function taskStates(data: PeriodData): TaskState[] {
  const plan = planOfData(data);
  if (!plan) return [];
  const own = new Map(data.tasks.map((t) => [t.taskId, t]));
  const earlier = data.period.type === 'ADHOC' && data.earlier ? new Map(data.earlier.tasks.map((t) => [t.taskId, t])) : null;
  return plan.tasks.map((task) => {
    const p = own.get(task.id);
    if (p) return { task, status: p.status, note: p.note, from: null };
    const e = earlier?.get(task.id);
    if (e) return { task, status: e.status, note: e.note, from: data.earlier!.label };
    return { task, status: null, note: '', from: null };
  });
}

/** Due before the report's end and not done: a shortcoming, never "phương hướng". */
export const isOverdue = (t: TaskState, periodEnd: string): boolean => t.status !== 'done' && !!t.task.due && t.task.due <= periodEnd;

/** Still ahead of the unit: not done, and either recurring or due after the period. */
export const isAhead = (t: TaskState, periodEnd: string): boolean => t.status !== 'done' && (!t.task.due || t.task.due > periodEnd);
