// Where the self-inspection contradicts the rest of the period's records: an item marked "Chưa
// thực hiện" (or "Không áp dụng") while an activity or a figure shows it was done, or marked
// "Đã thực hiện" while a yes/no figure that says the same thing is "không". The report's rule
// set (`dcs check`, the Báo cáo screen) lists these; each names the item so the app can jump to it.
import { formatNumber } from '../format/vi';
import type { ResolvedFigure } from './catalog';
import { checklistFor, INSPECTION_STATUS_LABEL, type ChecklistItem, type InspectionStatus } from './checklists';
import { evidenceText, supportingActivities } from './checklistMatch';
import type { PeriodData } from './periodData';
import { resolvedFiguresOf } from './status';

export interface ChecklistContradiction {
  /** The checklist item, where the clerk fixes it (`dcs inspect set`, Tự kiểm tra screen). */
  itemId: string;
  article: string;
  status: InspectionStatus;
  /** The figure that disagrees, when it is a figure. */
  figure?: string;
  /** The activities that disagree, when they are activities. */
  activityIds?: number[];
  /** A Vietnamese sentence naming both sides and what to do. */
  message: string;
}

const NOT_DONE: readonly InspectionStatus[] = ['not_done', 'na'];

const itemName = (i: ChecklistItem): string => `“${i.text.replace(/\.$/, '')}” (${i.article})`;

function figureValue(f: ResolvedFigure): string {
  if (f.unit === 'có/không') return f.value ? '“có”' : '“không”';
  return `${formatNumber(f.value ?? 0)} ${f.unit}`;
}

/**
 * Every contradiction between the answers of the period's checklist and its activities and
 * figures. Pure: the same records give the same list, in checklist order.
 */
export function checklistContradictions(data: PeriodData, figures: readonly ResolvedFigure[] = resolvedFiguresOf(data)): ChecklistContradiction[] {
  const answers = new Map(data.inspections.map((a) => [a.itemId, a]));
  const byCode = new Map(figures.map((f) => [f.code, f]));
  const out: ChecklistContradiction[] = [];
  for (const item of checklistFor(data.unit.kind, data.period)) {
    const answer = answers.get(item.id);
    if (!answer) continue;
    const said = `Tự kiểm tra ghi “${INSPECTION_STATUS_LABEL[answer.status]}” đối với nội dung ${itemName(item)}`;
    if (NOT_DONE.includes(answer.status)) {
      const acts = supportingActivities(item, data.activities);
      if (acts.length) {
        out.push({
          itemId: item.id,
          article: item.article,
          status: answer.status,
          activityIds: acts.map((a) => a.id),
          message: `${said}, nhưng trong kỳ đã ghi nhận hoạt động: ${evidenceText(acts)} Hãy sửa kết quả tự kiểm tra hoặc hoạt động đã ghi.`,
        });
      }
    }
    for (const link of item.figures ?? []) {
      const f = byCode.get(link.code);
      if (!f || f.value === null || f.source === 'none' || f.source === 'blank') continue;
      const positive = f.value > 0;
      const clash = positive ? NOT_DONE.includes(answer.status) : !!link.both && answer.status === 'done';
      if (!clash) continue;
      out.push({
        itemId: item.id,
        article: item.article,
        status: answer.status,
        figure: f.code,
        message: `${said}, nhưng chỉ số “${f.label}” (${f.code}) là ${figureValue(f)}. Hãy sửa kết quả tự kiểm tra hoặc số liệu.`,
      });
    }
  }
  return out;
}
