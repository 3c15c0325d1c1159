// Consolidation: who reported, and every figure summed over the units, for the whole and by kind.
// Counts are summed ("không phát sinh" = 0; blank stays unknown and is counted as such); rates
// are computed from the summed parts (never an average of rates, never above 100%).
import { appliesTo, CATALOG, FIGURE_RULES, figureDef, type FigureDef } from '../domain/catalog';
import type { FigureUnits } from '../exchange';
import { formatNumber, roundPercent } from '../format/vi';
import { daysBetween, type PeriodInfo } from '../domain/periods';
import type { TargetDef } from '../domain/profiles/types';
import { compareTarget, targetPercent } from '../domain/resolve';
import { UNIT_KINDS, UNIT_KIND_INFO, type UnitKind } from '../domain/units';
import type {
  Consolidation,
  ExpectedUnit,
  FigureNature,
  FigureTotal,
  KindTotals,
  StatusRow,
  SubmissionInput,
  SubmissionStatus,
  SubmittedValue,
  TargetAcross,
  UnitFigures,
} from './types';

export interface ConsolidationInput {
  period: PeriodInfo;
  units: readonly ExpectedUnit[];
  /** At most one (the current) submission per unit; submissions of units not in `units` are ignored. */
  submissions: readonly SubmissionInput[];
  /** The province profile's targets; when empty, KEY_RESULTS stand in for them. */
  targets: readonly TargetDef[];
}

/**
 * What the report counts across units when the province plan sets no numeric targets (Lai Châu):
 * the Law's plain duties, each checked per unit.
 */
export const KEY_RESULTS: TargetDef[] = [
  { code: 'KQ1', label: 'Ban hành, cập nhật quy chế thực hiện dân chủ', planned: '100% đơn vị', op: 'eq', threshold: 100, result: { type: 'yes', code: 'A2' }, basis: 'Luật Thực hiện dân chủ ở cơ sở' },
  { code: 'KQ2', label: 'Công khai đầy đủ các nội dung phải công khai', planned: '100%', op: 'eq', threshold: 100, result: { type: 'ratio', num: 'B1_DA', den: 'B1_PHAI' }, basis: 'Luật Thực hiện dân chủ ở cơ sở' },
  { code: 'KQ3', label: 'Người đứng đầu tổ chức đối thoại', planned: '100% đơn vị', op: 'eq', threshold: 100, result: { type: 'atLeastOne', code: 'D2_CUOC' }, basis: 'Luật Thực hiện dân chủ ở cơ sở' },
  { code: 'KQ4', label: 'Người được giao phụ trách được tập huấn, bồi dưỡng', planned: '100%', op: 'eq', threshold: 100, result: { type: 'ratio', num: 'A4_PT_TH', den: 'A4_PT_TONG' }, basis: 'Luật Thực hiện dân chủ ở cơ sở' },
  { code: 'KQ5', label: 'Kiến nghị, phản ánh được giải quyết, trả lời', planned: '100%', op: 'eq', threshold: 100, result: { type: 'ratio', num: 'G2_GQ', den: 'G2_NHAN' }, basis: 'Luật Thực hiện dân chủ ở cơ sở' },
  {
    code: 'KQ6',
    label: 'Thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình',
    planned: '100%',
    op: 'eq',
    threshold: 100,
    result: { type: 'ratio', num: 'H1_TT', den: 'H1_DK' },
    kinds: ['xa', 'co_quan', 'su_nghiep'],
    basis: 'Luật Thực hiện dân chủ ở cơ sở',
  },
];

export function natureOf(def: FigureDef): FigureNature {
  if (def.source.type === 'ratio') return 'ratio';
  if (def.boolean) return 'boolean';
  return def.fractional ? 'amount' : 'count';
}

export function statusOf(receivedAt: string | null, deadline: string | null): SubmissionStatus {
  if (!receivedAt) return 'missing';
  return deadline && receivedAt.slice(0, 10) > deadline ? 'late' : 'on_time';
}

/** A value as a number: "không phát sinh" is 0, blank is unknown. */
export function numberOf(v: SubmittedValue | undefined): number | null {
  if (!v || v.state === 'blank') return null;
  return v.state === 'none' ? 0 : v.value;
}

