// Writes the exchange workbook (.xlsx): the figures with their codes, the activities, the
// self-inspection and the targets, plus a hidden _meta sheet the aggregator checks on import.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity } from '../../../../shared/domain/activities';
import { FIGURE_GROUPS, figureDef, type ResolvedFigure } from '../../../../shared/domain/catalog';
import { CHECKLIST_GROUP_LABEL, INSPECTION_STATUS_LABEL, type ChecklistItem, type InspectionAnswer } from '../../../../shared/domain/checklists.types';
import type { TargetResultRow } from '../../../../shared/domain/resolve';
import { TARGET_VERDICT_LABEL } from '../../../../shared/domain/resolve';
import {
  canonicalFigureText,
  COL_VALUE,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FIGURES_COLUMNS,
  FIGURES_HEADER_ROW,
  META_KEYS,
  NONE_NOTE,
  SHEET_ACTIVITIES,
  SHEET_FIGURES,
  SHEET_INSPECTION,
  SHEET_META,
  SHEET_TARGETS,
  type ExchangeMeta,
} from '../../../../shared/exchange';

export interface ExchangeInput {
  meta: Omit<ExchangeMeta, 'format' | 'version' | 'digest'>;
  title: string;
  /** "6 tháng đầu năm 2026" */
  periodLabel: string;
  figures: ResolvedFigure[];
  activities: Activity[];
  checklist: ChecklistItem[];
  inspections: InspectionAnswer[];
  targets: TargetResultRow[];
}

const FONT = { name: 'Times New Roman', size: 12 };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function figureDigest(figures: readonly ResolvedFigure[]): string {
  const rows = figures
    .filter((f) => f.source !== 'computed')
    .map((f) => ({ code: f.code, state: f.source === 'none' ? ('none' as const) : f.source === 'blank' ? ('blank' as const) : ('value' as const), value: f.source === 'none' ? null : f.value }));
  return createHash('sha256').update(canonicalFigureText(rows)).digest('hex');
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => {
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  row.height = 32;
}

function a4(ws: ExcelJS.Worksheet, landscape: boolean, titleRows: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
  };
}

function titleBlock(ws: ExcelJS.Worksheet, title: string, width: number): void {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).font = { ...FONT, bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
  ws.getRow(1).height = 34;
}

/** Rows 2–4: who reports and for which period, as cells a hand-filling unit can complete. */
function identityBlock(ws: ExcelJS.Worksheet, input: ExchangeInput): void {
  const m = input.meta;
  const label = (r: number, c: number, text: string): void => {
    const cell = ws.getCell(r, c);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
  };
  const value = (r: number, c: number, v: string): void => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
  };
  label(2, 1, 'Đơn vị báo cáo:');
  ws.mergeCells(2, 1, 2, 2);
  value(2, 3, m.unitName);
  label(2, 4, 'Mã đơn vị:');
  value(2, 5, m.unitCode);
  label(3, 1, 'Kỳ báo cáo:');
  ws.mergeCells(3, 1, 3, 2);
  value(3, 3, input.periodLabel);
  label(3, 4, 'Mã kỳ:');
  value(3, 5, m.periodId);
  const from = m.periodFrom.split('-').reverse().join('/');
  const to = m.periodTo.split('-').reverse().join('/');
  const hint = m.template
    ? `Số liệu tính từ ngày ${from} đến ngày ${to}. Ghi số vào cột "Giá trị"; ghi "Không phát sinh" nếu trong kỳ không có; để trống nếu chưa có số liệu. Các dòng tỷ lệ (%) được tính tự động.`
    : `Số liệu tính từ ngày ${from} đến ngày ${to}.`;
  ws.getCell(4, 1).value = hint;
  ws.mergeCells(4, 1, 4, FIGURES_COLUMNS.length);
  ws.getCell(4, 1).font = { ...FONT, italic: true };
  ws.getCell(4, 1).alignment = { wrapText: true };
  ws.getRow(4).height = m.template ? 34 : 18;
}

function figuresSheet(wb: ExcelJS.Workbook, input: ExchangeInput): void {
  const ws = wb.addWorksheet(SHEET_FIGURES, { views: [{ state: 'frozen', ySplit: FIGURES_HEADER_ROW }] });
  ws.columns = [{ width: 6 }, { width: 14 }, { width: 62 }, { width: 16 }, { width: 16 }, { width: 30 }];
  titleBlock(ws, input.title.toLocaleUpperCase('vi'), FIGURES_COLUMNS.length);
  identityBlock(ws, input);
  const header = ws.getRow(FIGURES_HEADER_ROW);
  header.values = [...FIGURES_COLUMNS];
  styleHeader(header);
  a4(ws, false, `${FIGURES_HEADER_ROW}:${FIGURES_HEADER_ROW}`);

  const rowOf = new Map<string, number>();
  let r = FIGURES_HEADER_ROW + 1;
  let stt = 0;
  for (const g of FIGURE_GROUPS) {
    const list = input.figures.filter((f) => f.group === g.code);
    if (!list.length) continue;
    const gr = ws.getRow(r++);
    gr.getCell(1).value = `${g.code}. ${g.label}`;
    ws.mergeCells(gr.number, 1, gr.number, FIGURES_COLUMNS.length);
    gr.getCell(1).font = { ...FONT, bold: true };
    gr.getCell(1).border = BORDER;
    for (const f of list) {
      const row = ws.getRow(r);
      rowOf.set(f.code, r);
      row.getCell(1).value = ++stt;
      row.getCell(2).value = f.code;
      row.getCell(3).value = f.label;
      row.getCell(4).value = f.unit;
      const def = figureDef(f.code)!;
      if (def.source.type === 'ratio') {
        // A live formula helps a unit filling the template by hand; its cached value is the computed rate.
        const num = rowOf.get(def.source.num);
        const den = rowOf.get(def.source.den);
        if (num && den) {
          row.getCell(5).value = { formula: `IF(AND(ISNUMBER(E${num}),ISNUMBER(E${den}),E${den}>0),MIN(100,E${num}/E${den}*100),"")`, result: f.value === null ? '' : Math.round(f.value * 10) / 10 };
        } else if (f.value !== null) row.getCell(5).value = f.value;
        row.getCell(6).value = 'Tính tự động';
      } else if (f.source === 'none') {
        row.getCell(5).value = 0;
        row.getCell(6).value = f.note ? `${NONE_NOTE}; ${f.note}` : NONE_NOTE;
      } else {
        if (f.value !== null) row.getCell(5).value = f.value;
        row.getCell(6).value = f.source === 'derived' ? `Tổng hợp từ ${f.activityIds?.length ?? 0} hoạt động` : (f.note ?? '');
        // A hand-filled template has no activities to count: its derived rows are typed like the others.
      }
      row.getCell(5).numFmt = f.unit === '%' ? '0.0' : def.fractional ? '#,##0.##' : '#,##0';
      row.eachCell({ includeEmpty: true }, (c, col) => {
        if (col > FIGURES_COLUMNS.length) return;
        c.font = FONT;
        c.border = BORDER;
        c.alignment = { vertical: 'top', wrapText: col === 3 || col === 6, horizontal: col === 1 || col === 2 || col === 4 ? 'center' : undefined };
      });
      r++;
    }
  }
  ws.getColumn(COL_VALUE).alignment = { horizontal: 'right' };
}

