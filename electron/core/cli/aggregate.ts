// `dcs aggregate …`: the aggregator's commands. Other tools script these names and outputs.
import { resolve } from 'node:path';
import { IMPORT_OUTCOME_LABEL, type AggregateStatus, type FileOutcome, type ImportOutcome } from '../../../shared/aggregate/api';
import { totalText } from '../../../shared/aggregate/report';
import { parseUnitKind, UNIT_KIND_INFO, unitKindChoices } from '../../../shared/domain/units';
import type { UnitProfile } from '../../../shared/domain/unitProfile';
import { formatDuration, formatNumber, formatTableDate, parseVietnameseDate } from '../../../shared/format/vi';
import { outcomeLine } from '../aggregate/importer';
import { shellQuote } from './shellQuote';
import { docxToPdf, requireSoffice } from '../reports/pdf';
import { UsageError } from './args';
import { call, CommandError, need, periodOf, print, type Ctx, type Handler } from './context';

/** An outcome as printed, with the command that maps an unknown unit, quoted for the user's shell. */
function cliOutcomeLine(o: FileOutcome): string {
  const line = outcomeLine(o);
  if (o.outcome !== 'rejected' || !o.unknownUnit) return line;
  const alias = o.unknownUnit.code || `name:${o.unknownUnit.name}`;
  return `${line} Để ghép: dcs aggregate map ${shellQuote(alias)} MÃ_ĐƠN_VỊ`;
}

function dateOption(ctx: Ctx, name: string): string | undefined {
  const v = ctx.args.options.get(name);
  if (v === undefined) return undefined;
  const iso = parseVietnameseDate(v);
  if (!iso) throw new UsageError(`--${name} "${v}" không phải ngày hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 04/05/2026.`);
  return iso;
}

function kindOption(text: string): UnitProfile['kind'] {
  const k = parseUnitKind(text);
  if (!k) throw new UsageError(`--kind "${text}" không hợp lệ: dùng một trong: ${unitKindChoices()}.`);
  return k;
}

/** "05/5" → { monthDay: "05-05" } for the deadline overrides of `aggregate setup`. */
function dayOfYear(text: string, name: string): { monthDay: string } {
  const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) throw new UsageError(`--${name} "${text}" phải có dạng ngày/tháng, ví dụ 04/5.`);
  return { monthDay: `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` };
}