/** A unit's own rate from its own parts. */
export function unitRate(def: FigureDef, values: Readonly<Record<string, SubmittedValue>>): number | null {
  if (def.source.type !== 'ratio') return null;
  const num = numberOf(values[def.source.num]);
  const den = numberOf(values[def.source.den]);
  return num !== null && den !== null && den > 0 ? Math.min(100, (num / den) * 100) : null;
}

/** One body's figures as consolidation reads them: a unit's own report, or a consolidation from below. */
export interface Reporting {
  unit: ExpectedUnit;
  values: Readonly<Record<string, SubmittedValue>>;
  /** A consolidation: how many units each of its figures rests on (see FigureUnits). */
  figureUnits?: Readonly<Record<string, FigureUnits>>;
}

/**
 * The figures a figure is summed together with. The two parts of a rate are summed over the same
 * units, those that gave both (transitively: G2_NHAN, G2_GQ and G2_DH go together), so that each
 * consolidated rate is exactly its summed numerator over its summed denominator: the workbook's
 * formula over the exported parts gives the number the report states, and the body above recomputes
 * the same number. The left side of a "left ≤ right" rule is summed only over units that also gave
 * the right side (and what that needs), so the sums keep the rule and the file imports above.
 */
export const FIGURE_NEEDS: ReadonlyMap<string, readonly string[]> = (() => {
  const partners = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    for (const [x, y] of [[a, b], [b, a]] as const) partners.set(x, (partners.get(x) ?? new Set()).add(y));
  };
  for (const d of CATALOG) if (d.source.type === 'ratio') link(d.source.num, d.source.den);
  const rateGroup = (code: string): Set<string> => {
    const seen = new Set([code]);
    for (const c of seen) for (const p of partners.get(c) ?? []) seen.add(p);
    return seen;
  };
  const needs = (code: string, path: readonly string[] = []): Set<string> => {
    const out = rateGroup(code);
    for (const rule of FIGURE_RULES) {
      if (!out.has(rule.left) || path.includes(rule.right)) continue;
      for (const c of needs(rule.right, [...path, code])) out.add(c);
    }
    return out;
  };
  const map = new Map<string, readonly string[]>();
  for (const d of CATALOG) {
    if (d.source.type === 'ratio') continue;
    const n = needs(d.code);
    if (n.size > 1) map.set(d.code, [...n]);
  }
  return map;
})();

/** What one body says of one figure, counted in units. */
interface Part {
  /** Units that gave a number or "không phát sinh". */
  units: number;
  none: number;
  blank: number;
  /** Yes/no: units that answered "có". */
  yes: number;
  /** The number (0 for "không phát sinh" and blank). */
  sum: number;
}

const BLANK_PART: Part = { units: 0, none: 0, blank: 1, yes: 0, sum: 0 };

function partOf(r: Reporting, code: string): Part {
  const v = r.values[code];
  const fu = r.figureUnits?.[code];
  if (fu) return { units: fu.units, none: fu.none, blank: fu.blank, yes: fu.yes ?? 0, sum: v?.state === 'value' ? (v.value ?? 0) : 0 };
  if (!v || v.state === 'blank') return r.figureUnits ? { ...BLANK_PART, blank: 0 } : BLANK_PART;
  if (v.state === 'none') return { units: 1, none: 1, blank: 0, yes: 0, sum: 0 };
  const n = v.value ?? 0;
  return { units: 1, none: 0, blank: 0, yes: n >= 1 ? 1 : 0, sum: n };
}

/** True when the body gave every figure the code is summed with (FIGURE_NEEDS). */
function completeFor(r: Reporting, code: string): boolean {
  const needs = FIGURE_NEEDS.get(code);
  return !needs || needs.every((m) => numberOf(r.values[m]) !== null);
}

/** A figure's part of one body, blank when the body did not give what the figure is summed with. */
function groupedPart(r: Reporting, code: string): Part {
  const p = partOf(r, code);
  if (completeFor(r, code)) return p;
  return { units: 0, none: 0, blank: p.units + p.blank, yes: 0, sum: 0 };
}

