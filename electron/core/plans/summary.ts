// The list of plans a user picks from (first-run screen, Cài đặt, `dcs profile list`).
import type { ProfileSummary } from '../../../shared/ipc/contract';
import { selectablePlans, type PlanEntry, type PlanRegistry } from '../../../shared/plans/registry';
import { provincePlanOf } from '../../../shared/plans/resolve';

export function profileSummary(reg: PlanRegistry, e: PlanEntry): ProfileSummary {
  const p = e.plan;
  const province = provincePlanOf(reg, p);
  const measures = p.scope === 'local' ? [...province.measures, ...p.measures] : p.measures;
  return {
    id: p.id,
    name: p.name,
    scope: p.scope,
    origin: e.origin,
    provinceId: p.provinceId,
    parent: p.parent ?? null,
    provinceBody: province.provinceBody,
    reportTo: p.reportTo,
    targets: p.targets.length,
    tasks: p.tasks.length,
    measures,
  };
}

export function profileSummaries(reg: PlanRegistry): ProfileSummary[] {
  return selectablePlans(reg).map((e) => profileSummary(reg, e));
}
