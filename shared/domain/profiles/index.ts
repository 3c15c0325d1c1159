// The province profiles the app ships, the default report outline, and per-kind filters.
import type { UnitKind } from '../units';
import { LAI_CHAU } from './lai-chau';
import { LAO_CAI } from './lao-cai';
import { THANH_HOA } from './thanh-hoa';
import type { OutlineSection, ProvinceProfile, TargetDef, TaskDef } from './types';

export type * from './types';
export { LAO_CAI, LAO_CAI_DIRECTIVE } from './lao-cai';
export { THANH_HOA } from './thanh-hoa';
export { LAI_CHAU } from './lai-chau';

export const PROFILES: ProvinceProfile[] = [LAO_CAI, THANH_HOA, LAI_CHAU];

export function profileById(id: string): ProvinceProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The usual outline of a unit's report (domain.md, reference.md §3.4), used when a profile sets none. */
export const DEFAULT_OUTLINE: OutlineSection[] = [
  { key: 'leadership', title: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN', level: 1 },
  { key: 'results', title: 'KẾT QUẢ THỰC HIỆN', level: 1 },
  { key: 'measures', title: 'Kết quả thực hiện các giải pháp của Nghị quyết', level: 2 },
  { key: 'targets', title: 'Kết quả thực hiện các chỉ tiêu', level: 2 },
  { key: 'tasks', title: 'Tiến độ thực hiện các nhiệm vụ được giao', level: 2 },
  { key: 'selfInspection', title: 'Kết quả tự kiểm tra', level: 2 },
  { key: 'assessment', title: 'ĐÁNH GIÁ CHUNG', level: 1 },
  { key: 'direction', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', level: 1 },
  { key: 'proposals', title: 'ĐỀ XUẤT, KIẾN NGHỊ', level: 1 },
];

export function outlineOf(profile: ProvinceProfile): OutlineSection[] {
  return profile.outline ?? DEFAULT_OUTLINE;
}

/** The profile's targets that apply to a kind of unit (no `kinds` = every kind). */
export function targetsFor(profile: ProvinceProfile, kind: UnitKind): TargetDef[] {
  return profile.targets.filter((t) => !t.kinds || t.kinds.includes(kind));
}

/** The profile's tasks assigned to a kind of unit (no `kinds` = every kind). */
export function tasksFor(profile: ProvinceProfile, kind: UnitKind): TaskDef[] {
  return profile.tasks.filter((t) => !t.kinds || t.kinds.includes(kind));
}
