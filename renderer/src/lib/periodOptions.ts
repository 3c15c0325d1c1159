// The periods offered at the top of every screen: this year's and last year's 6-month and yearly
// reports, and any date range for a "báo cáo đột xuất". Pure, so it is tested without a browser.
import { parseVietnameseDate, formatTableDate } from '../../../shared/format/vi';

export interface PeriodOption {
  id: string;
  label: string;
}

export function standardPeriods(year: number): PeriodOption[] {
  return [
    { id: `${year}-H1`, label: `6 tháng đầu năm ${year}` },
    { id: `${year}-Y`, label: `Năm ${year}` },
    { id: `${year - 1}-H1`, label: `6 tháng đầu năm ${year - 1}` },
    { id: `${year - 1}-Y`, label: `Năm ${year - 1}` },
  ];
}

export const ADHOC_RE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function isAdhoc(id: string): boolean {
  return ADHOC_RE.test(id);
}

export function periodOptionLabel(id: string): string {
  const std = /^(\d{4})-(H1|H2|Y)$/.exec(id);
  if (std) return std[2] === 'H1' ? `6 tháng đầu năm ${std[1]}` : std[2] === 'H2' ? `6 tháng cuối năm ${std[1]}` : `Năm ${std[1]}`;
  const m = ADHOC_RE.exec(id);
  if (m) return `Đột xuất: ${formatTableDate(m[1]!)} – ${formatTableDate(m[2]!)}`;
  return id;
}

/** "01/05/2026" and "31/08/2026" → "2026-05-01..2026-08-31", or the Vietnamese reason it is refused. */
export function adhocPeriodId(fromText: string, toText: string): { id: string } | { error: string } {
  const from = parseVietnameseDate(fromText);
  const to = parseVietnameseDate(toText);
  if (!from) return { error: 'Ngày bắt đầu không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 01/05/2026.' };
  if (!to) return { error: 'Ngày kết thúc không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 31/08/2026.' };
  if (from > to) return { error: 'Ngày bắt đầu phải trước ngày kết thúc.' };
  return { id: `${from}..${to}` };
}

/** The options to list: the standard ones, plus the selected one when it is not among them. */
export function periodChoices(currentYear: number, selected: string): PeriodOption[] {
  const list = standardPeriods(currentYear);
  if (!list.some((o) => o.id === selected)) list.push({ id: selected, label: periodOptionLabel(selected) });
  return list;
}
