// `dcs check`, `dcs text accept`, `dcs period adopt` and the notice printed when a command changes
// records of a period whose figures were frozen by an export.
import { PROBLEM_SECTION_LABEL, type ReportCheck } from '../../../shared/checks/types';
import { ASSESSMENT_KEYS, type AssessmentKey } from '../../../shared/domain/unitProfile';
import { UsageError } from './args';
import { call, CommandError, periodOf, print, type Ctx, type Handler } from './context';

const AREA_HINT: Record<string, string> = {
  activities: 'hoạt động',
  figures: 'số liệu',
  checklist: 'tự kiểm tra',
  texts: 'đánh giá, kiến nghị',
  tasks: 'nhiệm vụ',
  settings: 'cài đặt',
};

export function checkLines(r: ReportCheck): string[] {
  if (!r.problems.length) return [`Kỳ ${r.period}: báo cáo không có vấn đề nào.`];
  const lines: string[] = [];
  let section = '';
  for (const p of r.problems) {
    if (p.section !== section) {
      section = p.section;
      lines.push(`== ${PROBLEM_SECTION_LABEL[p.section]}`);
    }
    lines.push(`  ${p.severity === 'error' ? 'LỖI ' : 'Lưu ý'}  ${p.message}  [sửa tại: ${AREA_HINT[p.area] ?? p.area}${p.ref ? ` ${p.ref}` : ''}]`);
  }
  // The rule set speaks to both doors; the command that confirms a carry-over is the CLI's own word.
  if (r.problems.some((p) => p.rule === 'carry-over')) lines.push(`Xác nhận những gì mang sang từ 6 tháng đầu năm: dcs period adopt --period ${r.period}`);
  lines.push(`Tổng: ${r.errors} lỗi, ${r.warnings} lưu ý.`);
  return lines;
}

/** Prints, on stderr, that the change went into a frozen period (nothing already sent is touched). */
export async function noticeFrozen(ctx: Ctx, arg: { period?: string; date?: string }): Promise<void> {
  if (ctx.json) return;
  for (const line of await call(ctx, 'period.frozenNotice', arg)) ctx.io.err(`Lưu ý: ${line}`);
}

export const CHECK_COMMANDS: Record<string, Handler> = {
  async check(ctx) {
    const r = await call(ctx, 'report.check', { period: periodOf(ctx) });
    print(ctx, r, () => checkLines(r));
    if (r.errors) throw new CommandError(`Báo cáo kỳ ${r.period} còn ${r.errors} lỗi cần sửa trước khi ký.`);
  },
  async 'text accept'(ctx) {
    const key = ctx.args.positionals[0];
    if (!key || (key !== 'all' && !ASSESSMENT_KEYS.includes(key as AssessmentKey))) {
      throw new UsageError(`Cách dùng: dcs text accept PHẦN|all --period KỲ, phần: ${ASSESSMENT_KEYS.join(', ')}.`);
    }
    const before = await call(ctx, 'text.list', { period: periodOf(ctx) });
    const rows = await call(ctx, 'text.accept', { period: periodOf(ctx), key: key as AssessmentKey | 'all' });
    const accepted = rows.filter((r) => !before.find((b) => b.key === r.key)?.text && r.text);
    print(ctx, rows, () => (accepted.length ? accepted.map((r) => `Đã chấp nhận bản nháp phần “${r.label}”.`) : ['Không còn phần nào là bản nháp.']));
  },
  async 'period adopt'(ctx) {
    const r = await call(ctx, 'period.adopt', { period: periodOf(ctx) });
    print(ctx, r, () => [`Đã xác nhận kế thừa từ 6 tháng đầu năm: ${r.figures} chỉ số, ${r.inspections} nội dung tự kiểm tra, ${r.tasks} nhiệm vụ.`]);
  },
};
