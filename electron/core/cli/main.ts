// `dcs`: the command line, a thin shell over the same services the app calls.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, parseActivityForm, parseActivityKind, type Activity } from '../../../shared/domain/activities';
import { INSPECTION_STATUS_LABEL } from '../../../shared/domain/checklists.types';
import { ASSESSMENT_KEYS, TASK_STATUS_LABEL, type AssessmentKey, type UnitProfile } from '../../../shared/domain/unitProfile';
import { parseUnitKind, UNIT_KIND_INFO, unitKindChoices } from '../../../shared/domain/units';
import { capitalizeFirst, formatLocalDateTime, formatNumber, formatPercent, formatTableDate, parseVietnameseDate, parseVietnameseNumber } from '../../../shared/format/vi';
import type { ArgOf, FigureRow } from '../../../shared/ipc/contract';
import { NONE_WORDS } from '../../../shared/exchange';
import { INSPECTION_STATUS_CHOICES, isClearWord, parseInspectionStatus, parseTaskStatus, TASK_STATUS_CHOICES } from '../../../shared/domain/statusWords';
import { UserError } from '../../../shared/result';
import { openDatabase, type Db } from '../db/open';
import { writeFileAtomic } from '../fs/atomicWrite';
import { openSession, type Session } from '../db/session';
import { FAULT_CODES, fsPathOf, knownFailure } from '../errors/faults';
import { errorDetail, logFailure } from '../log/supportLog';
import { listBackups } from '../backup/backup';
import { SchemaTooNewError } from '../db/migrations';
import { defaultDbPath } from '../paths';
import { createServices } from '../services';
import { APP_VERSION } from '../reports/unitReport';
import { docxToPdf, requireSoffice } from '../reports/pdf';
import { parseArgs, UsageError } from './args';
import { call, CommandError, defaultIo, need, periodOf, print, type Ctx, type Handler, type Io } from './context';
import { AGGREGATE_COMMANDS } from './aggregate';
import { CHECK_COMMANDS, noticeFrozen } from './check';
import { PROFILE_COMMANDS } from './profile';
import { HELP } from './help';
import { statusLines } from './statusText';

function parseDateOption(text: string, name: string): string {
  const iso = parseVietnameseDate(text);
  if (!iso) throw new UsageError(`--${name} "${text}" không phải ngày hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 05/03/2026.`);
  return iso;
}

function parseIntOption(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const n = parseVietnameseNumber(text);
  if (n === null || !Number.isInteger(n)) throw new UsageError(`--${name} "${text}" phải là số nguyên.`);
  return n;
}

const splitList = (s: string | undefined): string[] | undefined =>
  s === undefined ? undefined : s.split(';').map((x) => x.trim()).filter(Boolean);

