// The appendices of a unit's report: figures (I), activities (II), self-inspection (III).
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO } from '../domain/activities';
import { FIGURE_GROUPS, figureDef } from '../domain/catalog';
import type { PeriodData } from '../domain/periodData';
import { formatNumber, formatTableDate } from '../format/vi';
import type { Appendix, Cell } from '../report/document';
import type { NarrativeContext } from './context';
import { figureText } from './words';

export function appendixReference(data: PeriodData): string {
  return `(Kèm theo Báo cáo số      /BC-${data.unit.docSymbol} ngày      tháng      năm ${data.period.year} của ${data.unit.name})`;
}

/** In an ad-hoc range a typed figure nobody entered for the range is not part of the report. */
export const printedFigure = (ctx: NarrativeContext, code: string): boolean => {
  const f = ctx.figures.get(code);
  if (!f) return false;
  if (ctx.period.type !== 'ADHOC') return true;
  return !(f.source === 'blank' && figureDef(code)?.source.type === 'entered') && !(f.source === 'computed' && f.value === null);
};

/** The signed appendix names each figure by its label; the codes stay in the .xlsx, where the body above reads them. */
export function figuresAppendix(data: PeriodData, ctx: NarrativeContext, number: string): Appendix {
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let stt = 0;
  const prevLabel = data.period.type === 'ADHOC' ? 'Cùng kỳ năm trước' : `Cùng kỳ năm ${data.period.year - 1}`;
  for (const g of FIGURE_GROUPS) {
    const list = [...ctx.figures.values()].filter((f) => f.group === g.code && printedFigure(ctx, f.code));
    if (!list.length) continue;
    groupRows.push(rows.length);
    rows.push([`${g.code}. ${g.label}`]);
    for (const f of list) {
      stt++;
      const prev = ctx.previous?.get(f.code);
      const missingPeople = f.source === 'blank' && (f.activityIds?.length ?? 0) > 0;
      const source =
        f.source === 'derived'
          ? `Tổng hợp từ ${formatNumber(f.activityIds?.length ?? 0)} hoạt động`
          : f.source === 'none'
            ? 'Không phát sinh'
            : missingPeople
              ? `${formatNumber(f.activityIds!.length)} hoạt động chưa ghi số lượt người`
              : f.source === 'blank'
                ? 'Chưa thống kê'
                : f.source === 'computed'
                  ? 'Tính tự động'
                  : (f.note ?? '');
      rows.push([
        String(stt),
        f.label,
        f.unit,
        { runs: [{ text: f.source === 'none' ? '0' : f.value === null ? '' : figureText(f), ref: { figure: f.code } }], align: 'right' },
        { runs: [{ text: prev && prev.value !== null ? figureText(prev) : '' }], align: 'right' },
        source,
      ]);
    }
  }
  return {
    number,
    title: `BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ ${data.period.titlePhrase.toUpperCase()}`,
    reference: appendixReference(data),
    landscape: true,
    table: {
      columns: [
        { title: 'STT', width: 4, align: 'center' },
        { title: 'Chỉ số', width: 52 },
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

export function activitiesAppendix(data: PeriodData, number: string): Appendix {
  return {
    number,
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
