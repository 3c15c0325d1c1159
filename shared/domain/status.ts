// How complete a period is, and what is still missing ("còn thiếu").
import { ACTIVITY_KIND_INFO, activityKindsFor, type ActivityKind } from './activities';
import { checklistFor } from './checklists';
import type { ResolvedFigure } from './catalog';
import type { PeriodData } from './periodData';
import { daysBetween, type PeriodInfo } from './periods';
import { planOfData } from '../plans/resolve';
import { evaluateTargets, figureViolations, resolveFigures, type TargetResultRow } from './resolve';
import { ASSESSMENT_KEYS, ASSESSMENT_LABEL } from './unitProfile';
import { UNIT_KIND_INFO } from './units';

export type MissingArea = 'activities' | 'figures' | 'checklist' | 'texts' | 'tasks' | 'settings';

export interface MissingItem {
  area: MissingArea;
  /** Figure code, checklist item id, text key, task id: where the app should jump. */
  ref?: string;
  message: string;
}

export interface PeriodStatus {
  period: PeriodInfo;
  unit: { code: string; name: string; kind: string; kindLabel: string; profileId: string };
  activities: { total: number; byKind: Array<{ kind: ActivityKind; label: string; count: number; sessions: number; participants: number }> };
  figures: { applicable: number; entered: number; derived: number; none: number; blank: number };
  violations: string[];
  checklist: { total: number; answered: number; done: number; partly: number; notDone: number; na: number };
  texts: { written: number; total: number };
  tasks: { total: number; done: number; inProgress: number; notStarted: number };
  targets: TargetResultRow[];
  daysToDeadline: number | null;
  frozen: PeriodData['frozen'];
  missing: MissingItem[];
  warnings: string[];
  /** 0–100: share of figures, checklist items and texts that are filled in. */
  completeness: number;
}

export function resolvedFiguresOf(data: Pick<PeriodData, 'unit' | 'activities' | 'figures'>): ResolvedFigure[] {
  return resolveFigures(data.unit.kind, data.activities, new Map(Object.entries(data.figures)));
}

export function computePeriodStatus(data: PeriodData, todayIso: string): PeriodStatus {
  const plan = planOfData(data);
  const figures = resolvedFiguresOf(data);
  const countable = figures.filter((f) => f.source !== 'computed');
  const byKind = activityKindsFor(data.unit.kind).map((kind) => {
    const list = data.activities.filter((a) => a.kind === kind);
    return {
      kind,
      label: ACTIVITY_KIND_INFO[kind].label,
      count: list.length,
      sessions: list.reduce((s, a) => s + a.sessions, 0),
      participants: list.reduce((s, a) => s + (a.participants ?? 0), 0),
    };
  });
  const items = checklistFor(data.unit.kind, data.period);
  const answers = new Map(data.inspections.map((a) => [a.itemId, a]));
  const answered = items.filter((i) => answers.has(i.id));
  const statusCount = (s: string): number => answered.filter((i) => answers.get(i.id)!.status === s).length;
  const tasks = plan?.tasks ?? [];
  const progress = new Map(data.tasks.map((t) => [t.taskId, t]));
  const targets = evaluateTargets(plan?.targets ?? [], data.unit.kind, figures);
  const violations = figureViolations(figures).map((v) => v.rule.message);

  const missing: MissingItem[] = [];
  if (data.activities.length === 0) missing.push({ area: 'activities', message: 'Chưa có hoạt động nào trong kỳ.' });
  for (const f of countable.filter((f) => f.source === 'blank')) {
    missing.push({ area: 'figures', ref: f.code, message: `Chưa có số liệu: ${f.label}.` });
  }
  for (const i of items.filter((i) => !answers.has(i.id))) {
    missing.push({ area: 'checklist', ref: i.id, message: `Chưa tự kiểm tra: ${i.article} (${i.text}).` });
  }
  for (const k of ASSESSMENT_KEYS.filter((k) => !data.texts[k]?.trim())) {
    missing.push({ area: 'texts', ref: k, message: `Chưa viết phần "${ASSESSMENT_LABEL[k]}" (báo cáo sẽ dùng bản nháp tự động).` });
  }
  for (const t of tasks.filter((t) => !progress.has(t.id))) {
    missing.push({ area: 'tasks', ref: t.id, message: `Chưa cập nhật tiến độ nhiệm vụ: ${t.text}` });
  }
  if (!data.unit.signer.name.trim()) missing.push({ area: 'settings', ref: 'signer', message: 'Chưa có họ tên người ký.' });

  const textsWritten = ASSESSMENT_KEYS.filter((k) => data.texts[k]?.trim()).length;
  const filled = countable.length - countable.filter((f) => f.source === 'blank').length + answered.length + textsWritten;
  const total = countable.length + items.length + ASSESSMENT_KEYS.length;

  return {
    period: data.period,
    unit: {
      code: data.unit.code,
      name: data.unit.name,
      kind: data.unit.kind,
      kindLabel: UNIT_KIND_INFO[data.unit.kind].label,
      profileId: data.unit.profileId,
    },
    activities: { total: data.activities.length, byKind },
    figures: {
      applicable: countable.length,
      entered: countable.filter((f) => f.source === 'entered').length,
      derived: countable.filter((f) => f.source === 'derived').length,
      none: countable.filter((f) => f.source === 'none').length,
      blank: countable.filter((f) => f.source === 'blank').length,
    },
    violations,
    checklist: {
      total: items.length,
      answered: answered.length,
      done: statusCount('done'),
      partly: statusCount('partly'),
      notDone: statusCount('not_done'),
      na: statusCount('na'),
    },
    texts: { written: textsWritten, total: ASSESSMENT_KEYS.length },
    tasks: {
      total: tasks.length,
      done: tasks.filter((t) => progress.get(t.id)?.status === 'done').length,
      inProgress: tasks.filter((t) => progress.get(t.id)?.status === 'in_progress').length,
      notStarted: tasks.filter((t) => !progress.has(t.id) || progress.get(t.id)?.status === 'not_started').length,
    },
    targets,
    daysToDeadline: data.period.deadline ? daysBetween(todayIso, data.period.deadline) : null,
    frozen: data.frozen,
    missing,
    warnings: [...data.period.warnings, ...violations],
    completeness: total ? Math.round((filled / total) * 100) : 100,
  };
}
