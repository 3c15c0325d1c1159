// `dcs profile …`: the reporting plans (the 34 provinces, the shipped plans, the files imported),
// through the same operations as the app.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { mergePeriodSettings } from '../../../shared/domain/periods';
import { UNIT_KIND_INFO } from '../../../shared/domain/units';
import { formatTableDate } from '../../../shared/format/vi';
import type { PlanCheck } from '../../../shared/ipc/planContract';
import type { ProfileSummary } from '../../../shared/ipc/contract';
import { formulaCodes } from '../../../shared/domain/resolve';
import { LEVEL_LABEL, type Plan } from '../../../shared/plans/schema';
import { UsageError } from './args';
import { call, CommandError, need, print, type Ctx, type Handler } from './context';

const ORIGIN: Record<ProfileSummary['origin'], string> = { builtin: 'có sẵn', imported: 'đã nhập', national: 'khung chung' };
const OP: Record<Plan['targets'][number]['op'], string> = { eq: '=', gte: '≥', gt: '>' };
const PERIOD: Record<string, string> = { H1: '6 tháng đầu năm', H2: '6 tháng cuối năm', Y: 'năm' };

const dm = (d: { monthDay: string; yearOffset?: number | undefined } | null | undefined): string =>
  d ? `${d.monthDay.slice(3)}/${Number(d.monthDay.slice(0, 2))}${d.yearOffset === -1 ? ' năm trước' : d.yearOffset === 1 ? ' năm sau' : ''}` : 'không quy định';

function fileArg(file: string): { fileName: string; base64: string } {
  try {
    return { fileName: basename(file), base64: readFileSync(resolve(file)).toString('base64') };
  } catch {
    throw new CommandError(`Không mở được tệp ${file}. Hãy kiểm tra đường dẫn.`);
  }
}

function planLines(summary: ProfileSummary, p: Plan): string[] {
  const lines = [
    `${p.name} (mã ${p.id}; ${ORIGIN[summary.origin]}${p.scope === 'local' ? `; bổ sung kế hoạch của tỉnh "${p.parent}"` : ''})`,
    `  Cơ quan chủ quản cấp tỉnh: ${summary.provinceBody || '—'}`,
  ];
  if (p.issuer) lines.push(`  Cơ quan ban hành, nhận báo cáo của đơn vị trực thuộc: ${p.issuer.name} (${p.issuer.place})`);
  lines.push(`  Nơi nhận báo cáo: ${p.reportTo ?? 'kế hoạch không ghi; đơn vị tự ghi trong Cài đặt'}`);
  lines.push('  Văn bản căn cứ:', ...p.basisDocs.map((d) => `    - ${d}`));
  lines.push('  Hạn nộp và thời gian chốt số liệu:');
  for (const r of p.reporting) {
    const levels = r.levels ? ` (${r.levels.map((l) => LEVEL_LABEL[l]).join(', ')})` : '';
    // The cut-off as it applies: the plan's, or NĐ 09/2019's ended before the deadline.
    const c = mergePeriodSettings({ deadline: r.deadline ? { [r.period]: r.deadline } : {}, cutoff: r.cutoff ? { [r.period]: r.cutoff } : {} }).cutoff[r.period]!;
    const cutoff = `; chốt số liệu ${dm(c.from)}–${dm(c.to)}${r.cutoff ? '' : ' (mặc định)'}`;
    lines.push(`    - Báo cáo ${PERIOD[r.period]}${levels}: hạn nộp ${dm(r.deadline)}${cutoff}. Căn cứ: ${r.source}`);
  }
  lines.push(`  Chỉ tiêu (${p.targets.length}):`);
  for (const t of p.targets) {
    const kinds = t.kinds ? t.kinds.map((k) => UNIT_KIND_INFO[k].label).join(', ') : 'mọi loại đơn vị';
    lines.push(`    - ${t.code} ${OP[t.op]} ${t.threshold}%: ${t.label} [${kinds}; số liệu ${formulaCodes(t.result).join(', ')}]`);
  }
  lines.push(`  Nhiệm vụ (${p.tasks.length}):`);
  for (const t of p.tasks) {
    const owners = t.owners.length
      ? t.owners.map((o) => [o.body, o.kinds?.map((k) => UNIT_KIND_INFO[k].label).join(', '), o.levels?.map((l) => LEVEL_LABEL[l]).join(', ')].filter(Boolean).join(' – ') || 'mọi đơn vị').join('; ')
      : 'không đơn vị báo cáo nào';
    lines.push(`    - ${t.id} (${t.timeframe}${t.due ? `, hạn ${formatTableDate(t.due)}` : ''}; giao cho: ${owners}): ${t.text}`);
  }
  if (p.measures.length) lines.push(`  Giải pháp (${p.measures.length}):`, ...p.measures.map((m) => `    - ${m.code}. ${m.label}`));
  return lines;
}

function checkLines(r: PlanCheck, verb: string): string[] {
  const what = r.replaces ? `thay kế hoạch "${r.plan.id}" đang dùng (${ORIGIN[r.replaces]})` : `thêm kế hoạch mới "${r.plan.id}"`;
  return [`${verb}: ${r.plan.name}; ${what}.`, r.changes.length ? 'Những thay đổi:' : 'Không có gì khác kế hoạch đang dùng.', ...r.changes.map((c) => `  - ${c}`)];
}

export const PROFILE_COMMANDS: Record<string, Handler> = {
  async 'profile list'(ctx) {
    const list = await call(ctx, 'profiles.list', undefined);
    print(ctx, list, () => [
      'Các tỉnh, thành phố và kế hoạch (chọn bằng --profile MÃ):',
      ...list.map((p) => `  ${p.id.padEnd(22)} ${p.scope === 'local' ? '  ' : ''}${p.name} (${ORIGIN[p.origin]}; ${p.targets} chỉ tiêu, ${p.tasks} nhiệm vụ)`),
    ]);
  },
  async 'profile show'(ctx) {
    const id = ctx.args.positionals[0];
    if (!id) throw new UsageError('Thiếu mã kế hoạch: dcs profile show MÃ (xem "dcs profile list").');
    const r = await call(ctx, 'profile.show', { id });
    print(ctx, r, () => planLines(r.summary, r.plan));
  },
  async 'profile export'(ctx) {
    const id = ctx.args.positionals[0];
    if (!id) throw new UsageError('Thiếu mã kế hoạch: dcs profile export MÃ --out TỆP.json.');
    const r = await call(ctx, 'profile.export', { id, outFile: resolve(need(ctx, 'out', 'tệp .json sẽ ghi')) });
    print(ctx, r, () => [`Đã ghi kế hoạch "${id}" ra ${r.path}. Sửa tệp rồi kiểm tra bằng "dcs profile validate ${basename(r.path)}".`]);
  },
  async 'profile validate'(ctx) {
    const file = ctx.args.positionals[0];
    if (!file) throw new UsageError('Thiếu tên tệp: dcs profile validate TỆP.json.');
    const r = await call(ctx, 'profile.check', fileArg(file));
    print(ctx, r, () => [...checkLines(r, 'Tệp hợp lệ'), 'Chưa lưu gì; nhập bằng "dcs profile import TỆP".']);
  },
  async 'profile import'(ctx) {
    const file = ctx.args.positionals[0];
    if (!file) throw new UsageError('Thiếu tên tệp: dcs profile import TỆP.json.');
    const r = await call(ctx, 'profile.import', fileArg(file));
    print(ctx, r, () => checkLines(r, 'Đã nhập kế hoạch'));
  },
};
