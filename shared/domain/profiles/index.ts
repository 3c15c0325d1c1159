// The shipped plans by their old names, the default report outline, and per-kind filters.
import { BUILTIN_PLANS, BUILTIN_REGISTRY, findPlan } from '../../plans/registry';
import { appliesToKind, tasksForKind } from '../../plans/resolve';
import type { UnitKind } from '../units';
import type { OutlineSection, ProvinceProfile, TargetDef, TaskDef } from './types';

export type * from './types';

const shipped = (id: string): ProvinceProfile => findPlan(BUILTIN_REGISTRY, id)!;
export const LAO_CAI = shipped('lao-cai');
export const THANH_HOA = shipped('thanh-hoa');
export const LAI_CHAU = shipped('lai-chau');
/** Kế hoạch số 363/KH-UBND of xã Bình Lư: a commune-level plan under Lai Châu's. */
export const BINH_LU = shipped('lai-chau-binh-lu');

/** The shipped plans (provinces and local plans). */
export const PROFILES: readonly ProvinceProfile[] = BUILTIN_PLANS;

/** A shipped plan, or the national frame under a province's name (see plans/registry for imported plans). */
export function profileById(id: string): ProvinceProfile | undefined {
  return findPlan(BUILTIN_REGISTRY, id);
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

export function outlineOf(profile: Pick<ProvinceProfile, 'outline'>): OutlineSection[] {
  return profile.outline ?? DEFAULT_OUTLINE;
}

/** The profile's targets that apply to a kind of unit (no `kinds` = every kind). */
export function targetsFor(profile: ProvinceProfile, kind: UnitKind): TargetDef[] {
  return profile.targets.filter((t) => appliesToKind(t, kind));
}

/** The profile's tasks a unit of this kind owns, when nothing else is known of the unit. */
export function tasksFor(profile: ProvinceProfile, kind: UnitKind): TaskDef[] {
  return tasksForKind(profile, kind);
}
