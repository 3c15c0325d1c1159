// Writes the exchange workbook (.xlsx): the figures with their codes, the activities, the
// self-inspection and the targets, plus a hidden _meta sheet the aggregator checks on import.
import { createHash } from 'node:crypto';
import { columnLetters } from './cellRef';
import { writeWorkbook, type Cell, type CellStyle, type CellValue, type Sheet } from './xlsxWriter';
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity } from '../../../../shared/domain/activities';
import { FIGURE_GROUPS, figureDef, type ResolvedFigure } from '../../../../shared/domain/catalog';
import { CHECKLIST_GROUP_LABEL, INSPECTION_STATUS_LABEL, type ChecklistItem, type InspectionAnswer } from '../../../../shared/domain/checklists.types';
import { answerEvidence } from '../../../../shared/domain/checklistMatch';
import { capitalizeFirst } from '../../../../shared/format/vi';
import type { TargetResultRow } from '../../../../shared/domain/resolve';
import { TARGET_VERDICT_LABEL } from '../../../../shared/domain/resolve';
import { roundPercent } from '../../../../shared/format/vi';
import {
  canonicalFigureText,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  FIGURES_COLUMNS,
  FIGURES_HEADER_ROW,
  META_CELL_CHARS,
  META_FIGURE_UNITS,
  META_INCLUDES_SELF,
  META_KEYS,
  META_SCOPE,
  META_UNIT_COUNT,
  META_UNITS,
  NONE_NOTE,
  SHEET_ACTIVITIES,
  SHEET_FIGURES,
  SHEET_INSPECTION,
  SHEET_META,
  SHEET_TARGETS,
  type ConsolidationMeta,
  type ExchangeMeta,
} from '../../../../shared/exchange';

export interface ExchangeInput {
  meta: Omit<ExchangeMeta, 'format' | 'version' | 'digest' | 'scope' | 'consolidation'> & {
    /** Present for a consolidated workbook: the units behind its figures. */
    consolidation?: ConsolidationMeta;
  };
  title: string;
  /** "6 tháng đầu năm 2026" */
  periodLabel: string;
  figures: ResolvedFigure[];
  activities: Activity[];
  checklist: ChecklistItem[];
  inspections: InspectionAnswer[];
  targets: TargetResultRow[];
}

const BASE: CellStyle = { border: true, v: 'top', wrap: true };
const HEADER: CellStyle = { bold: true, border: true, h: 'center', v: 'center', wrap: true, fill: 'FFE8EEF7' };
const text = (v: CellValue, style: CellStyle = BASE): Cell => ({ v, style });

export function figureDigest(figures: readonly ResolvedFigure[]): string {
  const rows = figures
    .filter((f) => f.source !== 'computed')
    .map((f) => ({ code: f.code, state: f.source === 'none' ? ('none' as const) : f.source === 'blank' ? ('blank' as const) : ('value' as const), value: f.source === 'none' ? null : f.value }));
  return createHash('sha256').update(canonicalFigureText(rows)).digest('hex');
}

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

