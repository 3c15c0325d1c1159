// The unit's own cut-off and deadline (Cài đặt), typed as dd/mm, to and from PeriodSettings.
// Blank means "as the province profile says". Pure, tested without a browser.
import type { CutoffRule, DayOfYear, PeriodSettings } from '../../../../shared/domain/periods';

export type OverridePeriod = 'H1' | 'Y';
export const OVERRIDE_PERIODS: Array<{ type: OverridePeriod; label: string }> = [
  { type: 'H1', label: 'Báo cáo 6 tháng đầu năm' },
  { type: 'Y', label: 'Báo cáo năm' },
];

export interface OverrideText {
  from: string;
  fromPrevYear: boolean;
  to: string;
  deadline: string;
  deadlineNextYear: boolean;
}

export type OverrideErrors = Partial<Record<`${OverridePeriod}.${'cutoff' | 'deadline'}`, string>>;

function dayText(d: DayOfYear | undefined): string {
  if (!d) return '';
  const [mm, dd] = d.monthDay.split('-');
  return `${dd}/${mm}`;
}

export function overridesToText(o: Partial<PeriodSettings>, type: OverridePeriod): OverrideText {
  const c = o.cutoff?.[type];
  const d = o.deadline?.[type];
  return {
    from: dayText(c?.from),
    fromPrevYear: c ? c.from.yearOffset === -1 : true,
    to: dayText(c?.to),
    deadline: dayText(d),
    deadlineNextYear: d?.yearOffset === 1,
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "15/12" → "12-15"; null when it is not a day of the year. */
export function parseDayMonth(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function textToOverrides(
  texts: Record<OverridePeriod, OverrideText>,
  base: Partial<PeriodSettings>,
): { value: Partial<PeriodSettings>; errors: OverrideErrors } {
  const cutoff: Partial<Record<'H1' | 'H2' | 'Y', CutoffRule>> = { ...(base.cutoff ?? {}) };
  const deadline: Partial<Record<'H1' | 'H2' | 'Y', DayOfYear>> = { ...(base.deadline ?? {}) };
  const errors: OverrideErrors = {};
  for (const { type } of OVERRIDE_PERIODS) {
    const t = texts[type];
    delete cutoff[type];
    delete deadline[type];
    if (t.from.trim() || t.to.trim()) {
      const from = parseDayMonth(t.from);
      const to = parseDayMonth(t.to);
      if (!from || !to) {
        errors[`${type}.cutoff`] = 'Thời gian chốt số liệu: hãy ghi cả hai ngày theo dạng dd/mm (ví dụ 15/12 và 14/6), hoặc để trống cả hai để theo quy định của tỉnh.';
      } else {
        cutoff[type] = { from: t.fromPrevYear ? { monthDay: from, yearOffset: -1 } : { monthDay: from }, to: { monthDay: to } };
      }
    }
    if (t.deadline.trim()) {
      const d = parseDayMonth(t.deadline);
      if (!d) errors[`${type}.deadline`] = 'Hạn nộp: hãy ghi theo dạng dd/mm (ví dụ 05/5), hoặc để trống để theo quy định của tỉnh.';
      else deadline[type] = t.deadlineNextYear ? { monthDay: d, yearOffset: 1 } : { monthDay: d };
    }
  }
  const value: Partial<PeriodSettings> = {};
  if (Object.keys(cutoff).length) value.cutoff = cutoff;
  if (Object.keys(deadline).length) value.deadline = deadline;
  return { value, errors };
}
