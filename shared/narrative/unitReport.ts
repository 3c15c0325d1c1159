// Builds a unit's report, as a plain document, from its period data. The .docx writer and the
// app's preview both render this, so what the clerk sees is what is printed.
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO } from '../domain/activities';
import { FIGURE_GROUPS } from '../domain/catalog';
import type { PeriodData } from '../domain/periodData';
import { DEFAULT_OUTLINE } from '../domain/profiles';
import type { OutlineSection } from '../domain/profiles/types';
import { planOfData, type UnitPlan } from '../plans/resolve';
import { evaluateTargets, figureMap, TARGET_VERDICT_LABEL } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import { ASSESSMENT_LABEL, signerTitleLines, TASK_STATUS_LABEL, type AssessmentKey } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatNumber, formatOfficialDate, formatPercent, formatShortDate, formatTableDate } from '../format/vi';
import type { Appendix, Block, Cell, ReportDocument, Table } from '../report/document';
import { draftAssessment } from './assessment';
import { inspectionAppendix, selfInspectionBlocks } from './inspection';
import type { NarrativeContext } from './context';
import { leadershipSection, resultParts } from './results';
import { figureText, joinVi, periodOpening, Sentence } from './words';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export interface UnitReportOptions {
  /** ISO date of the report's date line. */
  reportDate: string;
  /** 1 for the first export of a period; later exports are "báo cáo bổ sung". */
  revision: number;
}

const para = (text: string, draft = false): Block => ({ type: 'para', runs: [{ text }], ...(draft ? { draft: true } : {}) });

/** "Ủy ban nhân dân xã Bình Lư" → the actor of the body's sentences. */
/** The subject of sentences, as written mid-sentence: "Ủy ban nhân dân xã" is a name, "doanh nghiệp" is not. */
function actorOf(data: PeriodData): string {
  return data.unit.kind === 'xa' ? 'Ủy ban nhân dân xã' : UNIT_KIND_INFO[data.unit.kind].actor.toLocaleLowerCase('vi');
}

function appendixReference(data: PeriodData): string {
  return `(Kèm theo Báo cáo số      /BC-${data.unit.docSymbol} ngày      tháng      năm ${data.period.year} của ${data.unit.name})`;
}

