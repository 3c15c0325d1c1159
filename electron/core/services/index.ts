// The use cases behind every operation of the contract. The IPC handlers, the CLI and the
// test bridge call these through `dispatch`, so rules are enforced in one place.
import { validateActivity, type ActivityInput } from '../../../shared/domain/activities';
import { figureDef, validateEnteredValue, appliesTo, type FigureEntry } from '../../../shared/domain/catalog';
import { checklistFor, isAskedIn } from '../../../shared/domain/checklists';
import { suggestionFor } from '../../../shared/domain/checklistMatch';
import { currentPeriodId } from '../../../shared/domain/periods';
import { findPlan, selectableChoices } from '../../../shared/plans/registry';
import { profileSummaries } from '../plans/summary';
import { createPlanServices } from '../plans/services';
import type { PlanApi } from '../../../shared/ipc/planContract';
import { collectorPeriodSettings } from '../../../shared/plans/resolve';
import { planRegistry } from '../plans/repo';
import { computePeriodStatus, resolvedFiguresOf } from '../../../shared/domain/status';
import { ASSESSMENT_KEYS, ASSESSMENT_LABEL, noSuchPlanText, validateUnitProfile, type MessageDoor, type UnitProfile } from '../../../shared/domain/unitProfile';
import { figureViolations } from '../../../shared/domain/resolve';
import { defaultUnitProfile } from '../../../shared/domain/defaults';
import { draftAssessment } from '../../../shared/narrative/assessment';
import { isOpName, parseArg, type ArgOf, type ExportKind, type FigureRow, type InspectionRow, type OpName, type ResultOf, type TaskRow, type TextRow } from '../../../shared/ipc/contract';
import { fail, ok, UserError, type Result } from '../../../shared/result';
import * as repo from '../db/repos';
import { LATEST_VERSION } from '../db/migrations';
import type { Db } from '../db/open';
import { previewActivityImport } from '../import/activities';
import { activityTemplate } from '../import/activityTemplate';
import { changesSinceFrozen, exportUnitReport, previewUnitReport, nextReportName, writeBlankTemplate } from '../reports/unitReport';
import { checkExportName, loadExportFolders, rememberExportFolder, saveTargetOf, startFolder } from '../export/saveAs';
import { consolidatedName, reminderName } from '../aggregate/exports';
import { checkPeriod, createAggregateServices } from '../aggregate/services';
import { aggregatorSettings } from '../aggregate/settings';
import { writeFileAtomic } from '../fs/atomicWrite';
import { dirname, join } from 'node:path';
import { listBackups, manualBackup } from '../backup/backup';
import { systemClock, todayIn, type Clock } from '../../../shared/time/clock';
import { guardServices, importSayingWhatWasSaved } from './guard';
import { formatNumber } from '../../../shared/format/vi';
import { stepper, type ProgressSink } from './progress';
import { withTempFiles } from '../aggregate/uploads';
import type { AggregateApi } from '../../../shared/ipc/aggregateContract';
import { describePeriodOrFail, loadPeriodData, periodFor, periodSettingsOf, requireUnit } from './periodData';
import { acceptDrafts, adoptCarryOver, checkUnitReport, frozenNotice, requireNoDrafts } from './reportCheck';

/** What only the hosting door can do: native dialogs and the file manager (app), or their test stand-ins. */
export interface Host {
  chooseFolder: (purpose: 'export') => Promise<string | null>;
  openFolder: (path: string) => Promise<boolean>;
  /** Throws a UserError when the renderer names a folder the user did not choose. */
  checkOutDir: (path: string) => void;
  chooseBackupFile: () => Promise<string | null>;
  /** Opens a file the app copied out for viewing; false when it is not one of those. */
  openFile: (path: string) => Promise<boolean>;
  /** Closes the database, restores `file` over it and reopens: only the host owns the connection. */
  restore: (file: string) => Promise<{ keptCurrentAs: string | null; currentWasDamaged: boolean }>;
  /**
   * The system's save dialog, opened at `defaultPath` (a bare file name when no folder is
   * remembered); the chosen path, or null when cancelled. The chosen folder becomes writable.
   */
  chooseSaveFile: (o: { title: string; defaultPath: string; filterName: string; extension: string }) => Promise<string | null>;
  /** The window's report as a PDF, laid out by the print stylesheet (A4, NĐ 30 margins). */
  printToPdf: () => Promise<Uint8Array>;
  /** What the window holds unsaved: a door with a window to close asks before closing it while any. */
  setUnsaved?: (what: string[]) => void;
}

