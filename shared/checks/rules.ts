// The one rule set for a unit's report. The Báo cáo screen, `dcs check` and export all read it.
// Each rule looks at the period's records (and, for prose rules, at the built document) and says
// what is wrong, where it shows, and where it is fixed.
import { figureDef, type ResolvedFigure } from '../domain/catalog';
import { checklistFor } from '../domain/checklists';
import { checklistContradictions } from '../domain/checklistConflicts';
import type { PeriodData } from '../domain/periodData';
import { planOfData } from '../plans/resolve';
import { figureMap, figureViolations } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import { ASSESSMENT_LABEL, type AssessmentKey } from '../domain/unitProfile';
import { foldVietnamese } from '../domain/units';
import { formatNumber, formatShortDate } from '../format/vi';
import { activitiesForMeasure } from '../narrative/measures';
import { isOverdue, taskStates } from '../narrative/tasks';
import type { ReportDocument } from '../report/document';
import { carryOverProblems } from './carryOver';
import { COUNTS_FROM_ACTIVITIES, evidenceFor, NEEDS_BASE, YES_NO_EVIDENCE } from './evidence';
import { proseProblems } from './prose';
import { PROBLEM_SECTION_ORDER, type ProblemSection, type ReportCheck, type ReportProblem } from './types';

const GROUP_SECTION = (f: ResolvedFigure): ProblemSection => (f.group === 'A' ? 'leadership' : 'results');

const yesNoText = (f: ResolvedFigure | undefined): string =>
  !f || f.source === 'blank' ? 'chưa nhập' : f.source === 'none' || f.value === 0 ? '“không”' : '“có”';

type Rule = (data: PeriodData, figures: Map<string, ResolvedFigure>) => ReportProblem[];

const figureRules: Rule = (_d, figures) =>
  figureViolations([...figures.values()]).map((v) => ({
    rule: 'figure-rule',
    severity: 'error',
    section: GROUP_SECTION(figures.get(v.rule.left)!),
    area: 'figures',
    ref: v.rule.left,
    message: `${v.rule.message} (${v.rule.left} = ${formatNumber(v.left)}, ${v.rule.right} = ${formatNumber(v.right)}).`,
  }));

/** A yes/no figure that says "không" or nothing beside an activity that shows it was done. */
const yesNoVsActivities: Rule = (data, figures) =>
  YES_NO_EVIDENCE.flatMap((e) => {
    const f = figures.get(e.code);
    if (!f || (f.value !== null && f.value >= 1)) return [];
    if (data.period.type === 'ADHOC' && f.source === 'blank') return [];
    const acts = evidenceFor(e, data.activities);
    if (!acts.length) return [];
    const a = acts[0]!;
    return [{
      rule: 'yes-no-vs-activities',
      severity: 'error',
      section: GROUP_SECTION(f),
      area: 'figures',
      ref: e.code,
      message: `“${f.label}” đang ${yesNoText(f)}, nhưng hoạt động “${a.title}” (ngày ${formatShortDate(a.date)}) cho thấy đã ${e.what}. Hãy sửa chỉ số ${e.code} hoặc hoạt động.`,
    }];
  });

/** Typed counts left blank although the activities of their kind are recorded. */
const blankBesideActivities: Rule = (data, figures) => {
  if (data.period.type === 'ADHOC') return [];
  return COUNTS_FROM_ACTIVITIES.flatMap(({ codes, kinds, what }) => {
    const acts = data.activities.filter((a) => kinds.includes(a.kind));
    if (!acts.length) return [];
    return codes
      .map((c) => figures.get(c))
      .filter((f): f is ResolvedFigure => !!f && f.source === 'blank')
      .map((f) => ({
        rule: 'blank-beside-activities',
        severity: 'warning' as const,
        section: GROUP_SECTION(f),
        area: 'figures' as const,
        ref: f.code,
        message: `Đã ghi ${formatNumber(acts.length)} ${what} nhưng chưa nhập “${f.label}” (${f.code}); báo cáo sẽ ghi “chưa thống kê”.`,
      }));
  });
};

