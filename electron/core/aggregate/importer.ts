// The import inbox: a folder or a list of received files becomes one outcome per file: accepted,
// accepted with warnings, replaced an earlier submission (kept in the history), ignored as an exact
// duplicate, or rejected with the reason. Workbooks are read on worker threads and recorded here as
// each batch arrives (one transaction per batch, a savepoint per file); a rejected file changes nothing.
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { IMPORT_OUTCOME_LABEL, type FileOutcome, type ImportOutcome, type ImportReport } from '../../../shared/aggregate/api';
import type { ExpectedUnit } from '../../../shared/aggregate/types';
import { describePeriod, parsePeriodId } from '../../../shared/domain/periods';
import { foldVietnamese, UNIT_KIND_INFO, isUnitKind } from '../../../shared/domain/units';
import { formatLocalDateTime, formatTableDate } from '../../../shared/format/vi';
import { SHEET_FIGURES } from '../../../shared/exchange';
import { flushWriteAheadLog, type Db } from '../db/open';
import { attachmentProblem, columnLetters } from '../reports/xlsx/exchangeReader';
import { CELL_UNIT_CODE } from '../../../shared/exchange';
import { readFileCapped, sha256, type ReadDone } from './readOne';
import { readBatches } from './readPool';
import * as repo from './repo';
import { receivedDateOf } from './receivedDate';
import { expandPaths, roleOf, type Role } from './dropFiles';

export interface ImportOptions {
  /** ISO date the files were received; default `today`, or each file's own date with `receivedFromFiles`. */
  receivedAt?: string;
  /** Without `receivedAt`: each workbook's date from the file itself (see receivedDateOf). */
  receivedFromFiles?: boolean;
  /** Today's ISO date (injectable for tests and the demo). */
  today: string;
  /** Worker threads (0 = read in this thread); default see readPool's defaultWorkers. */
  workers?: number;
  minFilesForWorkers?: number;
  /** Every file is read on a worker thread, never in this one (the app's main process). */
  offThread?: boolean;
  /** Called after each file is read, then after each is recorded: for a progress bar. */
  onProgress?: (done: number, total: number, phase: 'read' | 'record') => void;
}

const stem = (name: string): string => foldVietnamese(basename(name, extname(name))).replace(/\s+/g, ' ');

/** True when `code` appears in `name` as a whole token ("BL-01" in "Bao cao BL-01 da ky.pdf", not in "BL-010"). */
function hasCodeToken(name: string, code: string): boolean {
  const n = name.toUpperCase();
  const c = code.toUpperCase();
  let i = n.indexOf(c);
  while (i >= 0) {
    const before = i === 0 ? '' : n[i - 1]!;
    const after = n[i + c.length] ?? '';
    if (!/[A-Z0-9]/.test(before) && !/[A-Z0-9]/.test(after)) return true;
    i = n.indexOf(c, i + 1);
  }
  return false;
}

/** The units that must report (active ones), as listed and by code. */
interface ExpectedUnits {
  list: readonly ExpectedUnit[];
  byCode: ReadonlyMap<string, ExpectedUnit>;
}

interface Resolved {
  unit: ExpectedUnit;
  how: 'code' | 'alias' | 'name';
}

/** Finds the expected unit a file belongs to: by code, by a stored mapping, or by its exact name. */
function resolveUnit(db: Db, units: ExpectedUnits, code: string, name: string): Resolved | { removed: ExpectedUnit } | null {
  if (code) {
    const active = units.byCode.get(code);
    if (active) return { unit: active, how: 'code' };
    const mapped = repo.getAlias(db, code);
    const m = mapped ? units.byCode.get(mapped) : undefined;
    if (m) return { unit: m, how: 'alias' };
    const u = repo.getUnit(db, code);
    if (u && !u.active) return { removed: u };
  }
  if (name) {
    const key = foldVietnamese(name);
    const mapped = repo.getAlias(db, `name:${key}`);
    const m = mapped ? units.byCode.get(mapped) : undefined;
    if (m) return { unit: m, how: 'alias' };
    const same = units.list.filter((x) => foldVietnamese(x.name) === key);
    if (same.length === 1) return { unit: same[0]!, how: 'name' };
  }
  return null;
}