export function statusText(s: AggregateStatus): string[] {
  const c = s.counts;
  const lines = [
    `Kỳ báo cáo: ${s.period.label} (${s.period.id}); hạn gửi: ${s.period.deadline ? formatTableDate(s.period.deadline) : 'không quy định'}`,
    `Đơn vị tổng hợp: ${s.aggregator.name}`,
    `Đã nhận ${c.submitted}/${c.expected} đơn vị: ${c.onTime} đúng hạn, ${c.late} nộp muộn, ${c.missing} chưa nộp; ${c.withWarnings} báo cáo có cảnh báo.`,
  ];
  const w = Math.max(4, ...s.units.map((u) => u.code.length));
  for (const u of s.units) {
    const extra = [
      u.receivedAt ? `nhận ${formatTableDate(u.receivedAt)}` : '',
      u.daysLate ? `chậm ${u.daysLate} ngày` : '',
      u.submissions > 1 ? `gửi ${u.submissions} lần` : '',
      u.template ? 'biểu điền tay' : '',
      u.edited ? 'sửa sau khi xuất' : '',
      u.blank ? `${u.blank} chỉ số trống` : '',
      u.attachments.length ? `${u.attachments.length} tệp kèm` : '',
      u.warnings.length ? `${u.warnings.length} cảnh báo` : '',
    ].filter(Boolean);
    lines.push(`  ${u.code.padEnd(w)}  ${u.statusLabel.padEnd(15)}  ${u.name}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  }
  if (c.submitted > 0) {
    lines.push('Một số chỉ số tổng hợp:');
    for (const code of ['A1', 'A3_HN', 'A3_LUOT', 'B1_TL', 'C1_HOP', 'D2_CUOC', 'G2_NHAN', 'G2_TL_GQ', 'K1_CUOC']) {
      const t = s.totals.find((x) => x.code === code);
      if (!t || t.applicable === 0) continue;
      lines.push(`  ${t.code.padEnd(9)} ${totalText(t).padStart(16)}  ${t.label}${t.blank ? ` (${t.blank} đơn vị chưa có số liệu)` : ''}`);
    }
  }
  return lines;
}

export const AGGREGATE_COMMANDS: Record<string, Handler> = {
  async 'aggregate setup'(ctx) {
    const o = ctx.args.options;
    const current = (await call(ctx, 'aggregate.settings.get', undefined)).profile;
    const p: UnitProfile = { ...current, signer: { ...current.signer }, periodOverrides: { ...current.periodOverrides, deadline: { ...(current.periodOverrides.deadline ?? {}) } } };
    if (o.has('profile')) p.profileId = o.get('profile')!;
    if (o.has('name')) p.name = o.get('name')!;
    if (o.has('code')) p.code = o.get('code')!;
    if (o.has('kind')) p.kind = kindOption(o.get('kind')!);
    if (o.has('parent')) p.parentBody = o.get('parent')!;
    if (o.has('place')) p.placeName = o.get('place')!;
    if (o.has('symbol')) p.docSymbol = o.get('symbol')!;
    if (o.has('archive')) p.archiveTag = o.get('archive')!;
    if (o.has('plan-ref')) p.planRef = o.get('plan-ref')!;
    if (o.has('authority')) p.signer.authority = o.get('authority') as UnitProfile['signer']['authority'];
    if (o.has('on-behalf-of')) p.signer.onBehalfOf = o.get('on-behalf-of')!;
    if (o.has('signer-title')) p.signer.title = o.get('signer-title')!;
    if (o.has('signer-name')) p.signer.name = o.get('signer-name')!;
    if (o.has('kinh-gui')) p.kinhGui = o.get('kinh-gui')!.split(';').map((x) => x.trim()).filter(Boolean);
    if (o.has('recipients')) p.recipients = o.get('recipients')!.split(';').map((x) => x.trim()).filter(Boolean);
    for (const [opt, key] of [['deadline-h1', 'H1'], ['deadline-h2', 'H2'], ['deadline-y', 'Y']] as const) {
      if (o.has(opt)) p.periodOverrides.deadline![key] = dayOfYear(o.get(opt)!, opt);
    }
    const r = await call(ctx, 'aggregate.settings.set', p);
    print(ctx, r, () => [
      'Đã lưu thông tin đơn vị tổng hợp.',
      `  Tên: ${r.profile.name}${r.profile.code ? ` (mã ${r.profile.code})` : ''}; hồ sơ tỉnh: ${r.profile.profileId}`,
      `  Ký hiệu: ${r.profile.docSymbol}${r.profile.archiveTag ? `-${r.profile.archiveTag}` : ''}; người ký: ${[r.profile.signer.authority, r.profile.signer.onBehalfOf].filter(Boolean).join(' ')} ${r.profile.signer.title} ${r.profile.signer.name}`.trimEnd(),
    ]);
  },
  async 'aggregate units import'(ctx) {
    const file = ctx.args.positionals[0];
    if (!file) throw new UsageError('Thiếu tên tệp: dcs aggregate units import TỆP.xlsx|.csv (cột Mã đơn vị, Tên đơn vị, Loại đơn vị, Cấp trên).');
    const r = await call(ctx, 'aggregate.units.import', { path: resolve(file) });
    print(ctx, r, () => [`Đã nhập danh sách từ ${r.fileName}: thêm ${r.added} đơn vị, cập nhật ${r.updated} đơn vị; danh sách có ${r.units.length} đơn vị.`]);
  },
  async 'aggregate units list'(ctx) {
    const list = await call(ctx, 'aggregate.units.list', undefined);
    const w = Math.max(4, ...list.map((u) => u.code.length));
    print(ctx, list, () =>
      list.length
        ? [...list.map((u) => `${u.code.padEnd(w)}  ${UNIT_KIND_INFO[u.kind].label.padEnd(40)}  ${u.name}${u.parent ? ` (cấp trên: ${u.parent})` : ''}`), `Tổng: ${formatNumber(list.length)} đơn vị.`]
        : ['Chưa có đơn vị nào trong danh sách. Nhập danh sách bằng "dcs aggregate units import TỆP".'],
    );
  },
  async 'aggregate units add'(ctx) {
    const u = await call(ctx, 'aggregate.units.add', {
      code: need(ctx, 'code', 'mã đơn vị'),
      name: need(ctx, 'name', 'tên đơn vị'),
      kind: kindOption(need(ctx, 'kind', 'loại đơn vị')),
      parent: ctx.args.options.get('parent') ?? '',
    });
    print(ctx, u, () => [`Đã thêm đơn vị ${u.code}: ${u.name} (${UNIT_KIND_INFO[u.kind].label}).`]);
  },
  async 'aggregate units remove'(ctx) {
    const code = ctx.args.positionals[0];
    if (!code) throw new UsageError('Thiếu mã đơn vị: dcs aggregate units remove MÃ');
    const u = await call(ctx, 'aggregate.units.remove', { code });
    print(ctx, u, () => [`Đã bỏ đơn vị ${u.code} (${u.name}) khỏi danh sách; các báo cáo đã nhận vẫn được lưu.`]);
  },
  async 'aggregate map'(ctx) {
    const [alias, unitCode] = ctx.args.positionals;
    if (!alias || !unitCode) throw new UsageError('Cách dùng: dcs aggregate map MÃ_HOẶC_TÊN_TRONG_TỆP MÃ_ĐƠN_VỊ');
    const r = await call(ctx, 'aggregate.mapUnit', { alias, unitCode });
    print(ctx, r, () => [`Đã ghép "${alias}" với đơn vị ${unitCode}; các tệp ghi "${alias}" sẽ được nhận là báo cáo của ${unitCode}.`]);
  },
  async 'aggregate unmap'(ctx) {
    const alias = ctx.args.positionals[0];
    if (!alias) throw new UsageError('Cách dùng: dcs aggregate unmap MÃ_HOẶC_TÊN_TRONG_TỆP');
    const r = await call(ctx, 'aggregate.mapUnit', { alias, unitCode: null });
    print(ctx, r, () => [`Đã bỏ ghép "${alias}".`]);
  },
  async 'aggregate import'(ctx) {
    const paths = ctx.args.positionals;
    if (!paths.length) throw new UsageError('Cách dùng: dcs aggregate import THƯ_MỤC|TỆP… --period KỲ [--received dd/mm/yyyy]');
    const receivedAt = dateOption(ctx, 'received');
    // As in the app: without a date for the whole batch, each file counts as received on its own date.
    const r = await call(ctx, 'aggregate.import', { period: periodOf(ctx), paths: paths.map((p) => resolve(p)), ...(receivedAt ? { receivedAt } : { receivedFromFiles: true }) });
    const summary = (Object.keys(r.counts) as ImportOutcome[]).filter((k) => r.counts[k] > 0).map((k) => `${IMPORT_OUTCOME_LABEL[k].toLowerCase()}: ${formatNumber(r.counts[k])}`);
    const dateRule = receivedAt
      ? `Ngày nhận: ${formatTableDate(receivedAt)} cho cả đợt (theo --received).`
      : 'Ngày nhận: ngày của từng tệp (ngày tệp được lưu trên máy, không trước ngày đơn vị xuất tệp, không sau hôm nay); ghi --received dd/mm/yyyy để đặt một ngày cho cả đợt.';
    const line = (o: FileOutcome): string => (o.receivedAt ? `${cliOutcomeLine(o)} (nhận ngày ${formatTableDate(o.receivedAt)})` : cliOutcomeLine(o));
    print(ctx, r, () => [dateRule, ...r.files.map(line), `Tổng: ${formatNumber(r.files.length)} tệp (${summary.join('; ')}); ${formatDuration(r.seconds)}.`]);
    if (r.counts.rejected > 0) throw new CommandError(`${r.counts.rejected}/${r.files.length} tệp bị từ chối (lý do ở từng dòng); các tệp khác đã được ghi nhận.`);
  },
  async 'aggregate status'(ctx) {
    const s = await call(ctx, 'aggregate.status', { period: periodOf(ctx) });
    print(ctx, s, () => statusText(s));
  },
  async 'aggregate unit'(ctx) {
    const code = ctx.args.positionals[0];
    if (!code) throw new UsageError('Cách dùng: dcs aggregate unit MÃ_ĐƠN_VỊ --period KỲ');
    const d = await call(ctx, 'aggregate.unitFigures', { period: periodOf(ctx), unitCode: code });
    print(ctx, d, () => [
      `${d.unit.name} (${d.unit.code}): ${d.history.length ? `${d.history.length} lần gửi` : 'chưa gửi báo cáo'}`,
      ...d.history.map((h) => `  ${h.current ? '*' : ' '} ${h.fileName} (lần ${h.revision}), nhận ${formatTableDate(h.receivedAt)}${h.attachments.length ? `, kèm ${h.attachments.map((a) => a.fileName).join(', ')}` : ''}`),
      ...d.figures.map((f) => `  ${f.code.padEnd(13)} ${(f.state === 'blank' ? 'chưa có số liệu' : f.state === 'none' ? 'không phát sinh' : f.unit === '%' ? `${formatNumber(f.value!, 1)}%` : formatNumber(f.value!)).padStart(16)}  ${f.cell.padEnd(4)} ${f.label}`),
    ]);
  },
  async 'aggregate received'(ctx) {
    const code = ctx.args.positionals[0];
    if (!code) throw new UsageError('Cách dùng: dcs aggregate received MÃ_ĐƠN_VỊ --period KỲ --date dd/mm/yyyy');
    const date = dateOption(ctx, 'date');
    if (!date) throw new UsageError('Thiếu --date (ngày nhận báo cáo, dd/mm/yyyy).');
    const r = await call(ctx, 'aggregate.setReceived', { period: periodOf(ctx), unitCode: code, date });
    print(ctx, r, () => [`Đã sửa ngày nhận báo cáo của ${r.name}: ${formatTableDate(date)} (${r.statusLabel}).`]);
  },
  async 'aggregate report'(ctx) {
    const soffice = ctx.args.flags.has('pdf') ? requireSoffice() : null;
    const r = await call(ctx, 'aggregate.report', { period: periodOf(ctx), outDir: resolve(need(ctx, 'out', 'thư mục lưu báo cáo tổng hợp')) });
    const pdf = soffice ? await docxToPdf(r.docx, soffice) : null;
    print(ctx, { ...r, pdf }, () => [`Đã ghi báo cáo tổng hợp (lần ${r.revision}):`, `  ${r.docx}`, `  ${r.xlsx}`, ...(pdf ? [`  ${pdf}`] : []), ...r.warnings.map((w) => `Cảnh báo: ${w}`)]);
  },
  async 'aggregate remind'(ctx) {
    const deadline = dateOption(ctx, 'deadline');
    const r = await call(ctx, 'aggregate.remind', { period: periodOf(ctx), outDir: resolve(need(ctx, 'out', 'thư mục lưu công văn')), ...(deadline ? { deadline } : {}) });
    print(ctx, r, () => [`Đã ghi công văn đôn đốc ${r.units} đơn vị chưa gửi báo cáo:`, `  ${r.docx}`]);
  },
};
