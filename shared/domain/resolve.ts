// Turns a period's raw records into the figures and target results a report prints.
import type { Activity } from './activities';
import {
  appliesTo,
  checkFigureRules,
  figureDef,
  figuresFor,
  type FigureDef,
  type FigureEntry,
  type FigureRule,
  type ResolvedFigure,
} from './catalog';
import type { TargetDef, TargetResult as Formula } from './profiles/types';
import type { UnitKind } from './units';

function deriveValue(def: FigureDef & { source: { type: 'derived' } }, activities: readonly Activity[]) {
  const used = activities.filter((a) => def.source.from.includes(a.kind));
  let value = 0;
  let counted = 0;
  for (const a of used) {
    if (def.source.measure === 'participants' && a.participants === null) continue;
    counted++;
    value += def.source.measure === 'count' ? 1 : def.source.measure === 'sessions' ? a.sessions : (a.participants ?? 0);
  }
  // Participants nobody counted are unknown, not zero: "0 lượt người" would be false.
  return { value: counted ? value : null, ids: used.map((a) => a.id) };
}

/**
 * Every figure that applies to the unit's kind, in catalogue order.
 * Blank stays blank: a derived figure with no activity is blank unless declared "không phát sinh".
 */
export function resolveFigures(
  kind: UnitKind,
  activities: readonly Activity[],
  entries: ReadonlyMap<string, FigureEntry>,
): ResolvedFigure[] {
  const defs = figuresFor(kind);
  const out = new Map<string, ResolvedFigure>();
  for (const def of defs) {
    const base = { code: def.code, label: def.label, unit: def.unit, group: def.group };
    const entry = entries.get(def.code);
    if (def.source.type === 'derived') {
      const { value, ids } = deriveValue(def as FigureDef & { source: { type: 'derived' } }, activities);
      if (ids.length > 0 && value !== null) out.set(def.code, { ...base, value, source: 'derived', activityIds: ids });
      else if (ids.length > 0) out.set(def.code, { ...base, value: null, source: 'blank', activityIds: ids });
      else if (entry?.state === 'none') out.set(def.code, { ...base, value: 0, source: 'none', activityIds: [], note: entry.note });
      else out.set(def.code, { ...base, value: null, source: 'blank', activityIds: [] });
    } else if (def.source.type === 'entered') {
      if (!entry) out.set(def.code, { ...base, value: null, source: 'blank' });
      else if (entry.state === 'none') out.set(def.code, { ...base, value: 0, source: 'none', note: entry.note });
      else out.set(def.code, { ...base, value: entry.value, source: 'entered', note: entry.note });
    }
  }
  for (const def of defs) {
    if (def.source.type !== 'ratio') continue;
    const num = out.get(def.source.num)?.value;
    const den = out.get(def.source.den)?.value;
    const value = num != null && den != null && den > 0 ? Math.min(100, (num / den) * 100) : null;
    out.set(def.code, { code: def.code, label: def.label, unit: def.unit, group: def.group, value, source: 'computed' });
  }
  return defs.map((d) => out.get(d.code)!);
}

export function figureMap(figures: readonly ResolvedFigure[]): Map<string, ResolvedFigure> {
  return new Map(figures.map((f) => [f.code, f]));
}

export interface RuleViolation {
  rule: FigureRule;
  left: number;
  right: number;
}

export function figureViolations(figures: readonly ResolvedFigure[]): RuleViolation[] {
  return checkFigureRules(new Map(figures.map((f) => [f.code, f.value])));
}

export type TargetVerdict = 'met' | 'not_met' | 'no_data';
export const TARGET_VERDICT_LABEL: Record<TargetVerdict, string> = {
  met: 'Đạt',
  not_met: 'Không đạt',
  no_data: 'Chưa có số liệu',
};

export interface TargetResultRow {
  code: string;
  label: string;
  planned: string;
  /** Percent, or null when the figures it needs are blank. */
  result: number | null;
  verdict: TargetVerdict;
  /** The figures it was computed from, for "click a number to see its records". */
  figureCodes: string[];
  basis: string;
}

/**
 * Compared on the unrounded rate (2499/2500 = 99,96% is not 100%; 1799/2000 = 89,95% is not "từ 90%
 * trở lên"); only binary noise of the division is forgiven. The report rounds for display only.
 */
export function compareTarget(op: TargetDef['op'], result: number, threshold: number): boolean {
  const EPS = 1e-9;
  if (op === 'gt') return result > threshold + EPS;
  if (op === 'gte') return result >= threshold - EPS;
  return Math.abs(result - threshold) <= EPS;
}

function formulaApplies(f: Formula, kind: UnitKind): boolean {
  return formulaCodes(f).some((c) => {
    const def = figureDef(c);
    return !def || appliesTo(def, kind);
  });
}

/** The rate a formula gives, or null when a figure it needs is blank. */
export function formulaPercent(f: Formula, get: (code: string) => number | null | undefined, kind?: UnitKind): number | null {
  switch (f.type) {
    case 'ratio': {
      const num = get(f.num);
      const den = get(f.den);
      if (num == null || den == null || den <= 0) return null;
      return Math.min(100, (num / den) * 100);
    }
    case 'yes':
    case 'atLeastOne': {
      const v = get(f.code);
      if (v == null) return null;
      return v >= 1 ? 100 : 0;
    }
    case 'all': {
      // A part whose figures a kind of unit does not report (villages for an agency) does not count.
      const parts = kind ? f.parts.filter((p) => formulaApplies(p, kind)) : f.parts;
      if (!parts.length) return null;
      const values = parts.map((p) => formulaPercent(p, get, kind));
      if (values.some((v) => v === null)) return null;
      return Math.min(...(values as number[]));
    }
  }
}

export function targetPercent(t: TargetDef, get: (code: string) => number | null | undefined, kind?: UnitKind): number | null {
  return formulaPercent(t.result, get, kind);
}

export function formulaCodes(f: Formula): string[] {
  if (f.type === 'ratio') return [f.num, f.den];
  if (f.type === 'all') return [...new Set(f.parts.flatMap(formulaCodes))];
  return [f.code];
}

export function targetFigureCodes(t: TargetDef): string[] {
  return formulaCodes(t.result);
}

export function evaluateTargets(targets: readonly TargetDef[], kind: UnitKind, figures: readonly ResolvedFigure[]): TargetResultRow[] {
  const byCode = figureMap(figures);
  return targets
    .filter((t) => !t.kinds || t.kinds.includes(kind))
    .map((t) => {
      const result = targetPercent(t, (c) => byCode.get(c)?.value, kind);
      return {
        code: t.code,
        label: t.label,
        planned: t.planned,
        result,
        verdict: result === null ? 'no_data' : compareTarget(t.op, result, t.threshold) ? 'met' : 'not_met',
        figureCodes: targetFigureCodes(t),
        basis: t.basis,
      };
    });
}