/**
 * Pages of write-ahead log (4 KB each: 16 MB, some 550 received workbooks) after which an import
 * copies the log into the database file. Measured on 10,000 workbooks (interleaved runs): 4.4 s at
 * 16 MB, 4.8 s at 32 MB, 5.0 s at 8 MB, 5.6 s with no copy until the end (every write searches an
 * ever larger log). Copying 16 MB and flushing it takes well under a tenth of a second here: the
 * longest pause SQLite's own later copy of what an import leaves can cause.
 */
const IMPORT_CHECKPOINT_PAGES = 4096;

/** SQLite could not write (disk full, I/O, read-only, locked, damaged): not the file's fault. */
const isStorageError = (e: unknown): boolean => typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_');

/** (revision, generatedAt) ordering: is `a` strictly older than `b`? */
const olderThan = (a: { revision: number; generatedAt: string }, b: { revision: number; generatedAt: string }): boolean =>
  a.revision < b.revision || (a.revision === b.revision && a.generatedAt !== '' && b.generatedAt !== '' && a.generatedAt < b.generatedAt);

export async function importFiles(db: Db, inputs: readonly string[], periodId: string, options: ImportOptions): Promise<ImportReport> {
  const t0 = performance.now();
  const period = parsePeriodId(periodId).id;
  const receivedAt = options.receivedAt ?? options.today;
  const periodLabel = (id: string): string => {
    try {
      return describePeriod(id).label;
    } catch {
      return id;
    }
  };
  const { files, missing } = expandPaths(inputs);
  const outcomes: FileOutcome[] = [];
  const make = (path: string, role: Role, outcome: ImportOutcome, messages: string[], extra: Partial<FileOutcome> = {}): FileOutcome => ({
    path,
    fileName: basename(path),
    role,
    outcome,
    unitCode: null,
    unitName: null,
    submissionId: null,
    messages,
    ...extra,
  });
  for (const m of missing) outcomes.push(make(m, 'other', 'rejected', [`Không tìm thấy ${basename(m)} (${m}). Hãy kiểm tra đường dẫn.`]));

  const workbookPaths = files.filter((f) => roleOf(f) === 'workbook');
  const attachmentPaths = files.filter((f) => roleOf(f) === 'attachment');
  const total = files.length;
  let progress = 0;
  const tick = (phase: 'read' | 'record'): void => options.onProgress?.(++progress, total * 2, phase);

  for (const f of files.filter((x) => roleOf(x) === 'other')) {
    tick('read');
    tick('record');
    outcomes.push(make(f, 'other', 'rejected', [`Tệp ${basename(f)} không phải biểu số liệu (.xlsx) hay văn bản báo cáo (.docx, .pdf), không nhập.`]));
  }

  const units = repo.listUnits(db);
  const ctx: RecordContext = {
    units: { list: units, byCode: new Map(units.map((u) => [u.code, u])) },
    period,
    periodLabel,
    knownShas: repo.fileShasOf(db, period),
    submittedUnits: repo.unitsWithSubmissionsOf(db, period),
  };
  const byPath = new Map<string, FileOutcome>();
  // Copying the write-ahead log into the file at SQLite's usual 4 MB (two fsyncs each time) would
  // cost more than the writes: during an import it is copied every IMPORT_CHECKPOINT_PAGES only, and
  // the import ends with one flush of the log (see flushWriteAheadLog). What is left in the log is
  // copied later by SQLite, in a pause this bound keeps short; reads never search a huge log.
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
  try {
  /** Stem of each workbook of this drop → the unit and submission it was filed under (or its refusal). */
  const workbookStems = new Map<string, FileOutcome>();

  // Batches are recorded as the workers finish them, each in one transaction with a savepoint per
  // file: a file that fails while being recorded is rolled back alone and refused; the others of
  // its batch stay. A storage failure (disk full, I/O) rolls the batch back; its files are then
  // tried one transaction each, and the import stops at the first that cannot be written.
  const recordOne = db.transaction(recordWorkbook);
  const recordBatch = db.transaction((batch: ReadDone[]) => {
    for (const r of batch) {
      let o: FileOutcome;
      try {
        const fileDate = !options.receivedAt && options.receivedFromFiles ? receivedDateOf(modifiedOf(r.path), r.read?.meta?.generatedAt ?? '', options.today) : receivedAt;
        o = recordOne(db, r, ctx, fileDate);
        if (o.submissionId !== null) o.receivedAt = fileDate;
      } catch (e) {
        if (isStorageError(e)) throw e;
        o = make(r.path, 'workbook', 'rejected', [`Tệp ${basename(r.path)} không ghi nhận được (${e instanceof Error ? e.message : String(e)}); không có gì thay đổi. Hãy nhập lại tệp này.`]);
      }
      byPath.set(r.path, o);
      workbookStems.set(stem(r.path), o);
    }
  });
  for await (const batch of readBatches(workbookPaths, { workers: options.workers, minFilesForWorkers: options.minFilesForWorkers, offThread: options.offThread, onRead: () => tick('read') })) {
    // Within a batch, a unit's older export is recorded before its newer one, which then replaces it.
    batch.sort((a, b) => (a.read?.meta?.revision ?? 0) - (b.read?.meta?.revision ?? 0) || (a.read?.meta?.generatedAt ?? '').localeCompare(b.read?.meta?.generatedAt ?? '') || a.index - b.index);
    try {
      recordBatch(batch);
    } catch (e) {
      if (!isStorageError(e)) throw e;
      // The batch was rolled back whole (the disk is full, say): its files are recorded one by one
      // so that every file that fits is kept, and the error stops the import at the first that does not.
      for (const r of batch) recordBatch([r]);
    }
    // The bytes are in the database now (or refused): let them go.
    for (const r of batch) r.bytes = null;
    for (let k = 0; k < batch.length; k++) tick('record');
    // Let the app's other work (progress messages, other requests) through between batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  for (const path of attachmentPaths) {
    tick('read');
    const o = recordAttachment(db, path, period, units, workbookStems);
    byPath.set(path, o);
    tick('record');
  }
  } finally {
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
    // What was recorded (all of it, or the batches before a failure) survives a power cut.
    flushWriteAheadLog(db);
  }

  // One line per file, in the order the files were given.
  for (const f of files) {
    const o = byPath.get(f);
    if (o) outcomes.push(o);
  }
  const order2 = new Map(files.map((f, i) => [f, i]));
  outcomes.sort((a, b) => (order2.get(a.path) ?? -1) - (order2.get(b.path) ?? -1));
  const counts: Record<ImportOutcome, number> = { accepted: 0, warnings: 0, replaced: 0, duplicate: 0, rejected: 0 };
  for (const o of outcomes) counts[o.outcome]++;
  return { periodId: period, receivedAt, files: outcomes, counts, seconds: (performance.now() - t0) / 1000 };
}

