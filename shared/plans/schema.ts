// The reporting plan ("hồ sơ kế hoạch"): what a province's resolution and plan, or a commune's or
// a Sở's own plan on top of it, ask of the units that report under it. One schema serves the
// shipped plans, the files a Sở Nội vụ hands out, the CLI and the app; the types come from it.
import { z } from 'zod';
import { FIGURE_BY_CODE } from '../domain/catalog';
import { UNIT_KINDS } from '../domain/units';
import { parseIsoDate } from '../format/vi';
import { provinceById } from './provinces';

export const PLAN_FORMAT = 'dcs-plan';
export const PLAN_VERSION = 1;

/** Where a unit sits: directly under the province (sở, ban, ngành, their units, enterprises) or at a commune. */
export const LEVELS = ['tinh', 'xa'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABEL: Record<Level, string> = { tinh: 'cấp tỉnh', xa: 'cấp xã' };

export const REPORT_PERIODS = ['H1', 'H2', 'Y'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

const text = (max: number) => z.string().trim().min(1, 'không được để trống').max(max, `dài quá ${max} ký tự`);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ lao-cai)')
  .max(40, 'dài quá 40 ký tự');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const DayOfYearSchema = z.strictObject({
  monthDay: z.string().refine((s) => {
    const m = /^(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
  }, 'phải là ngày trong năm dạng MM-DD (ví dụ 11-19 là ngày 19/11)'),
  yearOffset: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
});

export const CutoffRuleSchema = z.strictObject({ from: DayOfYearSchema, to: DayOfYearSchema });

/** One deadline (and, when the plan sets it, cut-off) for one kind of period and the levels it binds. */
export const ReportingRuleSchema = z.strictObject({
  period: z.enum(REPORT_PERIODS, 'phải là H1 (6 tháng đầu năm), H2 (6 tháng cuối năm) hoặc Y (năm)'),
  /** Levels of the units it binds; absent = every level. */
  levels: z.array(z.enum(LEVELS, 'phải là tinh hoặc xa')).min(1).optional(),
  /** The last day to hand in; null when the plan sets none (the unit sets its own). */
  deadline: DayOfYearSchema.nullable(),
  /** Absent = NĐ 09/2019, or, when the deadline falls before its end, the month before the deadline. */
  cutoff: CutoffRuleSchema.optional(),
  /** The plan's words this rule comes from, or why there is none. */
  source: text(1000),
});

const figureCode = z.string().refine((c) => FIGURE_BY_CODE.has(c), { error: (i) => `mã số liệu "${String(i.input)}" không có trong danh mục số liệu` });

export type Formula =
  | { type: 'ratio'; num: string; den: string }
  | { type: 'yes'; code: string }
  | { type: 'atLeastOne'; code: string }
  | { type: 'all'; parts: Formula[] };

/** How a target's result (a percentage) is computed from figure codes of the catalogue. */
export const FormulaSchema: z.ZodType<Formula> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    [
      /** num / den × 100 */
      z.strictObject({ type: z.literal('ratio'), num: figureCode, den: figureCode }),
      /** A yes/no figure: 100% when yes, 0% when no. */
      z.strictObject({ type: z.literal('yes'), code: figureCode }),
      /** 100% when the figure is at least 1 (e.g. one dialogue held), else 0%. */
      z.strictObject({ type: z.literal('atLeastOne'), code: figureCode }),
      /** Every part must be met: the lowest of the parts that apply to the unit. */
      z.strictObject({ type: z.literal('all'), parts: z.array(FormulaSchema).min(2, 'cần ít nhất hai phần') }),
    ],
    { error: 'phải có "type" là ratio, yes, atLeastOne hoặc all' },
  ),
);

const OP_ALIASES: Record<string, string> = { '≥': 'gte', '>=': 'gte', '>': 'gt', '=': 'eq', '==': 'eq' };

export const TargetSchema = z.strictObject({
  code: text(20),
  label: text(500),
  /** As the plan writes it: "100%", "≥ 90%", "> 95%". */
  planned: text(40),
  /** ≥, > or = (also written gte, gt, eq). Compared on the unrounded result. */
  op: z.preprocess((v) => (typeof v === 'string' && OP_ALIASES[v.trim()]) || v, z.enum(['eq', 'gte', 'gt'], 'phải là ≥, > hoặc =')),
  threshold: z.number('phải là một số').min(0, 'không được âm').max(100, 'không được lớn hơn 100'),
  result: FormulaSchema,
  /** Kinds of unit it applies to, from the plan's wording; absent = every kind. */
  kinds: z.array(z.enum(UNIT_KINDS, `phải là một trong ${UNIT_KINDS.join(', ')}`)).min(1).optional(),
  /** Where it comes from, cited in the report. */
  basis: text(500),
  /** The plan's words. */
  source: z.string().max(2000).optional(),
});

