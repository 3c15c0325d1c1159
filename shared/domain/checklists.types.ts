// Self-inspection (tự kiểm tra) items: what the Law requires of each kind of unit.
import type { ActivityKind } from './activities';
import type { UnitKind } from './units';

export const INSPECTION_STATUSES = ['done', 'partly', 'not_done', 'na'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_STATUS_LABEL: Record<InspectionStatus, string> = {
  done: 'Đã thực hiện',
  partly: 'Thực hiện một phần',
  not_done: 'Chưa thực hiện',
  na: 'Không áp dụng',
};

export type ChecklistGroup = 'cong_khai' | 'ban_quyet_dinh' | 'tham_gia_y_kien' | 'kiem_tra_giam_sat' | 'chung';

export const CHECKLIST_GROUP_LABEL: Record<ChecklistGroup, string> = {
  cong_khai: 'Nội dung phải công khai',
  ban_quyet_dinh: 'Nội dung bàn và quyết định',
  tham_gia_y_kien: 'Nội dung tham gia ý kiến',
  kiem_tra_giam_sat: 'Kiểm tra, giám sát',
  chung: 'Tổ chức thực hiện',
};

export interface ChecklistItem {
  /** Stable id, e.g. "X-D11-1" (communes, Điều 11 khoản 1). */
  id: string;
  kinds: UnitKind[];
  group: ChecklistGroup;
  /** "Khoản 1 Điều 11 Luật số 10/2022/QH15" */
  article: string;
  text: string;
  /** Activity kinds whose presence suggests the item was done. */
  suggestFrom?: ActivityKind[];
}

export interface InspectionAnswer {
  itemId: string;
  status: InspectionStatus;
  evidence: string;
}