function modifiedOf(path: string): Date | null {
  try {
    return statSync(path).mtime;
  } catch {
    return null;
  }
}

/** What recording a file needs beside the file, the same for every file of an import. */
interface RecordContext {
  units: ExpectedUnits;
  period: string;
  periodLabel: (id: string) => string;
  /** Files already received for the period, and those recorded by this import (possibly rolled back: it only spares lookups). */
  knownShas: Set<string>;
  /** Units with a current submission for the period, the same way. */
  submittedUnits: Set<string>;
}

/** Files one read workbook; runs inside its own savepoint (recordBatch), so a refusal or a failure changes nothing. */
function recordWorkbook(db: Db, r: ReadDone, ctx: RecordContext, receivedAt: string): FileOutcome {
  const { units, period, periodLabel, knownShas, submittedUnits } = ctx;
  const fileName = basename(r.path);
  const base = { path: r.path, fileName, role: 'workbook' as const, unitCode: null, unitName: null, submissionId: null };
  const reject = (messages: string[], extra: Partial<FileOutcome> = {}): FileOutcome => ({ ...base, outcome: 'rejected', messages, ...extra });
  if (r.ioError) return reject([r.ioError]);
  const read = r.read!;
  if (!read.ok || !read.meta || !r.bytes) return reject(read.errors.length ? read.errors : [`Tệp ${fileName} không đọc được.`]);
  const meta = read.meta;

  const dup = knownShas.has(r.sha256) ? repo.submissionWithFile(db, period, r.sha256) : null;
  if (dup) {
    const u = repo.getUnit(db, dup.unitCode);
    return {
      ...base,
      outcome: 'duplicate',
      unitCode: dup.unitCode,
      unitName: u?.name ?? dup.sentUnitName,
      submissionId: dup.id,
      messages: [`Tệp ${fileName} trùng hoàn toàn với tệp ${dup.fileName} đã nhập (báo cáo của ${u?.name ?? dup.unitCode}, nhận ngày ${formatTableDate(dup.receivedAt)}); bỏ qua, không thay đổi gì.`],
    };
  }

  const filePeriod = meta.periodId || read.identity.periodId;
  if (filePeriod !== period) {
    return reject([
      `Tệp ${fileName} là báo cáo kỳ ${periodLabel(filePeriod)} (mã kỳ "${filePeriod}"), không phải kỳ đang nhập ${periodLabel(period)} (${period}). Hãy chọn đúng kỳ khi nhập, hoặc đề nghị đơn vị gửi báo cáo đúng kỳ.`,
    ]);
  }

  const code = meta.template ? read.identity.unitCode || meta.unitCode : meta.unitCode || read.identity.unitCode;
  const name = meta.template ? read.identity.unitName || meta.unitName : meta.unitName || read.identity.unitName;
  const found = resolveUnit(db, units, code, name);
  const codeCell = `${columnLetters(CELL_UNIT_CODE.col)}${CELL_UNIT_CODE.row}`;
  if (!found || 'removed' in found) {
    if (found && 'removed' in found) {
      return reject([`Tệp ${fileName}: đơn vị ${found.removed.name} (mã ${found.removed.code}) đã bị xóa khỏi danh sách đơn vị phải báo cáo. Hãy thêm lại đơn vị vào danh sách nếu đơn vị vẫn phải báo cáo, rồi nhập lại tệp.`]);
    }
    if (!code) {
      return reject(
        [
          `Tệp ${fileName}, trang "${SHEET_FIGURES}", ô ${codeCell}: biểu điền tay chưa ghi mã đơn vị${name ? `, và tên "${name}" không khớp đơn vị nào trong danh sách` : ''}. Hãy đề nghị đơn vị ghi mã đơn vị vào ô ${codeCell}${name ? ', hoặc ghép tên này với một đơn vị trong danh sách' : ''}, rồi nhập lại.`,
        ],
        name ? { unknownUnit: { code: '', name } } : {},
      );
    }
    return reject(
      [
        `Tệp ${fileName}: đơn vị "${name || '(không ghi tên)'}" (mã ${code}) không có trong danh sách đơn vị phải báo cáo. Hãy thêm đơn vị vào danh sách, hoặc ghép mã ${code} với một đơn vị đã có, rồi nhập lại tệp.`,
      ],
      { unknownUnit: { code, name } },
    );
  }
  const unit = found.unit;
  const warnings = [...read.warnings];
  if (found.how === 'alias') warnings.push(`Tệp ${fileName}: đơn vị ghi "${name}" (mã ${code || 'trống'}) được ghép với ${unit.name} (mã ${unit.code}) theo thiết lập đã lưu.`);
  if (found.how === 'name') warnings.push(`Tệp ${fileName}: mã đơn vị "${code || 'trống'}" không có trong danh sách; đã nhận theo tên đơn vị "${name}" (mã ${unit.code}). Hãy kiểm tra lại.`);
  if (meta.template) warnings.push(`Tệp ${fileName} là biểu mẫu điền tay (không có mã kiểm tra của ứng dụng); hãy đối chiếu số liệu với văn bản báo cáo có chữ ký.`);
  if (meta.unitKind && isUnitKind(meta.unitKind) && meta.unitKind !== unit.kind) {
    warnings.push(`Tệp ${fileName}: đơn vị khai loại "${UNIT_KIND_INFO[meta.unitKind].label}", danh sách ghi "${UNIT_KIND_INFO[unit.kind].label}"; số liệu được tổng hợp theo loại trong danh sách.`);
  }

  // A consolidation and the unit's own report are two things: each replaces only its own kind.
  const scope = meta.scope;
  const submitted = submittedUnits.has(unit.code);
  const current = submitted ? repo.currentSubmission(db, period, unit.code, scope) : null;
  const other = submitted ? repo.currentSubmission(db, period, unit.code, scope === 'own' ? 'consolidated' : 'own') : null;
  /** What the clerk is told beside the outcome; not warnings about the file. */
  const notes: string[] = [];
  if (meta.consolidation) {
    const c = meta.consolidation;
    notes.push(
      `Tệp ${fileName} là báo cáo tổng hợp của ${unit.name} (từ ${c.units.length} đơn vị${c.includesSelf ? ', gồm cả báo cáo riêng của đơn vị' : ''}), không phải báo cáo riêng của đơn vị.`,
    );
  }
  if (other) {
    const consolidation = scope === 'consolidated' ? meta.consolidation : other.consolidation;
    notes.push(
      consolidation?.includesSelf
        ? `${unit.name} đã có cả báo cáo riêng và báo cáo tổng hợp; cả hai được giữ. Số liệu của báo cáo riêng đã nằm trong báo cáo tổng hợp nên chỉ tính một lần (theo báo cáo tổng hợp).`
        : `${unit.name} đã có cả báo cáo riêng và báo cáo tổng hợp các đơn vị trực thuộc; cả hai được giữ và cùng được tính (báo cáo tổng hợp không gồm báo cáo riêng của đơn vị).`,
    );
  }
  const incoming = { revision: meta.revision, generatedAt: meta.generatedAt };
  if (current && olderThan(incoming, current)) {
    return reject(
      [
        `Tệp ${fileName} (lần ${meta.revision}, xuất lúc ${formatLocalDateTime(meta.generatedAt)}) cũ hơn báo cáo đã nhận của ${unit.name} (tệp ${current.fileName}, lần ${current.revision}); giữ báo cáo đã nhận, không thay đổi gì.`,
      ],
      { unitCode: unit.code, unitName: unit.name },
    );
  }

  // Inside the file's savepoint (recordBatch): the bytes and the submission are kept or dropped together.
  knownShas.add(r.sha256);
  submittedUnits.add(unit.code);
  repo.putBlob(db, r.sha256, r.bytes!);
  const id = repo.insertSubmission(db, {
    periodId: period,
    unitCode: unit.code,
    fileName,
    fileSha256: r.sha256,
    sentUnitCode: code,
    sentUnitName: name,
    sentUnitKind: meta.unitKind,
    profileId: meta.profileId,
    revision: meta.revision,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    template: meta.template,
    digestOk: read.digestOk,
    receivedAt,
    warnings,
    replacesId: current?.id ?? null,
    values: read.values,
    scope,
    consolidation: meta.consolidation,
  });
  const outcome: ImportOutcome = current ? 'replaced' : warnings.length ? 'warnings' : 'accepted';
  const replaced = current
    ? [`Thay ${scope === 'consolidated' ? 'báo cáo tổng hợp' : 'báo cáo'} trước của ${unit.name} (tệp ${current.fileName}, nhận ngày ${formatTableDate(current.receivedAt)}); báo cáo trước được giữ trong lịch sử.`]
    : [];
  const messages = [...replaced, ...notes, ...warnings];
  return { ...base, outcome, unitCode: unit.code, unitName: unit.name, submissionId: id, messages };
}

