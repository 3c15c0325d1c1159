// The period as the aggregator sees it: the province profile with the aggregator's own cut-off and
// deadline overrides (as the core's aggregatorPeriod), and the period it most likely collects
// today. Pure, tested without a browser.
import { daysBetween, describePeriod, reportingYearOf, type PeriodInfo, type PeriodSettings } from '../../../shared/domain/periods';
import { BUILTIN_REGISTRY } from '../../../shared/plans/registry';
import { collectorPeriodSettings } from '../../../shared/plans/resolve';
import type { AggregatorSettingsView } from '../../../shared/ipc/aggregateContract';

function settingsOf(settings: AggregatorSettingsView): PeriodSettings {
  // The core sends them computed with the plans it knows (imported ones too); else the shipped plans.
  return settings.periods ?? collectorPeriodSettings(BUILTIN_REGISTRY, settings.profile);
}

/**
 * The period an aggregator most likely collects today: of this reporting year's 6-month and
 * yearly reports and last year's yearly report, the one whose deadline (or cut-off end) is
 * nearest. On 10/5 that is the 6-month report due 04/5; in January, last year's report.
 */
export function aggregatorCurrentPeriod(today: string, settings: AggregatorSettingsView): string {
  const ps = settingsOf(settings);
  const year = reportingYearOf(today, ps);
  const candidates = [`${year}-H1`, `${year}-Y`, `${year - 1}-Y`].map((id) => {
    const p = describePeriod(id, ps);
    return { id, distance: Math.abs(daysBetween(today, p.deadline ?? p.to)) };
  });
  candidates.sort((a, b) => a.distance - b.distance);
  return candidates[0]!.id;
}

/** The period as the core's aggregatorPeriod describes it: the province profile with the aggregator's overrides. */
export function aggregatorPeriodInfo(period: string, settings: AggregatorSettingsView | null): PeriodInfo | null {
  if (!settings) return null;
  try {
    return describePeriod(period, settingsOf(settings));
  } catch {
    return null;
  }
}