/** The one-decimal percentage a consolidated rate is stated and stored at. */
export function consolidatedRate(num: number, den: number): number | null {
  return den > 0 ? roundPercent(Math.min(100, (num / den) * 100)) : null;
}

const ratioApplies = (def: FigureDef, r: Reporting): boolean =>
  def.source.type === 'ratio' && [def.source.num, def.source.den].some((c) => r.values[c] !== undefined && r.values[c]!.state !== 'blank');

const applies = (def: FigureDef, r: Reporting): boolean => {
  if (r.figureUnits) {
    // A consolidation from below: the figure applies to the units it lists for it, whatever its kind.
    const code = def.source.type === 'ratio' ? def.source.num : def.code;
    const u = r.figureUnits[code];
    return u !== undefined && u.units + u.blank > 0;
  }
  return appliesTo(def, r.unit.kind) || (r.values[def.code] !== undefined && r.values[def.code]!.state !== 'blank') || ratioApplies(def, r);
};

/** One figure's running sums over bodies, each added once in the order of the bodies. */
interface Sums {
  applicable: number;
  reported: number;
  none: number;
  blank: number;
  /** count/amount: the sum; boolean: the "có" answers. */
  sum: number;
  /** A rate's summed parts. */
  num: number;
  den: number;
}

const newSums = (): Sums => ({ applicable: 0, reported: 0, none: 0, blank: 0, sum: 0, num: 0, den: 0 });

/**
 * Adds one body's part of a figure to the whole's sums and to its kind's: a body's part is worked
 * out once for both, and each set of sums still sees its bodies in the same order, so every total
 * is the same to the last digit as summing each set on its own.
 */
function addBody(def: FigureDef, nature: FigureNature, r: Reporting, whole: Sums, kind: Sums | null): void {
  if (!applies(def, r)) return;
  let applicable: number;
  let reported: number;
  let none = 0;
  let blank: number;
  let sum = 0;
  let num = 0;
  let den = 0;
  if (def.source.type === 'ratio') {
    const n = groupedPart(r, def.source.num);
    const d = groupedPart(r, def.source.den);
    applicable = Math.max(n.units + n.blank, d.units + d.blank, r.figureUnits ? 0 : 1);
    reported = n.units;
    blank = n.blank;
    num = n.sum;
    den = d.sum;
  } else {
    const p = groupedPart(r, def.code);
    applicable = p.units + p.blank;
    reported = p.units;
    none = p.none;
    blank = p.blank;
    sum = nature === 'boolean' ? p.yes : p.sum;
  }
  for (const s of kind ? [whole, kind] : [whole]) {
    s.applicable += applicable;
    s.reported += reported;
    s.none += none;
    s.blank += blank;
    s.sum += sum;
    s.num += num;
    s.den += den;
  }
}

function totalOf(def: FigureDef, nature: FigureNature, s: Sums): FigureTotal {
  const base = { code: def.code, label: def.label, unit: def.unit, group: def.group, nature };
  const counts = { applicable: s.applicable, reported: s.reported, none: s.none, blank: s.blank };
  if (def.source.type === 'ratio') {
    const total = s.reported > 0 ? consolidatedRate(s.num, s.den) : null;
    return { ...base, total, ...counts, ratio: { num: s.num, den: s.den, units: s.reported, numCode: def.source.num, denCode: def.source.den } };
  }
  return { ...base, total: s.reported > 0 ? roundSum(s.sum) : null, ...counts };
}

/** One figure over a set of reporting bodies. */
export function figureTotal(def: FigureDef, reporting: readonly Reporting[]): FigureTotal {
  const nature = natureOf(def);
  const s = newSums();
  for (const r of reporting) addBody(def, nature, r, s, null);
  return totalOf(def, nature, s);
}