export interface ServiceContext {
  dbPath: string;
  version: string;
  /** The instant now; every date and file stamp comes from it (local Viet Nam time). */
  clock: Clock;
  /** Today's date in Viet Nam (ISO); defaults to the clock's, injectable so tests and the demo are reproducible. */
  today: () => string;
  host: Host;
  /** Received workbooks are always read on worker threads (the app); else small drops are read in-thread. */
  readOffThread?: boolean;
  /** Who reads the messages: the app's user picks from lists, the CLI's types ids (default: the app). */
  door?: MessageDoor;
  /** Where long operations report how far they are (the window's progress bars); nowhere by default. */
  progress?: ProgressSink;
}

/** The CLI's host: paths come from the command line, so any folder the user typed is allowed. */
export const CLI_HOST: Host = {
  chooseFolder: async () => {
    throw new UserError('UNSUPPORTED', 'Chọn thư mục chỉ có trong ứng dụng; trên dòng lệnh hãy ghi --out THƯ_MỤC.');
  },
  openFolder: async () => false,
  openFile: async () => false,
  checkOutDir: () => undefined,
  chooseBackupFile: async () => {
    throw new UserError('UNSUPPORTED', 'Chọn tệp chỉ có trong ứng dụng; trên dòng lệnh hãy dùng "dcs restore TỆP".');
  },
  restore: async () => {
    throw new UserError('UNSUPPORTED', 'Trên dòng lệnh hãy dùng "dcs restore TỆP".');
  },
  chooseSaveFile: async () => {
    throw new UserError('UNSUPPORTED', 'Hộp thoại lưu tệp chỉ có trong ứng dụng; trên dòng lệnh hãy ghi --out THƯ_MỤC.');
  },
  printToPdf: async () => {
    throw new UserError('UNSUPPORTED', 'Trên dòng lệnh hãy thêm --pdf vào lệnh xuất báo cáo (cần LibreOffice).');
  },
};

const SAVE_TITLE: Record<ExportKind, string> = {
  report: 'Lưu báo cáo',
  consolidated: 'Lưu báo cáo tổng hợp',
  reminder: 'Lưu công văn đôn đốc',
};

export type Services = { [K in OpName]: (arg: ArgOf<K>) => ResultOf<K> | Promise<ResultOf<K>> };

function decodeFile(arg: { fileName: string; base64: string }): Uint8Array {
  return Uint8Array.from(Buffer.from(arg.base64, 'base64'));
}

function figureRows(db: Db, periodId: string): FigureRow[] {
  const data = loadPeriodData(db, periodId);
  const figures = resolvedFiguresOf(data);
  const violations = figureViolations(figures);
  return figures.map((f) => ({
    ...f,
    editable: figureDef(f.code)!.source.type === 'entered',
    problems: violations.filter((v) => v.rule.left === f.code || v.rule.right === f.code).map((v) => v.rule.message),
  }));
}

function inspectionRows(db: Db, periodId: string): InspectionRow[] {
  const data = loadPeriodData(db, periodId);
  const answers = new Map(data.inspections.map((a) => [a.itemId, a]));
  return checklistFor(data.unit.kind, data.period).map((item) => {
    const a = answers.get(item.id);
    return { item, status: a?.status ?? null, evidence: a?.evidence ?? '', suggestion: suggestionFor(item, data.activities) };
  });
}

function taskRows(db: Db, periodId: string): TaskRow[] {
  const data = loadPeriodData(db, periodId);
  const progress = new Map(data.tasks.map((t) => [t.taskId, t]));
  return (data.plan?.tasks ?? []).map((task) => ({
    task,
    status: progress.get(task.id)?.status ?? null,
    note: progress.get(task.id)?.note ?? '',
  }));
}

