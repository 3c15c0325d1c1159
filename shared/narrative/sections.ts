// The parts of a unit's report outside Section II's groups: opening, what a báo cáo bổ sung
// changed, province measures, targets, tasks and self-inspection. None prints a zero count or an
// empty part.
import { ACTIVITY_KIND_INFO } from '../domain/activities';
import { figureDef, FIGURE_GROUPS } from '../domain/catalog';
import type { PeriodData } from '../domain/periodData';
import type { UnitPlan } from '../plans/resolve';
import { evaluateTargets, figureMap, TARGET_VERDICT_LABEL } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import { TASK_STATUS_LABEL } from '../domain/unitProfile';
import { formatNumber, formatPercent, formatShortDate, vnDateOf } from '../format/vi';
import type { Block, Table } from '../report/document';
import type { NarrativeContext } from './context';
import { activitiesForMeasure } from './measures';
import { taskStates } from './tasks';
import { figureText, joinAnd, joinVi, lowerFirst, Sentence } from './words';

export const LAW_CITATION = 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội';

const para = (text: string): Block => ({ type: 'para', runs: [{ text }] });

/** "5 nội dung đã thực hiện, 2 nội dung chưa thực hiện": zero counts are left out. */
export function counts(parts: Array<[number, string]>): string {
  return joinAnd(parts.filter(([n]) => n > 0).map(([n, what]) => `${formatNumber(n)} ${what}`));
}

export function openingBlocks(data: PeriodData, profile: UnitPlan): Block[] {
  const basis = data.unit.planRef || profile.basisDocs[profile.basisDocs.length - 1] || '';
  const cites = [LAW_CITATION, basis].filter(Boolean);
  const out: Block[] = [
    para(
      `Thực hiện ${cites.join('; ')}; ${data.unit.name} báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase} (số liệu tính từ ngày ${formatShortDate(data.period.from)} đến ngày ${formatShortDate(data.period.to)}) như sau:`,
    ),
  ];
  if (data.period.type === 'ADHOC') {
    // Said once, here, instead of "chưa có số liệu" under every typed figure.
    const figures = resolvedFiguresOf(data);
    const left = figures.filter((f) => f.source === 'blank' && figureDef(f.code)?.source.type === 'entered');
    if (left.length) {
      const groups = FIGURE_GROUPS.filter((g) => left.some((f) => f.group === g.code)).map((g) => lowerFirst(g.label));
      out.push(
        para(
          `Báo cáo nêu các kết quả tính được từ các hoạt động diễn ra trong khoảng thời gian trên. Các số liệu thống kê theo kỳ báo cáo định kỳ (${joinAnd(groups)}) không tách được theo khoảng thời gian này nên không nêu trong báo cáo.`,
        ),
      );
    }
  }
  return out;
}

/** A báo cáo bổ sung opens with what changed since the revision it replaces. */
export function revisionBlocks(data: PeriodData, revision: number): Block[] {
  const last = data.lastExport;
  if (revision <= 1 || !last) return [];
  const before = figureMap(resolvedFiguresOf({ unit: data.unit, activities: last.records.activities, figures: last.records.figures }));
  const after = resolvedFiguresOf(data);
  const lines: string[] = [];
  for (const f of after) {
    const b = before.get(f.code);
    const old = b && b.value !== null ? figureText(b) : 'chưa thống kê';
    const now = f.value !== null ? figureText(f) : 'chưa thống kê';
    if (old !== now) lines.push(`${f.label}: ${old} → ${now}`);
  }
  const beforeIds = new Set(last.records.activities.map((a) => a.id));
  const afterIds = new Set(data.activities.map((a) => a.id));
  const added = data.activities.filter((a) => !beforeIds.has(a.id));
  const removed = last.records.activities.filter((a) => !afterIds.has(a.id));
  const act = (a: (typeof added)[number]): string => `${a.title} (${lowerFirst(ACTIVITY_KIND_INFO[a.kind].label)}, ngày ${formatShortDate(a.date)})`;
  if (added.length) lines.push(`bổ sung ${added.length === 1 ? 'hoạt động' : `${formatNumber(added.length)} hoạt động`}: ${joinVi(added.map(act))}`);
  if (removed.length) lines.push(`bỏ ${removed.length === 1 ? 'hoạt động' : `${formatNumber(removed.length)} hoạt động`}: ${joinVi(removed.map(act))}`);
  const prev = `lần ${revision - 1}`;
  const out: Block[] = [
    para(
      `Báo cáo này bổ sung, thay thế báo cáo ${prev} (số liệu chốt ngày ${formatShortDate(vnDateOf(last.at) ?? last.at.slice(0, 10))}). ${lines.length ? 'Các nội dung thay đổi so với báo cáo trước:' : 'Số liệu không thay đổi; báo cáo cập nhật phần đánh giá, tự kiểm tra và tiến độ nhiệm vụ.'}`,
    ),
  ];
  for (const l of lines) out.push(para(`- ${l.charAt(0).toLocaleUpperCase('vi')}${l.slice(1)};`));
  const lastLine = out[out.length - 1];
  if (lines.length && lastLine?.type === 'para') lastLine.runs[0]!.text = lastLine.runs[0]!.text.replace(/;$/, '.');
  return out;
}

