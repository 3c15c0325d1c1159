// Checks a typed figure as the clerk types: the number itself, then the rules between figures.
import { checkFigureRules, validateEnteredValue, type FigureDef } from '../../../../shared/domain/catalog';
import { NONE_WORDS } from '../../../../shared/exchange';
import { parseVietnameseNumber } from '../../../../shared/format/vi';

export type Typed = { kind: 'blank' } | { kind: 'none' } | { kind: 'bad'; message: string } | { kind: 'value'; value: number };

/** The CLI's words: "kps"/"không phát sinh" for none, and có/không for a yes/no figure. */
export function readTyped(def: FigureDef, text: string): Typed {
  if (text.trim() === '') return { kind: 'blank' };
  const word = text.trim().toLowerCase().normalize('NFC');
  if (NONE_WORDS.includes(word)) return { kind: 'none' };
  if (def.boolean && ['có', 'co', 'c'].includes(word)) return { kind: 'value', value: 1 };
  if (def.boolean && ['không', 'khong', 'k'].includes(word)) return { kind: 'value', value: 0 };
  const n = parseVietnameseNumber(text);
  if (n === null) return { kind: 'bad', message: 'Hãy nhập một số, ví dụ 1.234 (dấu chấm ngăn cách hàng nghìn), hoặc “kps” nếu không phát sinh.' };
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
