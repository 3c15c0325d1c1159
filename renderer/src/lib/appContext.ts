// What every screen needs from the shell: the unit, the period being worked on, and a way to
// jump to another screen and put the cursor on one item there.
import { createContext, useContext } from 'react';
import type { PeriodInfo } from '../../../shared/domain/periods';
import type { UnitProfile } from '../../../shared/domain/unitProfile';

export type UnitArea = 'dashboard' | 'activities' | 'figures' | 'inspection' | 'tasks' | 'texts' | 'report' | 'settings';
/** The aggregator's screens (Sở Nội vụ, or a commune collecting from its units). */
export type AggArea = 'agg-units' | 'agg-inbox' | 'agg-board' | 'agg-report' | 'agg-settings';
export type Area = UnitArea | AggArea;
export type Role = 'unit' | 'aggregate';

export const AREAS: Array<{ area: UnitArea; label: string }> = [
  { area: 'dashboard', label: 'Tổng quan' },
  { area: 'activities', label: 'Hoạt động' },
  { area: 'figures', label: 'Số liệu' },
  { area: 'inspection', label: 'Tự kiểm tra' },
  { area: 'tasks', label: 'Nhiệm vụ' },
  { area: 'texts', label: 'Đánh giá, kiến nghị' },
  { area: 'report', label: 'Báo cáo' },
  { area: 'settings', label: 'Cài đặt' },
];

export const AGG_AREAS: Array<{ area: AggArea; label: string }> = [
  { area: 'agg-units', label: 'Danh sách đơn vị' },
  { area: 'agg-inbox', label: 'Nhận báo cáo' },
  { area: 'agg-board', label: 'Tình hình nộp' },
  { area: 'agg-report', label: 'Báo cáo tổng hợp' },
  { area: 'agg-settings', label: 'Cài đặt tổng hợp' },
];

export const ROLE_LABEL: Record<Role, string> = { unit: 'Đơn vị báo cáo', aggregate: 'Tổng hợp' };

export function isAggArea(a: Area): a is AggArea {
  return a.startsWith('agg-');
}

export function areaLabel(a: Area): string {
  return (isAggArea(a) ? AGG_AREAS : AREAS).find((x) => x.area === a)?.label ?? '';
}

/** One request to focus an item; `seq` makes a second click on the same item focus it again. */
export interface FocusRequest {
  ref: string;
  seq: number;
}

export interface AppState {
  unit: UnitProfile;
  setUnit: (u: UnitProfile) => void;
  /** The period id every screen works on ("2026-H1", "2026-Y", "2026-05-01..2026-08-31"). */
  period: string;
  periodInfo: PeriodInfo | null;
  today: string;
  navigate: (area: Area, ref?: string) => void;
  /** Reads everything again from the data (after a restore from a backup). */
  reloadAll: () => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(AppContext);
  if (!s) throw new Error('AppContext missing');
  return s;
}
