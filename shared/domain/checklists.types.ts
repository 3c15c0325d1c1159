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

/** A phrase an activity's title or notes must contain; an inner list needs all of its phrases. */
export type ChecklistKeyword = string | readonly string[];

/** A part of the reporting year ("MM-DD" to "MM-DD") in which an item falls due. */
export interface ChecklistSeason {
  /** Said to the clerk: "cuối năm", "quý I". */
  label: string;
  from: string;
  to: string;
}

/** A figure whose value tells whether the item was done. */
export interface ChecklistFigureLink {
  code: string;
  /** Also a "không" (0) contradicts "Đã thực hiện" (the figure and the item say the same thing). */
  both?: boolean;
}

export interface ChecklistItem {
  /** Stable id, e.g. "X-D11-1" (communes, Điều 11 khoản 1). Answers are stored under it. */
  id: string;
  kinds: UnitKind[];
  group: ChecklistGroup;
  /** As cited mid-sentence: "khoản 1 Điều 11 Luật số 10/2022/QH15". */
  article: string;
  text: string;
  /** Activity kinds that can show the item was done. */
  suggestFrom?: ActivityKind[];
  /** When set, such an activity supports the item only if its title or notes name one of these. */
  keywords?: readonly ChecklistKeyword[];
  /** Phrases blanked before looking for keywords ("quỹ đất" is not a "quỹ"). */
  mask?: readonly string[];
  /** Asked only in a period that covers this part of the year. */
  season?: ChecklistSeason;
  figures?: readonly ChecklistFigureLink[];
}

export interface InspectionAnswer {
  itemId: string;
  status: InspectionStatus;
  evidence: string;
}
