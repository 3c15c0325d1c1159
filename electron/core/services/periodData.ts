// Loads everything one period needs from the database into the plain PeriodData model.
import type { PeriodData } from '../../../shared/domain/periodData';
import { describePeriod, mergePeriodSettings, PeriodError, type PeriodInfo, type PeriodSettings } from '../../../shared/domain/periods';
import { profileById } from '../../../shared/domain/profiles';
import type { ProvinceProfile } from '../../../shared/domain/profiles/types';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { UserError } from '../../../shared/result';
import * as repo from '../db/repos';
import type { Db } from '../db/open';

export function requireUnit(db: Db): UnitProfile {
  const unit = repo.getUnitProfile(db);
  if (!unit) throw new UserError('NO_UNIT', 'Chưa thiết lập thông tin đơn vị. Hãy chạy "dcs init" hoặc mở ứng dụng để khai báo đơn vị trước.');
  return unit;
}

export function requireProfile(unit: UnitProfile): ProvinceProfile {
  const p = profileById(unit.profileId);
  if (!p) throw new UserError('NO_PROFILE', `Không tìm thấy hồ sơ tỉnh "${unit.profileId}". Hãy chọn lại hồ sơ tỉnh trong Cài đặt.`);
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

export function periodFor(unit: UnitProfile | null, periodId: string): PeriodInfo {
  const profile = unit ? profileById(unit.profileId) : undefined;
  return describePeriodOrFail(periodId, mergePeriodSettings(profile?.periods, unit?.periodOverrides));
}

export function loadPeriodData(db: Db, periodId: string): PeriodData {
  const unit = requireUnit(db);
  const period = periodFor(unit, periodId);
  let previous: PeriodData['previous'] = null;
  const prev = periodFor(unit, period.previousId);
  const prevActivities = repo.listActivities(db, prev.from, prev.to);
  const prevFigures = repo.getFigureEntries(db, prev.id);
  if (prevActivities.length > 0 || Object.keys(prevFigures).length > 0) previous = { activities: prevActivities, figures: prevFigures };
  const snap = repo.latestSnapshot(db, period.id);
  return {
    unit,
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
