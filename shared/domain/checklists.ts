// Self-inspection (tự kiểm tra) items: what the Law requires of each kind of unit
// (reference.md §4: Luật số 10/2022/QH15; Nghị định số 59/2023, 61/2023, 145/2020/NĐ-CP;
// Bộ luật Lao động 2019). One list per kind of unit lives beside this file.
import type { ChecklistItem } from './checklists.types';
import { ALL, khoan, LAW } from './checklists.cite';
import { AGENCY } from './checklists.agency';
import { COMMUNE } from './checklists.commune';
import { ENTERPRISE } from './checklists.enterprise';
import type { PeriodInfo } from './periods';
import type { UnitKind } from './units';

export * from './checklists.types';

// All kinds: the measures of Điều 8 and the unit's own rules.
const GENERAL: ChecklistItem[] = [
  {
    id: 'ALL-D8-1',
    kinds: ALL,
    group: 'chung',
    article: khoan(1, 8),
    text: 'Bố trí người phụ trách và tổ chức tập huấn, bồi dưỡng nghiệp vụ về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['TAP_HUAN'],
  },
  {
    id: 'ALL-D8-2',
    kinds: ALL,
    group: 'chung',
    article: khoan(2, 8),
    text: 'Tuyên truyền, phổ biến, giáo dục pháp luật về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['TUYEN_TRUYEN'],
  },
  {
    // Setting an example is not something an activity record can show.
    id: 'ALL-D8-3',
    kinds: ALL,
    group: 'chung',
    article: khoan(3, 8),
    text: 'Người đứng đầu nêu cao trách nhiệm, nêu gương trong tổ chức thực hiện dân chủ ở cơ sở.',
  },
  {
    id: 'ALL-D8-4',
    kinds: ALL,
    group: 'chung',
    article: khoan(4, 8),
    text: 'Biểu dương, khen thưởng kịp thời điển hình; xử lý nghiêm hành vi vi phạm pháp luật về thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['THI_DUA'],
  },
  {
    id: 'ALL-D8-5',
    kinds: ALL,
    group: 'chung',
    article: khoan(5, 8),
    text: 'Ứng dụng công nghệ thông tin, chuyển đổi số trong thực hiện dân chủ ở cơ sở.',
    suggestFrom: ['CNTT'],
    figures: [{ code: 'H3_CHUYEN_MUC' }],
  },
  {
    // Issuing the rules is a separate item per kind where the Law names it (Điều 59, NĐ 145 Điều 48);
    // this one is the periodic review every seed plan asks for.
    id: 'ALL-QC',
    kinds: ALL,
    group: 'chung',
    article: LAW,
    text: 'Ban hành, rà soát, sửa đổi, bổ sung quy chế thực hiện dân chủ của đơn vị phù hợp với quy định hiện hành.',
    suggestFrom: ['LANH_DAO'],
    keywords: [['quy chế', 'dân chủ']],
    figures: [{ code: 'A2', both: true }],
  },
];

/** Every item: the general ones (Điều 8, quy chế) first, then communes, agencies, state enterprises, other employers. */
export const CHECKLIST: ChecklistItem[] = [...GENERAL, ...COMMUNE, ...AGENCY, ...ENTERPRISE];

export const CHECKLIST_BY_ID: ReadonlyMap<string, ChecklistItem> = new Map(CHECKLIST.map((i) => [i.id, i]));

export type PeriodSpan = Pick<PeriodInfo, 'type' | 'year' | 'from' | 'to'>;

/**
 * Whether a period asks about the item. A seasonal item (the villages' year-end conference, the
 * hương ước review) is asked only when the period's data range covers its part of the reporting
 * year; an ad-hoc range looks at every year it touches.
 */
export function isAskedIn(item: ChecklistItem, period: PeriodSpan): boolean {
  const s = item.season;
  if (!s) return true;
  const first = period.type === 'ADHOC' ? Number(period.from.slice(0, 4)) : period.year;
  for (let y = first; y <= period.year; y++) {
    if (`${y}-${s.from}` <= period.to && `${y}-${s.to}` >= period.from) return true;
  }
  return false;
}

/** The items a unit of this kind inspects itself against, in checklist order; with a period, only those it asks. */
export function checklistFor(kind: UnitKind, period?: PeriodSpan): ChecklistItem[] {
  return CHECKLIST.filter((i) => i.kinds.includes(kind) && (!period || isAskedIn(i, period)));
}
