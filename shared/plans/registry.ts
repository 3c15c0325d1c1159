// The plans the app knows: the shipped ones (the national frame, the three seed provinces and the
// commune of Bình Lư) overlaid by the files a user imported. Every one of the 34 provinces is
// selectable: a province with no plan of its own gets the national frame under its own name.
import laiChauBinhLu from './builtin/lai-chau-binh-lu.json';
import laiChau from './builtin/lai-chau.json';
import laoCai from './builtin/lao-cai.json';
import quocGia from './builtin/quoc-gia.json';
import thanhHoa from './builtin/thanh-hoa.json';
import { checkPlan } from './parse';
import { PROVINCES, provinceBodyOf, provinceById } from './provinces';
import type { Plan } from './schema';

function builtin(value: unknown, name: string): Plan {
  const r = checkPlan(value, name);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.plan;
}

export const NATIONAL_PLAN: Plan = builtin(quocGia, 'quoc-gia.json');

/** Shipped plans, in the order lists show them. */
export const BUILTIN_PLANS: readonly Plan[] = [
  builtin(laoCai, 'lao-cai.json'),
  builtin(thanhHoa, 'thanh-hoa.json'),
  builtin(laiChau, 'lai-chau.json'),
  builtin(laiChauBinhLu, 'lai-chau-binh-lu.json'),
];

export type PlanOrigin = 'builtin' | 'imported' | 'national';

export interface PlanEntry {
  plan: Plan;
  origin: PlanOrigin;
}

/** Known plans by id: shipped, then imported (an imported plan replaces a shipped one of the same id). */
export interface PlanRegistry {
  readonly entries: ReadonlyMap<string, PlanEntry>;
}

export function makeRegistry(imported: readonly Plan[] = []): PlanRegistry {
  const entries = new Map<string, PlanEntry>();
  for (const plan of BUILTIN_PLANS) entries.set(plan.id, { plan, origin: 'builtin' });
  for (const plan of imported) entries.set(plan.id, { plan, origin: 'imported' });
  return { entries };
}

export const BUILTIN_REGISTRY: PlanRegistry = makeRegistry();

/** The national frame under a province's name, for a province with no plan loaded. */
export function nationalPlanFor(provinceId: string): Plan | undefined {
  const p = provinceById(provinceId);
  if (!p) return undefined;
  return { ...NATIONAL_PLAN, id: p.id, provinceId: p.id, name: p.name, provinceBody: provinceBodyOf(p) };
}

export function planEntry(reg: PlanRegistry, id: string): PlanEntry | undefined {
  const e = reg.entries.get(id);
  if (e) return e;
  const national = nationalPlanFor(id);
  return national ? { plan: national, origin: 'national' } : undefined;
}

export function findPlan(reg: PlanRegistry, id: string): Plan | undefined {
  return planEntry(reg, id)?.plan;
}

/**
 * What a user can pick: each of the 34 provinces (its plan, or the national frame), then every
 * local plan under its province.
 */
export function selectablePlans(reg: PlanRegistry): PlanEntry[] {
  const out: PlanEntry[] = [];
  for (const p of PROVINCES) {
    out.push(planEntry(reg, p.id)!);
    for (const e of reg.entries.values()) if (e.plan.scope === 'local' && e.plan.parent === p.id) out.push(e);
  }
  for (const e of reg.entries.values()) {
    if (!out.includes(e) && e.plan.scope !== 'national') out.push(e);
  }
  return out;
}

/** Ids a unit may choose. */
export function selectableIds(reg: PlanRegistry): string[] {
  return selectablePlans(reg).map((e) => e.plan.id);
}

/** What a unit may choose, with the names the app's lists show. */
export function selectableChoices(reg: PlanRegistry): Array<{ id: string; name: string }> {
  return selectablePlans(reg).map((e) => ({ id: e.plan.id, name: e.plan.name }));
}
