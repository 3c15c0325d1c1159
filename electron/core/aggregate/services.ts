// The aggregator's use cases, merged into the services map by services/index.ts.
import type { AggregateApi } from '../../../shared/ipc/aggregateContract';
import type { Db } from '../db/open';

export type AggregateServices = { [K in keyof AggregateApi]: (arg: AggregateApi[K] extends { arg: infer A } ? A : never) => unknown };

export interface AggregateContext {
  today: () => string;
  checkOutDir: (path: string) => void;
}

export function createAggregateServices(_db: Db, _ctx: AggregateContext): AggregateServices {
  return {};
}
