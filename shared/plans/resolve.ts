// What the plans ask of one unit: its province plan, the local plan it reports under (a commune's
// or a Sở's), its level, who it reports to and by when, the documents it cites, its targets and
// only its own tasks. The one home of a unit's period settings.
import { mergePeriodSettings, type PeriodSettings } from '../domain/periods';
import { foldVietnamese, type UnitKind } from '../domain/units';
import { BUILTIN_REGISTRY, findPlan, nationalPlanFor, NATIONAL_PLAN, type PlanRegistry } from './registry';
import type { Level, LocalUnit, MeasureDef, OutlineSection, Plan, TargetDef, TaskDef, TaskOwner } from './schema';

/** The parts of a unit (or an aggregator) the plans look at. */
export interface PlanUnit {
  kind: UnitKind;
  name: string;
  parentBody: string;
  profileId: string;
  periodOverrides?: Partial<PeriodSettings>;
}

export type PlanRole = 'direct' | 'member' | 'issuer';

export interface UnitPlan {
  /** The plan the unit chose. */
  chosen: Plan;
  /** Its province's plan (the national frame under the province's name when none is loaded). */
  province: Plan;
  /** The commune's or Sở's plan it reports under (or issued), if any. */
  local: Plan | null;
  /** direct: reports under the province plan; member: reports to the local plan's issuer; issuer: issued the local plan. */
  role: PlanRole;
  level: Level;
  /** Who receives its report; null when no plan says (the unit sets it). */
  reportTo: string | null;
  /** The plans' cut-offs and deadlines for this unit (its own overrides not included). */
  periods: Partial<PeriodSettings>;
  /** Documents cited in the opening: the province's, then the local plan's. */
  basisDocs: string[];
  targets: TargetDef[];
  /** Only the tasks this unit owns. */
  tasks: TaskDef[];
  measures: MeasureDef[];
  outline: OutlineSection[] | undefined;
  /** The local plan's known units (a commune's own), for set-up and aggregation. */
  units: LocalUnit[];
}