/** Who owns a task: units of these kinds, at these levels, and (for one named body) whose name contains `body`. */
export const OwnerSchema = z.strictObject({
  kinds: z.array(z.enum(UNIT_KINDS, `phải là một trong ${UNIT_KINDS.join(', ')}`)).min(1).optional(),
  levels: z.array(z.enum(LEVELS, 'phải là tinh hoặc xa')).min(1).optional(),
  body: text(200).optional(),
});

export const TaskSchema = z.strictObject({
  id: text(20),
  text: text(2000),
  /** Responsible body as the plan names it. */
  responsible: text(600),
  /** The plan's words: "Thường xuyên hằng năm", "Hoàn thành trong quý I/2026". */
  timeframe: text(300),
  /** Last day (yyyy-mm-dd) when the time frame has one; null for standing tasks. */
  due: z
    .string()
    .refine((s) => parseIsoDate(s) !== null, 'phải là ngày dạng yyyy-mm-dd')
    .nullable(),
  /** Reporting units that own it; empty = no reporting unit (a body outside the list, such as the Mặt trận). */
  owners: z.array(OwnerSchema),
  source: z.string().max(4000).optional(),
});

export const MeasureSchema = z.strictObject({ code: text(20), label: text(500) });

export const SECTION_KEYS = ['leadership', 'results', 'measures', 'targets', 'tasks', 'selfInspection', 'assessment', 'direction', 'proposals'] as const;
export const OutlineSectionSchema = z.strictObject({
  key: z.enum(SECTION_KEYS, `phải là một trong ${SECTION_KEYS.join(', ')}`),
  /** Upper-case title without its Roman numeral. */
  title: text(300),
  level: z.union([z.literal(1), z.literal(2)], 'phải là 1 (mục lớn) hoặc 2 (mục con)'),
});

export const LocalUnitSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, 'chỉ gồm chữ không dấu, chữ số và các dấu . _ -'),
  name: text(200),
  kind: z.enum(UNIT_KINDS, `phải là một trong ${UNIT_KINDS.join(', ')}`),
});

export const IssuerSchema = z.strictObject({
  /** "Ủy ban nhân dân xã Bình Lư" */
  name: text(200),
  kind: z.enum(UNIT_KINDS, `phải là một trong ${UNIT_KINDS.join(', ')}`),
  /** Địa danh of the issuer: "Bình Lư". */
  place: text(100),
});

