// What changed in a period since its figures were frozen ("chốt số liệu"), in words a clerk reads.
import { ACTIVITY_KIND_INFO, type Activity } from './activities';
import { figureDef, type FigureEntry } from './catalog';
import type { InspectionAnswer } from './checklists.types';
import { INSPECTION_STATUS_LABEL } from './checklists.types';
import type { PeriodRecords } from './periodData';
import { ASSESSMENT_LABEL, TASK_STATUS_LABEL, type AssessmentKey } from './unitProfile';
import { formatNumber, formatTableDate } from '../format/vi';

export interface Change {
  area: 'activities' | 'figures' | 'checklist' | 'tasks' | 'texts';
  ref: string;
  message: string;
}

const entryText = (e: FigureEntry | undefined): string =>
  !e ? 'trống' : e.state === 'none' ? 'không phát sinh' : formatNumber(e.value);

function activityKey(a: Activity): string {
  return JSON.stringify([a.date, a.kind, a.title, a.form, a.sessions, a.participants, a.basisDoc, a.notes, a.measures]);
}

export function diffPeriodRecords(before: PeriodRecords, after: PeriodRecords): Change[] {
  const out: Change[] = [];
  const beforeActs = new Map(before.activities.map((a) => [a.id, a]));
  const afterActs = new Map(after.activities.map((a) => [a.id, a]));
  const label = (a: Activity): string => `${formatTableDate(a.date)} – ${a.title} (${ACTIVITY_KIND_INFO[a.kind].label})`;
  for (const a of after.activities) {
    const b = beforeActs.get(a.id);
    if (!b) out.push({ area: 'activities', ref: String(a.id), message: `Thêm hoạt động: ${label(a)}.` });
    else if (activityKey(a) !== activityKey(b)) out.push({ area: 'activities', ref: String(a.id), message: `Sửa hoạt động: ${label(a)}.` });
  }
  for (const b of before.activities) if (!afterActs.has(b.id)) out.push({ area: 'activities', ref: String(b.id), message: `Xóa hoạt động: ${label(b)}.` });

  const codes = new Set([...Object.keys(before.figures), ...Object.keys(after.figures)]);
  for (const code of [...codes].sort()) {
    const b = before.figures[code];
    const a = after.figures[code];
    if (JSON.stringify(b ?? null) === JSON.stringify(a ?? null)) continue;
    out.push({ area: 'figures', ref: code, message: `${figureDef(code)?.label ?? code}: ${entryText(b)} → ${entryText(a)}.` });
  }

  const ans = (list: InspectionAnswer[]) => new Map(list.map((x) => [x.itemId, x]));
  const bi = ans(before.inspections);
  const ai = ans(after.inspections);
  for (const id of new Set([...bi.keys(), ...ai.keys()])) {
    const b = bi.get(id);
    const a = ai.get(id);
    if (b?.status === a?.status && b?.evidence === a?.evidence) continue;
    const st = (x: InspectionAnswer | undefined): string => (x ? INSPECTION_STATUS_LABEL[x.status] : 'chưa trả lời');
    out.push({ area: 'checklist', ref: id, message: `Tự kiểm tra ${id}: ${st(b)} → ${st(a)}${b?.evidence !== a?.evidence && b?.status === a?.status ? ' (sửa minh chứng)' : ''}.` });
  }

  const bt = new Map(before.tasks.map((t) => [t.taskId, t]));
  const at = new Map(after.tasks.map((t) => [t.taskId, t]));
  for (const id of new Set([...bt.keys(), ...at.keys()])) {
    const b = bt.get(id);
    const a = at.get(id);
    if (b?.status === a?.status && b?.note === a?.note) continue;
    const st = (x: typeof a): string => (x ? TASK_STATUS_LABEL[x.status] : 'chưa cập nhật');
    out.push({ area: 'tasks', ref: id, message: `Nhiệm vụ ${id}: ${st(b)} → ${st(a)}.` });
  }

  for (const key of Object.keys(ASSESSMENT_LABEL) as AssessmentKey[]) {
    if ((before.texts[key] ?? '') !== (after.texts[key] ?? '')) out.push({ area: 'texts', ref: key, message: `Sửa phần "${ASSESSMENT_LABEL[key]}".` });
  }
  return out;
}
