// Loads everything one period needs from the database into the plain PeriodData model.
import type { PeriodData, PeriodRecords } from '../../../shared/domain/periodData';
import { describePeriod, PeriodError, type PeriodInfo, type PeriodSettings } from '../../../shared/domain/periods';
import { resolveUnitPlan, unitPeriodSettings, type UnitPlan } from '../../../shared/plans/resolve';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { UserError } from '../../../shared/result';
import * as repo from '../db/repos';
import type { Db } from '../db/open';
import { planRegistry } from '../plans/repo';

export function requireUnit(db: Db): UnitProfile {
  const unit = repo.getUnitProfile(db);
  if (!unit) throw new UserError('NO_UNIT', 'Chưa thiết lập thông tin đơn vị. Hãy chạy "dcs init" hoặc mở ứng dụng để khai báo đơn vị trước.');
  return unit;
}

/** What the plans ask of the unit (its province's, and the commune's or Sở's it reports under). */
export function requireUnitPlan(db: Db, unit: UnitProfile): UnitPlan {
  const p = resolveUnitPlan(planRegistry(db), unit);
  if (!p) throw new UserError('NO_PROFILE', `Không tìm thấy kế hoạch "${unit.profileId}". Hãy chọn lại tỉnh, thành phố trong Cài đặt, hoặc nhập lại tệp kế hoạch ("dcs profile import TỆP").`);
  return p;
}

export function describePeriodOrFail(periodId: string, settings: PeriodSettings): PeriodInfo {
  try {
    return describePeriod(periodId, settings);
  } catch (e) {
    if (e instanceof PeriodError) throw new UserError('BAD_PERIOD', e.message);
    throw e;
  }
}

export function periodSettingsOf(db: Db, unit: UnitProfile | null): PeriodSettings {
  return unitPeriodSettings(planRegistry(db), unit);
}

export function periodFor(db: Db, unit: UnitProfile | null, periodId: string): PeriodInfo {
  return describePeriodOrFail(periodId, periodSettingsOf(db, unit));
}

export function loadPeriodData(db: Db, periodId: string): PeriodData {
  const unit = requireUnit(db);
  const plan = requireUnitPlan(db, unit);
  const settings = periodSettingsOf(db, unit);
  const period = describePeriodOrFail(periodId, settings);
  let previous: PeriodData['previous'] = null;
  const prev = describePeriodOrFail(period.previousId, settings);
  const prevActivities = repo.listActivities(db, prev.from, prev.to);
  const prevFigures = repo.getFigureEntries(db, prev.id);
  if (prevActivities.length > 0 || Object.keys(prevFigures).length > 0) previous = { activities: prevActivities, figures: prevFigures };
  const snap = repo.latestSnapshot(db, period.id);
  return {
    earlier: earlierPeriod(db, unit, period),
    lastExport: snap ? { revision: snap.revision, at: snap.createdAt, records: JSON.parse(snap.data) as PeriodRecords } : null,
    unit,
    plan,
    period,
    activities: repo.listActivities(db, period.from, period.to),
    figures: repo.getFigureEntries(db, period.id),
    inspections: repo.getInspections(db, period.id),
    tasks: repo.getTaskProgress(db, period.id),
    texts: repo.getTexts(db, period.id),
    previous,
    frozen: snap ? { revision: snap.revision, at: snap.createdAt } : null,
  };
}

/**
 * The year's first half, for the annual report and for an ad-hoc range that ends after it begins:
 * its answers are offered as suggestions (annual) or read as the latest known task statuses (ad hoc).
 */
function earlierPeriod(db: Db, unit: UnitProfile, period: PeriodInfo): PeriodData['earlier'] {
  if (period.type !== 'Y' && period.type !== 'ADHOC') return null;
  const candidates = period.type === 'Y' ? [`${period.year}-H1`] : [`${period.year}-Y`, `${period.year}-H1`];
  for (const id of candidates) {
    const p = periodFor(db, unit, id);
    // Only a period already over when the range ends: its statuses are what was known by then.
    if (p.to > period.to) continue;
    const tasks = repo.getTaskProgress(db, p.id);
    const figures = repo.getFigureEntries(db, p.id);
    const inspections = repo.getInspections(db, p.id);
    if (!tasks.length && !inspections.length && !Object.keys(figures).length) continue;
    return { periodId: p.id, label: p.label, figures, inspections, tasks };
  }
  return null;
}
