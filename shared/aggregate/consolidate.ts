// Consolidation: who reported, and every figure summed over the units, for the whole and by kind.
// Counts are summed ("không phát sinh" = 0; blank stays unknown and is counted as such); rates
// are computed from the summed parts (never an average of rates, never above 100%).
import { appliesTo, CATALOG, FIGURE_RULES, figureDef, type FigureDef } from '../domain/catalog';
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

interface Reporting {
  unit: ExpectedUnit;
  values: Readonly<Record<string, SubmittedValue>>;
}

const applies = (def: FigureDef, r: Reporting): boolean => appliesTo(def, r.unit.kind) || (r.values[def.code] !== undefined && r.values[def.code]!.state !== 'blank');

/** One figure over a set of reporting units. */
export function figureTotal(def: FigureDef, reporting: readonly Reporting[]): FigureTotal {
  const nature = natureOf(def);
  const base = { code: def.code, label: def.label, unit: def.unit, group: def.group, nature };
  let applicable = 0;
  let reported = 0;
  let none = 0;
  let blank = 0;
  if (def.source.type === 'ratio') {
    const { num: numCode, den: denCode } = def.source;
    let num = 0;
    let den = 0;
    for (const r of reporting) {
      if (!applies(def, r)) continue;
      applicable++;
      const n = numberOf(r.values[numCode]);
      const d = numberOf(r.values[denCode]);
      if (n === null || d === null) {
        blank++;
        continue;
      }
      reported++;
      num += n;
      den += d;
    }
    const total = reported > 0 && den > 0 ? Math.min(100, (num / den) * 100) : null;
    return { ...base, total, applicable, reported, none, blank, ratio: { num, den, units: reported, numCode, denCode } };
  }
  let sum = 0;
  for (const r of reporting) {
    if (!applies(def, r)) continue;
    applicable++;
    const v = r.values[def.code];
    if (!v || v.state === 'blank') {
      blank++;
      continue;
    }
    reported++;
    if (v.state === 'none') {
      none++;
      continue;
    }
    const n = v.value ?? 0;
    sum += nature === 'boolean' ? (n >= 1 ? 1 : 0) : n;
  }
  return { ...base, total: reported > 0 ? roundSum(sum) : null, applicable, reported, none, blank };
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
    const p = targetPercent(t, get);
    if (p === null) noData++;
    else if (compareTarget(t.op, p, t.threshold)) met++;
    else {
      notMet++;
      notMetUnits.push(r.unit.name);
    }
    if (t.result.type === 'ratio') {
      const n = get(t.result.num);
      const d = get(t.result.den);
      if (n !== null && d !== null) {
        num += n;
        den += d;
        paired++;
      }
    }
  }
  let overall: number | null;
  if (t.result.type === 'ratio') overall = paired > 0 && den > 0 ? Math.min(100, (num / den) * 100) : null;
  else overall = met + notMet > 0 ? (met / (met + notMet)) * 100 : null;
  return {
    code: t.code,
    label: t.label,
    planned: t.planned,
    basis: t.basis,
    applicable: list.length,
    met,
    notMet,
    noData,
    notMetUnits,
    overall,
    overallMet: overall === null ? null : compareTarget(t.op, overall, t.threshold),
  };
}

/** The figures worth a line: those that apply to some expected unit, or that some unit sent. */
function figuresInScope(units: readonly ExpectedUnit[], reporting: readonly Reporting[]): FigureDef[] {
  const kinds = new Set(units.map((u) => u.kind));
  const sent = new Set<string>();
  for (const r of reporting) for (const [code, v] of Object.entries(r.values)) if (v.state !== 'blank') sent.add(code);
  return CATALOG.filter((d) => [...kinds].some((k) => appliesTo(d, k)) || sent.has(d.code) || (d.source.type === 'ratio' && sent.has(d.source.num)));
}