function figuresSheet(input: ExchangeInput): Sheet {
  const m = input.meta;
  const width = FIGURES_COLUMNS.length;
  const rows: Sheet['rows'] = [];
  const merges = [`A1:${columnLetters(width)}1`, 'A2:B2', 'A3:B3', `A4:${columnLetters(width)}4`];
  const label = (v: string): Cell => ({ v, style: { bold: true } });
  const value = (v: string): Cell => ({ v, style: { wrap: true, v: 'top' } });
  rows[0] = { cells: [{ v: input.title.toLocaleUpperCase('vi'), style: { bold: true, size: 13, h: 'center', wrap: true } }], height: 34 };
  rows[1] = { cells: [label('Đơn vị báo cáo:'), null, value(m.unitName), label('Mã đơn vị:'), value(m.unitCode)] };
  rows[2] = { cells: [label('Kỳ báo cáo:'), null, value(input.periodLabel), label('Mã kỳ:'), value(m.periodId)] };
  const hint = m.template
    ? `Số liệu tính từ ngày ${dmy(m.periodFrom)} đến ngày ${dmy(m.periodTo)}. Ghi số vào cột "Giá trị"; ghi "Không phát sinh" nếu trong kỳ không có; để trống nếu chưa có số liệu. Các dòng tỷ lệ (%) được tính tự động.`
    : `Số liệu tính từ ngày ${dmy(m.periodFrom)} đến ngày ${dmy(m.periodTo)}.`;
  rows[3] = { cells: [{ v: hint, style: { italic: true, wrap: true } }], height: m.template ? 34 : 18 };
  rows[FIGURES_HEADER_ROW - 1] = { cells: FIGURES_COLUMNS.map((t) => text(t, HEADER)), height: 32 };

  const rowOf = new Map<string, number>();
  let r = FIGURES_HEADER_ROW;
  let stt = 0;
  for (const g of FIGURE_GROUPS) {
    const list = input.figures.filter((f) => f.group === g.code);
    if (!list.length) continue;
    rows[r] = { cells: [text(`${g.code}. ${g.label}`, { ...BASE, bold: true }), ...Array.from({ length: width - 1 }, () => text(null))], height: 18 };
    merges.push(`A${r + 1}:${columnLetters(width)}${r + 1}`);
    r++;
    for (const f of list) {
      rowOf.set(f.code, r + 1);
      const def = figureDef(f.code)!;
      const numStyle: CellStyle = { ...BASE, wrap: false, h: 'right', numFmt: f.unit === '%' ? '0.0' : def.fractional ? '#,##0.##' : '#,##0' };
      let valueCell: Cell;
      let note: string;
      if (def.source.type === 'ratio') {
        // A live formula helps a unit filling the template by hand. It rounds to 0.1 as the report
        // states the rate, so its cached value and any recalculation (LibreOffice, Excel) are the
        // same number: the rate of the parts written above it.
        const num = rowOf.get(def.source.num);
        const den = rowOf.get(def.source.den);
        const rate = f.value === null ? null : roundPercent(f.value);
        valueCell = num && den
          ? { v: { formula: `IF(AND(ISNUMBER(E${num}),ISNUMBER(E${den}),E${den}>0),ROUND(MIN(100,E${num}/E${den}*100),1),"")`, result: rate ?? '' }, style: numStyle }
          : { v: rate, style: numStyle };
        note = 'Tính tự động';
      } else if (f.source === 'none') {
        valueCell = { v: 0, style: numStyle };
        note = f.note ? `${NONE_NOTE}; ${f.note}` : NONE_NOTE;
      } else {
        // A hand-filled template has no activities to count: its derived rows are typed like the others.
        valueCell = { v: f.value, style: numStyle };
        note = f.source === 'derived' ? `Tổng hợp từ ${f.activityIds?.length ?? 0} hoạt động` : (f.note ?? '');
      }
      rows[r] = {
        cells: [
          text(++stt, { ...BASE, h: 'center' }),
          text(f.code, { ...BASE, h: 'center' }),
          text(f.label),
          text(f.unit, { ...BASE, h: 'center' }),
          valueCell,
          text(note),
        ],
      };
      r++;
    }
  }
  return {
    name: SHEET_FIGURES,
    widths: [6, 16, 62, 16, 16, 30],
    rows,
    merges,
    frozenRows: FIGURES_HEADER_ROW,
    print: { titleRows: [FIGURES_HEADER_ROW, FIGURES_HEADER_ROW] },
  };
}

function listSheet(name: string, headers: Array<[string, number]>, data: CellValue[][], landscape: boolean, styles: Array<CellStyle | undefined> = []): Sheet {
  return {
    name,
    widths: headers.map(([, w]) => w),
    rows: [
      { cells: headers.map(([h]) => text(h, HEADER)), height: 32 },
      ...data.map((row) => ({ cells: row.map((v, i) => text(v, styles[i] ?? BASE)) })),
    ],
    frozenRows: 1,
    print: { landscape, titleRows: [1, 1] },
  };
}

