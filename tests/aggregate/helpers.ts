// Shared set-up for the aggregator tests: a database with the inbox's expected units, and a dump
// of every table to prove that a refused file changed nothing.
import { isDeepStrictEqual } from 'node:util';
import type { ExpectedUnit } from '../../shared/aggregate/types';
import type { ArgOf, OpName, ResultOf } from '../../shared/ipc/contract';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createServices, dispatch, type Services } from '../../electron/core/services';
import type { Inbox } from './inbox';

export async function call<K extends OpName>(s: Services, op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(s, op, arg);
  if (!r.ok) throw new Error(`${op}: ${r.error.message} ${(r.error.details ?? []).join(' | ')}`);
  return r.value as ResultOf<K>;
}

export async function fail<K extends OpName>(s: Services, op: K, arg: ArgOf<K>): Promise<{ code: string; message: string; details: string[] }> {
  const r = await dispatch(s, op, arg);
  if (r.ok) throw new Error(`${op} should have failed`);
  return { code: r.error.code, message: r.error.message, details: r.error.details ?? [] };
}

export function services(db: Db, today = '2026-05-10'): Services {
  return createServices(db, { today: () => today });
}

export async function aggregatorDb(units: readonly ExpectedUnit[], inbox?: Inbox): Promise<{ db: Db; s: Services }> {
  const db = openDatabase(':memory:');
  const s = services(db);
  for (const u of units) await call(s, 'aggregate.units.add', { code: u.code, name: u.name, kind: u.kind, parent: u.parent });
  for (const a of inbox?.aliases ?? []) await call(s, 'aggregate.mapUnit', a);
  for (const code of inbox?.removed ?? []) await call(s, 'aggregate.units.remove', { code });
  return { db, s };
}

/** True when two dumps are identical (node's deep equality: vitest's is slow on thousands of rows). */
export function sameDump(a: Record<string, unknown[]>, b: Record<string, unknown[]>): boolean {
  return isDeepStrictEqual(a, b);
}

/** Every row of every table, blobs included. */
export function dump(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}"`).all()]));
}