export function consolidate(input: ConsolidationInput): Consolidation {
  const deadline = input.period.deadline;
  const byCode = new Map<string, SubmissionInput>();
  for (const s of input.submissions) byCode.set(s.unitCode, s);
  const statusRows: StatusRow[] = input.units.map((unit) => {
    const s = byCode.get(unit.code);
    const receivedAt = s ? s.receivedAt.slice(0, 10) : null;
    const status = statusOf(receivedAt, deadline);
    return { unit, status, receivedAt, daysLate: status === 'late' && deadline && receivedAt ? daysBetween(deadline, receivedAt) : null };
  });
  const reporting: Reporting[] = input.units.filter((u) => byCode.has(u.code)).map((unit) => ({ unit, values: byCode.get(unit.code)!.values }));
  const defs = figuresInScope(input.units, reporting);
  const totals = defs.map((d) => figureTotal(d, reporting));
  const kinds = UNIT_KINDS.filter((k) => input.units.some((u) => u.kind === k));
  const byKind: KindTotals[] = kinds.map((kind: UnitKind) => {
    const mine = reporting.filter((r) => r.unit.kind === kind);
    return {
      kind,
      label: UNIT_KIND_INFO[kind].label,
      expected: input.units.filter((u) => u.kind === kind).length,
      submitted: mine.length,
      figures: defs.map((d) => figureTotal(d, mine)),
    };
  });
  const fromProfile = input.targets.length > 0;
  const targets = (fromProfile ? input.targets : KEY_RESULTS)
    .filter((t) => input.units.some((u) => !t.kinds || t.kinds.includes(u.kind)))
    .map((t) => targetAcross(t, reporting));
  const unitRows: UnitFigures[] = statusRows.map((row) => {
    const s = byCode.get(row.unit.code);
    const values: Record<string, SubmittedValue> = { ...(s?.values ?? {}) };
    if (s) {
      for (const d of defs) {
        if (d.source.type !== 'ratio') continue;
        const rate = unitRate(d, values);
        values[d.code] = rate === null ? { state: 'blank', value: null } : { state: 'value', value: rate };
      }
    }
    return { unit: row.unit, status: row.status, receivedAt: row.receivedAt, values };
  });
  const count = (st: SubmissionStatus): number => statusRows.filter((r) => r.status === st).length;
  return {
    period: input.period,
    deadline,
    counts: { expected: input.units.length, submitted: reporting.length, onTime: count('on_time'), late: count('late'), missing: count('missing') },
    statusRows,
    totals,
    byKind,
    targets,
    targetsFromProfile: fromProfile,
    unitRows,
  };
}

/**
 * The consolidated figures as one unit's entries, for the consolidated exchange workbook. A sum is
 * partial when some units left the figure blank; when that makes a "left ≤ right" rule fail (units
 * gave the part but not the whole), the whole is written blank ("chưa đủ số liệu") rather than a
 * number that contradicts its part, so the body above can still import the file.
 */
export function consolidatedEntries(totals: readonly FigureTotal[]): Array<{ code: string; state: 'value' | 'none' | 'blank'; value: number | null; note: string }> {
  const out = new Map<string, { code: string; state: 'value' | 'none' | 'blank'; value: number | null; note: string }>();
  for (const t of totals) {
    const def = figureDef(t.code)!;
    if (t.nature === 'ratio') continue;
    const from = `Tổng hợp từ ${t.reported} đơn vị${t.blank ? `; ${t.blank} đơn vị chưa có số liệu` : ''}`;
    if (t.reported === 0) out.set(t.code, { code: t.code, state: 'blank', value: null, note: t.blank ? `${t.blank} đơn vị chưa có số liệu` : '' });
    else if (t.nature === 'boolean') {
      // For the whole, "yes" only when every unit that answered said yes.
      out.set(t.code, { code: t.code, state: 'value', value: t.total === t.reported ? 1 : 0, note: `${t.total}/${t.reported} đơn vị có` });
    } else if (t.none === t.reported) out.set(t.code, { code: t.code, state: 'none', value: null, note: from });
    else out.set(t.code, { code: t.code, state: 'value', value: def.fractional ? t.total : Math.round(t.total ?? 0), note: from });
  }
  const num = (code: string): number | null => {
    const e = out.get(code);
    return !e || e.state === 'blank' ? null : e.state === 'none' ? 0 : e.value;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of FIGURE_RULES) {
      const l = num(rule.left);
      const r = num(rule.right);
      if (l === null || r === null || l <= r) continue;
      const t = totals.find((x) => x.code === rule.right)!;
      out.set(rule.right, { code: rule.right, state: 'blank', value: null, note: `Chưa đủ số liệu: ${t.blank} đơn vị để trống (tổng đã biết ${r}, nhỏ hơn ${rule.left} = ${l})` });
      changed = true;
    }
  }
  return totals.filter((t) => out.has(t.code)).map((t) => out.get(t.code)!);
}
