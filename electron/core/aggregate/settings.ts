// Who the aggregator is (name, symbol, signer, province profile) and the period it collects for.
// Its own settings when saved; else the unit profile of the same database (a commune aggregates
// its units); else Sở Nội vụ of the province most received files name.
import { defaultUnitProfile } from '../../../shared/domain/defaults';
import { mergePeriodSettings, type PeriodInfo } from '../../../shared/domain/periods';
import { PROFILES, profileById } from '../../../shared/domain/profiles';
import type { ProvinceProfile } from '../../../shared/domain/profiles/types';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { UserError } from '../../../shared/result';
import * as unitRepo from '../db/repos';
import type { Db } from '../db/open';
import { describePeriodOrFail } from '../services/periodData';
import * as repo from './repo';

export type SettingsSource = 'settings' | 'unit' | 'default';

export interface AggregatorSettings {
  profile: UnitProfile;
  source: SettingsSource;
}

/** Sở Nội vụ of a province, with the usual symbols (SNV; the drafting office XDCQ). */
export function defaultProvinceAggregator(p: ProvinceProfile): UnitProfile {
  const base = defaultUnitProfile(p, 'co_quan', `Sở Nội vụ tỉnh ${p.name}`);
  return {
    ...base,
    code: 'SNV',
    parentBody: p.provinceBody,
    placeName: p.name,
    docSymbol: 'SNV',
    signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' },
    kinhGui: [`Ủy ban nhân dân tỉnh ${p.name}`],
    recipients: [],
    archiveTag: 'XDCQ',
    // The province's resolution, not a commune's plan, is what Sở Nội vụ implements.
    planRef: p.basisDocs[0] ?? '',
  };
}

function mostCommonProfile(db: Db): ProvinceProfile {
  const r = db.prepare("SELECT profile_id, COUNT(*) AS n FROM agg_submission WHERE profile_id <> '' GROUP BY profile_id ORDER BY n DESC LIMIT 1").get() as { profile_id: string } | undefined;
  return (r && profileById(r.profile_id)) || PROFILES[0]!;
}

export function aggregatorSettings(db: Db): AggregatorSettings {
  const own = repo.getSettings(db);
  if (own) return { profile: own, source: 'settings' };
  const unit = unitRepo.getUnitProfile(db);
  // A commune's own period overrides are its cut-off and deadline towards the province, not its
  // units' deadline towards it: they are not carried over.
  if (unit) return { profile: { ...unit, periodOverrides: {} }, source: 'unit' };
  return { profile: defaultProvinceAggregator(mostCommonProfile(db)), source: 'default' };
}

export function provinceOf(settings: UnitProfile): ProvinceProfile {
  const p = profileById(settings.profileId);
  if (!p) throw new UserError('NO_PROFILE', `Không tìm thấy hồ sơ tỉnh "${settings.profileId}". Hãy chọn lại hồ sơ tỉnh trong thiết lập tổng hợp ("dcs aggregate setup --profile …").`);
  return p;
}

/** The period as the aggregator sees it: the province's cut-off and deadline, with its own overrides. */
export function aggregatorPeriod(db: Db, periodId: string): PeriodInfo {
  const s = aggregatorSettings(db).profile;
  return describePeriodOrFail(periodId, mergePeriodSettings(profileById(s.profileId)?.periods, s.periodOverrides));
}
