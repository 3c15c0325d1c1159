// What the aggregator's screens need from the shell: the period, who consolidates (its settings)
// and the period as the aggregator sees it (its units' cut-off and deadline), and navigation.
import { createContext, useContext } from 'react';
import type { PeriodInfo } from '../../../shared/domain/periods';
import type { AggregatorSettingsView } from '../../../shared/ipc/aggregateContract';
import type { Area } from './appContext';

export { aggregatorCurrentPeriod, aggregatorPeriodInfo } from './aggPeriod';

export interface AggState {
  period: string;
  /** The period with the aggregator's cut-off and its units' deadline (not the unit's own). */
  periodInfo: PeriodInfo | null;
  today: string;
  settings: AggregatorSettingsView | null;
  setSettings: (s: AggregatorSettingsView) => void;
  navigate: (area: Area, ref?: string) => void;
  /** True when the same database also holds a reporting unit (a commune is both). */
  hasUnit: boolean;
}

export const AggContext = createContext<AggState | null>(null);

export function useAgg(): AggState {
  const s = useContext(AggContext);
  if (!s) throw new Error('AggContext missing');
  return s;
}

