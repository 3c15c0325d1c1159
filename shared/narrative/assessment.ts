// Drafts of the five assessment texts, written from the data so the clerk edits rather than
// starts from a blank page. Each sentence rests on a figure, a target, a checklist answer or a
// task, and names it: a draft never says "5 nội dung" without saying which. Blank figures are the
// report's problems (shared/checks), not the unit's shortcomings.
import { checklistFor } from '../domain/checklists';
import type { PeriodData } from '../domain/periodData';
import { planOfData } from '../plans/resolve';
import { evaluateTargets, type TargetResultRow } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import type { AssessmentKey } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatNumber, formatPercent } from '../format/vi';
import { figureMap } from '../domain/resolve';
import { recipientOf } from './recipient';
import { isAhead, isOverdue, taskStates } from './tasks';
import { has, joinVi, lowerFirst } from './words';

const clean = (s: string): string => lowerFirst(s.trim().replace(/[.;]+$/, ''));

function targetLine(t: TargetResultRow): string {
  return `${clean(t.label)} đạt ${formatPercent(t.result ?? 0)}, chưa đạt chỉ tiêu ${t.planned}`;
}

const sentence = (parts: string[]): string => (parts.length ? parts.join('; ').replace(/^./, (c) => c.toLocaleUpperCase('vi')) + '.' : '');

