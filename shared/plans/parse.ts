// Reading a plan file: JSON text → a checked Plan, or Vietnamese sentences naming each field
// and what is wrong with it. Nothing is stored until this says the file is good.
import type { z } from 'zod';
import { issueText } from '../schema';
import { PlanSchema, type Plan } from './schema';

export type PlanParse = { ok: true; plan: Plan } | { ok: false; errors: string[] };

const FIELD: Record<string, string> = {
  format: 'định dạng (format)',
  version: 'phiên bản (version)',
  id: 'mã kế hoạch (id)',
  scope: 'phạm vi (scope)',
  provinceId: 'tỉnh (provinceId)',
  name: 'tên (name)',
  parent: 'kế hoạch cấp trên (parent)',
  issuer: 'cơ quan ban hành (issuer)',
  provinceBody: 'cơ quan chủ quản cấp tỉnh (provinceBody)',
  basisDocs: 'văn bản căn cứ (basisDocs)',
  reportTo: 'nơi nhận báo cáo (reportTo)',
  reporting: 'hạn nộp, chốt số liệu (reporting)',
  targets: 'chỉ tiêu (targets)',
  tasks: 'nhiệm vụ (tasks)',
  measures: 'giải pháp (measures)',
  outline: 'đề cương (outline)',
  units: 'đơn vị (units)',
  period: 'kỳ (period)',
  levels: 'cấp (levels)',
  deadline: 'hạn nộp (deadline)',
  cutoff: 'chốt số liệu (cutoff)',
  from: 'từ ngày (from)',
  to: 'đến ngày (to)',
  monthDay: 'ngày (monthDay)',
  yearOffset: 'năm (yearOffset)',
  source: 'trích văn bản (source)',
  code: 'mã (code)',
  label: 'nội dung (label)',
  planned: 'mức kế hoạch (planned)',
  op: 'phép so sánh (op)',
  threshold: 'ngưỡng (threshold)',
  result: 'công thức (result)',
  kinds: 'loại đơn vị (kinds)',
  basis: 'căn cứ (basis)',
  text: 'nội dung (text)',
  responsible: 'đơn vị chủ trì, thực hiện (responsible)',
  timeframe: 'thời gian thực hiện (timeframe)',
  due: 'hạn hoàn thành (due)',
  owners: 'đơn vị phải thực hiện (owners)',
  body: 'tên cơ quan (body)',
  parts: 'các phần (parts)',
  num: 'tử số (num)',
  den: 'mẫu số (den)',
  kind: 'loại đơn vị (kind)',
  key: 'mục (key)',
  title: 'tiêu đề (title)',
  level: 'cấp mục (level)',
  place: 'địa danh (place)',
};

const ITEM: Record<string, string> = {
  targets: 'chỉ tiêu',
  tasks: 'nhiệm vụ',
  measures: 'giải pháp',
  reporting: 'quy định hạn nộp',
  outline: 'mục đề cương',
  units: 'đơn vị',
  basisDocs: 'văn bản',
  owners: 'đơn vị thực hiện',
  parts: 'phần',
};

/** "chỉ tiêu thứ 3 (LC-3), công thức (result), tử số (num)" */
function pathLabel(path: readonly PropertyKey[], root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  let parentKey = '';
  for (const seg of path) {
    const child = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg as never] : undefined;
    if (typeof seg === 'number') {
      const what = ITEM[parentKey] ?? 'mục';
      const id = child && typeof child === 'object' ? ((child as Record<string, unknown>).code ?? (child as Record<string, unknown>).id) : undefined;
      parts.push(`${what} thứ ${seg + 1}${typeof id === 'string' && id ? ` (${id})` : ''}`);
    } else {
      const key = String(seg);
      if (!(ITEM[key] && path[path.indexOf(seg) + 1] !== undefined && typeof path[path.indexOf(seg) + 1] === 'number')) parts.push(FIELD[key] ?? `"${key}"`);
      parentKey = key;
    }
    node = child;
  }
  return parts.join(', ') || 'toàn bộ tệp';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg as never] : undefined;
  return node;
}

function messageOf(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'invalid_type' && valueAt(root, issue.path) === undefined) return 'thiếu giá trị.';
  if (issue.code === 'unrecognized_keys') return `có trường không thuộc mẫu kế hoạch: ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')} (kiểm tra lại chính tả).`;
  const t = issueText(issue);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Checks a decoded JSON value; `file` names the file in every message. */
export function checkPlan(value: unknown, file: string): PlanParse {
  const r = PlanSchema.safeParse(value);
  if (r.success) return { ok: true, plan: r.data };
  const errors = r.error.issues.slice(0, 50).map((i) => `Tệp ${file}: ${pathLabel(i.path, value)}: ${messageOf(i, value)}`);
  if (r.error.issues.length > 50) errors.push(`Tệp ${file}: còn ${r.error.issues.length - 50} lỗi khác; hãy sửa các lỗi trên rồi kiểm tra lại.`);
  return { ok: false, errors };
}

/** Reads plan text (JSON). */
export function parsePlanText(text: string, file: string): PlanParse {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const where = e instanceof Error ? e.message.replace(/^.*?(position \d+|line \d+ column \d+).*$/s, '$1') : '';
    return { ok: false, errors: [`Tệp ${file} không phải tệp kế hoạch dạng JSON đọc được${where ? ` (lỗi ở ${where.replace('position', 'vị trí').replace('line', 'dòng').replace('column', 'cột')})` : ''}. Hãy mở lại tệp do Sở Nội vụ gửi, hoặc xuất lại bằng "dcs profile export".`] };
  }
  return checkPlan(value, file);
}

/** The file's text for `dcs profile export` and the app's "Lưu tệp kế hoạch". */
export function planToText(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