function activitiesSheet(input: ExchangeInput): Sheet {
  return listSheet(
    SHEET_ACTIVITIES,
    [['STT', 6], ['Ngày', 12], ['Loại hoạt động', 30], ['Tên hoạt động', 60], ['Hình thức', 14], ['Số buổi', 9], ['Số lượt người', 12], ['Văn bản căn cứ', 26], ['Ghi chú', 30], ['Giải pháp', 10]],
    input.activities.map((a, i) => [
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
    ]),
    true,
    [undefined, { ...BASE, numFmt: 'dd/mm/yyyy' }],
  );
}

function inspectionSheet(input: ExchangeInput): Sheet {
  const answers = new Map(input.inspections.map((a) => [a.itemId, a]));
  return listSheet(
    SHEET_INSPECTION,
    [['STT', 6], ['Mã', 16], ['Nhóm', 24], ['Căn cứ', 28], ['Nội dung', 60], ['Kết quả', 20], ['Minh chứng', 30]],
    input.checklist.map((item, i) => {
      const a = answers.get(item.id);
      return [i + 1, item.id, CHECKLIST_GROUP_LABEL[item.group], capitalizeFirst(item.article), item.text, a ? INSPECTION_STATUS_LABEL[a.status] : '', answerEvidence(item, a, input.activities)];
    }),
    true,
  );
}

function targetsSheet(input: ExchangeInput): Sheet {
  return listSheet(
    SHEET_TARGETS,
    [['STT', 6], ['Mã', 10], ['Chỉ tiêu', 60], ['Kế hoạch', 12], ['Kết quả (%)', 12], ['Đánh giá', 18]],
    input.targets.map((t, i) => [i + 1, t.code, t.label, t.planned, t.result === null ? null : roundPercent(t.result), TARGET_VERDICT_LABEL[t.verdict]]),
    false,
    [undefined, undefined, undefined, undefined, { ...BASE, numFmt: '0.0' }],
  );
}

function metaSheet(meta: ExchangeMeta): Sheet {
  const rows: Array<[string, CellValue]> = META_KEYS.map((key) => {
    const v = meta[key];
    return [key, typeof v === 'boolean' ? (v ? 'true' : 'false') : v];
  });
  rows.push([META_SCOPE, meta.scope]);
  const c = meta.consolidation;
  if (c) {
    rows.push([META_UNIT_COUNT, c.units.length], [META_INCLUDES_SELF, c.includesSelf ? 'true' : 'false']);
    const list = c.units.join('\n');
    for (let i = 0, n = 1; i < list.length || n === 1; i += META_CELL_CHARS, n++) rows.push([n === 1 ? META_UNITS : `${META_UNITS}.${n}`, list.slice(i, i + META_CELL_CHARS)]);
    rows.push([META_FIGURE_UNITS, JSON.stringify(c.figures)]);
  }
  return { name: SHEET_META, state: 'veryHidden', widths: [16, 70], rows: rows.map(([k, v]) => ({ cells: [{ v: k }, { v }] })) };
}

export async function writeExchangeWorkbook(input: ExchangeInput): Promise<Buffer> {
  const { consolidation, ...rest } = input.meta;
  const meta: ExchangeMeta = {
    ...rest,
    scope: consolidation ? 'consolidated' : 'own',
    consolidation: consolidation ?? null,
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    digest: input.meta.template ? '' : figureDigest(input.figures),
  };
  return writeWorkbook({
    creator: input.meta.unitName || 'dcs',
    title: input.title,
    created: new Date(input.meta.generatedAt),
    sheets: [figuresSheet(input), activitiesSheet(input), inspectionSheet(input), targetsSheet(input), metaSheet(meta)],
  });
}
