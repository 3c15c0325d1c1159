// What every screen needs from the shell: the unit, the period being worked on, and a way to
// jump to another screen and put the cursor on one item there.
import { createContext, useContext } from 'react';
import type { PeriodInfo } from '../../../shared/domain/periods';
import type { UnitProfile } from '../../../shared/domain/unitProfile';

export type Area = 'dashboard' | 'activities' | 'figures' | 'inspection' | 'tasks' | 'texts' | 'report' | 'settings';

export const AREAS: Array<{ area: Area; label: string }> = [
  { area: 'dashboard', label: 'Tổng quan' },
  { area: 'activities', label: 'Hoạt động' },
  { area: 'figures', label: 'Số liệu' },
  { area: 'inspection', label: 'Tự kiểm tra' },
  { area: 'tasks', label: 'Nhiệm vụ' },
  { area: 'texts', label: 'Đánh giá, kiến nghị' },
  { area: 'report', label: 'Báo cáo' },
  { area: 'settings', label: 'Cài đặt' },
];

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
