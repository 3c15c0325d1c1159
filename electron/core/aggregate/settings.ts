// Who the aggregator is (name, symbol, signer, plan) and the period it collects for.
// Its own settings when saved; else the unit profile of the same database (a commune aggregates
// its units); else Sở Nội vụ of the province most received files name.
import type { PeriodInfo, PeriodSettings } from '../../../shared/domain/periods';
import type { ProvinceProfile } from '../../../shared/domain/profiles/types';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { provinceById, provinceFullName } from '../../../shared/plans/provinces';
import { findPlan, type PlanRegistry } from '../../../shared/plans/registry';
import { collectorPeriodSettings, provincePlanOf, resolveUnitPlan } from '../../../shared/plans/resolve';
import { UserError } from '../../../shared/result';
import * as unitRepo from '../db/repos';
import type { Db } from '../db/open';
import { planRegistry } from '../plans/repo';
import { describePeriodOrFail } from '../services/periodData';
import * as repo from './repo';

export type SettingsSource = 'settings' | 'unit' | 'default';

export interface AggregatorSettings {
  profile: UnitProfile;
  source: SettingsSource;
}

function provinceName(plan: ProvinceProfile): string {
  const p = provinceById(plan.provinceId);
  return p ? provinceFullName(p) : `tỉnh ${plan.name}`;
}

/**
 * The aggregator's plan-given fields: Sở Nội vụ of the province reporting to its UBND, or the
 * issuer of a local plan (a commune) reporting where the province plan says.
 */
export function defaultAggregator(reg: PlanRegistry, chosen: ProvinceProfile): UnitProfile {
  const province = provincePlanOf(reg, chosen);
  const issuer = chosen.scope === 'local' ? chosen.issuer : undefined;
  if (issuer) {
    const plan = resolveUnitPlan(reg, { kind: issuer.kind, name: issuer.name, parentBody: province.provinceBody, profileId: chosen.id });
    return {
      code: '',
      name: issuer.name,
      kind: issuer.kind,
      profileId: chosen.id,
      parentBody: issuer.kind === 'xa' ? province.provinceBody : '',
      placeName: issuer.place,
      docSymbol: issuer.kind === 'xa' ? 'UBND' : 'CQ',
      signer: issuer.kind === 'xa' ? { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' } : { authority: '', onBehalfOf: '', title: 'GIÁM ĐỐC', name: '' },
      kinhGui: plan?.reportTo ? [plan.reportTo] : [],
      recipients: [],
      archiveTag: issuer.kind === 'xa' ? 'VHXH' : 'VP',
      planRef: chosen.basisDocs[chosen.basisDocs.length - 1] ?? '',
      periodOverrides: {},
    };
  }
  const where = provinceName(province);
  return {
    code: 'SNV',
    name: `Sở Nội vụ ${where}`,
    kind: 'co_quan',
    profileId: chosen.id,
    parentBody: province.provinceBody,
    placeName: province.name,
    docSymbol: 'SNV',
    signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' },
    kinhGui: [`Ủy ban nhân dân ${where}`],
    recipients: [],
    archiveTag: 'XDCQ',
    // The province's resolution, not a commune's plan, is what Sở Nội vụ implements.
    planRef: province.basisDocs[0] ?? '',
    periodOverrides: {},
  };
}

/** Sở Nội vụ of a province, with the usual symbols (SNV; the drafting office XDCQ). */
export function defaultProvinceAggregator(p: ProvinceProfile, reg: PlanRegistry = { entries: new Map() }): UnitProfile {
  return defaultAggregator(reg, p);
}

/** Fields the chosen plan fills in: on a change of plan they follow the new plan unless edited in the same save. */
const PLAN_FIELDS = ['name', 'parentBody', 'placeName', 'kinhGui', 'planRef'] as const;

/** Settings after the user picked another plan: nothing of the old province's stays unless the user typed it now. */
export function switchAggregatorPlan(reg: PlanRegistry, saved: UnitProfile, incoming: UnitProfile): UnitProfile {
  if (saved.profileId === incoming.profileId) return incoming;
  const chosen = findPlan(reg, incoming.profileId);
  if (!chosen) return incoming;
  const fresh = defaultAggregator(reg, chosen);
  const out: UnitProfile = { ...incoming };
  for (const k of PLAN_FIELDS) {
    if (JSON.stringify(incoming[k]) === JSON.stringify(saved[k])) (out as unknown as Record<string, unknown>)[k] = fresh[k];
  }
  // A deadline set under the old plan is the old plan's; the new plan's deadlines apply.
  if (JSON.stringify(incoming.periodOverrides) === JSON.stringify(saved.periodOverrides)) out.periodOverrides = {};
  return out;
}

function mostCommonPlan(db: Db, reg: PlanRegistry): ProvinceProfile {
  const r = db.prepare("SELECT profile_id, COUNT(*) AS n FROM agg_submission WHERE profile_id <> '' GROUP BY profile_id ORDER BY n DESC LIMIT 1").get() as { profile_id: string } | undefined;
  // Files name the plan their units report under: a commune's plan is collected by the commune,
  // a province's by its Sở Nội vụ.
  return (r && findPlan(reg, r.profile_id)) || [...reg.entries.values()][0]!.plan;
}

export function aggregatorSettings(db: Db): AggregatorSettings {
  const own = repo.getSettings(db);
  if (own) return { profile: own, source: 'settings' };
  const unit = unitRepo.getUnitProfile(db);
  // A commune's own period overrides are its cut-off and deadline towards the province, not its
  // units' deadline towards it: they are not carried over.
  if (unit) return { profile: { ...unit, periodOverrides: {} }, source: 'unit' };
  const reg = planRegistry(db);
  return { profile: defaultAggregator(reg, mostCommonPlan(db, reg)), source: 'default' };
}

/**
 * The plan as the aggregator reports with it: the targets of the units it collects from, the
 * documents it cites, and the body it reports to (for a commune, where the province plan says;
 * for Sở Nội vụ, the province's UBND).
 */
export function provinceOf(db: Db, settings: UnitProfile): ProvinceProfile {
  const reg = planRegistry(db);
  const chosen = findPlan(reg, settings.profileId);
  if (!chosen) {
    throw new UserError('NO_PROFILE', `Không tìm thấy kế hoạch "${settings.profileId}". Hãy chọn lại tỉnh, thành phố trong thiết lập tổng hợp.`);
  }
  const province = provincePlanOf(reg, chosen);
  const local = chosen.scope === 'local' ? chosen : null;
  const upward = local ? (resolveUnitPlan(reg, settings)?.reportTo ?? null) : `Ủy ban nhân dân ${provinceName(province)}`;
  return {
    ...province,
    basisDocs: [...province.basisDocs, ...(local?.basisDocs ?? [])],
    reportTo: upward,
    targets: [...province.targets, ...(local?.targets ?? [])],
    measures: [...province.measures, ...(local?.measures ?? [])],
  };
}

/** The settings with the cut-offs and deadlines they collect under, for the app's period picker. */
export function settingsView(db: Db): AggregatorSettings & { periods: PeriodSettings } {
  const s = aggregatorSettings(db);
  return { ...s, periods: collectorPeriodSettings(planRegistry(db), s.profile) };
}

/** The period as the aggregator sees it: the deadlines of the units it collects from, with its own overrides. */
export function aggregatorPeriod(db: Db, periodId: string, settings: UnitProfile = aggregatorSettings(db).profile): PeriodInfo {
  return describePeriodOrFail(periodId, collectorPeriodSettings(planRegistry(db), settings));
}
