// What every CLI command handler gets: parsed arguments, output, and the services.
import type { ArgOf, OpName, ResultOf } from '../../../shared/ipc/contract';
import { dispatch, type Services } from '../services';
import { UsageError, type ParsedArgs } from './args';

export { defaultIo, type Io } from './io';
import type { Io } from './io';

export class CommandError extends Error {
  constructor(
    message: string,
    public readonly details: string[] = [],
    /** The failed operation's code, when the refusal came from a service. */
    public readonly code = '',
  ) {
    super(message);
  }
}

export interface Ctx {
  args: ParsedArgs;
  io: Io;
  json: boolean;
  /** Opens the database on first use (taking the writer's lock when the command writes). */
  services: () => Promise<Services>;
  /** The open database, once services() has opened it. */
  db: () => import('../db/open').Db | null;
  dbPath: string;
}

export async function call<K extends OpName>(ctx: Ctx, op: K, arg: ArgOf<K>): Promise<ResultOf<K>> {
  const r = await dispatch(await ctx.services(), op, arg);
  if (!r.ok) throw new CommandError(r.error.message, r.error.details ?? [], r.error.code);
  return r.value as ResultOf<K>;
}

export function need(ctx: Ctx, name: string, hint: string): string {
  const v = ctx.args.options.get(name);
  if (v === undefined || v.trim() === '') throw new UsageError(`Thiếu --${name} (${hint}).`);
  return v;
}

export const periodOf = (ctx: Ctx): string => need(ctx, 'period', 'kỳ báo cáo, ví dụ 2026-H1, 2026-Y hoặc 2026-05-01..2026-08-31');

export function print(ctx: Ctx, value: unknown, human: () => string[]): void {
  if (ctx.json) ctx.io.out(JSON.stringify(value, null, 2));
  else for (const line of human()) ctx.io.out(line);
}


export type Handler = (ctx: Ctx) => Promise<void>;
