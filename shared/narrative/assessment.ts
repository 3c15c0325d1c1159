// Drafts of the five assessment texts, written from the data so the clerk edits rather than
// starts from a blank page. Each sentence rests on a figure, a target or a checklist answer.
import { checklistFor } from '../domain/checklists';
import { CATALOG } from '../domain/catalog';
import type { PeriodData } from '../domain/periodData';
import { planOfData } from '../plans/resolve';
import { evaluateTargets, figureMap, type TargetResultRow } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import type { AssessmentKey } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatNumber, formatPercent } from '../format/vi';
import { has } from './words';

function targetLine(t: TargetResultRow): string {
  return `${t.label.replace(/\.$/, '')} đạt ${formatPercent(t.result ?? 0)} (chỉ tiêu ${t.planned})`;
}

export function draftAssessment(data: PeriodData): Record<AssessmentKey, string> {
  const figures = resolvedFiguresOf(data);
  const f = figureMap(figures);
  const plan = planOfData(data);
  const targets = evaluateTargets(plan?.targets ?? [], data.unit.kind, figures);
  const met = targets.filter((t) => t.verdict === 'met');
  const notMet = targets.filter((t) => t.verdict === 'not_met');
  const noData = targets.filter((t) => t.verdict === 'no_data');
  const answers = new Map(data.inspections.map((a) => [a.itemId, a.status]));
  const items = checklistFor(data.unit.kind, data.period);
  const notDone = items.filter((i) => answers.get(i.id) === 'not_done');
  const partly = items.filter((i) => answers.get(i.id) === 'partly');
  const blanks = figures.filter((x) => x.source === 'blank' && CATALOG.find((c) => c.code === x.code)?.source.type !== 'ratio');
  const tasks = plan?.tasks ?? [];
  const progress = new Map(data.tasks.map((t) => [t.taskId, t.status]));
  const openTasks = tasks.filter((t) => progress.get(t.id) !== 'done');
  const actor = data.unit.kind === 'xa' ? 'Ủy ban nhân dân xã' : UNIT_KIND_INFO[data.unit.kind].actor.toLowerCase();

  const strengths: string[] = [];
  const a1 = f.get('A1');
  const a3 = f.get('A3_HN');
  if (has(a1)) strengths.push(`Công tác lãnh đạo, chỉ đạo được quan tâm, ${actor} đã ban hành ${formatNumber(a1.value)} văn bản triển khai thực hiện dân chủ ở cơ sở`);
  if (has(a3)) {
    const luot = f.get('A3_LUOT');
    strengths.push(`công tác tuyên truyền được duy trì với ${formatNumber(a3.value)} hội nghị, buổi tuyên truyền${has(luot) ? `, ${formatNumber(luot.value)} lượt người tham gia` : ''}`);
  }
  if (met.length) strengths.push(`${met.length}/${targets.length} chỉ tiêu đạt kế hoạch (${met.map((t) => t.code).join(', ')})`);
  const done = items.filter((i) => answers.get(i.id) === 'done').length;
  if (done) strengths.push(`${done}/${items.length} nội dung tự kiểm tra theo Luật Thực hiện dân chủ ở cơ sở đã được thực hiện đầy đủ`);

  const limits: string[] = notMet.map((t) => `${targetLine(t)}, chưa đạt chỉ tiêu`);
  if (notDone.length) limits.push(`còn ${notDone.length} nội dung chưa thực hiện theo quy định: ${notDone.slice(0, 4).map((i) => `${i.text.replace(/\.$/, '')} (${i.article})`).join('; ')}${notDone.length > 4 ? '…' : ''}`);
  if (partly.length) limits.push(`${partly.length} nội dung mới thực hiện một phần`);
  if (blanks.length) limits.push(`${blanks.length} chỉ số chưa được cập nhật số liệu`);
  if (noData.length) limits.push(`chưa đủ số liệu để đánh giá ${noData.length} chỉ tiêu (${noData.map((t) => t.code).join(', ')})`);

  const causes: string[] = [];
  if (notMet.length || notDone.length) {
    causes.push(
      'Nguyên nhân chủ quan: việc theo dõi, đôn đốc thực hiện một số nội dung chưa thường xuyên' +
        (blanks.length ? '; việc cập nhật số liệu ở một số lĩnh vực còn chậm' : '') +
        '.',
    );
    causes.push('Nguyên nhân khách quan: khối lượng công việc lớn, cán bộ phụ trách kiêm nhiệm nhiều nhiệm vụ.');
  } else if (blanks.length) {
    causes.push('Việc cập nhật số liệu ở một số lĩnh vực còn chậm, chưa đầy đủ.');
  }

  const next: string[] = ['Tiếp tục quán triệt, tuyên truyền Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn'];
  for (const t of notMet) next.push(`tập trung thực hiện chỉ tiêu "${t.label.replace(/\.$/, '')}" (kế hoạch ${t.planned})`);
  if (notDone.length) next.push(`hoàn thành các nội dung chưa thực hiện: ${notDone.slice(0, 3).map((i) => i.text.replace(/\.$/, '').toLowerCase()).join('; ')}`);
  for (const t of openTasks.slice(0, 3)) next.push(`thực hiện nhiệm vụ "${t.text.replace(/\.$/, '')}" (${t.timeframe})`);
  next.push(`${data.period.type === 'H1' ? 'tổng hợp, báo cáo kết quả năm' : 'xây dựng kế hoạch thực hiện dân chủ ở cơ sở kỳ tiếp theo'} đúng thời hạn`);

  const proposals: string[] = [];
  const tl = f.get('E3_TL');
  const a4 = f.get('A4_TL');
  if ((has(tl) && tl.value < 100) || (has(a4) && a4.value < 100)) {
    proposals.push(`Đề nghị ${plan?.reportTo ?? 'cơ quan cấp trên'} tiếp tục mở các lớp tập huấn, bồi dưỡng nghiệp vụ cho cán bộ phụ trách và thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.`);
  }
  if (notMet.some((t) => t.figureCodes.some((c) => c.startsWith('H')))) {
    proposals.push('Đề nghị quan tâm hỗ trợ hạ tầng công nghệ thông tin để nâng tỷ lệ thủ tục hành chính trực tuyến và công khai trên môi trường số.');
  }
  if (!proposals.length) proposals.push(`Đề nghị ${plan?.reportTo ?? 'cơ quan cấp trên'} tiếp tục hướng dẫn, tập huấn nghiệp vụ và ban hành mẫu biểu báo cáo thống nhất về thực hiện dân chủ ở cơ sở.`);

  const sentence = (parts: string[]): string => (parts.length ? parts.join('; ').replace(/^./, (c) => c.toUpperCase()) + '.' : '');
  return {
    uu_diem: sentence(strengths) || 'Các nội dung thực hiện dân chủ ở cơ sở được triển khai theo kế hoạch.',
    han_che: sentence(limits) || 'Không có hạn chế đáng kể trong kỳ.',
    nguyen_nhan: causes.join(' ') || 'Không có.',
    phuong_huong: sentence(next),
    kien_nghi: proposals.join(' '),
  };
}
