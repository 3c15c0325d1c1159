// A very small runtime checker for arguments that cross a boundary (IPC, CLI, bridge).
// Each check returns the list of problems, in Vietnamese, or [] when the value fits.

export type Check = (v: unknown, path: string) => string[];

export const str =
  (max = 10_000): Check =>
  (v, p) =>
    typeof v === 'string' ? (v.length <= max ? [] : [`${p}: dài quá ${max} ký tự.`]) : [`${p}: phải là chuỗi ký tự.`];

export const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? [] : [`${p}: phải là một số.`]);
export const int: Check = (v, p) => (typeof v === 'number' && Number.isInteger(v) ? [] : [`${p}: phải là số nguyên.`]);
export const bool: Check = (v, p) => (typeof v === 'boolean' ? [] : [`${p}: phải là đúng/sai.`]);
export const none: Check = (v, p) => (v === undefined || v === null ? [] : [`${p}: thao tác này không nhận tham số.`]);
export const any: Check = () => [];

export const oneOf =
  (values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? [] : [`${p}: phải là một trong ${values.join(', ')}.`];

export const optional =
  (c: Check): Check =>
  (v, p) =>
    v === undefined ? [] : c(v, p);

export const nullable =
  (c: Check): Check =>
  (v, p) =>
    v === null ? [] : c(v, p);

export const arrayOf =
  (c: Check, max = 100_000): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return [`${p}: phải là danh sách.`];
    if (v.length > max) return [`${p}: quá ${max} phần tử.`];
    return v.flatMap((x, i) => c(x, `${p}[${i}]`));
  };

/** An object with exactly these keys: unknown keys are refused so nothing slips through. */
export const obj =
  (shape: Record<string, Check>): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${p}: phải là một đối tượng.`];
    const errs: string[] = [];
    for (const k of Object.keys(v)) if (!(k in shape)) errs.push(`${p}.${k}: trường không được phép.`);
    for (const [k, c] of Object.entries(shape)) errs.push(...c((v as Record<string, unknown>)[k], `${p}.${k}`));
    return errs;
  };

export const record =
  (c: Check): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return [`${p}: phải là một đối tượng.`];
    return Object.entries(v).flatMap(([k, x]) => c(x, `${p}.${k}`));
  };
