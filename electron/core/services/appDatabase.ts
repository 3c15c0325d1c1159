// The desktop app's hold on its database: opened once at start-up under the writer's lock (kept
// until the app quits, so no `dcs restore` or second writer can pull the file away), backed up
// once a day, and, when it cannot be opened, a start-up state that still lets the clerk restore.
import { existsSync } from 'node:fs';
import { OP_NAMES, type StartupState } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/result';
import { systemClock, todayIn, type Clock } from '../../../shared/time/clock';
import { dailyBackup, listBackups, restoreFrom } from '../backup/backup';
import { acquireLock, type HeldLock } from '../db/lock';
import { LATEST_VERSION } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import { tidyAfterKill } from '../db/session';
import { backupBeforeMigration } from '../backup/backup';
import { knownFailure } from '../errors/faults';
import { errorDetail, logFailure } from '../log/supportLog';
import type { ProgressSink } from './progress';
import { createServices, type Host, type Services } from './index';

export interface AppDatabaseOptions {
  dbPath: string;
  version: string;
  /** Dialogs and the file manager; its `restore` is replaced by this holder's. */
  host: Omit<Host, 'restore'> & { allowRestore: (file: string) => void };
  clock?: Clock;
  /** How long start-up waits for a command-line run that holds the database. */
  lockWaitMs?: number;
  /** Where long operations report how far they are: the window's progress bars. */
  progress?: ProgressSink;
}

export class AppDatabase {
  private db: Db | null = null;
  private lock: HeldLock | null = null;
  private current: Services | null = null;
  private problem: UserError | null = null;
  private notices: string[] = [];
  private readonly clock: Clock;

  constructor(private readonly options: AppDatabaseOptions) {
    this.clock = options.clock ?? systemClock;
  }

  private log(op: string, e: unknown, code: string): void {
    logFailure(this.options.dbPath, { op, code, detail: e instanceof UserError ? e.message.slice(0, 200) : errorDetail(e) }, this.clock.now());
  }

  /** Opens (first run: creates) the database; on failure the start-up state says why. */
  async open(options: { fresh?: boolean } = {}): Promise<StartupState> {
    if (this.db) return this.state();
    const { dbPath } = this.options;
    this.problem = null;
    this.notices = [];
    try {
      // The file gone with backups beside it is not a first run: it was deleted, moved or lost in an
      // interrupted restore. The clerk chooses: restore, or start empty.
      if (!options.fresh && !existsSync(dbPath) && listBackups(dbPath).length > 0) {
        throw new UserError(
          'DB_MISSING',
          `Không thấy tệp dữ liệu ${dbPath}, nhưng thư mục "backups" bên cạnh còn bản sao lưu. Chưa có gì được tạo hay thay đổi. Hãy khôi phục từ bản sao lưu mới nhất dưới đây; chỉ chọn "Bắt đầu với dữ liệu trống" nếu chắc chắn không cần dữ liệu cũ.`,
        );
      }
      if (!this.lock) this.lock = await acquireLock(dbPath, { program: 'app', action: 'mở dữ liệu', waitMs: this.options.lockWaitMs ?? 10_000 });
      tidyAfterKill(dbPath);
      try {
        await backupBeforeMigration(dbPath, this.clock.now());
      } catch (e) {
        const why = knownFailure(e, dbPath, 'app')?.message ?? String(e);
        throw new UserError('BACKUP_FAILED', `Chưa nâng cấp tệp dữ liệu lên phiên bản mới vì chưa sao lưu được bản cũ: ${why} Tệp dữ liệu giữ nguyên.`);
      }
      this.db = openDatabase(dbPath);
      this.current = createServices(this.db, { dbPath, version: this.options.version, clock: this.clock, readOffThread: true, host: { ...this.options.host, restore: (f) => this.restore(f) }, ...(this.options.progress ? { progress: this.options.progress } : {}) });
    } catch (e) {
      const known = knownFailure(e, dbPath, 'app') ?? new UserError('INTERNAL', `Lỗi không mong đợi khi mở dữ liệu: ${e instanceof Error ? e.message : String(e)}. Chi tiết đã được ghi vào nhật ký lỗi (nhat-ky-loi.log).`);
      this.log('khởi động', e, known.code);
      this.problem = known;
      this.db?.close();
      this.db = null;
      this.current = null;
      // Another program holding the file: let it go on; everything else keeps the lock for restore.
      if (known.code === 'DB_IN_USE') this.lock = null;
      return this.state();
    }
    try {
      await dailyBackup(this.db, dbPath, this.clock.now());
    } catch (e) {
      // The clerk can work on; the reason is logged and shown once on the start-up banner.
      const known = knownFailure(e, dbPath, 'app');
      this.log('sao lưu hằng ngày', e, known?.code ?? 'BACKUP_FAILED');
      this.notices.push(`Chưa sao lưu tự động được hôm nay: ${known?.message ?? (e instanceof Error ? e.message : String(e))}`);
    }
    return this.state();
  }

  state(): StartupState {
    if (this.problem || !this.current) {
      const p = this.problem ?? new UserError('INTERNAL', 'Dữ liệu chưa được mở.');
      return { state: 'problem', code: p.code, message: p.message, dbPath: this.options.dbPath, backups: listBackups(this.options.dbPath) };
    }
    return { state: 'ready', notices: this.notices };
  }

  /** The services, or, while the database cannot be opened, only what a start-up screen needs. */
  services(): Services {
    if (this.current) return this.current;
    const problem = this.problem ?? new UserError('INTERNAL', 'Dữ liệu chưa được mở.');
    const refuse = (): never => {
      throw problem;
    };
    const { dbPath, host } = this.options;
    const recovery: Partial<Services> = {
      'app.startup': () => this.open(),
      'app.startFresh': () => this.open({ fresh: this.problem?.code === 'DB_MISSING' }),
      'app.info': () => ({ dbPath, version: this.options.version, schemaVersion: LATEST_VERSION, today: todayIn(this.clock) }),
      'backup.list': () => listBackups(dbPath),
      'backup.chooseFile': () => host.chooseBackupFile(),
      'backup.restore': ({ file }) => this.restore(file),
    };
    return Object.fromEntries(OP_NAMES.map((op) => [op, recovery[op] ?? refuse])) as Services;
  }

  /** Closes, restores `file` over the database (whatever state it is in), and opens it again. */
  async restore(file: string): Promise<{ keptCurrentAs: string | null; currentWasDamaged: boolean }> {
    this.options.host.allowRestore(file);
    const { dbPath } = this.options;
    if (!this.lock) this.lock = await acquireLock(dbPath, { program: 'app', action: 'khôi phục', waitMs: 0 });
    this.db?.close();
    this.db = null;
    this.current = null;
    try {
      return await restoreFrom(file, dbPath, this.clock.now());
    } catch (e) {
      const known = knownFailure(e, dbPath, 'app');
      this.log('backup.restore', e, known?.code ?? 'INTERNAL');
      throw known ?? e;
    } finally {
      if (existsSync(dbPath)) await this.open();
      else this.problem = new UserError('DB_MISSING', `Tệp dữ liệu ${dbPath} chưa được khôi phục xong. Hãy chọn lại một bản sao lưu để khôi phục.`);
    }
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.current = null;
    this.lock?.release();
    this.lock = null;
  }
}
