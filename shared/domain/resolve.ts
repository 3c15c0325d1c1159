// Turns a period's raw records into the figures and target results a report prints.
import type { Activity } from './activities';
import {
  checkFigureRules,
  figuresFor,
  type FigureDef,
  type FigureEntry,
  type FigureRule,
  type ResolvedFigure,
} from './catalog';
import type { TargetDef } from './profiles/types';
import type { UnitKind } from './units';

function deriveValue(def: FigureDef & { source: { type: 'derived' } }, activities: readonly Activity[]) {
  const used = activities.filter((a) => def.source.from.includes(a.kind));
  let value = 0;
  for (const a of used) {
    value += def.source.measure === 'count' ? 1 : def.source.measure === 'sessions' ? a.sessions : (a.participants ?? 0);
  }
  return { value, ids: used.map((a) => a.id) };
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
      if (ids.length > 0) out.set(def.code, { ...base, value, source: 'derived', activityIds: ids });
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

export function compareTarget(op: TargetDef['op'], result: number, threshold: number): boolean {
  // Rates are rounded to 0.1 point before comparing so that 99.96% prints and counts as 100%.
  const r = Math.round(result * 10) / 10;
  return op === 'eq' ? r >= threshold : op === 'gte' ? r >= threshold : r > threshold;
}

export function targetPercent(t: TargetDef, get: (code: string) => number | null | undefined): number | null {
  const res = t.result;
  if (res.type === 'ratio') {
    const num = get(res.num);
    const den = get(res.den);
    if (num == null || den == null || den <= 0) return null;
    return Math.min(100, (num / den) * 100);
  }
  const v = get(res.code);
  if (v == null) return null;
  if (res.type === 'yes') return v >= 1 ? 100 : 0;
  return v >= 1 ? 100 : 0;
}

export function targetFigureCodes(t: TargetDef): string[] {
  return t.result.type === 'ratio' ? [t.result.num, t.result.den] : [t.result.code];
}

export function evaluateTargets(targets: readonly TargetDef[], kind: UnitKind, figures: readonly ResolvedFigure[]): TargetResultRow[] {
  const byCode = figureMap(figures);
  return targets
    .filter((t) => !t.kinds || t.kinds.includes(kind))
    .map((t) => {
      const result = targetPercent(t, (c) => byCode.get(c)?.value);
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
