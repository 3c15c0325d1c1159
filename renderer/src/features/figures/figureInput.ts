// Checks a typed figure as the clerk types: the number itself, then the rules between figures.
import { checkFigureRules, validateEnteredValue, type FigureDef } from '../../../../shared/domain/catalog';
import { parseVietnameseNumber } from '../../../../shared/format/vi';

export type Typed = { kind: 'blank' } | { kind: 'bad'; message: string } | { kind: 'value'; value: number };

export function readTyped(def: FigureDef, text: string): Typed {
  if (text.trim() === '') return { kind: 'blank' };
  const n = parseVietnameseNumber(text);
  if (n === null) return { kind: 'bad', message: 'Hãy nhập một số, ví dụ 1.234 (dấu chấm ngăn cách hàng nghìn).' };
  const problem = validateEnteredValue(def, n);
  return problem ? { kind: 'bad', message: problem } : { kind: 'value', value: n };
}

/** Messages of the rules this figure would break with `value`, given the other figures. */
export function ruleProblems(code: string, value: number | null, values: ReadonlyMap<string, number | null>): string[] {
  const next = new Map(values);
  next.set(code, value);
  return checkFigureRules(next)
    .filter((b) => b.rule.left === code || b.rule.right === code)
    .map((b) => b.rule.message);
}
