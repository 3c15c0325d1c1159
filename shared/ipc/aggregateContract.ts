// Operations of the aggregator (Sở Nội vụ, or a commune collecting from its units).
// Merged into the main contract so every door (IPC, CLI, bridge) serves them alike.
import type { Check } from './schema';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AggregateApi {}

export const AGGREGATE_ARG_CHECKS: { [K in keyof AggregateApi]: Check } = {};