export const PlanSchema = z
  .strictObject({
    format: z.literal(PLAN_FORMAT, `phải là "${PLAN_FORMAT}"`),
    version: z.literal(PLAN_VERSION, `phải là ${PLAN_VERSION}`),
    id: slug,
    /** national: the Law's frame; province: a province's plan; local: a commune's or a Sở's plan on top of its province's. */
    scope: z.enum(['national', 'province', 'local'], 'phải là national, province hoặc local'),
    /** Id of the province (see provinces.ts); empty for the national frame. */
    provinceId: z.string().max(40),
    /** Shown in lists: "Lào Cai", "Xã Bình Lư (Lai Châu)". */
    name: text(200),
    /** For a local plan: the province plan it adds to. */
    parent: slug.optional(),
    /** For a local plan: the body that issued it and collects its units' reports. */
    issuer: IssuerSchema.optional(),
    /** The chủ quản line of the province's communes: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI". */
    provinceBody: z.string().max(200),
    /** Documents cited in the opening of a report. */
    basisDocs: z.array(text(600)).max(20),
    /** Who the units report to; null when the plan does not say (each unit sets it). */
    reportTo: text(300).nullable(),
    reporting: z.array(ReportingRuleSchema),
    targets: z.array(TargetSchema),
    tasks: z.array(TaskSchema),
    measures: z.array(MeasureSchema),
    /** The đề cương the plan sends; absent = the default outline. */
    outline: z.array(OutlineSectionSchema).min(1).optional(),
    /** Known units (a commune's own), for set-up and aggregation. */
    units: z.array(LocalUnitSchema).optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    if (p.scope === 'local') {
      if (!p.parent) issue(['parent'], 'kế hoạch cấp xã hoặc của một sở phải ghi kế hoạch của tỉnh mà nó bổ sung');
      if (!p.issuer) issue(['issuer'], 'kế hoạch cấp xã hoặc của một sở phải ghi cơ quan ban hành');
    } else {
      if (p.parent) issue(['parent'], 'chỉ kế hoạch cấp xã hoặc của một sở (scope "local") mới có kế hoạch cấp trên');
    }
    if (p.scope !== 'national') {
      if (!provinceById(p.provinceId)) issue(['provinceId'], `"${p.provinceId}" không phải mã của một trong 34 tỉnh, thành phố (ví dụ lao-cai, ha-noi, ho-chi-minh)`);
      else if (p.scope === 'province' && p.id !== p.provinceId) issue(['id'], `kế hoạch của tỉnh, thành phố phải có mã trùng với mã tỉnh "${p.provinceId}"`);
      else if (p.scope === 'local' && p.parent && p.parent !== p.provinceId) issue(['parent'], `phải là kế hoạch của tỉnh "${p.provinceId}"`);
      if (p.scope === 'local' && provinceById(p.id)) issue(['id'], 'mã của kế hoạch cấp xã hoặc của một sở không được trùng mã một tỉnh, thành phố');
    }
    const dup = (list: string[], path: string, what: string): void => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x)) issue([path, i], `${what} "${x}" bị trùng`);
        seen.add(x);
      });
    };
    dup(p.targets.map((t) => t.code), 'targets', 'mã chỉ tiêu');
    dup(p.tasks.map((t) => t.id), 'tasks', 'mã nhiệm vụ');
    dup(p.measures.map((m) => m.code), 'measures', 'mã giải pháp');
    if (p.units) dup(p.units.map((u) => u.code), 'units', 'mã đơn vị');
    p.reporting.forEach((r, i) => {
      const other = p.reporting.findIndex((o, j) => j < i && o.period === r.period && overlaps(o.levels, r.levels));
      if (other >= 0) issue(['reporting', i], `kỳ ${r.period} đã có quy định ở mục thứ ${other + 1} cho cùng cấp`);
      const problem = deadlineBeforeCutoff(r);
      if (problem) issue(['reporting', i, 'deadline'], problem);
    });
  });

function overlaps(a: readonly Level[] | undefined, b: readonly Level[] | undefined): boolean {
  if (!a || !b) return true;
  return a.some((x) => b.includes(x));
}

type DayOfYear = z.infer<typeof DayOfYearSchema>;

/** Days are compared as (yearOffset, MM-DD): the reporting year's own days sort after last year's. */
export function dayKey(d: DayOfYear): string {
  return `${(d.yearOffset ?? 0) + 1}-${d.monthDay}`;
}

function dm(d: DayOfYear): string {
  const [mm, dd] = d.monthDay.split('-');
  return `${dd}/${mm}`;
}

/** A deadline set before the end of the cut-off the same rule sets: the report would state data past its own due date. */
export function deadlineBeforeCutoff(r: { period: string; deadline: DayOfYear | null; cutoff?: { from: DayOfYear; to: DayOfYear } | undefined }): string | null {
  if (!r.deadline || !r.cutoff) return null;
  if (dayKey(r.deadline) <= dayKey(r.cutoff.to)) {
    return `hạn nộp ${dm(r.deadline)} không sau ngày chốt số liệu ${dm(r.cutoff.to)}; hãy đặt hạn nộp sau ngày chốt số liệu, hoặc chốt số liệu sớm hơn`;
  }
  if (dayKey(r.cutoff.from) > dayKey(r.cutoff.to)) return `ngày bắt đầu chốt số liệu ${dm(r.cutoff.from)} sau ngày kết thúc ${dm(r.cutoff.to)}`;
  return null;
}

export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type TargetDef = z.infer<typeof TargetSchema>;
export type TaskDef = z.infer<typeof TaskSchema>;
export type TaskOwner = z.infer<typeof OwnerSchema>;
export type MeasureDef = z.infer<typeof MeasureSchema>;
export type OutlineSection = z.infer<typeof OutlineSectionSchema>;
export type SectionKey = OutlineSection['key'];
export type LocalUnit = z.infer<typeof LocalUnitSchema>;
export type ReportingRule = z.infer<typeof ReportingRuleSchema>;
export type PlanIssuer = z.infer<typeof IssuerSchema>;
