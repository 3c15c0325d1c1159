// The period summary as printed by `dcs period status` and `dcs demo`.
import { TARGET_VERDICT_LABEL } from '../../../shared/domain/resolve';
import type { PeriodStatus } from '../../../shared/domain/status';
import { formatLocalDateTime, formatNumber, formatPercent, formatTableDate } from '../../../shared/format/vi';

export function statusLines(s: PeriodStatus): string[] {
  const lines = [
    `Kỳ báo cáo: ${s.period.label} (${s.period.id}); số liệu từ ${formatTableDate(s.period.from)} đến ${formatTableDate(s.period.to)}`,
    `Đơn vị: ${s.unit.name} (${s.unit.kindLabel})`,
    s.period.deadline ? `Hạn nộp: ${formatTableDate(s.period.deadline)}${s.daysToDeadline !== null ? (s.daysToDeadline >= 0 ? ` (còn ${s.daysToDeadline} ngày)` : ` (đã quá ${-s.daysToDeadline} ngày)`) : ''}` : 'Hạn nộp: không quy định',
    `Mức hoàn thành: ${s.completeness}%`,
    `Hoạt động: ${formatNumber(s.activities.total)}`,
  ];
  for (const k of s.activities.byKind.filter((k) => k.count > 0)) {
    lines.push(`  - ${k.label}: ${formatNumber(k.count)} hoạt động, ${formatNumber(k.sessions)} buổi, ${formatNumber(k.participants)} lượt người`);
  }
  lines.push(
    `Số liệu: ${s.figures.applicable} chỉ số; ${s.figures.derived} tính từ hoạt động, ${s.figures.entered} đã nhập, ${s.figures.none} không phát sinh, ${s.figures.blank} chưa có số liệu`,
    `Tự kiểm tra: ${s.checklist.answered}/${s.checklist.total} nội dung (${s.checklist.done} đã thực hiện, ${s.checklist.partly} một phần, ${s.checklist.notDone} chưa thực hiện, ${s.checklist.na} không áp dụng)`,
    `Nhiệm vụ: ${s.tasks.done}/${s.tasks.total} hoàn thành, ${s.tasks.inProgress} đang thực hiện`,
    `Đánh giá, kiến nghị: ${s.texts.written}/${s.texts.total} phần đã viết`,
  );
  if (s.targets.length) {
    lines.push('Chỉ tiêu:');
    for (const t of s.targets) lines.push(`  - ${t.code} ${t.label}: ${t.result === null ? '—' : formatPercent(t.result)} (kế hoạch ${t.planned}) → ${TARGET_VERDICT_LABEL[t.verdict]}`);
  }
  if (s.frozen) lines.push(`Đã chốt số liệu: lần ${s.frozen.revision}, lúc ${formatLocalDateTime(s.frozen.at)}`);
  for (const w of s.warnings) lines.push(`Cảnh báo: ${w}`);
  if (s.missing.length) lines.push(`Còn thiếu ${s.missing.length} mục (xem "dcs period status --json").`);
  return lines;
}
