// Building blocks for the schemas of everything that crosses a boundary (IPC, CLI, bridge,
// plan files). Types are inferred from these schemas (z.infer), so a check cannot drift from
// the type it guards; problems are reported in Vietnamese with the path of the field.
import { z } from 'zod';

/** A string of at most `max` characters. */
export const text = (max = 10_000) => z.string().max(max);

/** A whole number within the range a counter can hold. */
export const int = z.number().int().min(-1e15).max(1e15);

/** A finite number. */
export const num = z.number().refine(Number.isFinite);

/** No argument (undefined or null). */
export const none = z.union([z.undefined(), z.null()]);

const TYPE_WORD: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'một số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'một đối tượng',
  array: 'danh sách',
  null: 'rỗng (null)',
  undefined: 'bỏ trống',
};

/** A message written for the user in a schema (Vietnamese) rather than zod's English default. */
const OWN_MESSAGE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** One problem in Vietnamese, ending with a full stop: the schema's own message, else a wording of zod's code. */
export function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message && OWN_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `phải là ${TYPE_WORD[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${String(issue.maximum)} ký tự.`
        : issue.origin === 'array'
          ? `quá ${String(issue.maximum)} phần tử.`
          : `không được lớn hơn ${String(issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'không được để trống.'
          : `phải có ít nhất ${String(issue.minimum)} ký tự.`
        : issue.origin === 'array'
          ? `phải có ít nhất ${String(issue.minimum)} phần tử.`
          : `không được nhỏ hơn ${String(issue.minimum)}.`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}.`;
    case 'invalid_value':
      return `phải là một trong ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_format':
      return 'sai định dạng.';
    case 'invalid_union':
      return 'không đúng dạng nào được chấp nhận.';
    default:
      return 'giá trị không hợp lệ.';
  }
}

function pathText(root: string, path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), root);
}

/** Each problem as "tham số.field: what is wrong." ([] when the value fits). */
export function describeIssues(error: z.ZodError, root: string): string[] {
  return error.issues.map((i) => `${pathText(root, i.path)}: ${issueText(i)}`);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses a value from outside: the result is a fresh object with only the schema's fields. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, root: string): Parsed<z.output<S>> {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: describeIssues(r.error, root) };
}

/**
 * True when A and B are the same type. Used as `const _: Same<A, B> = true` so that a schema
 * and the hand-written interface it guards cannot drift apart without a compile error.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