function activitiesSheet(wb: ExcelJS.Workbook, input: ExchangeInput): void {
  const ws = wb.addWorksheet(SHEET_ACTIVITIES, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'STT', width: 6 },
    { header: 'Ngày', width: 12 },
    { header: 'Loại hoạt động', width: 30 },
    { header: 'Tên hoạt động', width: 60 },
    { header: 'Hình thức', width: 14 },
    { header: 'Số buổi', width: 9 },
    { header: 'Số lượt người', width: 12 },
    { header: 'Văn bản căn cứ', width: 26 },
    { header: 'Ghi chú', width: 30 },
    { header: 'Giải pháp', width: 10 },
  ];
  styleHeader(ws.getRow(1));
  a4(ws, true, '1:1');
  input.activities.forEach((a, i) => {
    const row = ws.addRow([
      i + 1,
      new Date(Date.UTC(Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7)) - 1, Number(a.date.slice(8, 10)))),
      ACTIVITY_KIND_INFO[a.kind].label,
      a.title,
      ACTIVITY_FORM_LABEL[a.form].replace(' trực tiếp và trực tuyến', ''),
      a.sessions,
      a.participants,
      a.basisDoc,
      a.notes,
      a.measures.join('; '),
    ]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

function inspectionSheet(wb: ExcelJS.Workbook, input: ExchangeInput): void {
  const ws = wb.addWorksheet(SHEET_INSPECTION, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'STT', width: 6 },
    { header: 'Mã', width: 16 },
    { header: 'Nhóm', width: 24 },
    { header: 'Căn cứ', width: 28 },
    { header: 'Nội dung', width: 60 },
    { header: 'Kết quả', width: 20 },
    { header: 'Minh chứng', width: 30 },
  ];
  styleHeader(ws.getRow(1));
  a4(ws, true, '1:1');
  const answers = new Map(input.inspections.map((a) => [a.itemId, a]));
  input.checklist.forEach((item, i) => {
    const a = answers.get(item.id);
    const row = ws.addRow([i + 1, item.id, CHECKLIST_GROUP_LABEL[item.group], item.article, item.text, a ? INSPECTION_STATUS_LABEL[a.status] : '', a?.evidence ?? '']);
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

function targetsSheet(wb: ExcelJS.Workbook, input: ExchangeInput): void {
  const ws = wb.addWorksheet(SHEET_TARGETS, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'STT', width: 6 },
    { header: 'Mã', width: 10 },
    { header: 'Chỉ tiêu', width: 60 },
    { header: 'Kế hoạch', width: 12 },
    { header: 'Kết quả (%)', width: 12 },
    { header: 'Đánh giá', width: 18 },
  ];
  styleHeader(ws.getRow(1));
  a4(ws, false, '1:1');
  input.targets.forEach((t, i) => {
    const row = ws.addRow([i + 1, t.code, t.label, t.planned, t.result === null ? null : Math.round(t.result * 10) / 10, TARGET_VERDICT_LABEL[t.verdict]]);
    row.getCell(5).numFmt = '0.0';
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = FONT;
      c.border = BORDER;
      c.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

function metaSheet(wb: ExcelJS.Workbook, meta: ExchangeMeta): void {
  const ws = wb.addWorksheet(SHEET_META, { state: 'veryHidden' });
  ws.columns = [{ width: 16 }, { width: 70 }];
  for (const key of META_KEYS) {
    const v = meta[key];
    ws.addRow([key, typeof v === 'boolean' ? (v ? 'true' : 'false') : v]);
  }
}

export async function writeExchangeWorkbook(input: ExchangeInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.meta.unitName;
  wb.created = new Date(input.meta.generatedAt);
  wb.title = input.title;
  const meta: ExchangeMeta = {
    ...input.meta,
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    digest: input.meta.template ? '' : figureDigest(input.figures),
  };
  figuresSheet(wb, input);
  activitiesSheet(wb, input);
  inspectionSheet(wb, input);
  targetsSheet(wb, input);
  metaSheet(wb, meta);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
