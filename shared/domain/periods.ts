// Reporting periods (NĐ 09/2019 cut-offs, provincial deadlines, ad-hoc ranges).
import { z } from 'zod';
import { formatShortDate, parseIsoDate, toIsoDate, type YMD } from '../format/vi';

export type PeriodType = 'H1' | 'H2' | 'Y' | 'ADHOC';

export interface PeriodRef {
  id: string;
  type: PeriodType;
  /** The reporting year ("năm 2026"); for ad-hoc ranges, the year the range ends. */
  year: number;
  /** Only for ad-hoc ranges. */
  from?: string;
  to?: string;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day of the year as "MM-DD"; yearOffset -1 means the year before the reporting year. */
export const DAY_OF_YEAR_SCHEMA = z.strictObject({
  monthDay: z.string().regex(MONTH_DAY, 'phải có dạng tháng-ngày "MM-DD".'),
  yearOffset: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
});
export type DayOfYear = z.infer<typeof DAY_OF_YEAR_SCHEMA>;

export const CUTOFF_RULE_SCHEMA = z.strictObject({ from: DAY_OF_YEAR_SCHEMA, to: DAY_OF_YEAR_SCHEMA });
export type CutoffRule = z.infer<typeof CUTOFF_RULE_SCHEMA>;

const perPeriodType = <S extends z.ZodType>(s: S) => z.strictObject({ H1: s.optional(), H2: s.optional(), Y: s.optional() });

/** Per period type: cut-off and deadline. Province profiles and units override parts of it. */
export const PERIOD_SETTINGS_SCHEMA = z.strictObject({
  cutoff: perPeriodType(CUTOFF_RULE_SCHEMA),
  deadline: perPeriodType(DAY_OF_YEAR_SCHEMA),
});
export type PeriodSettings = z.infer<typeof PERIOD_SETTINGS_SCHEMA>;

/** A unit's or a plan's changes to the period settings: any part may be left out. */
export const PERIOD_OVERRIDES_SCHEMA = PERIOD_SETTINGS_SCHEMA.partial();

/** NĐ 09/2019: 15/12 of the year before to 14/6, 15/6 to 14/12, and 15/12 to 14/12. */
export const DEFAULT_CUTOFFS: Record<'H1' | 'H2' | 'Y', CutoffRule> = {
  H1: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '06-14' } },
  H2: { from: { monthDay: '06-15' }, to: { monthDay: '12-14' } },
  Y: { from: { monthDay: '12-15', yearOffset: -1 }, to: { monthDay: '12-14' } },
};

export class PeriodError extends Error {}

const ADHOC = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parsePeriodId(id: string): PeriodRef {
  const t = id.trim();
  const std = /^(\d{4})-(H1|H2|Y)$/i.exec(t);
  if (std) {
    const type = std[2]!.toUpperCase() as 'H1' | 'H2' | 'Y';
    return { id: `${std[1]}-${type}`, type, year: Number(std[1]) };
  }
  const adhoc = ADHOC.exec(t);
  if (adhoc) {
    const from = adhoc[1]!;
    const to = adhoc[2]!;
    if (!parseIsoDate(from) || !parseIsoDate(to)) {
      throw new PeriodError(`Kỳ báo cáo "${id}" có ngày không hợp lệ. Hãy ghi theo dạng 2026-05-01..2026-08-31.`);
    }
    if (from > to) {
      throw new PeriodError(`Kỳ báo cáo "${id}": ngày bắt đầu sau ngày kết thúc. Hãy đổi lại thứ tự hai ngày.`);
    }
    return { id: `${from}..${to}`, type: 'ADHOC', year: Number(to.slice(0, 4)), from, to };
  }
  throw new PeriodError(
    `Không hiểu kỳ báo cáo "${id}". Hãy ghi 2026-H1 (6 tháng đầu năm), 2026-Y (cả năm) hoặc khoảng ngày 2026-05-01..2026-08-31 (báo cáo đột xuất).`,
  );
}

export function isPeriodId(id: string): boolean {
  try {
    parsePeriodId(id);
    return true;
  } catch {
    return false;
  }
}

function dayOf(year: number, d: DayOfYear): string {
  const [mm, dd] = d.monthDay.split('-').map(Number) as [number, number];
  const ymd: YMD = { year: year + (d.yearOffset ?? 0), month: mm, day: dd };
  return toIsoDate(ymd);
}

/**
 * Merges settings: later layers (national frame, province plan, local plan, unit) override earlier
 * ones. No layer setting a deadline leaves none: the unit sets it. A cut-off no layer sets follows
 * NĐ 09/2019 unless the deadline falls before its end; it then ends with the month before the
 * deadline's month (a deadline of 04/5 takes data to 30/4), so no report states data past its own
 * due date.
 */
