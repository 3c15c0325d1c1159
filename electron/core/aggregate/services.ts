// The aggregator's use cases, merged into the services map by services/index.ts.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { cleanExpectedUnit, validateExpectedUnit } from '../../../shared/aggregate/units';
import { parsePeriodId, PeriodError } from '../../../shared/domain/periods';
import { selectableChoices } from '../../../shared/plans/registry';
import { validateUnitProfile, type MessageDoor, type UnitProfile } from '../../../shared/domain/unitProfile';
import { foldVietnamese } from '../../../shared/domain/units';
import { formatShortDate, parseIsoDate } from '../../../shared/format/vi';
import type { AggregateApi } from '../../../shared/ipc/aggregateContract';
import { UserError } from '../../../shared/result';
import type { Clock } from '../../../shared/time/clock';
import type { Db } from '../db/open';
import { writeFileAtomic } from '../fs/atomicWrite';
import { markAsFromElsewhere } from '../fs/markOfTheWeb';
import { aggregateStatus, loadConsolidation, statusFrom, unitDetail } from './board';
import { checkExportName } from '../export/saveAs';
import { consolidatedDocument, exportConsolidated, exportReminder } from './exports';
import { importFiles, type ImportOptions } from './importer';
import * as repo from './repo';
import { planRegistry } from '../plans/repo';
import { aggregatorSettings, settingsView, switchAggregatorPlan } from './settings';
import { importUnitList } from './units';
import { stepper, type ProgressSink } from '../services/progress';

export type AggregateServices = { [K in keyof AggregateApi]: (arg: AggregateApi[K] extends { arg: infer A } ? A : never) => AggregateApi[K]['result'] | Promise<AggregateApi[K]['result']> };

export interface AggregateContext {
  today: () => string;
  /** The instant now (the files' stamps); the app's one clock. */
  clock: Clock;
  checkOutDir: (path: string) => void;
  /** Progress of a running import, for the app's progress bar. */
  onImportProgress?: (done: number, total: number) => void;
  /** Worker threads for reading (default: one per core). */
  workers?: number;
  /** Every received file is read on a worker thread, even one (the app: its main process never parses one). */
  readOffThread?: boolean;
  /** Who reads the messages (see ServiceContext.door). */
  door?: MessageDoor;
  /** Where the consolidated export reports how far it is. */
  progress?: ProgressSink;
}

export function checkPeriod(id: string): string {
  try {
    return parsePeriodId(id).id;
  } catch (e) {
    if (e instanceof PeriodError) throw new UserError('BAD_PERIOD', e.message);
    throw e;
  }
}

function checkDate(iso: string, what: string): string {
  if (!parseIsoDate(iso)) throw new UserError('BAD_DATE', `${what} "${iso}" không phải ngày hợp lệ (dạng yyyy-mm-dd, ví dụ 2026-05-04).`);
  return iso;
}

function checkPath(p: string, what: string): string {
  if (!p.trim() || !isAbsolute(p) || p.includes('\0')) throw new UserError('BAD_PATH', `${what} "${p.slice(0, 200)}" phải là đường dẫn đầy đủ tới tệp hoặc thư mục người dùng đã chọn.`);
  return p;
}

function checkUnit(u: { code: string; name: string; kind: string; parent: string }): void {
  const errors = validateExpectedUnit(u as Parameters<typeof validateExpectedUnit>[0]);
  if (errors.length) throw new UserError('VALIDATION', 'Thông tin đơn vị chưa hợp lệ, chưa được lưu.', errors.map((e) => e.message));
}