/** Participants of activities nobody counted: the report cannot say how many took part. */
const uncountedPeople: Rule = (data, figures) =>
  [...figures.values()].flatMap((f) => {
    const def = figureDef(f.code);
    if (def?.source.type !== 'derived' || def.source.measure !== 'participants' || !f.activityIds?.length) return [];
    const ids = new Set(f.activityIds);
    const missing = data.activities.filter((a) => ids.has(a.id) && a.participants === null);
    if (!missing.length) return [];
    return [{
      rule: 'uncounted-participants',
      severity: 'warning' as const,
      section: GROUP_SECTION(f),
      area: 'activities' as const,
      ref: String(missing[0]!.id),
      message: `${formatNumber(missing.length)}/${formatNumber(ids.size)} hoạt động chưa ghi số lượt người tham gia (như “${missing[0]!.title}”), nên “${f.label}” ${f.value === null ? 'chưa thống kê được' : 'có thể thiếu'}.`,
    }];
  });

/** A typed figure given without the activities it follows. */
const withoutBase: Rule = (data, figures) =>
  NEEDS_BASE.flatMap(({ code, base, what }) => {
    const f = figures.get(code);
    const b = figures.get(base);
    if (!f || !b || f.value === null || f.source === 'none' || b.source !== 'blank') return [];
    return [{
      rule: 'figure-without-activities',
      severity: 'warning' as const,
      section: GROUP_SECTION(f),
      area: 'activities' as const,
      message: `Đã nhập “${f.label}” = ${formatNumber(f.value)} nhưng chưa ghi ${what} nào trong kỳ; hãy bổ sung các hoạt động đó.`,
    }];
  });

/** Figures still blank (regular periods only: an ad-hoc range says once which do not apply). */
const blankFigures: Rule = (data, figures) => {
  if (data.period.type === 'ADHOC') return [];
  const flagged = new Set([...COUNTS_FROM_ACTIVITIES.flatMap((c) => c.codes)]);
  return [...figures.values()]
    .filter((f) => f.source === 'blank' && !f.activityIds?.length && !(flagged.has(f.code) && data.activities.length))
    .map((f) => ({
      rule: 'blank-figure',
      severity: 'warning' as const,
      section: GROUP_SECTION(f),
      area: 'figures' as const,
      ref: f.code,
      message: `Chưa có số liệu “${f.label}” (${f.code}); báo cáo sẽ ghi “chưa thống kê”. Nếu trong kỳ không có, hãy chọn “không phát sinh”.`,
    }));
};

const measures: Rule = (data) => {
  const profile = planOfData(data);
  if (!profile) return [];
  return profile.measures.flatMap((m) => {
    const { tagged, byKind } = activitiesForMeasure(m, data.activities);
    if (tagged.length) return [];
    const section = 'measures' as const;
    if (byKind.length) {
      return [{ rule: 'measure-untagged', severity: 'warning' as const, section, area: 'activities' as const, ref: String(byKind[0]!.id), message: `Giải pháp ${m.code} chưa được gắn cho hoạt động nào; báo cáo đang nêu ${formatNumber(byKind.length)} hoạt động cùng loại. Hãy gắn giải pháp cho đúng hoạt động.` }];
    }
    return [{ rule: 'measure-empty', severity: 'warning' as const, section, area: 'activities' as const, message: `Giải pháp ${m.code} (${m.label.slice(0, 60)}…) chưa có hoạt động nào trong kỳ; báo cáo sẽ ghi “chưa ghi nhận hoạt động”.` }];
  });
};

const fold = (s: string): string => foldVietnamese(s).toLowerCase().replace(/\s+/g, ' ');