/** Applies the unit options of `init` and `unit set` onto a profile. */
function applyUnitOptions(ctx: Ctx, p: UnitProfile): UnitProfile {
  const o = ctx.args.options;
  const out: UnitProfile = { ...p, signer: { ...p.signer }, periodOverrides: { ...p.periodOverrides } };
  if (o.has('name')) out.name = o.get('name')!;
  if (o.has('code')) out.code = o.get('code')!;
  if (o.has('kind')) {
    const k = parseUnitKind(o.get('kind')!);
    if (!k) throw new UsageError(`--kind "${o.get('kind')}" không hợp lệ: dùng một trong: ${unitKindChoices()}.`);
    out.kind = k;
  }
  if (o.has('profile')) out.profileId = o.get('profile')!;
  if (o.has('parent')) out.parentBody = o.get('parent')!;
  if (o.has('place')) out.placeName = o.get('place')!;
  if (o.has('symbol')) out.docSymbol = o.get('symbol')!;
  if (o.has('authority')) out.signer.authority = o.get('authority') as UnitProfile['signer']['authority'];
  if (o.has('on-behalf-of')) out.signer.onBehalfOf = o.get('on-behalf-of')!;
  if (o.has('signer-title')) out.signer.title = o.get('signer-title')!;
  if (o.has('signer-name')) out.signer.name = o.get('signer-name')!;
  if (o.has('kinh-gui')) out.kinhGui = splitList(o.get('kinh-gui'))!;
  if (o.has('recipients')) out.recipients = splitList(o.get('recipients'))!;
  if (o.has('archive')) out.archiveTag = o.get('archive')!;
  if (o.has('plan-ref')) out.planRef = o.get('plan-ref')!;
  for (const t of ['H1', 'H2', 'Y'] as const) {
    const dl = o.get(`deadline-${t.toLowerCase()}`);
    if (dl !== undefined) {
      const m = /^(\d{1,2})\/(\d{1,2})$/.exec(dl.trim());
      if (!m) throw new UsageError(`--deadline-${t.toLowerCase()} "${dl}": hãy ghi ngày/tháng, ví dụ 05/5.`);
      out.periodOverrides = { ...out.periodOverrides, deadline: { ...out.periodOverrides.deadline, [t]: { monthDay: `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` } } };
    }
    const co = o.get(`cutoff-${t.toLowerCase()}`);
    if (co !== undefined) {
      const m = /^(\d{1,2})\/(\d{1,2})-(\d{1,2})\/(\d{1,2})$/.exec(co.replace(/\s/g, ''));
      if (!m) throw new UsageError(`--cutoff-${t.toLowerCase()} "${co}": hãy ghi dạng 15/12-30/4 (từ ngày của năm trước đến ngày của năm báo cáo).`);
      const from = { monthDay: `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, yearOffset: Number(m[2]) >= 7 && t !== 'H2' ? (-1 as const) : (0 as const) };
      out.periodOverrides = { ...out.periodOverrides, cutoff: { ...out.periodOverrides.cutoff, [t]: { from, to: { monthDay: `${m[4]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` } } } };
    }
  }
  return out;
}

function unitLines(u: UnitProfile): string[] {
  return [
    `Đơn vị:        ${u.name} (mã ${u.code})`,
    `Loại đơn vị:   ${UNIT_KIND_INFO[u.kind].label}`,
    `Hồ sơ tỉnh:    ${u.profileId}`,
    `Chủ quản:      ${u.parentBody || '(không)'}`,
    `Địa danh:      ${u.placeName}`,
    `Ký hiệu:       Số: …/BC-${u.docSymbol}`,
    `Người ký:      ${[u.signer.authority && `${u.signer.authority} ${u.signer.onBehalfOf}`, u.signer.title, u.signer.name].filter(Boolean).join(' / ')}`,
    `Kính gửi:      ${u.kinhGui.join('; ') || '(không)'}`,
    `Nơi nhận:      ${u.recipients.join('; ') || '(không)'}`,
    `Kế hoạch:      ${u.planRef || '(chưa ghi)'}`,
  ];
}

/** "2, 3, 5" and, past twenty lines, "… và 180 dòng khác". */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 20).join(', ');
  return lines.length > 20 ? `${shown} và ${formatNumber(lines.length - 20)} dòng khác` : shown;
}

function activityLine(a: Activity): string {
  const people = a.participants === null ? '' : `, ${formatNumber(a.participants)} lượt người`;
  return `#${a.id}  ${formatTableDate(a.date)}  [${ACTIVITY_KIND_INFO[a.kind].no}. ${a.kind}]  ${a.title} (${ACTIVITY_FORM_LABEL[a.form]}, ${a.sessions} buổi${people})`;
}

const SOURCE_LABEL: Record<FigureRow['source'], string> = {
  derived: 'tính từ hoạt động',
  entered: 'đã nhập',
  none: 'không phát sinh',
  blank: 'chưa có số liệu',
  computed: 'tính tự động',
};

function figureValueText(f: FigureRow): string {
  if (f.value === null) return '—';
  if (f.unit === '%') return formatPercent(f.value);
  if (f.unit === 'có/không') return f.value >= 1 ? 'Có' : 'Không';
  return `${formatNumber(f.value)} ${f.unit}`;
}


const UNIT_COMMANDS: Record<string, Handler> = {
  async init(ctx) {
    const name = need(ctx, 'name', 'tên đơn vị, ví dụ "Ủy ban nhân dân xã Bình Lư"');
    const kind = parseUnitKind(need(ctx, 'kind', 'loại đơn vị: xa, co_quan, su_nghiep, dnnn, dn_khac'));
    if (!kind) throw new UsageError(`--kind không hợp lệ: dùng một trong: ${unitKindChoices()}.`);
    const profileId = need(ctx, 'profile', 'hồ sơ tỉnh: lao-cai, thanh-hoa, lai-chau');
    need(ctx, 'code', 'mã đơn vị');
    if ((await call(ctx, 'unit.get', undefined)) && !ctx.args.flags.has('force')) {
      throw new CommandError('Cơ sở dữ liệu đã có thông tin đơn vị. Dùng "dcs unit set" để sửa, hoặc thêm --force để khai báo lại.');
    }
    const defaults = await call(ctx, 'unit.defaults', { profileId, kind, name });
    const unit = await call(ctx, 'unit.set', applyUnitOptions(ctx, defaults));
    print(ctx, unit, () => ['Đã khai báo đơn vị.', ...unitLines(unit)]);
  },
  async 'unit show'(ctx) {
    const unit = await call(ctx, 'unit.get', undefined);
    if (!unit) throw new CommandError('Chưa khai báo đơn vị. Hãy chạy "dcs init".');
    print(ctx, unit, () => unitLines(unit));
  },
  async 'unit set'(ctx) {
    const unit = await call(ctx, 'unit.get', undefined);
    if (!unit) throw new CommandError('Chưa khai báo đơn vị. Hãy chạy "dcs init".');
    if (ctx.args.options.size === 0) throw new UsageError('Không có gì để sửa: ghi ít nhất một tùy chọn, ví dụ --signer-name "Nguyễn Văn A".');
    const saved = await call(ctx, 'unit.set', applyUnitOptions(ctx, unit));
    print(ctx, saved, () => ['Đã lưu thông tin đơn vị.', ...unitLines(saved)]);
  },
  async 'activity add'(ctx) {
    const o = ctx.args.options;
    const kind = parseActivityKind(need(ctx, 'kind', 'loại hoạt động: mã, số 1–14 hoặc tên'));
    if (!kind) throw new UsageError(`--kind "${o.get('kind')}" không có trong danh mục 14 loại hoạt động (xem "dcs help").`);
    const form = parseActivityForm(o.get('form') ?? '');
    if (!form) throw new UsageError(`--form "${o.get('form')}" không hợp lệ: Trực tiếp, Trực tuyến hoặc Kết hợp.`);
    const a = await call(ctx, 'activity.add', {
      date: parseDateOption(need(ctx, 'date', 'ngày dd/mm/yyyy'), 'date'),
      kind,
      title: need(ctx, 'title', 'tên hoạt động'),
      form,
      sessions: parseIntOption(o.get('sessions'), 'sessions') ?? 1,
      participants: parseIntOption(o.get('participants'), 'participants') ?? null,
      basisDoc: o.get('basis') ?? '',
      notes: o.get('notes') ?? '',
      measures: splitList(o.get('measures')?.replace(/,/g, ';')) ?? [],
    });
    print(ctx, a, () => ['Đã thêm hoạt động.', activityLine(a)]);
    await noticeFrozen(ctx, { date: a.date });
  },
  async 'activity list'(ctx) {
    const list = await call(ctx, 'activity.list', { period: periodOf(ctx) });
    print(ctx, list, () => (list.length ? [...list.map(activityLine), `Tổng: ${formatNumber(list.length)} hoạt động.`] : ['Không có hoạt động nào trong kỳ.']));
  },
  async 'activity import'(ctx) {
    const file = ctx.args.positionals[0];
    if (!file) throw new UsageError('Thiếu tên tệp: dcs activity import TỆP.xlsx|.csv|.json');
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(file));
    } catch {
      throw new CommandError(`Không mở được tệp ${file}. Hãy kiểm tra đường dẫn.`);
    }
    const arg = { fileName: basename(file), base64: bytes.toString('base64') };
    const keep = ctx.args.flags.has('keep-duplicates');
    // The preview names the rows already recorded; they are skipped unless --keep-duplicates.
    const p = await call(ctx, 'activity.importPreview', arg);
    const dupLines = p.rows.filter((r) => r.duplicate).map((r) => r.line);
    const dupText = dupLines.length
      ? [
          `${formatNumber(dupLines.length)} dòng trùng hoạt động đã ghi hoặc dòng trước trong tệp (cùng ngày, loại và tên): dòng ${lineList(dupLines)}. ` +
            (keep ? 'Vẫn nhập vì có --keep-duplicates.' : 'Bỏ qua các dòng này (thêm --keep-duplicates để vẫn nhập).'),
        ]
      : [];
    if (ctx.args.flags.has('dry-run')) {
      const toAdd = keep ? p.rows.length : p.rows.length - dupLines.length;
      print(ctx, p, () =>
        p.canImport ? [`Tệp hợp lệ: ${formatNumber(toAdd)} hoạt động sẽ được nhập (chưa lưu vì có --dry-run).`, ...dupText] : ['Tệp có lỗi, không thể nhập:', ...p.errors.map((e) => `  - ${e}`)],
      );
      if (!p.canImport) throw new CommandError(`Tệp ${arg.fileName} có ${p.errors.length} lỗi.`);
      return;
    }
    const r = await call(ctx, 'activity.import', { ...arg, duplicates: keep ? 'keep' : 'skip' });
    print(ctx, r, () => [`Đã nhập ${formatNumber(r.added)} hoạt động từ ${arg.fileName}.`, ...dupText]);
  },
  async 'activity template'(ctx) {
    const out = resolve(need(ctx, 'out', 'tệp .xlsx hoặc .csv sẽ ghi'));
    const format = out.toLowerCase().endsWith('.csv') ? 'csv' : out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : null;
    if (!format) throw new UsageError('--out phải là tệp .xlsx hoặc .csv, ví dụ --out mau-nhap-hoat-dong.xlsx');
    const t = await call(ctx, 'activity.template', { format });
    writeFileAtomic(out, Buffer.from(t.base64, 'base64'));
    print(ctx, { path: out }, () => [`Đã ghi mẫu nhập hoạt động: ${out}`]);
  },
  async 'activity remove'(ctx) {
    const id = parseIntOption(ctx.args.positionals[0], 'id');
    if (id === undefined) throw new UsageError('Thiếu số thứ tự hoạt động: dcs activity remove SỐ (xem số bằng "dcs activity list").');
    const a = await call(ctx, 'activity.remove', { id });
    print(ctx, a, () => ['Đã xóa hoạt động:', activityLine(a)]);
    await noticeFrozen(ctx, { date: a.date });
  },
  async 'figure list'(ctx) {
    const rows = await call(ctx, 'figure.list', { period: periodOf(ctx) });
    print(ctx, rows, () => rows.map((f) => `${f.code.padEnd(13)} ${figureValueText(f).padStart(18)}  [${SOURCE_LABEL[f.source]}]  ${f.label}${f.problems.length ? `  ⚠ ${f.problems.join(' ')}` : ''}`));
  },
  async 'figure set'(ctx) {
    const [code, raw] = ctx.args.positionals;
    if (!code || raw === undefined) throw new UsageError('Cách dùng: dcs figure set --period 2026-H1 MÃ GIÁ_TRỊ (số, "kps" = không phát sinh, "trong" = xóa giá trị).');
    const note = ctx.args.options.get('note');
    const word = raw.trim().toLowerCase();
    let entry: ArgOf<'figure.set'>['entry'];
    if (NONE_WORDS.includes(word)) entry = note ? { state: 'none', note } : { state: 'none' };
    else if (['trong', 'trống', 'blank', ''].includes(word)) entry = null;
    else if (['có', 'co', 'yes'].includes(word)) entry = { state: 'value', value: 1 };
    else if (['không', 'khong', 'no'].includes(word)) entry = { state: 'value', value: 0 };
    else {
      const n = parseVietnameseNumber(raw);
      if (n === null) throw new UsageError(`Giá trị "${raw}" không phải số. Ghi số (ví dụ 1.240), "kps" (không phát sinh) hoặc "trong" (xóa).`);
      entry = note ? { state: 'value', value: n, note } : { state: 'value', value: n };
    }
    const rows = await call(ctx, 'figure.set', { period: periodOf(ctx), code: code.toUpperCase(), entry });
    const f = rows.find((r) => r.code === code.toUpperCase())!;
    print(ctx, f, () => [`Đã lưu ${f.code} (${f.label}): ${figureValueText(f)} [${SOURCE_LABEL[f.source]}]`]);
    await noticeFrozen(ctx, { period: periodOf(ctx) });
  },
  async 'inspect list'(ctx) {
    const rows = await call(ctx, 'inspect.list', { period: periodOf(ctx) });
    print(ctx, rows, () =>
      rows.map((r) => `${r.item.id.padEnd(16)} ${(r.status ? INSPECTION_STATUS_LABEL[r.status] : 'Chưa trả lời').padEnd(20)} ${capitalizeFirst(r.item.article)}: ${r.item.text}${r.evidence ? ` Minh chứng: ${r.evidence}` : ''}${!r.status && r.suggestion ? ` (gợi ý: đã thực hiện, theo ${r.suggestion.evidence.replace(/\.$/, '')})` : ''}`),
    );
  },
  async 'inspect set'(ctx) {
    const [itemId, statusText] = ctx.args.positionals;
    if (!itemId || !statusText) throw new UsageError(`Cách dùng: dcs inspect set --period 2026-H1 MÃ_NỘI_DUNG TRẠNG_THÁI [--evidence "…"], trạng thái: ${INSPECTION_STATUS_CHOICES} hoặc "trong".`);
    const status = isClearWord(statusText) ? null : parseInspectionStatus(statusText);
    if (status === null && !isClearWord(statusText)) throw new UsageError(`Trạng thái "${statusText}" không hợp lệ: ghi ${INSPECTION_STATUS_CHOICES}, hoặc "trong" để xóa.`);
    const r = await call(ctx, 'inspect.set', { period: periodOf(ctx), itemId, status, evidence: ctx.args.options.get('evidence') ?? '' });
    print(ctx, r, () => [`Đã lưu ${r.item.id}: ${r.status ? INSPECTION_STATUS_LABEL[r.status] : 'chưa trả lời'}.`]);
    await noticeFrozen(ctx, { period: periodOf(ctx) });
  },
  async 'task list'(ctx) {
    const rows = await call(ctx, 'task.list', { period: periodOf(ctx) });
    print(ctx, rows, () => rows.map((r) => `${r.task.id.padEnd(8)} ${(r.status ? TASK_STATUS_LABEL[r.status] : 'Chưa cập nhật').padEnd(16)} ${r.task.text} (${r.task.timeframe})`));
  },
  async 'task set'(ctx) {
    const [taskId, statusText] = ctx.args.positionals;
    if (!taskId || !statusText) throw new UsageError(`Cách dùng: dcs task set --period 2026-H1 MÃ TRẠNG_THÁI [--note "…"], trạng thái: ${TASK_STATUS_CHOICES}.`);
    const status = parseTaskStatus(statusText);
    if (!status) throw new UsageError(`Trạng thái "${statusText}" không hợp lệ: ghi ${TASK_STATUS_CHOICES}.`);
    const r = await call(ctx, 'task.set', { period: periodOf(ctx), taskId, status, note: ctx.args.options.get('note') ?? '' });
    print(ctx, r, () => [`Đã lưu tiến độ nhiệm vụ ${r.task.id}.`]);
    await noticeFrozen(ctx, { period: periodOf(ctx) });
  },
  async 'text list'(ctx) {
    const rows = await call(ctx, 'text.list', { period: periodOf(ctx) });
    print(ctx, rows, () => rows.flatMap((r) => [`== ${r.label} (${r.key}) ${r.text ? '' : '[bản nháp, chưa chấp nhận: dcs text accept ' + r.key + ']'}`, r.text || r.draft, '']));
  },
  async 'text set'(ctx) {
    const [key, ...rest] = ctx.args.positionals;
    if (!key || !ASSESSMENT_KEYS.includes(key as AssessmentKey)) throw new UsageError(`Cách dùng: dcs text set --period 2026-H1 PHẦN "nội dung", phần: ${ASSESSMENT_KEYS.join(', ')}.`);
    const r = await call(ctx, 'text.set', { period: periodOf(ctx), key: key as AssessmentKey, text: rest.join(' ') });
    print(ctx, r, () => [`Đã lưu phần "${r.label}".`]);
    await noticeFrozen(ctx, { period: periodOf(ctx) });
  },
  async 'period status'(ctx) {
    const s = await call(ctx, 'period.status', { period: periodOf(ctx) });
    print(ctx, s, () => statusLines(s));
  },
  async 'period changes'(ctx) {
    const r = await call(ctx, 'report.changes', { period: periodOf(ctx) });
    print(ctx, r, () =>
      !r.frozen
        ? ['Kỳ này chưa chốt số liệu (chưa xuất báo cáo lần nào).']
        : r.changes.length
          ? [`Thay đổi so với lần chốt ${r.frozen.revision} (${formatLocalDateTime(r.frozen.at)}):`, ...r.changes.map((c) => `  - ${c.message}`), 'Lần xuất tiếp theo sẽ là báo cáo bổ sung.']
          : [`Không có thay đổi so với lần chốt ${r.frozen.revision}.`],
    );
  },
  async report(ctx) {
    // Checked before anything is written, so a missing LibreOffice never leaves a half export.
    const soffice = ctx.args.flags.has('pdf') ? requireSoffice() : null;
    const r = await call(ctx, 'report.export', { period: periodOf(ctx), outDir: resolve(need(ctx, 'out', 'thư mục lưu báo cáo')), acceptDrafts: ctx.args.flags.has('accept-drafts') });
    const pdf = soffice ? await docxToPdf(r.docx, soffice) : null;
    print(ctx, { ...r, pdf }, () => [`Đã ghi báo cáo (lần ${r.revision}):`, `  ${r.docx}`, `  ${r.xlsx}`, ...(pdf ? [`  ${pdf}`] : []), ...r.warnings.map((w) => `Cảnh báo: ${w}`)]);
  },
  async template(ctx) {
    const kind = parseUnitKind(need(ctx, 'kind', 'loại đơn vị: xa, co_quan, su_nghiep, dnnn, dn_khac'));
    if (!kind) throw new UsageError(`--kind không hợp lệ: dùng một trong: ${unitKindChoices()}.`);
    const unit = ctx.args.options.has('profile') ? null : await call(ctx, 'unit.get', undefined);
    const profileId = ctx.args.options.get('profile') ?? unit?.profileId;
    if (!profileId) throw new UsageError('Thiếu --profile (lao-cai, thanh-hoa, lai-chau).');
    const r = await call(ctx, 'report.template', { period: periodOf(ctx), kind, profileId, outFile: resolve(need(ctx, 'out', 'tệp .xlsx sẽ ghi')) });
    print(ctx, r, () => [`Đã ghi biểu mẫu trống: ${r.path}`]);
  },
  async backup(ctx) {
    const out = resolve(need(ctx, 'out', 'tệp sao lưu sẽ ghi, ví dụ sao-luu-2026-05-04.sqlite'));
    const { backupTo } = await import('../backup/backup');
    await ctx.services();
    const path = await backupTo(ctx.db()!, out);
    print(ctx, { path }, () => [`Đã sao lưu dữ liệu vào ${path}.`]);
  },
  async restore(ctx) {
    const file = ctx.args.positionals[0];
    if (!file) throw new UsageError('Thiếu tệp sao lưu: dcs restore TỆP.sqlite');
    const { restoreFrom } = await import('../backup/backup');
    const { acquireLock } = await import('../db/lock');
    const { tidyAfterKill } = await import('../db/session');
    // Whatever state the current file is in (even damaged or missing), but never under a running app.
    const lock = await acquireLock(ctx.dbPath, { program: 'dcs restore', action: 'khôi phục', waitMs: CLI_LOCK_WAIT_MS });
    try {
      tidyAfterKill(ctx.dbPath);
      const r = await restoreFrom(resolve(file), ctx.dbPath);
      const kept = r.keptCurrentAs
        ? r.currentWasDamaged
          ? `Tệp dữ liệu cũ bị hỏng nên được chuyển sang ${r.keptCurrentAs} (không sao lưu qua SQLite).`
          : `Dữ liệu trước khi khôi phục được giữ tại ${r.keptCurrentAs}.`
        : '';
      print(ctx, r, () => [`Đã khôi phục dữ liệu từ ${resolve(file)}.`, ...(kept ? [kept] : [])]);
    } finally {
      lock.release();
    }
  },
  async demo(ctx) {
    const { runDemo } = await import('../demo/runDemo');
    await runDemo(resolve(ctx.args.options.get('out') ?? 'demo-output'), ctx.io, ctx.json);
  },
  async help(ctx) {
    ctx.io.out(HELP);
  },
};

const COMMANDS: Record<string, Handler> = { ...UNIT_COMMANDS, ...CHECK_COMMANDS, ...AGGREGATE_COMMANDS, ...PROFILE_COMMANDS };

const NEEDS_DB = (cmd: string): boolean => !['help', 'demo', 'restore'].includes(cmd);
/**
 * Commands that may start a new database: declaring the unit (or the aggregating unit), and storing
 * a plan file, which may have to come before `init` names it. Every other one refuses a path where
 * none exists with "Không có tệp dữ liệu …", so a typo in --db never makes an empty database.
 */
const CREATES = new Set(['init', 'aggregate setup', 'profile import']);
/** Commands that only read plans: without a database they read the shipped ones, and make no file. */
const PLANS_WITHOUT_FILE = new Set(['profile list', 'profile show', 'profile export', 'profile validate']);
/** Commands that only read: they run beside the app; every other one takes the writer's lock. */
const READS_ONLY = new Set(['unit show', 'activity list', 'activity template', 'figure list', 'inspect list', 'task list', 'text list', 'period status', 'period changes', 'template', 'backup', 'aggregate units list', 'aggregate status', 'aggregate unit', 'profile list', 'profile show', 'profile export', 'profile validate']);
/** Another command-line writer is waited for this long (a report takes seconds); the app is not. */
const CLI_LOCK_WAIT_MS = 120_000;

export type { Io };

/** After "damaged" or "missing": the backups there are, newest first, to restore from. */
function backupHint(dbPath: string, io: Io): void {
  const list = listBackups(dbPath).slice(0, 5);
  if (!list.length) return;
  io.err('Các bản sao lưu gần nhất (khôi phục bằng "dcs restore TỆP"):');
  for (const b of list) io.err(`  ${b.file}`);
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let db: Db | null = null;
  let session: Session | null = null;
  let scratch: Db | null = null;
  let cmd = 'help';
  let dbPathForLog: string | null = null;
  try {
    const args = parseArgs(argv, ['json', 'help', 'dry-run', 'force', 'keep-duplicates', 'accept-drafts', 'pdf']);
    const [first, second, third] = args.positionals;
    cmd = first ?? 'help';
    if (args.flags.has('help')) cmd = 'help';
    else if (third && COMMANDS[`${first} ${second} ${third}`]) {
      cmd = `${first} ${second} ${third}`;
      args.positionals.splice(0, 3);
    } else if (second && COMMANDS[`${first} ${second}`]) {
      cmd = `${first} ${second}`;
      args.positionals.splice(0, 2);
    } else if (first && COMMANDS[first]) args.positionals.splice(0, 1);
    else if (first) throw new UsageError(`Không có lệnh "${[first, second].filter(Boolean).join(' ')}". Gõ "dcs help" để xem các lệnh.`);
    const dbPath = resolve(args.options.get('db') ?? defaultDbPath());
    dbPathForLog = dbPath;
    args.options.delete('db');
    const ctx: Ctx = {
      args,
      io,
      json: args.flags.has('json'),
      dbPath,
      services: async () => {
        if (!db && PLANS_WITHOUT_FILE.has(cmd) && !existsSync(dbPath)) db = scratch = openDatabase(':memory:');
        if (!db) {
          if (!NEEDS_DB(cmd)) throw new Error('no database for this command');
          const fresh = !existsSync(dbPath);
          session = await openSession(dbPath, { program: `dcs ${cmd}`, create: CREATES.has(cmd), write: !READS_ONLY.has(cmd), waitMs: CLI_LOCK_WAIT_MS });
          db = session.db;
          if (fresh && !ctx.json) io.out(`Đã tạo tệp dữ liệu mới: ${dbPath}`);
        }
        return createServices(db, { dbPath, version: APP_VERSION, door: 'cli' });
      },
      db: () => db,
    };
    await COMMANDS[cmd]!(ctx);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Lỗi: ${e.message}`);
      io.err('Gõ "dcs help" để xem cách dùng.');
      return 2;
    }
    if (e instanceof CommandError) {
      io.err(`Lỗi: ${e.message}`);
      for (const d of e.details) io.err(`  - ${d}`);
      if (e.code === 'DB_DAMAGED' && dbPathForLog) backupHint(dbPathForLog, io);
      return 1;
    }
    if (e instanceof SchemaTooNewError) {
      io.err(`Lỗi: ${e.message}`);
      return 1;
    }
    // Failures outside an operation (opening, backup, restore): known conditions get their message.
    const known = knownFailure(e, dbPathForLog ?? undefined, 'cli');
    if (!(e instanceof UserError) || FAULT_CODES.has(known?.code ?? '')) {
      const file = fsPathOf(e);
      logFailure(dbPathForLog, { op: `dcs ${cmd}`, code: known?.code ?? 'INTERNAL', ...(file ? { file } : {}), detail: e instanceof UserError ? '' : errorDetail(e) });
    }
    if (known) {
      io.err(`Lỗi: ${known.message}`);
      for (const d of known.details) io.err(`  - ${d}`);
      if ((known.code === 'DB_DAMAGED' || known.code === 'DB_MISSING') && dbPathForLog) backupHint(dbPathForLog, io);
      return 1;
    }
    const err = e as Error;
    io.err(`Lỗi không mong đợi: ${err?.message ?? String(e)}. Chi tiết đã được ghi vào nhật ký lỗi (nhat-ky-loi.log) bên cạnh tệp dữ liệu.`);
    return 1;
  } finally {
    (session as Session | null)?.close();
    (scratch as Db | null)?.close();
  }
}