function words(s: string): string {
  return ` ${foldVietnamese(s).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** "Sở Nội vụ tỉnh Lào Cai" is the body "Sở Nội vụ"; "Sở Văn hoá, Thể thao và Du lịch" matches "Sở Văn hóa Thể thao và Du lịch". */
export function nameIsBody(unitName: string, body: string): boolean {
  return words(unitName).includes(words(body));
}

/** A commune, or a unit whose cơ quan chủ quản is a commune's UBND, sits at commune level. */
export function levelOf(unit: Pick<PlanUnit, 'kind' | 'parentBody'>, local: Plan | null, role: PlanRole): Level {
  if (unit.kind === 'xa') return 'xa';
  if (local && role === 'member' && local.issuer?.kind === 'xa') return 'xa';
  return /\b(uy ban nhan dan|ubnd) (xa|phuong|dac khu)\b/.test(words(unit.parentBody)) ? 'xa' : 'tinh';
}

export function ownerMatches(owner: TaskOwner, unit: Pick<PlanUnit, 'kind' | 'name'>, level: Level): boolean {
  if (owner.kinds && !owner.kinds.includes(unit.kind)) return false;
  if (owner.levels && !owner.levels.includes(level)) return false;
  if (owner.body && !nameIsBody(unit.name, owner.body)) return false;
  return true;
}

export function ownsTask(task: TaskDef, unit: Pick<PlanUnit, 'kind' | 'name'>, level: Level): boolean {
  return task.owners.some((o) => ownerMatches(o, unit, level));
}

export function appliesToKind(t: Pick<TargetDef, 'kinds'>, kind: UnitKind): boolean {
  return !t.kinds || t.kinds.includes(kind);
}

/** A plan's cut-offs and deadlines for units at one level (rules without levels bind every level). */
export function planPeriods(plan: Plan, level: Level): Partial<PeriodSettings> {
  const out: PeriodSettings = { cutoff: {}, deadline: {} };
  for (const r of plan.reporting) {
    if (r.levels && !r.levels.includes(level)) continue;
    if (r.deadline) out.deadline[r.period] = r.deadline;
    if (r.cutoff) out.cutoff[r.period] = r.cutoff;
  }
  return out;
}

function isIssuer(unit: PlanUnit, local: Plan): boolean {
  const issuer = local.issuer;
  if (!issuer || unit.kind !== issuer.kind) return false;
  // A commune's plan has one commune: the commune itself. A Sở's units may be agencies too: match the name.
  return issuer.kind === 'xa' || foldVietnamese(unit.name) === foldVietnamese(issuer.name);
}

/** The province plan a plan sits under (itself for a province plan). */
export function provincePlanOf(reg: PlanRegistry, plan: Plan): Plan {
  if (plan.scope !== 'local') return plan;
  return (plan.parent && findPlan(reg, plan.parent)) || nationalPlanFor(plan.provinceId) || NATIONAL_PLAN;
}

export function resolveUnitPlan(reg: PlanRegistry, unit: PlanUnit): UnitPlan | null {
  const chosen = findPlan(reg, unit.profileId);
  if (!chosen) return null;
  const province = provincePlanOf(reg, chosen);
  const local = chosen.scope === 'local' ? chosen : null;
  const role: PlanRole = !local ? 'direct' : isIssuer(unit, local) ? 'issuer' : 'member';
  const level = levelOf(unit, local, role);
  const member = role === 'member';
  const owned = (p: Plan): TaskDef[] => p.tasks.filter((t) => ownsTask(t, unit, level));
  return {
    chosen,
    province,
    local,
    role,
    level,
    reportTo: member ? local!.reportTo ?? province.reportTo : province.reportTo,
    periods: mergeLayers([planPeriods(province, level), member ? planPeriods(local!, level) : undefined]),
    basisDocs: [...province.basisDocs, ...(local ? local.basisDocs : [])],
    targets: [...province.targets, ...(member ? local!.targets : [])].filter((t) => appliesToKind(t, unit.kind)),
    tasks: [...owned(province), ...(local ? owned(local) : [])],
    measures: [...province.measures, ...(member ? local!.measures : [])],
    outline: (member ? local!.outline : undefined) ?? province.outline,
    units: local?.units ?? [],
  };
}

function mergeLayers(layers: Array<Partial<PeriodSettings> | undefined>): Partial<PeriodSettings> {
  const out: PeriodSettings = { cutoff: {}, deadline: {} };
  for (const l of layers) {
    if (!l) continue;
    Object.assign(out.cutoff, l.cutoff ?? {});
    Object.assign(out.deadline, l.deadline ?? {});
  }
  return out;
}

/**
 * The one computation of a unit's period settings: NĐ 09/2019, then its plans (province, then the
 * local plan it reports under), then its own overrides.
 */
export function unitPeriodSettings(reg: PlanRegistry, unit: PlanUnit | null): PeriodSettings {
  if (!unit) return mergePeriodSettings();
  const plan = resolveUnitPlan(reg, unit);
  return mergePeriodSettings(plan?.periods, unit.periodOverrides);
}

/** The period settings of the units that report under a plan: a local plan's units, or a province's (level tinh). */
export function planPeriodSettings(plan: Plan, reg: PlanRegistry = BUILTIN_REGISTRY, ...extra: Array<Partial<PeriodSettings> | undefined>): PeriodSettings {
  const province = provincePlanOf(reg, plan);
  const local = plan.scope === 'local' ? plan : null;
  const level: Level = local?.issuer?.kind === 'xa' ? 'xa' : 'tinh';
  return mergePeriodSettings(planPeriods(province, level), local ? planPeriods(local, level) : undefined, ...extra);
}

/**
 * The period settings an aggregator collects under: the deadlines of the units that report to it.
 * A commune or Sở with its own plan collects under that plan; Sở Nội vụ under the province plan.
 */
export function collectorPeriodSettings(reg: PlanRegistry, aggregator: PlanUnit): PeriodSettings {
  const chosen = findPlan(reg, aggregator.profileId);
  if (!chosen) return mergePeriodSettings(aggregator.periodOverrides);
  return planPeriodSettings(chosen, reg, aggregator.periodOverrides);
}

/** Tasks a unit of a kind owns when only the kind is known (a blank template): none owned by a named body. */
export function tasksForKind(plan: Plan, kind: UnitKind, level?: Level): TaskDef[] {
  return plan.tasks.filter((t) => t.owners.some((o) => !o.body && (!o.kinds || o.kinds.includes(kind)) && (!level || !o.levels || o.levels.includes(level))));
}

/** The plan of a period's data: resolved by the core with the database's plans, else with the shipped ones. */
export function planOfData(data: { unit: PlanUnit; plan?: UnitPlan | undefined }): UnitPlan | null {
  return data.plan ?? resolveUnitPlan(BUILTIN_REGISTRY, data.unit);
}
