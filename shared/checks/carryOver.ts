// What the annual report can start from: the stock and yes/no figures, the checklist answers and
// the task statuses the clerk recorded for the first half of the year. They are suggestions: the
// report never prints them as the year's own until the clerk confirms them (`dcs period adopt`,
// or one by one in the app).
import type { FigureEntry } from '../domain/catalog';
import { figureDef } from '../domain/catalog';
import type { InspectionAnswer } from '../domain/checklists.types';
import type { PeriodData, TaskProgress } from '../domain/periodData';
import { formatNumber } from '../format/vi';
import type { ReportProblem } from './types';

/** Figures that describe the unit rather than the period's work: they hold from one half to the year. */
export const CARRIED_FIGURES = ['A2', 'A4_PT_TONG', 'B3_SO', 'C3_THON', 'C4_HN_CBCCVC', 'C6_HN_NLD', 'E1_TV', 'E2_BAN', 'E3_TONG', 'E4_KIEN_TOAN', 'F1_CO', 'H1_DK', 'H3_CHUYEN_MUC'];

export interface CarryOver {
  from: string;
  label: string;
  figures: Record<string, FigureEntry>;
  inspections: InspectionAnswer[];
  tasks: TaskProgress[];
}

export function carryOverSuggestions(data: PeriodData): CarryOver | null {
  const e = data.earlier;
  if (data.period.type !== 'Y' || !e) return null;
  const figures: Record<string, FigureEntry> = {};
  for (const code of CARRIED_FIGURES) {
    const def = figureDef(code);
    if (!def || (def.kinds && !def.kinds.includes(data.unit.kind))) continue;
    if (!data.figures[code] && e.figures[code]) figures[code] = e.figures[code]!;
  }
  const answered = new Set(data.inspections.map((a) => a.itemId));
  const updated = new Set(data.tasks.map((t) => t.taskId));
  return {
    from: e.periodId,
    label: e.label,
    figures,
    inspections: e.inspections.filter((a) => !answered.has(a.itemId)),
    tasks: e.tasks.filter((t) => !updated.has(t.taskId)),
  };
}

const entryText = (e: FigureEntry, code: string): string =>
  e.state === 'none' ? 'không phát sinh' : figureDef(code)?.boolean ? (e.value >= 1 ? 'có' : 'không') : formatNumber(e.value);

export function carryOverProblems(data: PeriodData): ReportProblem[] {
  const c = carryOverSuggestions(data);
  if (!c) return [];
  const out: ReportProblem[] = Object.entries(c.figures).map(([code, e]) => ({
    rule: 'carry-over',
    severity: 'warning',
    section: code.startsWith('A') ? 'leadership' : 'results',
    area: 'figures',
    ref: code,
    message: `Chưa nhập “${figureDef(code)!.label}” cho cả năm; ${c.label} đã ghi ${entryText(e, code)}. Hãy xác nhận hoặc nhập số của cả năm.`,
  }));
  if (c.inspections.length) {
    out.push({ rule: 'carry-over', severity: 'warning', section: 'selfInspection', area: 'checklist', ref: c.inspections[0]!.itemId, message: `${formatNumber(c.inspections.length)} nội dung tự kiểm tra chưa trả lời cho cả năm đã có kết quả ${c.label}; hãy xác nhận dùng kết quả đó hoặc trả lời lại.` });
  }
  if (c.tasks.length) {
    out.push({ rule: 'carry-over', severity: 'warning', section: 'tasks', area: 'tasks', ref: c.tasks[0]!.taskId, message: `${formatNumber(c.tasks.length)} nhiệm vụ chưa cập nhật tiến độ cả năm đã có tiến độ ${c.label}; hãy xác nhận dùng tiến độ đó hoặc cập nhật lại.` });
  }
  return out;
}
