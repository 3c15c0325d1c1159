// Every operation's failure, on its way out of the services: known conditions of the machine
// become their Vietnamese message, faults are written to the support log, and an inbox import that
// stopped half way says exactly which files were saved (each file is its own transaction).
import type { MessageDoor } from '../../../shared/domain/unitProfile';
import type { Clock } from '../../../shared/time/clock';
import { UserError } from '../../../shared/result';
import type { Db } from '../db/open';
import { errorCode, FAULT_CODES, fsPathOf, knownFailure } from '../errors/faults';
import { errorDetail, logFailure } from '../log/supportLog';

export interface GuardContext {
  dbPath: string;
  clock: Clock;
  /** Who reads the messages: the app's screens or the command line. */
  door: MessageDoor;
}

const knownForm = (e: unknown, ctx: GuardContext): UserError | null => knownFailure(e, ctx.dbPath === ':memory:' ? undefined : ctx.dbPath, ctx.door);

/** The known-condition form of `e` (or `e` itself), with the failure logged when it is a fault. */
export function explainFailure(e: unknown, op: string, ctx: GuardContext): unknown {
  const fsPath = fsPathOf(e);
  const known = knownForm(e, ctx);
  const code = known?.code ?? 'INTERNAL';
  if (!(e instanceof UserError) || FAULT_CODES.has(code)) {
    logFailure(ctx.dbPath, { op, code, ...(fsPath ? { file: fsPath } : {}), detail: e instanceof UserError ? '' : errorDetail(e) }, ctx.clock.now());
  }
  return known ?? e;
}

/** Wraps every operation of `services`; synchronous operations stay synchronous. */
export function guardServices<S extends Record<string, (arg: never) => unknown>>(services: S, ctx: GuardContext): S {
  const out: Record<string, (arg: never) => unknown> = {};
  for (const [op, fn] of Object.entries(services)) {
    out[op] = (arg: never) => {
      try {
        const r = fn(arg);
        return r instanceof Promise ? r.catch((e: unknown) => Promise.reject(explainFailure(e, op, ctx))) : r;
      } catch (e) {
        throw explainFailure(e, op, ctx);
      }
    };
  }
  return out as S;
}

const REASON: Record<string, string> = {
  DISK_FULL: 'ổ đĩa chứa tệp dữ liệu đã đầy',
  DB_BUSY: 'tệp dữ liệu đang được chương trình khác ghi',
  DB_READ_ONLY: 'tệp dữ liệu hoặc thư mục của nó chỉ cho phép đọc',
  DB_IO: 'lỗi đọc ghi ổ đĩa',
};
const FIX: Record<string, string> = {
  DISK_FULL: 'giải phóng dung lượng ổ đĩa',
  DB_BUSY: 'đợi chương trình kia xong',
  DB_READ_ONLY: 'bỏ thuộc tính chỉ đọc',
  DB_IO: 'kiểm tra ổ đĩa',
};

/**
 * Runs an inbox import; when it fails after some files were recorded, the message names them
 * instead of the generic "nothing was saved".
 */
export async function importSayingWhatWasSaved<T>(db: Db, run: () => Promise<T>, ctx: GuardContext): Promise<T> {
  const before = (db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM agg_submission').get() as { id: number }).id;
  try {
    return await run();
  } catch (e) {
    let saved: string[] = [];
    try {
      saved = (db.prepare('SELECT file_name AS f FROM agg_submission WHERE id > ? ORDER BY id').all(before) as Array<{ f: string }>).map((r) => r.f);
    } catch {
      // The database itself is what failed; the first error says so.
    }
    if (!saved.length) throw e;
    const known = knownForm(e, ctx) ?? e;
    const code = known instanceof UserError ? known.code : errorCode(e) || 'INTERNAL';
    const reason = REASON[code] ?? (known instanceof Error ? known.message : String(known));
    const list = saved.length > 20 ? `${saved.slice(0, 20).join(', ')} và ${saved.length - 20} tệp khác` : saved.join(', ');
    throw new UserError(
      'PARTLY_SAVED',
      `Việc nhập bị dừng giữa chừng (${reason}). Đã lưu ${saved.length} tệp: ${list}. Các tệp còn lại chưa được lưu. Hãy ${FIX[code] ?? 'khắc phục lỗi'} rồi nhập lại cả lô: các tệp đã lưu sẽ được nhận ra là trùng và bỏ qua.`,
    );
  }
}