export function createAggregateServices(db: Db, ctx: AggregateContext): AggregateServices {
  /** A report cannot have been received after today (a mistyped year would mark it on time for ever). */
  const checkReceivedDate = (iso: string): void => {
    checkDate(iso, 'Ngày nhận');
    if (iso > ctx.today()) throw new UserError('BAD_DATE', `Ngày nhận ${formatShortDate(iso)} ở sau ngày hôm nay: hãy kiểm tra lại ngày, tháng, năm.`);
  };
  return {
    'aggregate.settings.get': () => settingsView(db),
    'aggregate.settings.set': (p) => {
      const reg = planRegistry(db);
      const typed: UnitProfile = switchAggregatorPlan(reg, aggregatorSettings(db).profile, p);
      const clean: UnitProfile = { ...typed, name: typed.name.normalize('NFC').trim(), parentBody: typed.parentBody.normalize('NFC').trim(), placeName: typed.placeName.normalize('NFC').trim(), code: typed.code.trim(), docSymbol: typed.docSymbol.trim() };
      // The aggregator's code may be empty (Sở Nội vụ has none in the units' lists).
      const errors = validateUnitProfile({ ...clean, code: clean.code || 'X' }, selectableChoices(reg), ctx.door);
      if (errors.length) throw new UserError('VALIDATION', 'Thông tin đơn vị tổng hợp chưa hợp lệ, chưa được lưu.', errors);
      repo.saveSettings(db, clean);
      return settingsView(db);
    },
    'aggregate.units.list': () => repo.listUnits(db),
    'aggregate.units.add': (u) => {
      checkUnit(u);
      const clean = cleanExpectedUnit(u);
      const existing = repo.getUnit(db, clean.code);
      if (existing?.active) throw new UserError('DUPLICATE', `Mã đơn vị "${clean.code}" đã có trong danh sách (${existing.name}). Hãy dùng mã khác hoặc sửa đơn vị đó.`);
      repo.upsertUnit(db, clean);
      return clean;
    },
    'aggregate.units.update': (u) => {
      checkUnit(u);
      const clean = cleanExpectedUnit(u);
      if (!repo.getUnit(db, clean.code)?.active) throw new UserError('NOT_FOUND', `Không có đơn vị mã "${clean.code}" trong danh sách.`);
      repo.upsertUnit(db, clean);
      return clean;
    },
    'aggregate.units.remove': ({ code }) => {
      const u = repo.getUnit(db, code);
      if (!u?.active || !repo.deactivateUnit(db, code)) throw new UserError('NOT_FOUND', `Không có đơn vị mã "${code}" trong danh sách.`);
      return { code: u.code, name: u.name, kind: u.kind, parent: u.parent };
    },
    'aggregate.units.import': ({ path }) => importUnitList(db, checkPath(path, 'Tệp danh sách đơn vị')),
    'aggregate.mapUnit': ({ alias, unitCode }) => {
      const raw = alias.trim();
      if (!raw) throw new UserError('VALIDATION', 'Hãy ghi mã (hoặc tên) đơn vị như trong tệp nhận được.');
      // A name is stored folded, so "Trường MN Bình Lư" and "trường mn bình lư" match alike.
      const key = raw.startsWith('name:') ? `name:${foldVietnamese(raw.slice(5))}` : /\s/.test(raw) ? `name:${foldVietnamese(raw)}` : raw;
      if (unitCode !== null && !repo.getUnit(db, unitCode)?.active) throw new UserError('NOT_FOUND', `Không có đơn vị mã "${unitCode}" trong danh sách để ghép.`);
      if (unitCode !== null && repo.getUnit(db, key)?.active && key !== unitCode) {
        throw new UserError('CONFLICT', `"${key}" là mã của một đơn vị khác trong danh sách; không ghép được.`);
      }
      repo.setAlias(db, key, unitCode);
      return repo.listAliases(db);
    },
    'aggregate.import': async ({ period, paths, receivedAt, receivedFromFiles }) => {
      const p = checkPeriod(period);
      if (!paths.length) throw new UserError('VALIDATION', 'Chưa chọn tệp hoặc thư mục nào để nhập.');
      for (const x of paths) checkPath(x, 'Tệp hoặc thư mục');
      if (receivedAt !== undefined) checkReceivedDate(receivedAt);
      if (repo.listUnits(db).length === 0) {
        throw new UserError('NO_UNITS', 'Chưa có danh sách đơn vị phải báo cáo. Hãy nhập danh sách đơn vị hoặc thêm từng đơn vị trước khi nhập báo cáo.');
      }
      const options: ImportOptions = { today: ctx.today(), ...(receivedAt ? { receivedAt } : {}), ...(receivedFromFiles ? { receivedFromFiles } : {}), ...(ctx.workers !== undefined ? { workers: ctx.workers } : {}), ...(ctx.readOffThread ? { minFilesForWorkers: 1, offThread: true } : {}) };
      if (ctx.onImportProgress) options.onProgress = (done, total) => ctx.onImportProgress!(done, total);
      return importFiles(db, paths, p, options);
    },
    'aggregate.status': ({ period }) => aggregateStatus(db, checkPeriod(period)),
    'aggregate.setReceived': ({ period, unitCode, date, submissionId }) => {
      const p = checkPeriod(period);
      checkReceivedDate(date);
      const sub = submissionId !== undefined ? repo.getSubmission(db, submissionId) : repo.currentSubmission(db, p, unitCode);
      if (!sub || sub.unitCode !== unitCode || sub.periodId !== p) throw new UserError('NOT_FOUND', `Đơn vị "${unitCode}" chưa có báo cáo kỳ ${p} để sửa ngày nhận.`);
      repo.setReceivedAt(db, sub.id, date);
      return statusFrom(db, loadConsolidation(db, p)).units.find((u) => u.code === unitCode)!;
    },
    'aggregate.unitFigures': ({ period, unitCode }) => unitDetail(db, checkPeriod(period), unitCode),
    'aggregate.reportPreview': ({ period }) => consolidatedDocument(db, checkPeriod(period), ctx.today()),
    'aggregate.report': ({ period, outDir, name }) => {
      ctx.checkOutDir(outDir);
      const p = checkPeriod(period);
      if (repo.listUnits(db).length === 0) throw new UserError('NO_UNITS', 'Chưa có danh sách đơn vị phải báo cáo nên chưa có gì để tổng hợp.');
      mkdirSync(outDir, { recursive: true });
      return exportConsolidated(db, p, outDir, ctx.today(), ctx.clock.now(), name === undefined ? undefined : checkExportName(name), stepper(ctx.progress, 'aggregate.report'));
    },
    'aggregate.remind': ({ period, outDir, deadline, name }) => {
      ctx.checkOutDir(outDir);
      if (deadline !== undefined) checkDate(deadline, 'Hạn mới');
      mkdirSync(outDir, { recursive: true });
      return exportReminder(db, checkPeriod(period), outDir, ctx.today(), ctx.clock.now(), deadline, name === undefined ? undefined : checkExportName(name));
    },
    'aggregate.fileCopy': ({ submissionId, attachmentId }) => {
      let sha: string;
      let name: string;
      if (attachmentId !== undefined) {
        const a = repo.getAttachment(db, attachmentId);
        if (!a) throw new UserError('NOT_FOUND', `Không tìm thấy tệp kèm theo số ${attachmentId}.`);
        sha = a.fileSha256;
        name = a.fileName;
      } else if (submissionId !== undefined) {
        const s = repo.getSubmission(db, submissionId);
        if (!s) throw new UserError('NOT_FOUND', `Không tìm thấy báo cáo số ${submissionId}.`);
        sha = s.fileSha256;
        name = s.fileName;
      } else throw new UserError('VALIDATION', 'Hãy chọn báo cáo hoặc tệp kèm theo cần mở.');
      const bytes = repo.getBlob(db, sha);
      if (!bytes) throw new UserError('NOT_FOUND', `Tệp ${name} không còn trong dữ liệu.`);
      const dir = mkdtempSync(join(tmpdir(), 'dcs-file-'));
      const out = join(dir, name.replace(/[\\/:*?"<>|]/g, '_'));
      writeFileAtomic(out, bytes);
      markAsFromElsewhere(out);
      return { path: out };
    },
  };
}