export function mergePeriodSettings(...layers: Array<Partial<PeriodSettings> | undefined>): PeriodSettings {
  const out: PeriodSettings = { cutoff: { ...DEFAULT_CUTOFFS }, deadline: {} };
  const setCutoff = new Set<string>();
  for (const l of layers) {
    if (!l) continue;
    for (const k of Object.keys(l.cutoff ?? {})) setCutoff.add(k);
    Object.assign(out.cutoff, l.cutoff ?? {});
    Object.assign(out.deadline, l.deadline ?? {});
  }
  for (const t of ['H1', 'H2', 'Y'] as const) {
    const dl = out.deadline[t];
    if (!dl || setCutoff.has(t)) continue;
    const rule = DEFAULT_CUTOFFS[t];
    if (dayOrder(dl) <= dayOrder(rule.to)) out.cutoff[t] = { from: rule.from, to: monthBefore(dl) };
  }
  return out;
}

/** Sortable key of a day relative to the reporting year. */
function dayOrder(d: DayOfYear): string {
  return `${(d.yearOffset ?? 0) + 1}-${d.monthDay}`;
}

const MONTH_END = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The last day of the month before `d`'s month: 05-04 → 04-30, 01-10 → 12-31 of the year before. */
function monthBefore(d: DayOfYear): DayOfYear {
  const month = Number(d.monthDay.slice(0, 2));
  const offset = d.yearOffset ?? 0;
  if (month === 1) return { monthDay: '12-31', yearOffset: (offset - 1) as DayOfYear['yearOffset'] };
  const m = month - 1;
  const day: DayOfYear = { monthDay: `${String(m).padStart(2, '0')}-${MONTH_END[m - 1]}` };
  if (offset) day.yearOffset = offset as DayOfYear['yearOffset'];
  return day;
}

export interface PeriodInfo extends PeriodRef {
  label: string;
  /** The title phrase: "6 tháng đầu năm 2026", "năm 2026", "từ ngày 01/5/2026 đến ngày 31/8/2026". */
  titlePhrase: string;
  /** Inclusive ISO dates of the data cut-off. */
  from: string;
  to: string;
  /** ISO date the report is due, when one is set. */
  deadline: string | null;
  /** Same period one year earlier, for "so với cùng kỳ". */
  previousId: string;
  /** The period that follows, for "phương hướng … 6 tháng cuối năm". */
  nextLabel: string;
  warnings: string[];
}

export function describePeriod(id: string, settings: PeriodSettings = mergePeriodSettings()): PeriodInfo {
  const p = parsePeriodId(id);
  const warnings: string[] = [];
  if (p.type === 'ADHOC') {
    const label = `từ ngày ${formatShortDate(p.from!)} đến ngày ${formatShortDate(p.to!)}`;
    const shift = (iso: string): string => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
    return {
      ...p,
      from: p.from!,
      to: p.to!,
      label,
      titlePhrase: label,
      deadline: null,
      previousId: `${shift(p.from!)}..${shift(p.to!)}`,
      nextLabel: 'thời gian tới',
      warnings,
    };
  }
  const rule = settings.cutoff[p.type] ?? DEFAULT_CUTOFFS[p.type];
  const from = dayOf(p.year, rule.from);
  const to = dayOf(p.year, rule.to);
  const dl = settings.deadline[p.type];
  const deadline = dl ? dayOf(p.year, dl) : null;
  const label =
    p.type === 'H1' ? `6 tháng đầu năm ${p.year}` : p.type === 'H2' ? `6 tháng cuối năm ${p.year}` : `năm ${p.year}`;
  const nextLabel =
    p.type === 'H1' ? `6 tháng cuối năm ${p.year}` : p.type === 'H2' ? `năm ${p.year + 1}` : `năm ${p.year + 1}`;
  if (deadline && deadline < to) {
    warnings.push(
      `Hạn nộp báo cáo (${formatShortDate(deadline)}) trước ngày chốt số liệu (${formatShortDate(to)}): số liệu sau ngày nộp sẽ không kịp đưa vào báo cáo. Hãy kiểm tra lại thời gian chốt số liệu và hạn nộp (trong phần Cài đặt).`,
    );
  }
  return {
    ...p,
    from,
    to,
    label,
    titlePhrase: label,
    deadline,
    previousId: `${p.year - 1}-${p.type}`,
    nextLabel,
    warnings,
  };
}

export function isInPeriod(isoDate: string, info: Pick<PeriodInfo, 'from' | 'to'>): boolean {
  return isoDate >= info.from && isoDate <= info.to;
}

/** Which reporting year a date belongs to under the yearly cut-off (20/12/2025 → 2026). */
export function reportingYearOf(isoDate: string, settings: PeriodSettings = mergePeriodSettings()): number {
  const year = Number(isoDate.slice(0, 4));
  const next = describePeriod(`${year + 1}-Y`, settings);
  return isInPeriod(isoDate, next) ? year + 1 : year;
}

/** The period a clerk most likely works on today: the first whose deadline has not passed. */
export function currentPeriodId(todayIso: string, settings: PeriodSettings = mergePeriodSettings()): string {
  const year = reportingYearOf(todayIso, settings);
  const h1 = describePeriod(`${year}-H1`, settings);
  if (todayIso <= h1.to) return h1.id;
  return `${year}-Y`;
}

/** Whole days from `fromIso` to `toIso` (negative when past). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.parse(fromIso + 'T00:00:00Z');
  const b = Date.parse(toIso + 'T00:00:00Z');
  return Math.round((b - a) / 86_400_000);
}
