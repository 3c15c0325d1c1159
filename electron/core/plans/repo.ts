// Plan files a user imported, kept in the database beside the shipped plans.
import { checkPlan } from '../../../shared/plans/parse';
import { makeRegistry, type PlanRegistry } from '../../../shared/plans/registry';
import type { Plan } from '../../../shared/plans/schema';
import type { Db } from '../db/open';

export function listImportedPlans(db: Db): Plan[] {
  const rows = db.prepare('SELECT id, body FROM plan ORDER BY id').all() as Array<{ id: string; body: string }>;
  const out: Plan[] = [];
  for (const r of rows) {
    // Stored plans passed the schema when imported; one that no longer does is left out rather than trusted.
    const parsed = checkPlan(JSON.parse(r.body), r.id);
    if (parsed.ok) out.push(parsed.plan);
  }
  return out;
}

export function saveImportedPlan(db: Db, plan: Plan, at: string): void {
  db.prepare('INSERT INTO plan (id, body, imported_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body, imported_at = excluded.imported_at').run(
    plan.id,
    JSON.stringify(plan),
    at,
  );
}

/** The shipped plans overlaid by the imported ones. */
export function planRegistry(db: Db): PlanRegistry {
  return makeRegistry(listImportedPlans(db));
}
