// `dcs aggregate …`: the aggregator's commands.
import type { Handler } from './context';

export const AGGREGATE_COMMANDS: Record<string, Handler> = {};