export function measuresBlocks(data: PeriodData, profile: UnitPlan): Block[] {
  return profile.measures.map((m) => {
    const { tagged, byKind } = activitiesForMeasure(m, data.activities);
    const acts = tagged.length ? tagged : byKind;
    const s = new Sentence().text(`${m.code}. ${m.label.replace(/\.$/, '')}: `);
    if (acts.length) {
      const shown = acts.slice(0, 4).map((a) => `${lowerFirst(a.title)} (ngày ${formatShortDate(a.date)})`);
      s.text('đã thực hiện ').num(acts.length, { activityIds: acts.map((a) => a.id) }).text(` hoạt động, gồm: ${joinVi(shown)}${acts.length > 4 ? ` và ${formatNumber(acts.length - 4)} hoạt động khác` : ''}.`);
    } else s.text('trong kỳ chưa ghi nhận hoạt động thực hiện giải pháp này.');
    return { type: 'para', runs: s.runs } as Block;
  });
}

export function targetsBlocks(data: PeriodData, profile: UnitPlan, ctx: NarrativeContext): Block[] {
  const rows = evaluateTargets(profile.targets, data.unit.kind, [...ctx.figures.values()]);
  if (!rows.length) return data.period.type === 'ADHOC' ? [] : [para('Kế hoạch của tỉnh không giao chỉ tiêu định lượng cho loại đơn vị này.')];
  const met = rows.filter((r) => r.verdict === 'met').length;
  const notMet = rows.filter((r) => r.verdict === 'not_met').length;
  const noData = rows.filter((r) => r.verdict === 'no_data').length;
  if (data.period.type === 'ADHOC' && noData === rows.length) return [];
  const basis = [...new Set(rows.map((r) => r.basis))];
  const s = new Sentence().text(`Kết quả thực hiện ${formatNumber(rows.length)} chỉ tiêu theo ${joinVi(basis.map(lowerFirst))}: `);
  s.text(`${counts([[met, 'chỉ tiêu đạt'], [notMet, 'chỉ tiêu không đạt'], [noData, 'chỉ tiêu chưa đủ số liệu để đánh giá']])} (chi tiết tại bảng dưới đây).`);
  const table: Table = {
    columns: [
      { title: 'STT', width: 6, align: 'center' },
      { title: 'Chỉ tiêu', width: 52 },
      { title: 'Kế hoạch', width: 13, align: 'center' },
      { title: 'Kết quả', width: 13, align: 'center' },
      { title: 'Đánh giá', width: 16, align: 'center' },
    ],
    rows: rows.map((r, i) => [
      String(i + 1),
      `${r.label} (${r.code})`,
      { runs: [{ text: r.planned }], align: 'center' },
      { runs: [{ text: r.result === null ? '–' : formatPercent(r.result), ref: { figure: r.figureCodes[0]! } }], align: 'center' },
      { runs: [{ text: TARGET_VERDICT_LABEL[r.verdict], bold: r.verdict !== 'met' }], align: 'center' },
    ]),
  };
  return [{ type: 'para', runs: s.runs }, { type: 'table', table }];
}

export function tasksBlocks(data: PeriodData): Block[] {
  const states = taskStates(data);
  if (!states.length) return data.period.type === 'ADHOC' ? [] : [para('Kế hoạch của tỉnh không giao nhiệm vụ riêng cho loại đơn vị này.')];
  const n = (st: string | null): number => states.filter((t) => t.status === st).length;
  const from = [...new Set(states.map((t) => t.from).filter((x): x is string => !!x))];
  const lead = data.period.type === 'ADHOC' ? `Tính đến ngày ${formatShortDate(data.period.to)}, trong` : 'Trong';
  const summary = counts([
    [n('done'), 'nhiệm vụ đã hoàn thành'],
    [n('in_progress'), 'nhiệm vụ đang thực hiện'],
    [n('not_started'), 'nhiệm vụ chưa triển khai'],
    [n(null), 'nhiệm vụ chưa cập nhật tiến độ'],
  ]);
  return [
    para(`${lead} ${formatNumber(states.length)} nhiệm vụ được giao theo kế hoạch, có ${summary}${from.length ? ` (tiến độ theo cập nhật kỳ ${joinAnd(from)})` : ''}.`),
    {
      type: 'table',
      table: {
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Nhiệm vụ', width: 46 },
          { title: 'Thời gian', width: 20, align: 'center' },
          { title: 'Tiến độ, kết quả', width: 28 },
        ],
        rows: states.map((t, i) => [String(i + 1), t.task.text, t.task.timeframe, t.status ? `${TASK_STATUS_LABEL[t.status]}${t.note ? `: ${t.note}` : ''}` : 'Chưa cập nhật']),
      },
    },
  ];
}