export function draftAssessment(data: PeriodData): Record<AssessmentKey, string> {
  const figures = resolvedFiguresOf(data);
  const f = figureMap(figures);
  const profile = planOfData(data);
  const targets = profile ? evaluateTargets(profile.targets, data.unit.kind, figures) : [];
  const met = targets.filter((t) => t.verdict === 'met');
  const notMet = targets.filter((t) => t.verdict === 'not_met');
  const answers = new Map(data.inspections.map((a) => [a.itemId, a.status]));
  const items = checklistFor(data.unit.kind, data.period);
  const notDone = items.filter((i) => answers.get(i.id) === 'not_done');
  const partly = items.filter((i) => answers.get(i.id) === 'partly');
  const done = items.filter((i) => answers.get(i.id) === 'done');
  const tasks = taskStates(data);
  const end = data.period.to;
  const overdue = tasks.filter((t) => isOverdue(t, end));
  const ahead = tasks.filter((t) => isAhead(t, end));
  const actor = data.unit.kind === 'xa' ? 'Ủy ban nhân dân xã' : UNIT_KIND_INFO[data.unit.kind].actor.toLocaleLowerCase('vi');

  const strengths: string[] = [];
  const a1 = f.get('A1');
  const a3 = f.get('A3_HN');
  if (has(a1)) strengths.push(`công tác lãnh đạo, chỉ đạo được quan tâm, ${actor} đã ban hành ${formatNumber(a1.value)} văn bản triển khai thực hiện dân chủ ở cơ sở`);
  if (has(a3)) {
    const luot = f.get('A3_LUOT');
    strengths.push(`công tác tuyên truyền được duy trì với ${formatNumber(a3.value)} buổi quán triệt, tuyên truyền${has(luot) ? `, ${formatNumber(luot.value)} lượt người tham gia` : ''}`);
  }
  if (met.length) strengths.push(`đạt ${formatNumber(met.length)}/${formatNumber(targets.length)} chỉ tiêu của kế hoạch: ${joinVi(met.map((t) => clean(t.label)))}`);
  if (done.length) strengths.push(`${formatNumber(done.length)}/${formatNumber(items.length)} nội dung theo Luật Thực hiện dân chủ ở cơ sở được thực hiện đầy đủ (Phụ lục III)`);

  const limits: string[] = notMet.map(targetLine);
  if (notDone.length) limits.push(`chưa thực hiện ${notDone.length === 1 ? 'nội dung' : `${formatNumber(notDone.length)} nội dung`}: ${joinVi(notDone.map((i) => `${clean(i.text)} (${lowerFirst(i.article)})`))}`);
  if (partly.length) limits.push(`mới thực hiện một phần ${partly.length === 1 ? 'nội dung' : `${formatNumber(partly.length)} nội dung`}: ${joinVi(partly.map((i) => clean(i.text)))}`);
  for (const t of overdue) limits.push(`nhiệm vụ “${clean(t.task.text)}” (${lowerFirst(t.task.timeframe)}) chưa hoàn thành`);

  const causes: string[] = [];
  if (limits.length) {
    causes.push(`Nguyên nhân chủ quan: việc theo dõi, đôn đốc thực hiện ${notDone.length || partly.length ? 'các nội dung theo quy định của Luật Thực hiện dân chủ ở cơ sở' : 'các chỉ tiêu, nhiệm vụ'} chưa thường xuyên, chưa sát sao.`);
    causes.push('Nguyên nhân khách quan: khối lượng công việc lớn, cán bộ phụ trách kiêm nhiệm nhiều nhiệm vụ.');
  } else {
    causes.push('Kết quả trên có được là nhờ sự quan tâm lãnh đạo, chỉ đạo thường xuyên và sự tham gia tích cực của cán bộ, công chức, viên chức, người lao động và Nhân dân.');
  }

  const next: string[] = ['tiếp tục quán triệt, tuyên truyền Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn'];
  for (const t of notMet) next.push(`tập trung thực hiện chỉ tiêu ${clean(t.label)} (kế hoạch ${t.planned})`);
  if (notDone.length) next.push(`hoàn thành các nội dung chưa thực hiện: ${joinVi(notDone.map((i) => clean(i.text)))}`);
  for (const t of ahead) {
    const text = clean(t.task.text);
    next.push(`${text}${t.task.due ? `${text.endsWith(')') ? ',' : ''} ${text.endsWith(')') ? lowerFirst(t.task.timeframe) : `(${lowerFirst(t.task.timeframe)})`}` : ''}`);
  }
  const nextReport = data.period.type === 'H1' ? 'tổng hợp, báo cáo kết quả thực hiện dân chủ ở cơ sở năm' : 'xây dựng kế hoạch thực hiện dân chủ ở cơ sở năm tiếp theo';
  if (!next.some((n) => n.includes('báo cáo'))) next.push(`${nextReport} đúng thời hạn`);

  const to = recipientOf(data.unit, profile ?? undefined);
  const proposals: string[] = [];
  const tl = f.get('E3_TL');
  const a4 = f.get('A4_TL');
  if ((has(tl) && tl.value < 100) || (has(a4) && a4.value < 100)) {
    proposals.push(`Đề nghị ${to} tiếp tục mở các lớp tập huấn, bồi dưỡng nghiệp vụ cho cán bộ phụ trách và thành viên Ban Thanh tra nhân dân${data.unit.kind === 'xa' ? ', Ban Giám sát đầu tư của cộng đồng' : ''}.`);
  }
  if (notMet.some((t) => t.figureCodes.some((c) => c.startsWith('H')))) {
    proposals.push(`Đề nghị ${to} quan tâm hỗ trợ hạ tầng công nghệ thông tin để nâng tỷ lệ thủ tục hành chính trực tuyến và công khai trên môi trường số.`);
  }
  if (!proposals.length) proposals.push(`Đề nghị ${to} tiếp tục hướng dẫn, tập huấn nghiệp vụ và ban hành mẫu biểu báo cáo thống nhất về thực hiện dân chủ ở cơ sở.`);

  return {
    uu_diem: sentence(strengths) || 'Các nội dung thực hiện dân chủ ở cơ sở được triển khai theo kế hoạch.',
    han_che: sentence(limits) || 'Trong kỳ, chưa phát hiện hạn chế đáng kể trong thực hiện dân chủ ở cơ sở.',
    nguyen_nhan: causes.join(' '),
    phuong_huong: sentence(next),
    kien_nghi: proposals.join(' '),
  };
}
