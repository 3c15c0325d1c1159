// The words a clerk types for a self-inspection answer or a task's progress: the program codes,
// the app's own labels, and the plain Vietnamese people say ("đã thực hiện", "một phần", "chưa",
// "không áp dụng"; "chưa bắt đầu", "đang thực hiện", "hoàn thành"), with or without diacritics.
import { INSPECTION_STATUS_LABEL, INSPECTION_STATUSES, type InspectionStatus } from './checklists.types';
import { TASK_STATUS_LABEL, TASK_STATUSES, type TaskStatus } from './unitProfile';
import { foldVietnamese } from './units';

const INSPECTION_WORDS: Record<InspectionStatus, readonly string[]> = {
  done: ['da thuc hien', 'thuc hien', 'xong', 'da xong', 'hoan thanh', 'da hoan thanh', 'dat', 'co', 'roi', 'da lam'],
  partly: ['mot phan', 'thuc hien mot phan', 'da thuc hien mot phan', 'chua day du', 'chua du', 'mot phan thoi'],
  not_done: ['chua', 'khong', 'chua thuc hien', 'chua lam', 'khong thuc hien', 'chua dat', 'khong dat'],
  na: ['khong ap dung', 'kad', 'k/a', 'khong ap dung cho don vi', 'khong lien quan', 'n/a'],
};

const TASK_WORDS: Record<TaskStatus, readonly string[]> = {
  not_started: ['chua bat dau', 'chua trien khai', 'chua', 'chua thuc hien', 'chua lam'],
  in_progress: ['dang thuc hien', 'dang trien khai', 'dang', 'dang lam', 'da trien khai', 'dang tien hanh'],
  done: ['hoan thanh', 'da hoan thanh', 'xong', 'da xong', 'da thuc hien'],
};

/** Words that clear an answer ("trong" = trống). */
export const CLEAR_WORDS: readonly string[] = ['trong', 'xoa', 'clear', 'bo trong'];

const key = (s: string): string => foldVietnamese(s).replace(/[.!]+$/, '').trim();

function parseWith<S extends string>(text: string, codes: readonly S[], labels: Record<S, string>, words: Record<S, readonly string[]>): S | null {
  const k = key(text);
  if (!k) return null;
  for (const s of codes) {
    if (k === s || k === s.replace(/_/g, ' ') || k === key(labels[s]) || words[s].includes(k)) return s;
  }
  return null;
}

export function parseInspectionStatus(text: string): InspectionStatus | null {
  return parseWith(text, INSPECTION_STATUSES, INSPECTION_STATUS_LABEL, INSPECTION_WORDS);
}

export function parseTaskStatus(text: string): TaskStatus | null {
  return parseWith(text, TASK_STATUSES, TASK_STATUS_LABEL, TASK_WORDS);
}

export function isClearWord(text: string): boolean {
  return CLEAR_WORDS.includes(key(text));
}

/** What a usage message lists: the Vietnamese labels, then the codes. */
export const INSPECTION_STATUS_CHOICES = INSPECTION_STATUSES.map((s) => `"${INSPECTION_STATUS_LABEL[s].toLowerCase()}" (${s})`).join(', ');
export const TASK_STATUS_CHOICES = TASK_STATUSES.map((s) => `"${TASK_STATUS_LABEL[s].toLowerCase()}" (${s})`).join(', ');