/** Sums of fractional money keep binary noise (0.1 + 0.2) out of the report. */
function roundSum(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function targetAcross(t: TargetDef, reporting: readonly Reporting[]): TargetAcross {
  const list = reporting.filter((r) => !t.kinds || t.kinds.includes(r.unit.kind));
  let met = 0;
  let notMet = 0;
  let noData = 0;
  const notMetUnits: string[] = [];
  let num = 0;
  let den = 0;
  let paired = 0;
  for (const r of list) {
    const get = (code: string): number | null => numberOf(r.values[code]);
    const p = targetPercent(t, get, r.unit.kind);
    if (p === null) noData++;
    else if (compareTarget(t.op, p, t.threshold)) met++;
    else {
      notMet++;
      notMetUnits.push(r.unit.name);
    }
    if (t.result.type === 'ratio') {
      const n = groupedPart(r, t.result.num);
      const d = groupedPart(r, t.result.den);
      if (n.units > 0 && d.units > 0) {
        num += n.sum;
        den += d.sum;
        paired++;
      }
    }
  }
  // A rate target is judged on the rate of the summed parts; a "% of units" target on the share of
  // the reporting units that met it (a unit without data does not count as meeting it). The whole
  // "meets" a target only when no unit's data is missing: otherwise it is not judged (null).
  let overall: number | null;
  if (t.result.type === 'ratio') overall = paired > 0 ? consolidatedRate(num, den) : null;
  else overall = met + notMet > 0 ? roundPercent((met / list.length) * 100) : null;
  const meets = overall !== null && compareTarget(t.op, overall, t.threshold) && (t.result.type === 'ratio' || notMet === 0);
  return {
    code: t.code,
    label: t.label,
    planned: t.planned,
    basis: t.basis,
    applicable: list.length,
    byRate: t.result.type === 'ratio',
    met,
    notMet,
    noData,
    notMetUnits,
    overall,
    overallMet: overall === null ? null : !meets && (t.result.type === 'ratio' || notMet > 0) ? false : noData > 0 ? null : meets,
  };
}

/** The figures worth a line: those that apply to some expected unit, or that some unit sent. */
function figuresInScope(units: readonly ExpectedUnit[], reporting: readonly Reporting[]): FigureDef[] {
  const kinds = new Set(units.map((u) => u.kind));
  const sent = new Set<string>();
  // Keys walked in place: entries() would make an array per value of every unit.
  for (const r of reporting) {
    for (const code in r.values) if (r.values[code]!.state !== 'blank') sent.add(code);
    // A consolidation from below lists every figure that applies to some unit under it.
    const fu = r.figureUnits;
    if (fu) for (const code in fu) if (fu[code]!.units + fu[code]!.blank > 0) sent.add(code);
  }
  return CATALOG.filter((d) => [...kinds].some((k) => appliesTo(d, k)) || sent.has(d.code) || (d.source.type === 'ratio' && sent.has(d.source.num)));
}

export function consolidate(input: ConsolidationInput): Consolidation {
  const deadline = input.period.deadline;
  // A unit may stand for two bodies: its own report and its consolidation of the units under it
  // (when the consolidation does not already include its own report).
  const byCode = new Map<string, SubmissionInput[]>();
  for (const s of input.submissions) byCode.set(s.unitCode, [...(byCode.get(s.unitCode) ?? []), s]);
  const statusRows: StatusRow[] = input.units.map((unit) => {
    const list = byCode.get(unit.code) ?? [];
    const first = list.map((s) => s.receivedAt.slice(0, 10)).sort()[0];
    const receivedAt = first ?? null;
    const status = statusOf(receivedAt, deadline);
    return { unit, status, receivedAt, daysLate: status === 'late' && deadline && receivedAt ? daysBetween(deadline, receivedAt) : null };
  });
  const reporting: Reporting[] = input.units.flatMap((unit) =>
    (byCode.get(unit.code) ?? []).map((s) => ({ unit, values: s.values, ...(s.figureUnits ? { figureUnits: s.figureUnits } : {}) })),
  );
  const submitted = input.units.filter((u) => byCode.has(u.code));
  const defs = figuresInScope(input.units, reporting);
  const kinds = UNIT_KINDS.filter((k) => input.units.some((u) => u.kind === k));
  // One pass over the bodies for the whole and every kind at once (see addBody).
  const natures = defs.map(natureOf);
  const wholeSums = defs.map(newSums);
  const kindSums = new Map(kinds.map((k) => [k, defs.map(newSums)]));
  for (const r of reporting) {
    const mine = kindSums.get(r.unit.kind)!;
    for (let i = 0; i < defs.length; i++) addBody(defs[i]!, natures[i]!, r, wholeSums[i]!, mine[i]!);
  }
  const totals = defs.map((d, i) => totalOf(d, natures[i]!, wholeSums[i]!));
  const byKind: KindTotals[] = kinds.map((kind: UnitKind) => {
    const sums = kindSums.get(kind)!;
    return {
      kind,
      label: UNIT_KIND_INFO[kind].label,
      expected: input.units.filter((u) => u.kind === kind).length,
      submitted: submitted.filter((u) => u.kind === kind).length,
      figures: defs.map((d, i) => totalOf(d, natures[i]!, sums[i]!)),
    };
  });
  const fromProfile = input.targets.length > 0;
  const targets = (fromProfile ? input.targets : KEY_RESULTS)
    .filter((t) => input.units.some((u) => !t.kinds || t.kinds.includes(u.kind)))
    .map((t) => targetAcross(t, reporting));
  const rateDefs = defs.filter((d) => d.source.type === 'ratio');
  const unitRows: UnitFigures[] = statusRows.map((row) => {
    // The row shows the consolidation when there is one (it covers the most), else the own report.
    const list = byCode.get(row.unit.code);
    const s = list?.find((x) => x.figureUnits) ?? list?.[0];
    // Copied key by key: spreading an object of some fifty keys is several times slower.
    const values: Record<string, SubmittedValue> = {};
    if (s) {
      for (const code in s.values) values[code] = s.values[code]!;
      for (const d of rateDefs) {
        const rate = unitRate(d, values);
        values[d.code] = rate === null ? { state: 'blank', value: null } : { state: 'value', value: rate };
      }
    }
    return { unit: row.unit, status: row.status, receivedAt: row.receivedAt, values, ...(s?.figureUnits ? { figureUnits: s.figureUnits } : {}) };
  });
  const count = (st: SubmissionStatus): number => statusRows.filter((r) => r.status === st).length;
  return {
    period: input.period,
    deadline,
    counts: { expected: input.units.length, submitted: submitted.length, onTime: count('on_time'), late: count('late'), missing: count('missing') },
    statusRows,
    totals,
    byKind,
    targets,
    targetsFromProfile: fromProfile,
    unitRows,
  };
}

export interface ConsolidatedEntry {
  code: string;
  state: 'value' | 'none' | 'blank';
  value: number | null;
  note: string;
}

/**
 * The consolidated figures as one body's entries, for the consolidated exchange workbook, with how
 * many units each rests on (its _meta). Figures of a group are already summed over the same units
 * (FIGURE_NEEDS), so the rules hold and each rate follows from its parts. A yes/no figure has no
 * single answer for many units: its value cell stays empty and the note and _meta say "x/y".
 */
export function consolidatedEntries(totals: readonly FigureTotal[]): { entries: ConsolidatedEntry[]; figureUnits: Record<string, FigureUnits> } {
  const entries: ConsolidatedEntry[] = [];
  const figureUnits: Record<string, FigureUnits> = {};
  for (const t of totals) {
    if (t.nature === 'ratio') continue;
    const def = figureDef(t.code)!;
    figureUnits[t.code] = { units: t.reported, none: t.none, blank: t.blank, ...(t.nature === 'boolean' ? { yes: t.total ?? 0 } : {}) };
    const missing = t.blank ? `${formatNumber(t.blank)} đơn vị chưa có ${FIGURE_NEEDS.has(t.code) ? 'đủ ' : ''}số liệu` : '';
    const from = `Tổng hợp từ ${formatNumber(t.reported)} đơn vị${missing ? `; ${missing}` : ''}`;
    if (t.reported === 0) entries.push({ code: t.code, state: 'blank', value: null, note: missing ? `Chưa có số liệu (${missing})` : '' });
    else if (t.nature === 'boolean') entries.push({ code: t.code, state: 'blank', value: null, note: `Có ${formatNumber(t.total ?? 0)}/${formatNumber(t.reported)} đơn vị${missing ? `; ${missing}` : ''}` });
    else if (t.none === t.reported) entries.push({ code: t.code, state: 'none', value: null, note: from });
    else entries.push({ code: t.code, state: 'value', value: def.fractional ? t.total : Math.round(t.total ?? 0), note: from });
  }
  return { entries, figureUnits };
}