function textRows(db: Db, periodId: string): TextRow[] {
  const data = loadPeriodData(db, periodId);
  const drafts = draftAssessment(data);
  return ASSESSMENT_KEYS.map((key) => ({ key, label: ASSESSMENT_LABEL[key], text: data.texts[key] ?? '', draft: drafts[key] }));
}

function checkActivity(db: Db, a: ActivityInput, today: string): ActivityInput {
  const unit = repo.getUnitProfile(db);
  const input = { ...a, title: a.title.normalize('NFC').trim(), basisDoc: a.basisDoc.normalize('NFC').trim(), notes: a.notes.normalize('NFC').trim() };
  const errors = validateActivity(input, unit?.kind, today);
  if (errors.length) throw new UserError('VALIDATION', 'Hoạt động chưa hợp lệ, chưa được lưu.', errors.map((e) => e.message));
  return input;
}

export function createServices(db: Db, ctx: Partial<ServiceContext> = {}): Services {
  const clock = ctx.clock ?? systemClock;
  const context: ServiceContext = { dbPath: ctx.dbPath ?? ':memory:', version: ctx.version ?? '0.0.0', clock, today: ctx.today ?? (() => todayIn(clock)), host: ctx.host ?? CLI_HOST, door: ctx.door ?? 'app' };
  const aggregate = createAggregateServices(db, { today: context.today, clock, checkOutDir: (p) => context.host.checkOutDir(p), readOffThread: ctx.readOffThread === true, door: context.door, ...(ctx.progress ? { progress: ctx.progress } : {}) }) as Pick<Services, keyof AggregateApi>;
  const plans = createPlanServices(db, { now: () => context.clock.now().toISOString(), checkOutDir: (p) => context.host.checkOutDir(p), door: context.door }) as Pick<Services, keyof PlanApi>;
  const guardCtx = { dbPath: context.dbPath, clock, door: context.door ?? 'app' };
  return guardServices<Services>({
    ...aggregate,
    ...plans,
    'aggregate.import': (arg) => importSayingWhatWasSaved(db, async () => aggregate['aggregate.import'](arg), guardCtx),
    'app.startup': () => ({ state: 'ready' as const, notices: [] }),
    'app.startFresh': () => ({ state: 'ready' as const, notices: [] }),
    'app.info': () => ({ dbPath: context.dbPath, version: context.version, schemaVersion: LATEST_VERSION, today: context.today() }),
    'app.chooseFolder': ({ purpose }) => context.host.chooseFolder(purpose),
    'app.chooseSaveFile': async ({ kind, period, format }) => {
      const name =
        kind === 'report'
          ? nextReportName(db, periodFor(db, requireUnit(db), period).id)
          : (kind === 'consolidated' ? consolidatedName : reminderName)(aggregatorSettings(db).profile, checkPeriod(period));
      const file = `${name}.${format}`;
      const folder = startFolder(loadExportFolders(context.dbPath), kind);
      const chosen = await context.host.chooseSaveFile({
        title: format === 'pdf' ? `${SAVE_TITLE[kind]} dạng PDF` : SAVE_TITLE[kind],
        defaultPath: folder ? join(folder, file) : file,
        filterName: format === 'pdf' ? 'Tệp PDF' : 'Văn bản Word',
        extension: format,
      });
      if (!chosen) return null;
      const target = saveTargetOf(chosen);
      checkExportName(target.name);
      rememberExportFolder(context.dbPath, kind, target.dir);
      return target;
    },
    'app.exportFolders': () => loadExportFolders(context.dbPath),
    'app.savePdf': async ({ dir, name }) => {
      context.host.checkOutDir(dir);
      const path = join(dir, `${checkExportName(name)}.pdf`);
      writeFileAtomic(path, await context.host.printToPdf());
      return { path };
    },
    'app.setUnsaved': ({ what }) => context.host.setUnsaved?.(what),
    'app.openFolder': ({ path }) => context.host.openFolder(path),
    'app.openFile': ({ path }) => context.host.openFile(path),
    // Bytes from the app become files in a private folder, then take the same path as files on disk,
    // with the same checks (period, list of units, received date).
    'aggregate.importFiles': ({ period, files, receivedAt }) => {
      if (!files.length) throw new UserError('VALIDATION', 'Chưa chọn tệp nào để nhập.');
      return importSayingWhatWasSaved(db, () => withTempFiles(files, async (paths) => aggregate['aggregate.import']({ period, paths, ...(receivedAt ? { receivedAt } : { receivedFromFiles: true }) })), guardCtx);
    },
    'aggregate.units.importFile': (f) => withTempFiles([f], async ([path]) => aggregate['aggregate.units.import']({ path: path! })),
    'backup.now': async () => {
      const file = await manualBackup(db, context.dbPath, context.clock.now());
      return listBackups(context.dbPath).find((b) => b.file === file)!;
    },
    'backup.list': () => listBackups(context.dbPath),
    'backup.chooseFile': () => context.host.chooseBackupFile(),
    'backup.restore': ({ file }) => context.host.restore(file),
    'profiles.list': () =>
      profileSummaries(planRegistry(db)),
    'unit.get': () => repo.getUnitProfile(db),
    'unit.set': (p) => {
      const clean: UnitProfile = {
        ...p,
        code: p.code.trim(),
        name: p.name.normalize('NFC').trim(),
        parentBody: p.parentBody.normalize('NFC').trim(),
        placeName: p.placeName.normalize('NFC').trim(),
        docSymbol: p.docSymbol.trim(),
      };
      const errors = validateUnitProfile(clean, selectableChoices(planRegistry(db)), context.door);
      if (errors.length) throw new UserError('VALIDATION', 'Thông tin đơn vị chưa hợp lệ, chưa được lưu.', errors);
      repo.saveUnitProfile(db, clean);
      return repo.getUnitProfile(db)!;
    },
    'unit.defaults': ({ profileId, kind, name }) => {
      const profile = findPlan(planRegistry(db), profileId);
      if (!profile) throw new UserError('NO_PROFILE', noSuchPlanText(profileId, selectableChoices(planRegistry(db)), context.door));
      return defaultUnitProfile(profile, kind, name, planRegistry(db));
    },
    'period.describe': ({ period }) => periodFor(db, repo.getUnitProfile(db), period),
    'period.current': () => {
      const unit = repo.getUnitProfile(db);
      return periodFor(db, unit, currentPeriodId(context.today(), periodSettingsOf(db, unit)));
    },
    'period.status': ({ period }) => computePeriodStatus(loadPeriodData(db, period), context.today()),
    'activity.list': ({ period }) => {
      const p = periodFor(db, repo.getUnitProfile(db), period);
      return repo.listActivities(db, p.from, p.to);
    },
    'activity.get': ({ id }) => {
      const a = repo.getActivity(db, id);
      if (!a) throw new UserError('NOT_FOUND', `Không tìm thấy hoạt động số ${id}.`);
      return a;
    },
    'activity.add': (a) => {
      requireUnit(db);
      const input = checkActivity(db, a, context.today());
      return repo.getActivity(db, repo.insertActivity(db, input))!;
    },
    'activity.update': ({ id, activity }) => {
      const input = checkActivity(db, activity, context.today());
      if (!repo.updateActivity(db, id, input)) throw new UserError('NOT_FOUND', `Không tìm thấy hoạt động số ${id}.`);
      return repo.getActivity(db, id)!;
    },
    'activity.remove': ({ id }) => {
      const a = repo.getActivity(db, id);
      if (!a || !repo.deleteActivity(db, id)) throw new UserError('NOT_FOUND', `Không tìm thấy hoạt động số ${id}.`);
      return a;
    },
    'activity.importPreview': async (f) =>
      previewActivityImport(f.fileName, decodeFile(f), repo.getUnitProfile(db)?.kind, repo.listActivities(db, '0000-01-01', '9999-12-31'), context.today(), stepper(ctx.progress, 'activity.importPreview')),
    'activity.template': ({ format }) => {
      const t = activityTemplate(format, context.clock.now());
      return { fileName: t.fileName, base64: Buffer.from(t.bytes).toString('base64') };
    },
    'activity.import': async (f) => {
      requireUnit(db);
      const step = stepper(ctx.progress, 'activity.import');
      const preview = await previewActivityImport(f.fileName, decodeFile(f), repo.getUnitProfile(db)?.kind, repo.listActivities(db, '0000-01-01', '9999-12-31'), context.today(), step);
      if (!preview.canImport) {
        throw new UserError('IMPORT_REJECTED', `Không nhập tệp ${f.fileName}: có lỗi, chưa có hoạt động nào được lưu. Hãy sửa các dòng dưới đây rồi nhập lại.`, preview.errors);
      }
      const rows = f.duplicates === 'keep' ? preview.rows : preview.rows.filter((r) => !r.duplicate);
      await step(preview.rows.length, preview.rows.length, `Đang lưu ${formatNumber(rows.length)} hoạt động`);
      db.transaction(() => {
        for (const r of rows) repo.insertActivity(db, r.activity!);
      })();
      return { added: rows.length, skipped: preview.rows.length - rows.length };
    },
    'figure.list': ({ period }) => figureRows(db, period),
    'figure.set': ({ period, code, entry }) => {
      const unit = requireUnit(db);
      const p = periodFor(db, unit, period);
      const def = figureDef(code);
      if (!def) throw new UserError('UNKNOWN_FIGURE', `Không có chỉ số mã "${code}" trong danh mục. Xem danh mục bằng "dcs figure list".`);
      if (!appliesTo(def, unit.kind)) throw new UserError('NOT_APPLICABLE', `Chỉ số "${def.label}" (${code}) không áp dụng cho loại đơn vị này.`);
      if (def.source.type === 'ratio') throw new UserError('COMPUTED', `"${def.label}" là tỷ lệ được tính tự động, không nhập trực tiếp.`);
      if (def.source.type === 'derived' && entry?.state === 'value') {
        throw new UserError('DERIVED', `"${def.label}" được tính từ danh sách hoạt động; hãy nhập hoạt động, hoặc chọn "không phát sinh".`);
      }
      if (entry?.state === 'value') {
        const problem = validateEnteredValue(def, entry.value);
        if (problem) throw new UserError('VALIDATION', problem);
      }
      const data = loadPeriodData(db, p.id);
      const after: Record<string, FigureEntry> = { ...data.figures };
      if (entry) after[code] = entry;
      else delete after[code];
      const broken = figureViolations(resolvedFiguresOf({ ...data, figures: after })).filter((v) => v.rule.left === code || v.rule.right === code);
      if (broken.length) {
        throw new UserError('RULE', `Không lưu "${def.label}": ${broken.map((b) => b.rule.message).join(' ')}`, broken.map((b) => `${b.rule.left} = ${b.left}, ${b.rule.right} = ${b.right}`));
      }
      repo.setFigureEntry(db, p.id, code, entry);
      return figureRows(db, p.id);
    },
    'inspect.list': ({ period }) => inspectionRows(db, periodFor(db, requireUnit(db), period).id),
    'inspect.set': ({ period, itemId, status, evidence }) => {
      const unit = requireUnit(db);
      const p = periodFor(db, unit, period);
      const item = checklistFor(unit.kind).find((i) => i.id === itemId);
      if (!item) {
        throw new UserError('UNKNOWN_ITEM', `Không có nội dung tự kiểm tra mã "${itemId}" cho loại đơn vị này. Xem danh sách bằng "dcs inspect list".`);
      }
      if (item.season && !isAskedIn(item, p)) {
        throw new UserError('NOT_IN_PERIOD', `Nội dung "${itemId}" thuộc thời điểm ${item.season.label}, ngoài thời gian số liệu của kỳ này; hãy tự kiểm tra nội dung này trong kỳ báo cáo có thời điểm đó.`);
      }
      repo.setInspection(db, p.id, itemId, status, evidence.normalize('NFC').trim());
      return inspectionRows(db, p.id).find((r) => r.item.id === itemId)!;
    },
    'task.list': ({ period }) => taskRows(db, periodFor(db, requireUnit(db), period).id),
    'task.set': ({ period, taskId, status, note }) => {
      const unit = requireUnit(db);
      const p = periodFor(db, unit, period);
      const rows = taskRows(db, p.id);
      if (!rows.some((r) => r.task.id === taskId)) throw new UserError('UNKNOWN_TASK', `Không có nhiệm vụ mã "${taskId}" được giao cho đơn vị.`);
      repo.setTaskProgress(db, p.id, taskId, status, note.normalize('NFC').trim());
      return taskRows(db, p.id).find((r) => r.task.id === taskId)!;
    },
    'text.list': ({ period }) => textRows(db, period),
    'text.set': ({ period, key, text }) => {
      const p = periodFor(db, requireUnit(db), period);
      repo.setText(db, p.id, key, text.normalize('NFC'));
      const data = loadPeriodData(db, p.id);
      return { key, label: ASSESSMENT_LABEL[key], text: data.texts[key] ?? '', draft: draftAssessment(data)[key] };
    },
    'report.preview': ({ period }) => previewUnitReport(db, period, context.today()),
    'report.export': ({ period, outDir, acceptDrafts, name }) => {
      context.host.checkOutDir(outDir);
      const chosen = name === undefined ? undefined : checkExportName(name);
      requireNoDrafts(db, period, acceptDrafts === true);
      return exportUnitReport(db, period, outDir, context.today(), context.clock.now(), chosen, stepper(ctx.progress, 'report.export'));
    },
    'report.check': ({ period }) => checkUnitReport(db, period, context.today()),
    'text.accept': ({ period, key }) => {
      const accepted = acceptDrafts(db, period, key === 'all' ? 'all' : [key]);
      if (key !== 'all' && !accepted.length) throw new UserError('NOT_DRAFT', `Phần “${ASSESSMENT_LABEL[key]}” đã có nội dung do đơn vị viết hoặc đã chấp nhận; không có bản nháp nào để chấp nhận.`);
      return textRows(db, period);
    },
    'period.adopt': ({ period }) => adoptCarryOver(db, period),
    'period.frozenNotice': (arg) => frozenNotice(db, arg),
    'report.changes': ({ period }) => changesSinceFrozen(db, period),
    'report.template': async ({ period, kind, profileId, outFile }) => {
      const profile = findPlan(planRegistry(db), profileId);
      if (!profile) throw new UserError('NO_PROFILE', noSuchPlanText(profileId, selectableChoices(planRegistry(db)), context.door));
      if (!/\.xlsx$/i.test(outFile)) throw new UserError('BAD_FILE_NAME', `Tên tệp "${outFile}" phải có đuôi .xlsx.`);
      context.host.checkOutDir(dirname(outFile));
      // A blank workbook is handed to the units that report to this plan's collector.
      const p = describePeriodOrFail(period, collectorPeriodSettings(planRegistry(db), { kind, name: '', parentBody: '', profileId }));
      return { path: await writeBlankTemplate(p, kind, profileId, outFile, context.clock.now().toISOString(), profile) };
    },
  }, guardCtx);
}

/** Validates the argument, runs the operation, and turns every outcome into a Result. */
export async function dispatch(services: Services, op: string, arg: unknown): Promise<Result<unknown>> {
  if (!isOpName(op)) return fail('UNKNOWN_OP', `Thao tác "${String(op).slice(0, 60)}" không tồn tại.`);
  const parsed = parseArg(op, arg);
  if (!parsed.ok) return fail('BAD_ARGUMENT', 'Dữ liệu gửi tới thao tác không hợp lệ, không có gì được thay đổi.', parsed.problems.slice(0, 20));
  try {
    const fn = services[op] as (a: unknown) => unknown;
    return ok(await fn(parsed.value));
  } catch (e) {
    if (e instanceof UserError) return fail(e.code, e.message, e.details);
    const message = e instanceof Error ? e.message : String(e);
    return fail('INTERNAL', `Lỗi không mong đợi: ${message}. Thao tác bị dừng giữa chừng; hãy kiểm tra lại kết quả rồi thử lại. Chi tiết đã được ghi vào nhật ký lỗi (nhat-ky-loi.log) bên cạnh tệp dữ liệu.`);
  }
}