const tasks: Rule = (data) => {
  const states = taskStates(data);
  const out: ReportProblem[] = [];
  const direction = fold(data.texts.phuong_huong ?? '');
  for (const t of states) {
    if (isOverdue(t, data.period.to)) {
      out.push({ rule: 'task-overdue', severity: 'warning', section: 'tasks', area: 'tasks', ref: t.task.id, message: `Nhiệm vụ “${t.task.text.slice(0, 90)}” có hạn ${t.task.timeframe.toLocaleLowerCase('vi')} nhưng ${t.status ? 'chưa hoàn thành' : 'chưa cập nhật tiến độ'}.` });
      if (direction && direction.includes(fold(t.task.text).slice(0, 40))) {
        out.push({ rule: 'overdue-in-direction', severity: 'error', section: 'direction', area: 'texts', ref: 'phuong_huong', message: `Phần phương hướng nêu nhiệm vụ đã quá hạn “${t.task.text.slice(0, 80)}”; hãy chuyển sang phần hạn chế hoặc cập nhật tiến độ.` });
      }
    } else if (!t.status && data.period.type !== 'ADHOC') {
      out.push({ rule: 'task-not-updated', severity: 'warning', section: 'tasks', area: 'tasks', ref: t.task.id, message: `Chưa cập nhật tiến độ nhiệm vụ “${t.task.text.slice(0, 90)}”.` });
    }
  }
  return out;
};

const checklist: Rule = (data) => {
  if (data.period.type === 'ADHOC') return [];
  const items = checklistFor(data.unit.kind, data.period);
  const answered = new Set(data.inspections.map((a) => a.itemId));
  const open = items.filter((i) => !answered.has(i.id));
  if (!open.length) return [];
  return [{ rule: 'checklist-open', severity: 'warning', section: 'selfInspection', area: 'checklist', ref: open[0]!.id, message: `Còn ${formatNumber(open.length)}/${formatNumber(items.length)} nội dung chưa tự kiểm tra (đầu tiên: ${open[0]!.article}).` }];
};

const drafts: Rule = (data) =>
  (Object.keys(ASSESSMENT_LABEL) as AssessmentKey[])
    .filter((k) => !data.texts[k]?.trim())
    .map((k) => ({
      rule: 'draft',
      severity: 'error' as const,
      section: k === 'phuong_huong' ? ('direction' as const) : k === 'kien_nghi' ? ('proposals' as const) : ('assessment' as const),
      area: 'texts' as const,
      ref: k,
      message: `Phần “${ASSESSMENT_LABEL[k]}” vẫn là bản nháp do ứng dụng soạn; hãy đọc, sửa hoặc bấm “Chấp nhận bản nháp”.`,
    }));

const settings: Rule = (data) =>
  data.unit.signer.name.trim() ? [] : [{ rule: 'signer', severity: 'error', section: 'opening', area: 'settings', ref: 'signer', message: 'Chưa có họ tên người ký.' }];

const RULES: Rule[] = [settings, figureRules, yesNoVsActivities, withoutBase, blankBesideActivities, uncountedPeople, blankFigures, measures, tasks, checklist, drafts];

/** Extra rules that live with their own data (e.g. checklist answers against figures). */
export type ExtraRule = (data: PeriodData) => ReportProblem[];
const checklistVsRecords: ExtraRule = (data) =>
  checklistContradictions(data).map((c) => ({
    rule: 'checklist-contradiction',
    severity: 'error',
    section: 'selfInspection',
    area: 'checklist',
    ref: c.itemId,
    message: c.message,
  }));
const EXTRA: ExtraRule[] = [carryOverProblems, checklistVsRecords];

/** Every problem of the report, in the report's order; `doc` adds the rules that read its prose. */
export function checkReport(data: PeriodData, doc?: ReportDocument): ReportCheck {
  const figures = figureMap(resolvedFiguresOf(data));
  const problems = [...RULES.flatMap((r) => r(data, figures)), ...EXTRA.flatMap((r) => r(data)), ...(doc ? proseProblems(doc) : [])];
  const order = (p: ReportProblem): number => PROBLEM_SECTION_ORDER.indexOf(p.section);
  problems.sort((a, b) => order(a) - order(b) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    period: data.period.id,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    drafts: problems.filter((p) => p.rule === 'draft').map((p) => p.ref!),
  };
}