function figuresAppendix(data: PeriodData, ctx: NarrativeContext): Appendix {
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  const prevLabel = data.period.type === 'ADHOC' ? 'Cùng kỳ năm trước' : `Cùng kỳ năm ${data.period.year - 1}`;
  for (const g of FIGURE_GROUPS) {
    const list = [...ctx.figures.values()].filter((f) => f.group === g.code);
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${g.code}. ${g.label}`]);
    for (const f of list) {
      stt++;
      const prev = ctx.previous?.get(f.code);
      const source =
        f.source === 'derived'
          ? `Tổng hợp từ ${formatNumber(f.activityIds?.length ?? 0)} hoạt động`
          : f.source === 'none'
            ? 'Không phát sinh'
            : f.source === 'blank'
              ? 'Chưa có số liệu'
              : f.source === 'computed'
                ? 'Tính tự động'
                : (f.note ?? '');
      rows.push([
        String(stt),
        f.code,
        f.label,
        f.unit,
        { runs: [{ text: f.source === 'none' ? '0' : f.value === null ? '' : figureText(f), ref: { figure: f.code } }], align: 'right' },
        { runs: [{ text: prev && prev.value !== null ? figureText(prev) : '' }], align: 'right' },
        source,
      ]);
    }
  }
  return {
    number: 'I',
    title: `BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ ${data.period.titlePhrase.toUpperCase()}`,
    reference: appendixReference(data),
    landscape: true,
    table: {
      columns: [
        { title: 'STT', width: 4, align: 'center' },
        { title: 'Mã', width: 7, align: 'center' },
        { title: 'Chỉ số', width: 45 },
        { title: 'Đơn vị tính', width: 10, align: 'center' },
        { title: data.period.label.replace(/^./, (c) => c.toUpperCase()), width: 10, align: 'right' },
        { title: prevLabel, width: 10, align: 'right' },
        { title: 'Ghi chú', width: 20 },
      ],
      rows,
      groupRows,
    },
  };
}

function activitiesAppendix(data: PeriodData): Appendix {
  return {
    number: 'II',
    title: `DANH SÁCH HOẠT ĐỘNG THỰC HIỆN DÂN CHỦ Ở CƠ SỞ ${data.period.titlePhrase.toUpperCase()}`,
    reference: appendixReference(data),
    landscape: true,
    table: {
      columns: [
        { title: 'STT', width: 5, align: 'center' },
        { title: 'Ngày', width: 10, align: 'center' },
        { title: 'Loại hoạt động', width: 18 },
        { title: 'Tên hoạt động', width: 37 },
        { title: 'Hình thức', width: 9, align: 'center' },
        { title: 'Số buổi', width: 6, align: 'right' },
        { title: 'Số lượt người', width: 8, align: 'right' },
        { title: 'Văn bản căn cứ', width: 15 },
      ],
      rows: data.activities.map((a, i) => [
        String(i + 1),
        formatTableDate(a.date),
        ACTIVITY_KIND_INFO[a.kind].label,
        { runs: [{ text: a.title, ref: { activityIds: [a.id] } }] },
        ACTIVITY_FORM_LABEL[a.form].replace(' trực tiếp và trực tuyến', ''),
        { runs: [{ text: formatNumber(a.sessions) }], align: 'right' },
        { runs: [{ text: a.participants === null ? '' : formatNumber(a.participants) }], align: 'right' },
        a.basisDoc,
      ]),
    },
  };
}

function targetsBlocks(data: PeriodData, profile: UnitPlan, ctx: NarrativeContext): Block[] {
  const rows = evaluateTargets(profile.targets, data.unit.kind, [...ctx.figures.values()]);
  if (!rows.length) return [para('Kế hoạch của tỉnh không giao chỉ tiêu định lượng cho loại đơn vị này.')];
  const met = rows.filter((r) => r.verdict === 'met').length;
  const notMet = rows.filter((r) => r.verdict === 'not_met').length;
  const noData = rows.filter((r) => r.verdict === 'no_data').length;
  const basis = [...new Set(rows.map((r) => r.basis))];
  const s = new Sentence().text(`Kết quả thực hiện ${rows.length} chỉ tiêu theo ${joinVi(basis)}: `);
  const parts = [`${met} chỉ tiêu đạt`];
  if (notMet) parts.push(`${notMet} chỉ tiêu không đạt`);
  if (noData) parts.push(`${noData} chỉ tiêu chưa có số liệu`);
  s.text(`${parts.join(', ')} (chi tiết tại bảng dưới đây).`);
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

function tasksBlocks(data: PeriodData, profile: UnitPlan): Block[] {
  const tasks = profile.tasks;
  if (!tasks.length) return [para('Kế hoạch của tỉnh không giao nhiệm vụ riêng cho loại đơn vị này.')];
  const progress = new Map(data.tasks.map((t) => [t.taskId, t]));
  const done = tasks.filter((t) => progress.get(t.id)?.status === 'done').length;
  const doing = tasks.filter((t) => progress.get(t.id)?.status === 'in_progress').length;
  return [
    para(`Trong ${tasks.length} nhiệm vụ được giao theo kế hoạch, đã hoàn thành ${done} nhiệm vụ, đang thực hiện ${doing} nhiệm vụ, chưa triển khai ${tasks.length - done - doing} nhiệm vụ.`),
    {
      type: 'table',
      table: {
        columns: [
          { title: 'STT', width: 6, align: 'center' },
          { title: 'Nhiệm vụ', width: 46 },
          { title: 'Thời gian', width: 20, align: 'center' },
          { title: 'Tiến độ, kết quả', width: 28 },
        ],
        rows: tasks.map((t, i) => {
          const p = progress.get(t.id);
          return [String(i + 1), t.text, t.timeframe, p ? `${TASK_STATUS_LABEL[p.status]}${p.note ? `: ${p.note}` : ''}` : 'Chưa cập nhật'];
        }),
      },
    },
  ];
}

function measuresBlocks(data: PeriodData, profile: UnitPlan): Block[] {
  const out: Block[] = [];
  for (const m of profile.measures) {
    const acts = data.activities.filter((a) => a.measures.includes(m.code));
    const s = new Sentence().text(`${m.code}. ${m.label.replace(/\.$/, '')}: `);
    if (acts.length) {
      s.text('đã thực hiện ').num(acts.length, { activityIds: acts.map((a) => a.id) }).text(` hoạt động, gồm: ${joinVi(acts.slice(0, 4).map((a) => `${a.title.charAt(0).toLowerCase()}${a.title.slice(1)} (${formatTableDate(a.date)})`))}${acts.length > 4 ? ` và ${acts.length - 4} hoạt động khác` : ''}.`);
    } else s.text('trong kỳ chưa ghi nhận hoạt động thực hiện giải pháp này.');
    out.push({ type: 'para', runs: s.runs });
  }
  return out;
}

function textBlocks(data: PeriodData, key: AssessmentKey, drafts: Record<AssessmentKey, string>): Block[] {
  const own = data.texts[key]?.trim();
  const text = own || drafts[key];
  return text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => para(t, !own));
}

function sectionTitle(s: OutlineSection, data: PeriodData): string {
  if (s.key === 'direction' && data.period.type !== 'ADHOC') return s.title.replace('THỜI GIAN TỚI', data.period.nextLabel.toUpperCase());
  return s.title;
}

export function buildUnitReport(data: PeriodData, options: UnitReportOptions): ReportDocument {
  const profile = planOfData(data);
  if (!profile) throw new Error(`Không tìm thấy kế hoạch "${data.unit.profileId}".`);
  const figures = figureMap(resolvedFiguresOf(data));
  const previous = data.previous ? figureMap(resolvedFiguresOf({ unit: data.unit, ...data.previous })) : null;
  const ctx: NarrativeContext = { kind: data.unit.kind, actor: actorOf(data), period: data.period, figures, previous, activities: data.activities };
  const drafts = draftAssessment(data);
  const outline = profile.outline ?? DEFAULT_OUTLINE;

  const body: Block[] = [];
  const basis = data.unit.planRef || profile.basisDocs[profile.basisDocs.length - 1] || '';
  body.push(
    para(
      `${basis ? `Thực hiện ${basis}; ` : ''}${data.unit.name} báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase} (số liệu tính từ ngày ${formatShortDate(data.period.from)} đến ngày ${formatShortDate(data.period.to)}) như sau:`,
    ),
  );
  let top = 0;
  let sub = 0;
  const heading1 = (s: OutlineSection): void => {
    body.push({ type: 'heading', level: 1, text: `${ROMAN[top++]}. ${sectionTitle(s, data)}` });
    sub = 0;
  };
  const heading2 = (title: string): void => {
    body.push({ type: 'heading', level: 2, text: `${++sub}. ${title}` });
  };
  for (const s of outline) {
    const level2 = s.level === 2;
    const open = (): void => (level2 ? heading2(s.title) : heading1(s));
    switch (s.key) {
      case 'leadership':
        open();
        body.push(...leadershipSection(ctx));
        break;
      case 'results':
        open();
        for (const part of resultParts(ctx)) {
          heading2(part.title);
          body.push(...part.blocks(ctx));
        }
        body.push(para('Số liệu chi tiết tại Phụ lục I, danh sách hoạt động tại Phụ lục II kèm theo báo cáo này.'));
        break;
      case 'measures':
        if (!profile.measures.length) break;
        open();
        body.push(...measuresBlocks(data, profile));
        break;
      case 'targets':
        open();
        body.push(...targetsBlocks(data, profile, ctx));
        break;
      case 'tasks':
        open();
        body.push(...tasksBlocks(data, profile));
        break;
      case 'selfInspection':
        open();
        body.push(...selfInspectionBlocks(data));
        break;
      case 'assessment':
        open();
        for (const key of ['uu_diem', 'han_che', 'nguyen_nhan'] as const) {
          heading2(ASSESSMENT_LABEL[key]);
          body.push(...textBlocks(data, key, drafts));
        }
        break;
      case 'direction':
        open();
        body.push(...textBlocks(data, 'phuong_huong', drafts));
        break;
      case 'proposals':
        open();
        body.push(...textBlocks(data, 'kien_nghi', drafts));
        break;
    }
  }
  body.push(para(`Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase} của ${data.unit.name}./.`));

  const noiNhan: string[] = [];
  if (data.unit.kinhGui.length) noiNhan.push('- Như trên;');
  for (const r of data.unit.recipients) noiNhan.push(`- ${r.replace(/[;.]$/, '')};`);
  noiNhan.push(`- Lưu: VT${data.unit.archiveTag ? `, ${data.unit.archiveTag}` : ''}.`);

  return {
    header: {
      parentBody: data.unit.parentBody.toLocaleUpperCase('vi'),
      unitName: data.unit.name.toLocaleUpperCase('vi'),
      numberLine: `Số:      /BC-${data.unit.docSymbol}`,
      placeDate: `${data.unit.placeName}, ${formatOfficialDate(options.reportDate)}`,
    },
    docType: 'BÁO CÁO',
    title: `Kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase}`,
    ...(options.revision > 1 ? { subtitle: `(Báo cáo bổ sung lần ${options.revision - 1})` } : {}),
    kinhGui: data.unit.kinhGui,
    body,
    noiNhan,
    signer: { titleLines: signerTitleLines(data.unit.signer), name: data.unit.signer.name },
    appendices: [figuresAppendix(data, ctx), activitiesAppendix(data), inspectionAppendix(data, appendixReference(data))],
    meta: {
      author: data.unit.name,
      subject: `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase}`,
      description: `dcs; kỳ ${data.period.id}; lần ${options.revision}`,
    },
  };
}

export { periodOpening };