function recordAttachment(db: Db, path: string, period: string, units: readonly ExpectedUnit[], workbookStems: ReadonlyMap<string, FileOutcome>): FileOutcome {
  const fileName = basename(path);
  const kind = extname(path).toLowerCase() === '.pdf' ? 'pdf' : 'docx';
  const base = { path, fileName, role: 'attachment' as const, unitCode: null, unitName: null, submissionId: null };
  const reject = (m: string, extra: Partial<FileOutcome> = {}): FileOutcome => ({ ...base, outcome: 'rejected', messages: [m], ...extra });
  const { bytes, error } = readFileCapped(path, 60 * 1024 * 1024);
  if (!bytes) return reject(error ?? `Không đọc được tệp ${fileName}.`);
  const problem = attachmentProblem(bytes, fileName, kind);
  if (problem) return reject(problem);

  // By name: the longest workbook stem of this drop that the file's stem starts with…
  const s = stem(path);
  let byStem: FileOutcome | undefined;
  let best = 0;
  for (const [ws, o] of workbookStems) {
    if (s.startsWith(ws) && ws.length > best) {
      best = ws.length;
      byStem = o;
    }
  }
  let unit: ExpectedUnit | undefined;
  if (byStem) {
    if (byStem.outcome === 'rejected' && !byStem.unitCode) {
      return reject(`Tệp ${fileName} không được nhận vì biểu số liệu đi kèm (${byStem.fileName}) bị từ chối. Hãy nhập lại cả hai tệp sau khi đơn vị gửi lại biểu số liệu.`);
    }
    unit = units.find((u) => u.code === byStem!.unitCode);
  }
  // …or by a unit code written in the file name.
  if (!unit) {
    unit = [...units].sort((a, b) => b.code.length - a.code.length).find((u) => hasCodeToken(fileName, u.code));
  }
  if (!unit) {
    return reject(
      `Tệp ${fileName} không gắn được với đơn vị nào: tên tệp không bắt đầu bằng tên một biểu số liệu (.xlsx) được nhập cùng lúc và không chứa mã đơn vị. Hãy đặt tên tệp theo biểu số liệu (ví dụ "BL-01_2026-H1.pdf" cạnh "BL-01_2026-H1.xlsx") hoặc có mã đơn vị, rồi nhập lại.`,
    );
  }
  // Beside the workbook it came with (an own report or a consolidation), else beside the own report.
  const sub = (byStem?.submissionId ? repo.getSubmission(db, byStem.submissionId) : null) ?? repo.currentSubmission(db, period, unit.code);
  if (!sub) {
    return reject(`Tệp ${fileName} thuộc ${unit.name} (mã ${unit.code}) nhưng đơn vị chưa có biểu số liệu kỳ này. Hãy nhập tệp .xlsx của đơn vị cùng lúc với tệp này.`, { unitCode: unit.code, unitName: unit.name });
  }
  const sha = sha256(bytes);
  const extra = { unitCode: unit.code, unitName: unit.name, submissionId: sub.id };
  if (repo.hasAttachment(db, sub.id, sha)) {
    return { ...base, ...extra, outcome: 'duplicate', messages: [`Tệp ${fileName} đã được lưu kèm báo cáo của ${unit.name}; bỏ qua.`] };
  }
  db.transaction(() => {
    repo.putBlob(db, sha, bytes);
    repo.addAttachment(db, sub.id, fileName, sha, kind);
  })();
  return { ...base, ...extra, outcome: 'accepted', messages: [`Lưu kèm báo cáo của ${unit.name} (${kind === 'pdf' ? 'bản PDF' : 'văn bản Word'}).`] };
}

export function outcomeLine(o: FileOutcome): string {
  const who = o.unitCode ? ` [${o.unitCode}]` : '';
  const head = `${IMPORT_OUTCOME_LABEL[o.outcome]}: ${o.fileName}${who}`;
  return o.messages.length ? `${head}: ${o.messages.join(' ')}` : head;
}
