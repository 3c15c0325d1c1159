// What loading a plan file changes, in sentences a clerk reads before applying it.
import { UNIT_KIND_INFO } from '../domain/units';
import { LEVEL_LABEL, type Plan, type ReportingRule, type TargetDef, type TaskDef } from './schema';

const PERIOD_LABEL: Record<ReportingRule['period'], string> = { H1: '6 tháng đầu năm', H2: '6 tháng cuối năm', Y: 'năm' };
const OP_LABEL: Record<TargetDef['op'], string> = { eq: '=', gte: '≥', gt: '>' };

function day(d: { monthDay: string } | null | undefined): string {
  if (!d) return 'không quy định';
  const [mm, dd] = d.monthDay.split('-');
  return `${dd}/${Number(mm)}`;
}

function ruleKey(r: ReportingRule): string {
  return `${r.period}|${(r.levels ?? []).join(',')}`;
}

function ruleLabel(r: ReportingRule): string {
  return `báo cáo ${PERIOD_LABEL[r.period]}${r.levels ? ` (${r.levels.map((l) => LEVEL_LABEL[l]).join(', ')})` : ''}`;
}

function cutoffText(r: ReportingRule | undefined): string {
  return r?.cutoff ? `${day(r.cutoff.from)}–${day(r.cutoff.to)}` : 'mặc định';
}

function ownersText(t: TaskDef): string {
  if (!t.owners.length) return 'không đơn vị báo cáo nào';
  return t.owners
    .map((o) => [o.body, o.kinds?.map((k) => UNIT_KIND_INFO[k].label.toLowerCase()).join(', '), o.levels?.map((l) => LEVEL_LABEL[l]).join(', ')].filter(Boolean).join(' – ') || 'mọi đơn vị')
    .join('; ');
}

function targetText(t: TargetDef): string {
  return `${t.code} (${OP_LABEL[t.op]} ${String(t.threshold).replace('.', ',')}%)`;
}

/** A short description of a plan, for a plan loaded where none of its id existed. */
export function planOutline(p: Plan): string[] {
  const out = [
    `Kế hoạch "${p.name}" (${p.scope === 'local' ? `bổ sung kế hoạch của tỉnh "${p.parent}"` : p.scope === 'national' ? 'khung chung' : 'của tỉnh, thành phố'}).`,
    `Nơi nhận báo cáo: ${p.reportTo ?? 'đơn vị tự ghi'}.`,
    `Văn bản căn cứ: ${p.basisDocs.length ? p.basisDocs.join('; ') : 'không có'}.`,
  ];
  for (const r of p.reporting) out.push(`Hạn nộp ${ruleLabel(r)}: ${day(r.deadline)}${r.cutoff ? `; chốt số liệu ${cutoffText(r)}` : ''}.`);
  out.push(`${p.targets.length} chỉ tiêu${p.targets.length ? `: ${p.targets.map(targetText).join(', ')}` : ''}; ${p.tasks.length} nhiệm vụ; ${p.measures.length} giải pháp.`);
  return out;
}

/** Each difference between the plan in use and the one being loaded; [] when they are the same. */
export function planChanges(before: Plan | undefined, after: Plan): string[] {
  if (!before) return planOutline(after);
  const out: string[] = [];
  if (before.name !== after.name) out.push(`Tên: "${before.name}" → "${after.name}".`);
  if (before.provinceBody !== after.provinceBody) out.push(`Cơ quan chủ quản cấp tỉnh: "${before.provinceBody}" → "${after.provinceBody}".`);
  if (before.reportTo !== after.reportTo) out.push(`Nơi nhận báo cáo: ${before.reportTo ?? 'đơn vị tự ghi'} → ${after.reportTo ?? 'đơn vị tự ghi'}.`);
  for (const d of after.basisDocs) if (!before.basisDocs.includes(d)) out.push(`Thêm văn bản căn cứ: ${d}.`);
  for (const d of before.basisDocs) if (!after.basisDocs.includes(d)) out.push(`Bỏ văn bản căn cứ: ${d}.`);
  const rulesBefore = new Map(before.reporting.map((r) => [ruleKey(r), r]));
  const rulesAfter = new Map(after.reporting.map((r) => [ruleKey(r), r]));
  for (const [k, r] of rulesAfter) {
    const b = rulesBefore.get(k);
    if (day(b?.deadline) !== day(r.deadline)) out.push(`Hạn nộp ${ruleLabel(r)}: ${day(b?.deadline)} → ${day(r.deadline)}.`);
    if (cutoffText(b) !== cutoffText(r)) out.push(`Chốt số liệu ${ruleLabel(r)}: ${cutoffText(b)} → ${cutoffText(r)}.`);
  }
  for (const [k, r] of rulesBefore) if (!rulesAfter.has(k) && r.deadline) out.push(`Hạn nộp ${ruleLabel(r)}: ${day(r.deadline)} → không quy định.`);
  const tBefore = new Map(before.targets.map((t) => [t.code, t]));
  const tAfter = new Map(after.targets.map((t) => [t.code, t]));
  for (const [code, t] of tAfter) {
    const b = tBefore.get(code);
    if (!b) out.push(`Thêm chỉ tiêu ${targetText(t)}: ${t.label}.`);
    else if (JSON.stringify(b) !== JSON.stringify(t)) out.push(`Sửa chỉ tiêu ${targetText(b)} → ${targetText(t)}${b.label !== t.label ? `: ${t.label}` : ''}.`);
  }
  for (const code of tBefore.keys()) if (!tAfter.has(code)) out.push(`Bỏ chỉ tiêu ${code}.`);
  const kBefore = new Map(before.tasks.map((t) => [t.id, t]));
  const kAfter = new Map(after.tasks.map((t) => [t.id, t]));
  for (const [id, t] of kAfter) {
    const b = kBefore.get(id);
    if (!b) out.push(`Thêm nhiệm vụ ${id} (${t.timeframe}; giao cho: ${ownersText(t)}): ${t.text}.`);
    else {
      if (b.timeframe !== t.timeframe || b.due !== t.due) out.push(`Nhiệm vụ ${id}: thời gian "${b.timeframe}" → "${t.timeframe}".`);
      if (ownersText(b) !== ownersText(t)) out.push(`Nhiệm vụ ${id}: giao cho ${ownersText(b)} → ${ownersText(t)}.`);
      if (b.text !== t.text) out.push(`Nhiệm vụ ${id}: nội dung đổi thành "${t.text}".`);
    }
  }
  for (const id of kBefore.keys()) if (!kAfter.has(id)) out.push(`Bỏ nhiệm vụ ${id}.`);
  if (JSON.stringify(before.measures) !== JSON.stringify(after.measures)) out.push(`Giải pháp: ${before.measures.length} → ${after.measures.length} giải pháp.`);
  if (JSON.stringify(before.outline) !== JSON.stringify(after.outline)) out.push('Đề cương báo cáo thay đổi.');
  if (JSON.stringify(before.units ?? []) !== JSON.stringify(after.units ?? [])) out.push(`Danh sách đơn vị: ${(before.units ?? []).length} → ${(after.units ?? []).length} đơn vị.`);
  return out;
}
